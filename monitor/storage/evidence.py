"""Evidence records and the decisions people take on them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from monitor.errors import NotFoundError
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


def add_found(
    conn: sa.Connection,
    *,
    milestone_id: str,
    url: str,
    title: str,
    published: dt.date,
    kind: EvidenceKind,
    confidence: float,
    state: EvidenceState,
    terms: Iterable[str],
    explanation: str,
    now: dt.datetime,
) -> int | None:
    """Store evidence the monitor found; None when that source is already stored for it.

    A person's decision is never overwritten: an existing row is left as it is.
    """
    exists = conn.execute(
        sa.select(evidence.c.id).where(
            evidence.c.milestone_id == milestone_id, evidence.c.url == url
        )
    ).first()
    if exists:
        return None
    result = conn.execute(
        evidence.insert().values(
            milestone_id=milestone_id,
            url=url,
            title=title,
            published=published,
            kind=kind.value,
            confidence=confidence,
            state=state.value,
            origin="matcher",
            terms=list(terms),
            explanation=explanation,
            note="",
            created_at=now,
        )
    )
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def decide(
    conn: sa.Connection,
    evidence_id: int,
    state: EvidenceState,
    *,
    by: str,
    note: str,
    now: dt.datetime,
) -> Evidence:
    """A person confirms or rejects evidence; the decision is logged and wins from then on."""
    current = get_evidence(conn, evidence_id)
    conn.execute(
        evidence.update()
        .where(evidence.c.id == evidence_id)
        .values(state=state.value, decided_by=by, decided_at=now, note=note or current.note)
    )
    _log_decision(conn, evidence_id, current.state, state, by, now, note)
    return get_evidence(conn, evidence_id)


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
            f"no evidence with id {evidence_id}; `timeline show MILESTONE` lists evidence ids"
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


def explanation_of(conn: sa.Connection, evidence_id: int) -> tuple[str, list[str]]:
    row = conn.execute(
        sa.select(evidence.c.explanation, evidence.c.terms).where(evidence.c.id == evidence_id)
    ).one()
    return row.explanation, list(row.terms or [])
