"""The decisions people take on evidence: recording a delivery, confirming, rejecting and
assigning it, each logged with who took it, when and why. A decision wins over the machine
from then on (`evidence.save_found` never overwrites one)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from monitor.errors import ConflictError, NotFoundError
from monitor.storage.evidence import evidence_of, get_evidence
from monitor.storage.schema import evidence, evidence_decisions
from timeline.model import Evidence, EvidenceKind, EvidenceState


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
        raise ConflictError(taken_message(f"e{evidence_id}", evidence_of(source), expect))
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
    current = evidence_of(row)
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
