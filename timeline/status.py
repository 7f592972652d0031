"""Where a milestone stands as of a date, and when that changes.

Everything here is pure: `at` is a parameter, evidence is passed in. Only evidence published on or
before `at` is considered, so any past date can be evaluated as it looked then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from timeline.model import Evidence, Milestone

DEFAULT_DUE_SOON_DAYS = 30


class Status(StrEnum):
    UPCOMING = "upcoming"
    DUE_SOON = "due_soon"
    MISSED = "missed"
    DELIVERED_ON_TIME = "delivered_on_time"
    DELIVERED_LATE = "delivered_late"
    DELIVERED = "delivered"  # an undated milestone, delivered
    OPEN = "open"  # an undated milestone, nothing delivered yet

    @property
    def is_delivered(self) -> bool:
        return self in DELIVERED_STATUSES


DELIVERED_STATUSES = frozenset({Status.DELIVERED_ON_TIME, Status.DELIVERED_LATE, Status.DELIVERED})


@dataclass(frozen=True, slots=True)
class MilestoneStatus:
    """A milestone's status as of `at`, with the numbers and the evidence behind it."""

    milestone: Milestone
    at: dt.date
    status: Status
    days: int | None  # days left (negative: days late); None for undated milestones
    delivered_on: dt.date | None
    delivery: Evidence | None  # the evidence the delivery rests on
    evidence: tuple[Evidence, ...]  # every non-rejected item published by `at`, oldest first


@dataclass(frozen=True, slots=True)
class StatusEvent:
    """A change of status: what digests and the status history are made of."""

    milestone_id: str
    from_status: Status | None  # None: first evaluation
    to_status: Status
    on: dt.date  # the day the change took effect
    evidence_id: int | None = None


def visible_evidence(evidence: Iterable[Evidence], at: dt.date) -> tuple[Evidence, ...]:
    """Evidence a reader could have seen on `at`: published by then, not rejected or retracted."""
    kept = [e for e in evidence if e.published <= at and e.state.shown]
    return tuple(sorted(kept, key=lambda e: (e.published, e.id)))


def delivery_of(evidence: Iterable[Evidence]) -> Evidence | None:
    """The earliest accepted delivery: the plan's promise was kept on that day."""
    deliveries = [e for e in evidence if e.counts_as_delivery]
    return min(deliveries, key=lambda e: (e.published, e.id), default=None)


def evaluate(
    milestone: Milestone,
    evidence: Iterable[Evidence],
    at: dt.date,
    *,
    due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
) -> MilestoneStatus:
    """The status of one milestone as of `at`."""
    seen = visible_evidence((e for e in evidence if e.milestone_id == milestone.id), at)
    delivery = delivery_of(seen)
    delivered_on = delivery.published if delivery else None
    due = milestone.due
    days = (due - at).days if due else None
    if due is None:
        status = Status.DELIVERED if delivery else Status.OPEN
    elif delivered_on is not None:
        status = Status.DELIVERED_ON_TIME if delivered_on <= due else Status.DELIVERED_LATE
    elif at > due:
        status = Status.MISSED
    elif (due - at).days <= due_soon_days:
        status = Status.DUE_SOON
    else:
        status = Status.UPCOMING
    return MilestoneStatus(milestone, at, status, days, delivered_on, delivery, seen)


def evaluate_all(
    milestones: Iterable[Milestone],
    evidence: Iterable[Evidence],
    at: dt.date,
    *,
    due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
) -> list[MilestoneStatus]:
    """Statuses of many milestones as of `at`, in the order given."""
    by_milestone: dict[str, list[Evidence]] = {}
    for item in evidence:
        by_milestone.setdefault(item.milestone_id, []).append(item)
    return [
        evaluate(m, by_milestone.get(m.id, ()), at, due_soon_days=due_soon_days) for m in milestones
    ]


def status_changes(previous: Status | None, current: MilestoneStatus) -> StatusEvent | None:
    """The event to log when a milestone's evaluated status differs from the last one logged."""
    if previous is current.status:
        return None
    return StatusEvent(
        milestone_id=current.milestone.id,
        from_status=previous,
        to_status=current.status,
        on=_effective_day(current),
        evidence_id=current.delivery.id
        if current.delivery and current.status.is_delivered
        else None,
    )


def _effective_day(current: MilestoneStatus) -> dt.date:
    """The day a status began to hold, which can be earlier than the evaluation day."""
    due = current.milestone.due
    if current.status.is_delivered and current.delivered_on:
        return current.delivered_on
    if current.status is Status.MISSED and due:
        return due + dt.timedelta(days=1)
    return current.at


def transitions(
    milestone: Milestone,
    evidence: Sequence[Evidence],
    start: dt.date,
    end: dt.date,
    *,
    due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
) -> list[StatusEvent]:
    """Every status change of one milestone between `start` (exclusive) and `end` (inclusive).

    Statuses only change on a few known days (a deadline approaching or passing, a piece of evidence
    appearing), so evaluating on those days alone gives the exact history.
    """
    if end <= start:
        return []
    candidates: set[dt.date] = {e.published for e in evidence if start < e.published <= end}
    due = milestone.due
    if due:
        for day in (due - dt.timedelta(days=due_soon_days), due + dt.timedelta(days=1)):
            if start < day <= end:
                candidates.add(day)
    events: list[StatusEvent] = []
    last = evaluate(milestone, evidence, start, due_soon_days=due_soon_days).status
    for day in sorted(candidates):
        now = evaluate(milestone, evidence, day, due_soon_days=due_soon_days)
        if now.status is not last:
            events.append(
                StatusEvent(
                    milestone.id,
                    last,
                    now.status,
                    day,
                    now.delivery.id if now.delivery and now.status.is_delivered else None,
                )
            )
            last = now.status
    return events
