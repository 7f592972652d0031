"""Per-channel state: how far a channel's digests have read, when its schedule last fired, and
whether a receiver switched it off (HTTP 410).

A channel seen for the first time starts at the head of the event log and of the job-loss feed:
a channel added months after installation hears what happens from now on, not a backlog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from monitor.storage.schema import alert_channels, status_events


@dataclass(frozen=True, slots=True)
class ChannelState:
    name: str
    events_watermark: int  # last status_events.id a digest of this channel covered
    cases_watermark: int  # the job-loss feed's marker after this channel's last digest
    sequence: int  # digests queued so far
    last_run_at: dt.datetime | None  # naive UTC, like every stored time
    disabled_at: dt.datetime | None
    disabled_reason: str
    told: Mapping[str, str] = field(default_factory=dict)  # milestone -> last status told

    @property
    def disabled(self) -> bool:
        return self.disabled_at is not None


def events_head(conn: sa.Connection) -> int:
    """The id of the newest status event, 0 when none is logged."""
    return int(
        conn.execute(sa.select(sa.func.coalesce(sa.func.max(status_events.c.id), 0))).one()[0]
    )


def ensure(conn: sa.Connection, name: str, *, events: int, cases: int, now: dt.datetime) -> None:
    """Create the state row of a new channel at the given watermarks; an existing row is kept."""
    values = {
        "name": name,
        "events_watermark": events,
        "cases_watermark": cases,
        "sequence": 0,
        "disabled_reason": "",
        "created_at": now,
    }
    dialect = sqlite if conn.dialect.name == "sqlite" else postgresql
    conn.execute(dialect.insert(alert_channels).values(values).on_conflict_do_nothing())


def exists(conn: sa.Connection, name: str) -> bool:
    query = sa.select(alert_channels.c.name).where(alert_channels.c.name == name)
    return conn.execute(query).first() is not None


def get(conn: sa.Connection, name: str, *, lock: bool = False) -> ChannelState | None:
    """The channel's state; `lock` holds its row until the transaction ends (PostgreSQL), so
    two processes cannot build the same channel's digest at once."""
    query = sa.select(alert_channels).where(alert_channels.c.name == name)
    if lock:
        query = query.with_for_update()
    row = conn.execute(query).first()
    return _state(row) if row is not None else None


def all_states(conn: sa.Connection) -> dict[str, ChannelState]:
    return {row.name: _state(row) for row in conn.execute(sa.select(alert_channels))}


def advance(
    conn: sa.Connection,
    name: str,
    *,
    events: int,
    cases: int,
    sequence: int,
    now: dt.datetime,
    told: Mapping[str, str] | None = None,
) -> None:
    """Record a fired schedule, the watermarks the digest (queued or empty) reached, and the
    statuses the channel has now been told."""
    values: dict[str, Any] = {
        "events_watermark": events,
        "cases_watermark": cases,
        "sequence": sequence,
        "last_run_at": now,
    }
    if told is not None:
        values["told"] = dict(told)
    conn.execute(alert_channels.update().where(alert_channels.c.name == name).values(**values))


def set_disabled(conn: sa.Connection, name: str, reason: str | None, now: dt.datetime) -> None:
    """Switch a channel off with the receiver's reason, or back on with `reason=None`."""
    conn.execute(
        alert_channels.update()
        .where(alert_channels.c.name == name)
        .values(
            disabled_at=now if reason is not None else None,
            disabled_reason=reason or "",
        )
    )


def _state(row: Any) -> ChannelState:
    return ChannelState(
        name=row.name,
        events_watermark=row.events_watermark,
        cases_watermark=row.cases_watermark,
        sequence=row.sequence,
        last_run_at=row.last_run_at,
        disabled_at=row.disabled_at,
        disabled_reason=row.disabled_reason,
        told=dict(row.told or {}),
    )
