"""Send what is due in the outbox, one row at a time, and record how each attempt went.

The channel's answer decides the row's fate: delivered (sent), try later (rescheduled with
back-off, dead after the last attempt), refused for good (dead at once), or destination gone
(the channel is switched off and its waiting digests parked until a person retries them).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import random
from collections.abc import Callable, Collection
from dataclasses import dataclass
from enum import StrEnum

from alerts.channels import Channel
from alerts.errors import (
    ChannelGoneError,
    PermanentDeliveryError,
    RetryableDeliveryError,
)
from alerts.payload import digest_from_dict
from alerts.render import render
from monitor import clock, faults
from monitor.alerting import outbox
from monitor.alerting import state as channel_state
from monitor.alerting.channels_config import AlertSettings, ChannelConfig
from monitor.alerting.retry import next_attempt
from monitor.storage import Database

log = logging.getLogger("monitor.alerts")

#: The most rows one call sends, so a long backlog cannot keep a job running for hours.
BATCH_LIMIT = 100


class Result(StrEnum):
    SENT = "sent"
    RETRY = "retry"  # will be tried again at `next_attempt_at`
    DEAD = "dead"
    PARKED = "parked"


@dataclass(frozen=True, slots=True)
class Attempt:
    outbox_id: int
    digest_id: str
    channel: str
    result: Result
    error: str | None = None
    next_attempt_at: dt.datetime | None = None  # naive UTC, for RETRY


Opener = Callable[[ChannelConfig], Channel]


def send_due(
    db: Database,
    settings: AlertSettings,
    *,
    channels: Collection[str] | None = None,
    limit: int = BATCH_LIMIT,
    rng: random.Random | None = None,
    opener: Opener = ChannelConfig.open,
) -> list[Attempt]:
    """Send every due outbox row (of `channels`, when given); returns what happened to each.

    A channel's digests go in the order they were made: when one is accepted, the rest of that
    channel's backlog follows at once; when one fails, the channel is left alone this round.
    """
    opened: dict[str, Channel] = {}
    attempts: list[Attempt] = []
    failing: set[str] = set()  # channels that failed this round: not asked again until later
    first: str | None = None  # the channel that just accepted a digest: its backlog goes next
    while len(attempts) < limit:
        with db.write() as conn:
            row = outbox.claim_next(conn, clock.now(), channels=channels, skip=failing, first=first)
        if row is None:
            break
        faults.point("outbox.claimed")
        configured = {c.name: c for c in settings.channels}.get(row.channel)
        if configured is None:
            error = f"channel {row.channel!r} is no longer configured; restore it, then retry"
            with db.write() as conn:
                outbox.kill(conn, row.id, error)
            attempts.append(Attempt(row.id, row.digest_id, row.channel, Result.DEAD, error))
            continue
        if row.channel not in opened:
            opened[row.channel] = opener(configured)
        attempt = _attempt(db, row, opened[row.channel], settings.tz, rng)
        attempts.append(attempt)
        if attempt.result in (Result.SENT, Result.DEAD):
            first = row.channel  # the channel answered: the next of its backlog now
        else:
            failing.add(row.channel)
            first = None
    return attempts


def _attempt(
    db: Database,
    row: outbox.OutboxRow,
    channel: Channel,
    tz: dt.tzinfo,
    rng: random.Random | None,
) -> Attempt:
    try:
        digest = digest_from_dict(json.loads(row.payload))
    except ValueError as exc:  # also json.JSONDecodeError: a row edited by hand, or a bug
        return _dead(db, row, f"stored digest cannot be read: {exc}")
    done = Attempt(row.id, row.digest_id, row.channel, Result.SENT)
    try:
        channel.send(digest, render(digest, tz=tz))
        faults.point("outbox.sent")
    except ChannelGoneError as exc:
        error = f"{exc}; the channel is switched off until a person retries one of its digests"
        with db.write() as conn:
            channel_state.set_disabled(conn, row.channel, str(exc), clock.now())
            outbox.park_channel(conn, row.channel, error)
        log.warning("channel %s disabled: %s", row.channel, exc)
        return Attempt(row.id, row.digest_id, row.channel, Result.PARKED, error)
    except PermanentDeliveryError as exc:
        return _dead(db, row, str(exc))
    except RetryableDeliveryError as exc:
        return _retry_later(db, row, str(exc), exc.retry_after, rng)
    except Exception as exc:  # a bug in a channel: keep the digest, log loudly, try later
        log.exception("digest %s to %s: unexpected error", row.digest_id, channel.name)
        return _retry_later(db, row, f"{type(exc).__name__}: {exc}", None, rng)
    with db.write() as conn:
        outbox.mark_sent(conn, row.id, clock.now())
    log.info("digest %s sent to %s (%s)", row.digest_id, row.channel, channel.name)
    return done


def _retry_later(
    db: Database,
    row: outbox.OutboxRow,
    error: str,
    retry_after: float | None,
    rng: random.Random | None,
) -> Attempt:
    now = clock.now()
    when = next_attempt(row.attempts, now, retry_after=retry_after, rng=rng)
    if when is None:
        return _dead(db, row, f"gave up after {row.attempts} attempts; last error: {error}")
    with db.write() as conn:
        outbox.reschedule(conn, row.id, error, when)
    log.info(
        "digest %s to %s failed (%s); next attempt %s", row.digest_id, row.channel, error, when
    )
    return Attempt(row.id, row.digest_id, row.channel, Result.RETRY, error, when)


def _dead(db: Database, row: outbox.OutboxRow, error: str) -> Attempt:
    with db.write() as conn:
        outbox.kill(conn, row.id, error)
    log.warning("digest %s to %s is dead-lettered: %s", row.digest_id, row.channel, error)
    return Attempt(row.id, row.digest_id, row.channel, Result.DEAD, error)
