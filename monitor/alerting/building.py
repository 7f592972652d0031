"""What a channel's next digest says: the status events and job-loss cases after its watermarks.

Reads only; queueing the digest and moving the watermarks is `queueing`'s job, so a preview can
use the very same code and change nothing.

A milestone that changed twice since the last digest is reported once, at its latest status
(due soon, then missed: "missed"). A channel's first digest is an overview: where things stand,
every milestone overdue, delivered or coming due, whether or not anything was evaluated yet.
After it, an event with no earlier status is a milestone's first evaluation, a baseline the
overview already told of rather than news, and is left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

import sqlalchemy as sa

from alerts.digest import Candidate, CaseItem, Digest, MilestoneItem, PlanSummary, filter_digest
from monitor.alerting.channels_config import ChannelConfig
from monitor.alerting.state import ChannelState, events_head
from monitor.storage import evidence as evidence_store
from monitor.storage import milestones as milestone_store
from monitor.storage.schema import plans, status_events
from timeline.model import EvidenceState, Milestone
from timeline.status import MilestoneStatus, Status, StatusEvent, evaluate_all

#: Job-loss cases since a watermark: (new cases, revised cases, the watermark after them).
CaseFeed = Callable[[sa.Connection, int], tuple[Sequence[CaseItem], Sequence[CaseItem], int]]


def no_cases(
    conn: sa.Connection, watermark: int
) -> tuple[Sequence[CaseItem], Sequence[CaseItem], int]:
    """The case feed until job-loss cases are stored: nothing new, watermark unchanged."""
    return (), (), watermark


@dataclass(frozen=True, slots=True)
class BuildContext:
    """What building needs beyond the database: the moment, the calendar and the case feed."""

    now: dt.datetime  # naive UTC, as stored
    today: dt.date  # in the monitor's time zone
    due_soon_days: int  # the timeline's window, for statuses
    case_feed: CaseFeed = no_cases
    horizon: int | None = None  # alerts.due_soon_days: coming-due items at most this far off


@dataclass(frozen=True, slots=True)
class Draft:
    """A digest as it would be queued, and the watermarks queueing it would store."""

    digest: Digest  # already filtered for the channel
    events_watermark: int
    cases_watermark: int
    sequence: int
    told: Mapping[str, str]  # milestone -> status, as the channel knows them after this digest


def digest_id(channel: str, sequence: int, at: dt.datetime) -> str:
    """`<channel>-<UTC time>-<n>`: stored with the digest, so every resend reuses it; the time
    keeps ids distinct if a database is ever rebuilt and numbering starts again."""
    return f"{channel}-{at:%Y%m%dT%H%M%SZ}-{sequence}"


def build_draft(
    conn: sa.Connection, channel: ChannelConfig, state: ChannelState, ctx: BuildContext
) -> Draft:
    """The channel's next digest from what was logged after its watermarks."""
    head = events_head(conn)
    query = (
        sa.select(status_events)
        .where(status_events.c.id > state.events_watermark, status_events.c.id <= head)
        .order_by(status_events.c.id)
    )
    latest: dict[str, StatusEvent] = {}
    for row in conn.execute(query):
        latest[row.milestone_id] = StatusEvent(
            milestone_id=row.milestone_id,
            from_status=Status(row.from_status) if row.from_status else None,
            to_status=Status(row.to_status),
            on=row.effective_on,
            evidence_id=row.evidence_id,
        )
    milestones = {m.id: m for m in milestone_store.load_milestones(conn, include_retired=True)}
    current = _current_statuses(conn, ctx)
    candidates = _candidates_by_milestone(conn)
    overview = state.sequence == 0
    if overview:
        items = [_status_item(s) for s in current.values() if s.status in _NOTEWORTHY]
        told = {s.milestone.id: s.status.value for s in current.values()}
    else:
        # News is a change the channel was not told of: the log may only now catch up with a
        # status an overview already gave (a deadline passed before the day's evaluation).
        news = [
            e
            for e in latest.values()
            if e.from_status is not None and state.told.get(e.milestone_id) != e.to_status.value
        ]
        told = {**state.told, **{m: e.to_status.value for m, e in latest.items()}}
        items = [
            _item(conn, e, milestones[e.milestone_id], current.get(e.milestone_id))
            for e in news
            if e.milestone_id in milestones
        ]
    new_cases, revised_cases, cases_watermark = ctx.case_feed(conn, state.cases_watermark)
    sequence = state.sequence + 1
    now = ctx.now.replace(tzinfo=dt.UTC)
    items = [
        replace(i, candidates=candidates.get(i.milestone_id, ()))
        if i.status is Status.MISSED
        else i
        for i in items
    ]
    digest = Digest(
        id=digest_id(channel.name, sequence, now),
        channel=channel.name,
        generated_at=now,
        since=state.last_run_at.replace(tzinfo=dt.UTC) if state.last_run_at else None,
        missed=tuple(i for i in items if i.status is Status.MISSED),
        delivered=tuple(i for i in items if i.status.is_delivered),
        due_soon=tuple(i for i in items if _coming_due(i, ctx.horizon)),
        new_cases=tuple(new_cases),
        revised_cases=tuple(revised_cases),
        summary=_summary(conn, current.values()),
        overview=overview,
    )
    return Draft(filter_digest(digest, channel.filters), head, cases_watermark, sequence, told)


