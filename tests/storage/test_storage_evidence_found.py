"""Evidence found again: refreshed when anything about it changed, not written when nothing did."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa

from monitor.app import Monitor
from monitor.storage import evidence as evidence_store
from monitor.storage.schema import entries, evidence, sources
from timeline.model import EvidenceKind, EvidenceState

FOUND: dict[str, Any] = {
    "url": "https://news.example.org/1",
    "title": "Commission proposes the amendment",
    "published": dt.date(2025, 6, 2),
    "kind": EvidenceKind.DELIVERED,
    "confidence": 0.87,
    "state": EvidenceState.AUTO,
    "terms": ["eurovignette", "cue:proposes"],
    "explanation": "The Commission proposed it.",
    "signals": ["theme: name 'eurovignette'"],
}
CHANGES: list[dict[str, Any]] = [
    {"title": "Commission proposes the amendment today"},
    {"published": dt.date(2025, 6, 3)},
    {"kind": EvidenceKind.PROGRESS},
    {"confidence": 0.88},
    {"state": EvidenceState.PENDING},
    {"terms": ["eurovignette"]},
    {"explanation": "Proposed."},
    {"signals": []},
]


def _save(app: Monitor, entry_id: int | None = None, **changed: Any) -> list[str]:
    """Save the finding (with `changed`); the UPDATE statements it ran."""
    milestone = app.milestones()[0].id
    updates: list[str] = []

    def seen(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.lstrip().upper().startswith("UPDATE"):
            updates.append(statement)

    with app.db.write() as conn:
        sa.event.listen(conn, "before_cursor_execute", seen)
        try:
            evidence_store.save_found(
                conn,
                milestone_id=milestone,
                entry_id=entry_id,  # type: ignore[arg-type]
                now=dt.datetime(2025, 6, 2, 12),
                **{**FOUND, **changed},
            )
        finally:
            sa.event.remove(conn, "before_cursor_execute", seen)
    return updates


def _stored(app: Monitor) -> dict[str, Any]:
    with app.db.read() as conn:
        row = conn.execute(sa.select(evidence)).one()
    return dict(row._mapping)


def test_evidence_found_again_as_stored_is_not_written_again(app: Monitor) -> None:
    _save(app)
    before = _stored(app)
    assert _save(app) == []
    assert _stored(app) == before


@pytest.mark.parametrize("changed", CHANGES, ids=[next(iter(c)) for c in CHANGES])
def test_evidence_found_again_with_any_change_is_refreshed(
    app: Monitor, changed: dict[str, Any]
) -> None:
    _save(app)
    assert len(_save(app, **changed)) == 1
    stored = _stored(app)
    for name, value in changed.items():
        assert stored[name] == getattr(value, "value", value)


def _entry(app: Monitor) -> int:
    """A stored news entry, for findings read by the entries they came from."""
    now = dt.datetime(2025, 6, 2, 12)
    with app.db.write() as conn:
        source = conn.execute(sa.select(sources.c.id).limit(1)).scalar_one()
        return int(
            conn.execute(
                entries.insert().values(
                    source_id=source,
                    entry_key="k" * 64,
                    entry_id="entry-1",
                    url=FOUND["url"],
                    title=FOUND["title"],
                    summary="",
                    published=now,
                    published_from_feed=True,
                    content_hash="h" * 64,
                    first_seen=now,
                    updated_at=now,
                )
            ).inserted_primary_key[0]
        )


def test_a_decision_made_after_the_batch_was_read_is_never_overwritten(app: Monitor) -> None:
    entry = _entry(app)
    _save(app, entry_id=entry)
    milestone = app.milestones()[0].id
    with app.db.write() as conn:
        known = evidence_store.StoredFindings(conn, [entry])
        assert known.get(milestone, FOUND["url"]) is not None
        # a person confirms it while the batch is judged (another connection, in real life)
        conn.execute(evidence.update().values(state=EvidenceState.CONFIRMED.value))
        evidence_store.save_found(
            conn,
            milestone_id=milestone,
            entry_id=entry,
            now=dt.datetime(2025, 6, 2, 13),
            known=known,
            **{**FOUND, "confidence": 0.5, "kind": EvidenceKind.MENTION},
        )
    stored = _stored(app)
    assert stored["state"] == EvidenceState.CONFIRMED.value
    assert (stored["kind"], stored["confidence"]) == (FOUND["kind"].value, FOUND["confidence"])
