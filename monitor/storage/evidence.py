"""Evidence records and the decisions people take on them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from monitor.errors import ConflictError, NotFoundError
from monitor.storage.schema import evidence, evidence_decisions
from timeline.model import Evidence, EvidenceKind, EvidenceState


def _evidence(row: Any) -> Evidence:
    return Evidence(
        id=row.id,
        milestone_id=row.milestone_id,
        url=row.url,
        title=row.title,
        published=row.published,
        kind=EvidenceKind(row.kind),
        confidence=row.confidence,
        state=EvidenceState(row.state),
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        note=row.note,
        origin=row.origin,
    )


def record_delivery(
    conn: sa.Connection,
    *,
    milestone_id: str,
    url: str,
    delivered_on: dt.date,
    title: str,
    note: str,
    by: str,
    now: dt.datetime,
) -> Evidence:
    """A person records a delivery: confirmed evidence of kind `delivered`.

    Recording the same source again for the same milestone updates that record.
    """
    values = {
        "title": title,
        "published": delivered_on,
        "kind": EvidenceKind.DELIVERED.value,
        "confidence": 1.0,
        "state": EvidenceState.CONFIRMED.value,
        "decided_by": by,
        "decided_at": now,
        "note": note,
    }
    existing = conn.execute(
        sa.select(evidence).where(evidence.c.milestone_id == milestone_id, evidence.c.url == url)
    ).first()
    if existing:
        conn.execute(evidence.update().where(evidence.c.id == existing.id).values(**values))
        evidence_id = existing.id
        from_state = existing.state
    else:
        evidence_id = conn.execute(
            evidence.insert().values(
                milestone_id=milestone_id,
                url=url,
                origin="person",
                terms=[],
                explanation="recorded by a person",
                created_at=now,
                **values,
            )
        ).inserted_primary_key[0]  # type: ignore[index]
        from_state = None
    _log_decision(conn, evidence_id, from_state, EvidenceState.CONFIRMED, by, now, note)
    return get_evidence(conn, evidence_id)


_PERSON_STATES = (EvidenceState.CONFIRMED.value, EvidenceState.REJECTED.value)
# What the machine keeps refreshing or withdrawing as it judges an entry again.
_MACHINE_STATES = (
    EvidenceState.AUTO.value,
    EvidenceState.PENDING.value,
    EvidenceState.CANDIDATE.value,
)


def save_found(
    conn: sa.Connection,
    *,
    milestone_id: str,
    entry_id: int,
    url: str,
    title: str,
    published: dt.date,
    kind: EvidenceKind,
    confidence: float,
    state: EvidenceState,
    terms: Iterable[str],
    explanation: str,
    now: dt.datetime,
    signals: Iterable[str] = (),
) -> tuple[int, bool]:
    """Store or refresh evidence the monitor found: (id, whether it was new).

    Evidence a person decided on (or recorded) is never changed by the machine.
    """
    existing = conn.execute(_FIND_FOUND, {"milestone": milestone_id, "url_of": url}).first()
    values = {
        "title": title,
        "published": published,
        "kind": kind.value,
        "confidence": confidence,
        "state": state.value,
        "terms": list(terms),
        "explanation": explanation,
        "signals": list(signals),
        "entry_id": entry_id,
    }
    if existing is not None:
        if existing.origin == "person" or existing.state in _PERSON_STATES:
            return int(existing.id), False
        conn.execute(_UPDATE_FOUND, {"evidence_key": existing.id, **values})
        return int(existing.id), False
    result = conn.execute(
        _INSERT_FOUND,
        {
            "milestone_id": milestone_id,
            "url": url,
            "origin": "matcher",
            "note": "",
            "created_at": now,
            **values,
        },
    )
    return int(result.inserted_primary_key[0]), True  # type: ignore[index]


# Built once: judging a poll's entries saves thousands of findings, and building a statement
# per call cost more than running it. The SET clause follows the keys given at execution.
_FIND_FOUND = sa.select(evidence.c.id, evidence.c.state, evidence.c.origin).where(
    evidence.c.milestone_id == sa.bindparam("milestone"), evidence.c.url == sa.bindparam("url_of")
)
_UPDATE_FOUND = evidence.update().where(evidence.c.id == sa.bindparam("evidence_key"))
_INSERT_FOUND = evidence.insert()


def machine_milestones_by_entry(
    conn: sa.Connection, entry_ids: Sequence[int]
) -> dict[int, frozenset[str]]:
    """For each entry, the milestones the machine's still-open evidence from it speaks of."""
    if not entry_ids:
        return {}
    query = sa.select(evidence.c.entry_id, evidence.c.milestone_id).where(
        evidence.c.entry_id.in_(list(entry_ids)),
        evidence.c.origin == "matcher",
        evidence.c.state.in_(_MACHINE_STATES),
    )
    found: dict[int, set[str]] = {}
    for row in conn.execute(query):
        found.setdefault(row.entry_id, set()).add(row.milestone_id)
    return {entry: frozenset(milestones) for entry, milestones in found.items()}


