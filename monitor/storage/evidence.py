"""Evidence records: what the machine found, kept fresh as entries are judged again, and
reading evidence back; the decisions people take on it are `evidence_decisions`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from monitor.errors import NotFoundError
from monitor.storage.schema import evidence, evidence_decisions
from timeline.model import Evidence, EvidenceKind, EvidenceState


def evidence_of(row: Any) -> Evidence:
    """The evidence a row of the `evidence` table holds."""
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


#: The columns `evidence_of` reads: listings select these alone, leaving the matched terms,
#: signals and explanation (JSON and long text, decoded row by row) to the views that show them.
EVIDENCE_COLUMNS = tuple(
    evidence.c[name]
    for name in (
        "id",
        "milestone_id",
        "url",
        "title",
        "published",
        "kind",
        "confidence",
        "state",
        "decided_by",
        "decided_at",
        "note",
        "origin",
    )
)


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
    known: StoredFindings | None = None,
) -> tuple[int, bool]:
    """Store or refresh evidence the monitor found: (id, whether it was new).

    Evidence a person decided on (or recorded) is never changed by the machine; evidence
    found again as it is stored is not written again. `known`, the findings already read for
    the entry's batch, spares the query for this one when it holds it.
    """
    existing = known.get(milestone_id, url) if known is not None else None
    if existing is None:
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
        if any(getattr(existing, name) != value for name, value in values.items()):
            conn.execute(_UPDATE_FOUND, {"evidence_key": existing.id, **values})
            if known is not None:
                known.forget(milestone_id, url)
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
# The finding's stored values come with it: a rematch finds most evidence as it was, and
# writing it again unchanged cost more than reading it.
_FIND_FOUND = sa.select(
    evidence.c.id,
    evidence.c.origin,
    evidence.c.title,
    evidence.c.published,
    evidence.c.kind,
    evidence.c.confidence,
    evidence.c.state,
    evidence.c.terms,
    evidence.c.explanation,
    evidence.c.signals,
    evidence.c.entry_id,
).where(
    evidence.c.milestone_id == sa.bindparam("milestone"), evidence.c.url == sa.bindparam("url_of")
)
# Only while no person has decided on it: the finding may have been read a batch earlier.
_UPDATE_FOUND = evidence.update().where(
    evidence.c.id == sa.bindparam("evidence_key"),
    evidence.c.origin != "person",
    evidence.c.state.not_in(_PERSON_STATES),
)
_INSERT_FOUND = evidence.insert()
_FOUND_FROM_ENTRIES = sa.select(
    *_FIND_FOUND.selected_columns, evidence.c.milestone_id, evidence.c.url
).where(evidence.c.entry_id.in_(sa.bindparam("ids", expanding=True)))
_CHUNK = 500  # bound IN lists (SQLite's variable limit)


class StoredFindings:
    """The findings stored from a batch of entries, read in one query (by the entry index).

    A rematch finds most evidence again as it is: looking each finding up by its milestone
    and address cost a statement per finding, more than deciding it. A finding is forgotten
    once written, and an entry's once retracted, so what this holds is what the transaction
    would read; what it does not hold (a new finding, or one stored from another entry with
    the same address) `save_found` reads as before.
    """

    def __init__(self, conn: sa.Connection, entry_ids: Sequence[int]) -> None:
        self._rows: dict[tuple[str, str], Any] = {}
        ids = list(entry_ids)
        for start in range(0, len(ids), _CHUNK):
            for row in conn.execute(_FOUND_FROM_ENTRIES, {"ids": ids[start : start + _CHUNK]}):
                self._rows[(row.milestone_id, row.url)] = row

    def get(self, milestone_id: str, url: str) -> Any | None:
        """The stored finding of this milestone at this address, if read with the batch."""
        return self._rows.get((milestone_id, url))

    def forget(self, milestone_id: str, url: str) -> None:
        self._rows.pop((milestone_id, url), None)

    def forget_entry(self, entry_id: int) -> None:
        """Forget the findings from this entry (their states changed)."""
        for key in [k for k, row in self._rows.items() if row.entry_id == entry_id]:
            del self._rows[key]

    def machine_milestones_by_entry(self) -> dict[int, frozenset[str]]:
        """For each entry of the batch, the milestones the machine's still-open evidence from
        it speaks of (what judging it again may retract), from the rows already read."""
        found: dict[int, set[str]] = {}
        for (milestone_id, _), row in self._rows.items():
            if row.origin == "matcher" and row.state in _MACHINE_STATES:
                found.setdefault(row.entry_id, set()).add(milestone_id)
        return {entry: frozenset(milestones) for entry, milestones in found.items()}


def retract_unmatched(
    conn: sa.Connection,
    entry_id: int,
    still_matched: Iterable[str],
    known: StoredFindings | None = None,
) -> int:
    """Withdraw the machine's evidence from this entry for milestones it no longer matches."""
    if known is not None:
        known.forget_entry(entry_id)
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
    return [
        (evidence_of(row), row.explanation, list(row.terms or [])) for row in conn.execute(query)
    ]


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
        evidence_of(row),
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


def get_evidence(conn: sa.Connection, evidence_id: int) -> Evidence:
    row = conn.execute(sa.select(evidence).where(evidence.c.id == evidence_id)).first()
    if row is None:
        raise NotFoundError(
            f"no evidence e{evidence_id}; `timeline show MILESTONE` lists evidence ids"
        )
    return evidence_of(row)


def list_evidence(
    conn: sa.Connection, milestone_ids: Iterable[str] | None = None
) -> list[Evidence]:
    """Evidence of the given milestones (all when None), oldest first."""
    query = sa.select(*EVIDENCE_COLUMNS).order_by(evidence.c.published, evidence.c.id)
    if milestone_ids is not None:
        query = query.where(evidence.c.milestone_id.in_(list(milestone_ids)))
    return [evidence_of(row) for row in conn.execute(query)]


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
            sa.select(*EVIDENCE_COLUMNS)
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
            found.append(evidence_of(row))
    return found


def explanation_of(conn: sa.Connection, evidence_id: int) -> tuple[str, list[str]]:
    row = conn.execute(
        sa.select(evidence.c.explanation, evidence.c.terms).where(evidence.c.id == evidence_id)
    ).one()
    return row.explanation, list(row.terms or [])
