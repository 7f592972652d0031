"""Digests for a whole monitor: the daemon's job, the immediate path, and what the CLI calls.

Job-loss cases come from the host's `case_feed` unless another `CaseFeed` is passed in.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from alerts.digest import Digest
from monitor import clock
from monitor.alerting import outbox
from monitor.alerting import state as channel_state
from monitor.alerting.building import BuildContext, CaseFeed
from monitor.alerting.channels_config import AlertSettings, ChannelConfig, load_alert_settings
from monitor.alerting.host import AlertHost
from monitor.alerting.queueing import ChannelRun, preview_draft, queue_digest
from monitor.alerting.sending import Attempt, Opener, send_due


@dataclass(frozen=True, slots=True)
class AlertsReport:
    """What one run did: per channel, whether a digest was queued; per outbox row, how its
    delivery went."""

    built: tuple[ChannelRun, ...] = ()
    attempts: tuple[Attempt, ...] = ()


@dataclass(frozen=True, slots=True)
class Revived:
    row: outbox.OutboxRow
    channel_enabled: bool  # the row's channel had been switched off and is on again


def run_alerts(
    monitor: AlertHost,
    *,
    case_feed: CaseFeed | None = None,
    env: Mapping[str, str] | None = None,
    rng: random.Random | None = None,
    opener: Opener | None = None,
) -> AlertsReport:
    """The daemon's job: queue the digest of every channel whose schedule fired, then send
    every due outbox row (new digests and retries alike)."""
    settings = load_alert_settings(monitor.config, env)
    return _run(monitor, settings, settings.channels, case_feed, rng, opener, every_row=True)


def deliver_now(
    monitor: AlertHost,
    *,
    case_feed: CaseFeed | None = None,
    env: Mapping[str, str] | None = None,
    opener: Opener | None = None,
    send_later: Callable[[Callable[[], object]], None] | None = None,
) -> AlertsReport:
    """After a person recorded or confirmed a delivery: queue and send for immediate channels
    only, so scheduled channels keep the news for their next slot.

    The digests are queued (committed to the outbox) before this returns; `send_later`, when
    given, takes the sending instead (the desk sends off the request's thread, so a receiver
    that hangs does not hold the person's page). What it never sends, the outbox keeps for
    the daemon's next round."""
    settings = load_alert_settings(monitor.config, env)
    chosen = tuple(c for c in settings.channels if c.schedule.at is None)
    if send_later is None:
        return _run(monitor, settings, chosen, case_feed, None, opener)
    ctx = _context(monitor, settings, case_feed)
    built = tuple(queue_digest(monitor.db, c, ctx, settings.tz) for c in chosen)
    names = [c.name for c in chosen]
    if opener is None:
        send_later(lambda: send_due(monitor.db, settings, channels=names))
    else:
        send_later(lambda: send_due(monitor.db, settings, channels=names, opener=opener))
    return AlertsReport(built)


def send_now(
    monitor: AlertHost,
    channel: str | None = None,
    *,
    case_feed: CaseFeed | None = None,
    env: Mapping[str, str] | None = None,
    opener: Opener | None = None,
) -> AlertsReport:
    """`monitor digest send`: build now, whatever the schedule says, and send."""
    settings = load_alert_settings(monitor.config, env)
    chosen = (settings.channel(channel),) if channel else settings.channels
    return _run(monitor, settings, chosen, case_feed, None, opener, force=True)


def preview(
    monitor: AlertHost,
    channel: str | None = None,
    *,
    case_feed: CaseFeed | None = None,
    env: Mapping[str, str] | None = None,
) -> list[tuple[Digest, dt.tzinfo]]:
    """The digests `send_now` would send, empty ones included; nothing is written."""
    settings = load_alert_settings(monitor.config, env)
    chosen = (settings.channel(channel),) if channel else settings.channels
    ctx = _context(monitor, settings, case_feed)
    return [(preview_draft(monitor.db, c, ctx).digest, settings.tz) for c in chosen]


def register_channels(monitor: AlertHost, *, env: Mapping[str, str] | None = None) -> None:
    """Start every configured channel that has no state yet at the current head of the event
    log and of the case feed, without sending: news from now on reaches it."""
    settings = load_alert_settings(monitor.config, env)
    ctx = _context(monitor, settings, None)
    with monitor.db.write() as conn:
        for channel in settings.channels:
            if not channel_state.exists(conn, channel.name):
                channel_state.ensure(
                    conn,
                    channel.name,
                    events=channel_state.events_head(conn),
                    cases=ctx.case_feed(conn, 0)[2],
                    now=ctx.now,
                )


def next_attempt_at(monitor: AlertHost) -> dt.datetime | None:
    """When the outbox next has a digest to try (a retry, a lease running out), naive UTC."""
    with monitor.db.read() as conn:
        return outbox.next_due(conn)


def outbox_rows(
    monitor: AlertHost, status: outbox.OutboxStatus | None = None
) -> list[outbox.OutboxRow]:
    with monitor.db.read() as conn:
        return outbox.list_rows(conn, status)


def retry(monitor: AlertHost, key: str, *, by: str) -> Revived:
    """Queue a dead, parked or pending digest again, due now; a switched-off channel is
    switched back on, since a person (`by`, kept on the row) asked for its digest."""
    with monitor.db.write() as conn:
        row = outbox.revive(conn, key, clock.now(), by=by)
        state = channel_state.get(conn, row.channel)
        enabled = state is not None and state.disabled
        if enabled:
            channel_state.set_disabled(conn, row.channel, None, clock.now())
    return Revived(row, enabled)


def _run(
    monitor: AlertHost,
    settings: AlertSettings,
    chosen: Sequence[ChannelConfig],
    case_feed: CaseFeed | None,
    rng: random.Random | None,
    opener: Opener | None,
    *,
    force: bool = False,
    every_row: bool = False,
) -> AlertsReport:
    """Queue for `chosen`, then send their due rows (or every due row: rows of channels no
    longer configured are then dead-lettered with a note saying so)."""
    ctx = _context(monitor, settings, case_feed)
    built = tuple(queue_digest(monitor.db, c, ctx, settings.tz, force=force) for c in chosen)
    names = None if every_row else [c.name for c in chosen]
    if opener is None:
        sent = send_due(monitor.db, settings, channels=names, rng=rng)
    else:
        sent = send_due(monitor.db, settings, channels=names, rng=rng, opener=opener)
    return AlertsReport(built, tuple(sent))


def _context(
    monitor: AlertHost, settings: AlertSettings, case_feed: CaseFeed | None
) -> BuildContext:
    feed = case_feed or monitor.case_feed
    return BuildContext(
        now=clock.now(),
        today=monitor.today(),
        due_soon_days=monitor.config.due_soon_days,
        case_feed=feed,
        horizon=settings.due_soon_days,
    )