def retract_unmatched(conn: sa.Connection, entry_id: int, still_matched: Iterable[str]) -> int:
    """Withdraw the machine's evidence from this entry for milestones it no longer matches."""
    keep = list(still_matched)
    query = (
        evidence.update()
        .where(
            evidence.c.entry_id == entry_id,
            evidence.c.origin == "matcher",
            evidence.c.state.in_(_MACHINE_STATES),
        )
        .values(state=EvidenceState.RETRACTED.value)
    )
    if keep:
        query = query.where(evidence.c.milestone_id.not_in(keep))
    return int(conn.execute(query).rowcount or 0)


def pending_evidence(
    conn: sa.Connection, state: EvidenceState = EvidenceState.PENDING
) -> list[tuple[Evidence, str, list[str]]]:
    """Evidence waiting for a person (or candidates), with the explanation and terms."""
    query = (
        sa.select(evidence)
        .where(evidence.c.state == state.value)
        .order_by(evidence.c.published, evidence.c.id)
    )
    return [(_evidence(row), row.explanation, list(row.terms or [])) for row in conn.execute(query)]


@dataclass(frozen=True, slots=True)
class Details:
    """Evidence with everything behind it: the machine's reasons, and people's decisions."""

    evidence: Evidence
    origin: str  # "matcher" or "person"
    explanation: str
    terms: tuple[str, ...]
    signals: tuple[str, ...]
    decisions: tuple[Decided, ...]


@dataclass(frozen=True, slots=True)
class Decided:
    """One decision a person took on evidence."""

    from_state: str | None
    to_state: str
    by: str
    on: dt.datetime
    note: str


def details(conn: sa.Connection, evidence_id: int) -> Details:
    """Evidence `evidence_id` with its explanation, signals and decision log."""
    row = conn.execute(sa.select(evidence).where(evidence.c.id == evidence_id)).first()
    if row is None:
        raise NotFoundError(f"no evidence e{evidence_id}; `monitor review` lists evidence ids")
    log = conn.execute(
        sa.select(evidence_decisions)
        .where(evidence_decisions.c.evidence_id == evidence_id)
        .order_by(evidence_decisions.c.id)
    )
    return Details(
        _evidence(row),
        row.origin,
        row.explanation,
        tuple(row.terms or ()),
        tuple(row.signals or ()),
        tuple(Decided(d.from_state, d.to_state, d.decided_by, d.decided_at, d.note) for d in log),
    )


def closest_of(conn: sa.Connection, evidence_id: int) -> list[str]:
    """The milestones a candidate's signals name as closest ("closest: ID (..)")."""
    row = conn.execute(sa.select(evidence.c.signals).where(evidence.c.id == evidence_id)).first()
    return closest_in((row.signals if row is not None else None) or [])


def closest_in(signals: Iterable[str]) -> list[str]:
    """The milestone ids named by "closest: ID (..)" signals, closest first."""
    return [
        s.removeprefix("closest: ").split(" ", 1)[0] for s in signals if s.startswith("closest: ")
    ]


def assign(
    conn: sa.Connection,
    evidence_id: int,
    milestone_id: str,
    kind: EvidenceKind,
    *,
    by: str,
    note: str,
    now: dt.datetime,
    expect: EvidenceState | None = None,
) -> Evidence:
    """A person says what evidence `evidence_id` is: `kind` evidence of `milestone_id`.

    The entry's evidence for that milestone is confirmed with that kind (made when missing,
    keeping the machine's reasons); the evidence assigned from, if it was for another
    milestone, is rejected with a note saying where it went. `expect`: as for `decide`.
    """
    source = conn.execute(
        sa.select(evidence).where(evidence.c.id == evidence_id).with_for_update()
    ).first()
    if source is None:
        raise NotFoundError(f"no evidence e{evidence_id}; `monitor review` lists evidence ids")
    if expect is not None and source.state != expect.value:
        raise ConflictError(taken_message(f"e{evidence_id}", _evidence(source), expect))
    values = {
        "kind": kind.value,
        "state": EvidenceState.CONFIRMED.value,
        "decided_by": by,
        "decided_at": now,
        "note": note,
    }
    target = conn.execute(
        sa.select(evidence).where(
            evidence.c.milestone_id == milestone_id, evidence.c.url == source.url
        )
    ).first()
    if target is not None:
        conn.execute(evidence.update().where(evidence.c.id == target.id).values(**values))
        target_id, from_state = int(target.id), target.state
    else:
        target_id = conn.execute(
            evidence.insert().values(
                milestone_id=milestone_id,
                url=source.url,
                title=source.title,
                published=source.published,
                confidence=1.0,
                origin="person",
                entry_id=source.entry_id,
                terms=source.terms or [],
                explanation=f"assigned by a person from e{source.id}",
                signals=source.signals or [],
                created_at=now,
                **values,
            )
        ).inserted_primary_key[0]  # type: ignore[index]
        from_state = None
    _log_decision(conn, target_id, from_state, EvidenceState.CONFIRMED, by, now, note)
    if int(source.id) != target_id:
        moved = f"assigned to {milestone_id} as e{target_id}" + (f": {note}" if note else "")
        conn.execute(
            evidence.update()
            .where(evidence.c.id == source.id)
            .values(state=EvidenceState.REJECTED.value, decided_by=by, decided_at=now, note=moved)
        )
        _log_decision(conn, int(source.id), source.state, EvidenceState.REJECTED, by, now, moved)
    return get_evidence(conn, target_id)


