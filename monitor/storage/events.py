"""The status-event log: every change of a milestone's status, appended, read by digests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from monitor.storage.schema import status_events
from timeline.status import Status, StatusEvent


@dataclass(frozen=True, slots=True)
class LoggedEvent:
    """A status event as stored: with its id and when it was recorded."""

    id: int
    event: StatusEvent
    recorded_at: dt.datetime
    reason: str


# Any fixed number: the key of the PostgreSQL advisory lock that serialises status evaluations.
_EVALUATION_LOCK = 0x6D6D_0001


def hold_evaluation(conn: sa.Connection) -> None:
    """Until this transaction ends, be the only one comparing statuses with the log and
    appending to it. Two people deciding on one milestone at once (the review desk) would
    otherwise both see the old status and both log the change. On PostgreSQL a transaction
    advisory lock; SQLite writers already take turns."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _EVALUATION_LOCK})


def latest_statuses(
    conn: sa.Connection, milestone_ids: Collection[str] | None = None
) -> dict[str, Status]:
    """The last logged status of every milestone that has one (of `milestone_ids` if given)."""
    last = sa.select(sa.func.max(status_events.c.id)).group_by(status_events.c.milestone_id)
    if milestone_ids is not None:
        last = last.where(status_events.c.milestone_id.in_(list(milestone_ids)))
    last_ids = last.scalar_subquery()
    query = sa.select(status_events.c.milestone_id, status_events.c.to_status).where(
        status_events.c.id.in_(last_ids)
    )
    return {row.milestone_id: Status(row.to_status) for row in conn.execute(query)}


def append(
    conn: sa.Connection, events: Iterable[StatusEvent], *, reason: str, now: dt.datetime
) -> int:
    rows = [
        {
            "milestone_id": e.milestone_id,
            "from_status": e.from_status.value if e.from_status else None,
            "to_status": e.to_status.value,
            "effective_on": e.on,
            "evidence_id": e.evidence_id,
            "recorded_at": now,
            "reason": reason,
        }
        for e in events
    ]
    if rows:
        conn.execute(status_events.insert(), rows)
    return len(rows)


def history(conn: sa.Connection, milestone_id: str | None = None) -> list[LoggedEvent]:
    """Logged events, oldest first; of one milestone when given."""
    query = sa.select(status_events).order_by(status_events.c.id)
    if milestone_id is not None:
        query = query.where(status_events.c.milestone_id == milestone_id)
    return [_logged(row) for row in conn.execute(query)]


def recent(conn: sa.Connection, limit: int) -> list[LoggedEvent]:
    """The `limit` events logged last, newest first."""
    query = sa.select(status_events).order_by(status_events.c.id.desc()).limit(limit)
    return [_logged(row) for row in conn.execute(query)]


def _logged(row: Any) -> LoggedEvent:
    event = StatusEvent(
        milestone_id=row.milestone_id,
        from_status=Status(row.from_status) if row.from_status else None,
        to_status=Status(row.to_status),
        on=row.effective_on,
        evidence_id=row.evidence_id,
    )
    return LoggedEvent(row.id, event, row.recorded_at, row.reason)
