"""Queue a channel's digest: the outbox row and the moved watermarks commit together, or neither.

If the process dies after the commit, the digest waits in the outbox; if it dies before, the
watermarks did not move and the next run builds the same news again. Nothing is lost, and nothing
is queued twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

import sqlalchemy as sa

from alerts.payload import render_json
from alerts.render import subject
from alerts.schedule import is_due
from monitor import faults
from monitor.alerting import outbox
from monitor.alerting import state as channel_state
from monitor.alerting.building import BuildContext, Draft, build_draft
from monitor.alerting.channels_config import ChannelConfig
from monitor.storage import Database


class Outcome(StrEnum):
    QUEUED = "queued"  # a digest is in the outbox
    EMPTY = "empty"  # the schedule fired but there was no news (and no heartbeat asked for)
    NOT_DUE = "not_due"  # the schedule has not fired since the last digest
    DISABLED = "disabled"  # the receiver switched the channel off


@dataclass(frozen=True, slots=True)
class ChannelRun:
    channel: str
    outcome: Outcome
    digest_id: str | None = None
    outbox_id: int | None = None


def queue_digest(
    db: Database, channel: ChannelConfig, ctx: BuildContext, tz: dt.tzinfo, *, force: bool = False
) -> ChannelRun:
    """Build and queue `channel`'s digest if its schedule fired (or `force`), in one transaction."""
    run = _queue_in(db, channel, ctx, tz, force=force)
    if run.outcome is Outcome.QUEUED:
        faults.point("digest.queued")
    return run


def _queue_in(
    db: Database, channel: ChannelConfig, ctx: BuildContext, tz: dt.tzinfo, *, force: bool
) -> ChannelRun:
    with db.write() as conn:
        _hold_event_log(conn)
        state = _locked_state(conn, channel, ctx)
        if state.disabled:
            return ChannelRun(channel.name, Outcome.DISABLED)
        now = ctx.now.replace(tzinfo=dt.UTC)
        last = state.last_run_at.replace(tzinfo=dt.UTC) if state.last_run_at else None
        if not force and not is_due(channel.schedule, last, now, tz):
            return ChannelRun(channel.name, Outcome.NOT_DUE)
        draft = build_draft(conn, channel, state, ctx)
        digest = draft.digest
        if digest.is_empty and not channel.heartbeat and not digest.overview:
            _advance(conn, draft, state.sequence, ctx.now)
            return ChannelRun(channel.name, Outcome.EMPTY)
        _advance(conn, draft, draft.sequence, ctx.now)
        row_id = outbox.add(
            conn, digest, subject=subject(digest), payload=render_json(digest), now=ctx.now
        )
        return ChannelRun(channel.name, Outcome.QUEUED, digest.id, row_id)


def preview_draft(db: Database, channel: ChannelConfig, ctx: BuildContext) -> Draft:
    """The digest `queue_digest` would build now, read without writing anything."""
    with db.read() as conn:
        state = channel_state.get(conn, channel.name)
        if state is None:  # not yet seen: it would start at the head, with nothing to say
            state = channel_state.ChannelState(
                name=channel.name,
                events_watermark=channel_state.events_head(conn),
                cases_watermark=ctx.case_feed(conn, 0)[2],
                sequence=0,
                last_run_at=None,
                disabled_at=None,
                disabled_reason="",
            )
        return build_draft(conn, channel, state, ctx)


def _hold_event_log(conn: sa.Connection) -> None:
    """On PostgreSQL, wait for transactions still writing status events and hold new ones off
    until this digest commits: an event id taken before ours but committed after it would
    otherwise fall behind the watermark and never be reported. SQLite writers are serial."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("LOCK TABLE status_events IN SHARE MODE")


def _locked_state(
    conn: sa.Connection, channel: ChannelConfig, ctx: BuildContext
) -> channel_state.ChannelState:
    state = channel_state.get(conn, channel.name, lock=True)
    if state is None:
        channel_state.ensure(
            conn,
            channel.name,
            events=channel_state.events_head(conn),
            cases=ctx.case_feed(conn, 0)[2],
            now=ctx.now,
        )
        state = channel_state.get(conn, channel.name, lock=True)
        assert state is not None
    return state


def _advance(conn: sa.Connection, draft: Draft, sequence: int, now: dt.datetime) -> None:
    channel_state.advance(
        conn,
        draft.digest.channel,
        events=draft.events_watermark,
        cases=draft.cases_watermark,
        sequence=sequence,
        now=now,
        told=draft.told,
    )