def decide(
    conn: sa.Connection,
    evidence_id: int,
    state: EvidenceState,
    *,
    by: str,
    note: str,
    now: dt.datetime,
    expect: EvidenceState | None = None,
) -> Evidence:
    """A person confirms or rejects evidence; the decision is logged and wins from then on.

    `expect`: the state the person saw. When another decision came first, ConflictError says
    who took it and nothing is written (the row is locked until this transaction ends)."""
    current = _locked(conn, evidence_id, expect)
    conn.execute(
        evidence.update()
        .where(evidence.c.id == evidence_id)
        .values(state=state.value, decided_by=by, decided_at=now, note=note or current.note)
    )
    _log_decision(conn, evidence_id, current.state, state, by, now, note)
    return get_evidence(conn, evidence_id)


def _locked(conn: sa.Connection, evidence_id: int, expect: EvidenceState | None) -> Evidence:
    """Evidence `evidence_id`, its row locked for this transaction (PostgreSQL; SQLite writers
    hold the whole database), checked to be in the state `expect` when given."""
    row = conn.execute(
        sa.select(evidence).where(evidence.c.id == evidence_id).with_for_update()
    ).first()
    if row is None:
        raise NotFoundError(
            f"no evidence e{evidence_id}; `timeline show MILESTONE` lists evidence ids"
        )
    current = _evidence(row)
    if expect is not None and current.state is not expect:
        raise ConflictError(taken_message(f"e{evidence_id}", current, expect))
    return current


def taken_message(ref: str, current: Evidence, expected: EvidenceState) -> str:
    """Why a decision was not taken: who decided first, and what to do."""
    who = f" by {current.decided_by}" if current.decided_by else ""
    when = f" at {current.decided_at:%Y-%m-%d %H:%M} UTC" if current.decided_at else ""
    return (
        f"{ref} is {current.state.value} now{who}{when}, no longer {expected.value} as you saw "
        "it; your decision was not recorded: reload the page and decide again if needed"
    )


def _log_decision(
    conn: sa.Connection,
    evidence_id: int,
    from_state: str | None,
    to_state: EvidenceState,
    by: str,
    now: dt.datetime,
    note: str,
) -> None:
    conn.execute(
        evidence_decisions.insert().values(
            evidence_id=evidence_id,
            from_state=from_state,
            to_state=to_state.value,
            decided_by=by,
            decided_at=now,
            note=note,
        )
    )


def get_evidence(conn: sa.Connection, evidence_id: int) -> Evidence:
    row = conn.execute(sa.select(evidence).where(evidence.c.id == evidence_id)).first()
    if row is None:
        raise NotFoundError(
            f"no evidence e{evidence_id}; `timeline show MILESTONE` lists evidence ids"
        )
    return _evidence(row)


def list_evidence(
    conn: sa.Connection, milestone_ids: Iterable[str] | None = None
) -> list[Evidence]:
    """Evidence of the given milestones (all when None), oldest first."""
    query = sa.select(evidence).order_by(evidence.c.published, evidence.c.id)
    if milestone_ids is not None:
        query = query.where(evidence.c.milestone_id.in_(list(milestone_ids)))
    return [_evidence(row) for row in conn.execute(query)]


def first_deliveries(
    conn: sa.Connection, milestone_ids: Iterable[str], at: dt.date
) -> list[Evidence]:
    """Each milestone's earliest accepted delivery published by `at`, if it has one.

    A status depends on nothing else (`timeline.status.delivery_of`), so logging the changes a
    new delivery makes reads one row per milestone, not all the evidence found so far.
    """
    found = []
    for milestone_id in sorted(set(milestone_ids)):
        row = conn.execute(
            sa.select(evidence)
            .where(
                evidence.c.milestone_id == milestone_id,
                evidence.c.kind == EvidenceKind.DELIVERED.value,
                evidence.c.state.in_([EvidenceState.AUTO.value, EvidenceState.CONFIRMED.value]),
                evidence.c.published <= at,
            )
            .order_by(evidence.c.published, evidence.c.id)
            .limit(1)
        ).first()
        if row is not None:
            found.append(_evidence(row))
    return found


def explanation_of(conn: sa.Connection, evidence_id: int) -> tuple[str, list[str]]:
    row = conn.execute(
        sa.select(evidence.c.explanation, evidence.c.terms).where(evidence.c.id == evidence_id)
    ).one()
    return row.explanation, list(row.terms or [])