_NOTEWORTHY = frozenset(
    {
        Status.MISSED,
        Status.DUE_SOON,
        Status.DELIVERED,
        Status.DELIVERED_ON_TIME,
        Status.DELIVERED_LATE,
    }
)


def _status_item(status: MilestoneStatus) -> MilestoneItem:
    """A milestone as it stands, for an overview: its status, with its accepted delivery."""
    milestone, delivery = status.milestone, status.delivery
    return MilestoneItem(
        milestone_id=milestone.id,
        title=milestone.title,
        pillar=milestone.pillar,
        status=status.status,
        previous=None,
        due=milestone.due,
        days=status.days,
        delivered_on=status.delivered_on,
        evidence_url=delivery.url if delivery else None,
        evidence_title=delivery.title if delivery else None,
        confirmed_by_person=delivery is not None and delivery.state is EvidenceState.CONFIRMED,
    )


def _candidates_by_milestone(conn: sa.Connection) -> dict[str, tuple[Candidate, ...]]:
    """The candidates waiting in review, under each milestone they come near ("closest")."""
    found: dict[str, list[Candidate]] = {}
    for item, _explanation, _terms in evidence_store.pending_evidence(
        conn, EvidenceState.CANDIDATE
    ):
        candidate = Candidate(f"e{item.id}", item.url, item.title)
        near = {item.milestone_id} | set(evidence_store.closest_of(conn, item.id))
        for milestone_id in near:
            found.setdefault(milestone_id, []).append(candidate)
    return {m: tuple(c) for m, c in found.items()}


def _current_statuses(conn: sa.Connection, ctx: BuildContext) -> dict[str, MilestoneStatus]:
    """Today's statuses of the plan's milestones, read in the digest's own transaction."""
    milestones = milestone_store.load_milestones(conn)
    found = evidence_store.list_evidence(conn, [m.id for m in milestones])
    statuses = evaluate_all(milestones, found, ctx.today, due_soon_days=ctx.due_soon_days)
    return {s.milestone.id: s for s in statuses}


def _coming_due(item: MilestoneItem, horizon: int | None) -> bool:
    if item.status is not Status.DUE_SOON:
        return False
    return horizon is None or item.days is None or item.days <= horizon


def _item(
    conn: sa.Connection,
    event: StatusEvent,
    milestone: Milestone,
    current: MilestoneStatus | None,
) -> MilestoneItem:
    evidence = (
        evidence_store.get_evidence(conn, event.evidence_id)
        if event.evidence_id is not None
        else None
    )
    delivered_on = current.delivered_on if current else None
    if evidence is not None and event.to_status.is_delivered:
        delivered_on = evidence.published
    return MilestoneItem(
        milestone_id=milestone.id,
        title=milestone.title,
        pillar=milestone.pillar,
        status=event.to_status,
        previous=event.from_status,
        due=milestone.due,
        days=current.days if current else None,
        delivered_on=delivered_on,
        evidence_url=evidence.url if evidence else None,
        evidence_title=evidence.title if evidence else None,
        confirmed_by_person=evidence is not None and evidence.state is EvidenceState.CONFIRMED,
        provenance=evidence.provenance() if evidence is not None else "",
    )


def _summary(conn: sa.Connection, statuses: Iterable[MilestoneStatus]) -> PlanSummary:
    counts: dict[Status, int] = {}
    for status in statuses:
        counts[status.status] = counts.get(status.status, 0) + 1
    titles = [row.title for row in conn.execute(sa.select(plans.c.title).order_by(plans.c.id))]
    return PlanSummary("; ".join(titles) or "No plan loaded", counts)
