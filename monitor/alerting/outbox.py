"""The outbox table: digests waiting to go out, being sent, sent, dead-lettered, or parked.

Each channel's digests leave in the order they were made: only a channel's oldest waiting row
(its head) is ever claimed; the rows behind it wait, and follow at once when it has gone.

Rows are claimed one at a time with a lease: the claim (status `sending`, attempt counted, the
lease ending `CLAIM_LEASE` ahead) commits before anything is sent, so no transaction stays open
while a mail server thinks. A sender that dies mid-send leaves its row `sending`; when the lease
runs out (within a minute) the row is sent again, with the same digest id, which receivers use
to recognise the repeat.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

from alerts.digest import Digest
from monitor.errors import MonitorError, NotFoundError
from monitor.storage.schema import alert_outbox

#: How long a claimed row is reserved for its sender: longer than a channel's timeout (30 s),
#: short enough that a sender killed mid-send is replaced within a minute.
CLAIM_LEASE = dt.timedelta(seconds=45)
#: Rows that still wait to go out: pending, or claimed by a sender that may have died.
WAITING = ("pending", "sending")


class OutboxStatus(StrEnum):
    PENDING = "pending"  # waiting for its next attempt
    SENDING = "sending"  # claimed by a sender until `next_attempt_at` (the lease)
    SENT = "sent"
    DEAD = "dead"  # attempts exhausted or refused for good; `monitor outbox retry` revives it
    PARKED = "parked"  # its channel was switched off by the receiver (HTTP 410)


class OutboxStateError(MonitorError):
    """An outbox row that cannot do what was asked (retrying a digest already sent)."""


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    digest_id: str
    channel: str
    subject: str
    payload: str  # the digest as JSON, as alerts.payload renders it
    status: OutboxStatus
    attempts: int
    next_attempt_at: dt.datetime  # naive UTC
    last_error: str | None
    created_at: dt.datetime
    sent_at: dt.datetime | None
    retried_by: str | None = None  # who queued it again by hand, and when (naive UTC)
    retried_at: dt.datetime | None = None

    def as_dict(self) -> dict[str, Any]:
        """For `--json` output: everything but the payload."""
        return {
            "id": self.id,
            "digest_id": self.digest_id,
            "channel": self.channel,
            "subject": self.subject,
            "status": self.status.value,
            "attempts": self.attempts,
            "next_attempt_at": self.next_attempt_at,
            "last_error": self.last_error,
            "created_at": self.created_at,
            "sent_at": self.sent_at,
            "retried_by": self.retried_by,
            "retried_at": self.retried_at,
        }


def add(
    conn: sa.Connection, digest: Digest, *, subject: str, payload: str, now: dt.datetime
) -> int:
    """Queue a digest, due at once."""
    result = conn.execute(
        alert_outbox.insert().values(
            digest_id=digest.id,
            channel=digest.channel,
            subject=subject,
            payload=payload,
            status=OutboxStatus.PENDING.value,
            attempts=0,
            next_attempt_at=now,
            created_at=now,
        )
    )
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def claim_next(
    conn: sa.Connection,
    now: dt.datetime,
    *,
    channels: Collection[str] | None = None,
    skip: Collection[str] = (),
    first: str | None = None,
    lease: dt.timedelta = CLAIM_LEASE,
) -> OutboxRow | None:
    """Claim the head (oldest waiting row) of a channel that has a row due, and count the attempt.

    `first` names a channel whose head is claimed whether due or not (it just accepted a
    digest: the rest of its backlog follows at once); `skip` names channels to leave alone
    this round. A head another sender holds (its lease not over) keeps its channel waiting, so
    nothing overtakes it.
    """
    passed = set(skip)
    if first is not None and first not in passed:
        row = _claim_head(conn, first, now, lease)
        if row is not None:
            return row
        passed.add(first)
    while True:
        query = (
            sa.select(alert_outbox.c.channel)
            .where(
                alert_outbox.c.status.in_(WAITING),
                alert_outbox.c.next_attempt_at <= now,
            )
            .order_by(alert_outbox.c.next_attempt_at, alert_outbox.c.id)
            .limit(1)
        )
        if channels is not None:
            query = query.where(alert_outbox.c.channel.in_(list(channels)))
        if passed:
            query = query.where(alert_outbox.c.channel.not_in(sorted(passed)))
        due = conn.execute(query).first()
        if due is None:
            return None
        row = _claim_head(conn, due.channel, now, lease)
        if row is not None:
            return row
        passed.add(due.channel)


def _claim_head(
    conn: sa.Connection, channel: str, now: dt.datetime, lease: dt.timedelta
) -> OutboxRow | None:
    """Claim `channel`'s oldest waiting row, unless a live sender holds it. FOR UPDATE (no skip)
    waits for a concurrent claim to commit, so two senders never take two rows of one channel."""
    head = conn.execute(
        sa.select(alert_outbox)
        .where(alert_outbox.c.channel == channel, alert_outbox.c.status.in_(WAITING))
        .order_by(alert_outbox.c.id)
        .limit(1)
        .with_for_update()
    ).first()
    if head is None or (head.status == OutboxStatus.SENDING.value and head.next_attempt_at > now):
        return None
    conn.execute(
        alert_outbox.update()
        .where(alert_outbox.c.id == head.id)
        .values(
            status=OutboxStatus.SENDING.value,
            attempts=head.attempts + 1,
            next_attempt_at=now + lease,
        )
    )
    return dataclasses.replace(
        _row(head),
        status=OutboxStatus.SENDING,
        attempts=head.attempts + 1,
        next_attempt_at=now + lease,
    )


def next_due(conn: sa.Connection) -> dt.datetime | None:
    """When the outbox next has something to do (a retry, a lease running out), or None."""
    query = sa.select(sa.func.min(alert_outbox.c.next_attempt_at)).where(
        alert_outbox.c.status.in_(WAITING)
    )
    return conn.execute(query).scalar()


def mark_sent(conn: sa.Connection, row_id: int, now: dt.datetime) -> None:
    conn.execute(
        alert_outbox.update()
        .where(alert_outbox.c.id == row_id)
        .values(status=OutboxStatus.SENT.value, sent_at=now, last_error=None)
    )


def reschedule(conn: sa.Connection, row_id: int, error: str, when: dt.datetime) -> None:
    """A failed attempt that will be tried again at `when`; the rows queued behind it in its
    channel wait until then too (they must not overtake it)."""
    conn.execute(
        alert_outbox.update()
        .where(alert_outbox.c.id == row_id)
        .values(status=OutboxStatus.PENDING.value, next_attempt_at=when, last_error=error)
    )
    channel = sa.select(alert_outbox.c.channel).where(alert_outbox.c.id == row_id).scalar_subquery()
    conn.execute(
        alert_outbox.update()
        .where(
            alert_outbox.c.channel == channel,
            alert_outbox.c.id > row_id,
            alert_outbox.c.status == OutboxStatus.PENDING.value,
            alert_outbox.c.next_attempt_at < when,
        )
        .values(next_attempt_at=when)
    )


def kill(conn: sa.Connection, row_id: int, error: str) -> None:
    """Dead-letter a row: no more attempts until a person retries it."""
    conn.execute(
        alert_outbox.update()
        .where(alert_outbox.c.id == row_id)
        .values(status=OutboxStatus.DEAD.value, last_error=error)
    )


def park_channel(conn: sa.Connection, channel: str, error: str) -> int:
    """Park every waiting row of a channel the receiver switched off; returns how many."""
    result = conn.execute(
        alert_outbox.update()
        .where(
            alert_outbox.c.channel == channel,
            alert_outbox.c.status.in_(WAITING),
        )
        .values(status=OutboxStatus.PARKED.value, last_error=error)
    )
    return int(result.rowcount)


def list_rows(
    conn: sa.Connection, status: OutboxStatus | None = None, *, limit: int = 200
) -> list[OutboxRow]:
    """The newest rows first."""
    query = sa.select(alert_outbox).order_by(alert_outbox.c.id.desc()).limit(limit)
    if status is not None:
        query = query.where(alert_outbox.c.status == status.value)
    return [_row(r) for r in conn.execute(query)]


def find(conn: sa.Connection, key: str) -> OutboxRow:
    """A row by its number (as `outbox list` shows) or its digest id."""
    where = alert_outbox.c.digest_id == key
    if key.isdigit():
        where = sa.or_(where, alert_outbox.c.id == int(key))
    row = conn.execute(sa.select(alert_outbox).where(where)).first()
    if row is None:
        raise NotFoundError(f"no outbox row {key!r}; `monitor outbox list` shows the rows")
    return _row(row)


def revive(conn: sa.Connection, key: str, now: dt.datetime, *, by: str) -> OutboxRow:
    """Put a dead, parked or pending row back in the queue, due now, with a fresh attempt count;
    `by` is the person who asked, kept on the row."""
    row = find(conn, key)
    if row.status is OutboxStatus.SENT:
        raise OutboxStateError(
            f"outbox row {row.id} (digest {row.digest_id}) was sent at {row.sent_at:%Y-%m-%d %H:%M}"
            " UTC; there is nothing to retry"
        )
    conn.execute(
        alert_outbox.update()
        .where(alert_outbox.c.id == row.id)
        .values(
            status=OutboxStatus.PENDING.value,
            attempts=0,
            next_attempt_at=now,
            retried_by=by,
            retried_at=now,
        )
    )
    return find(conn, str(row.id))


def _row(row: Any) -> OutboxRow:
    return OutboxRow(
        id=row.id,
        digest_id=row.digest_id,
        channel=row.channel,
        subject=row.subject,
        payload=row.payload,
        status=OutboxStatus(row.status),
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
        last_error=row.last_error,
        created_at=row.created_at,
        sent_at=row.sent_at,
        retried_by=row.retried_by,
        retried_at=row.retried_at,
    )
