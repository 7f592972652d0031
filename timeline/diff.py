"""What changed between two dates: every milestone's status changes, with the delivery behind each.

Pure, like `timeline.status`: the dates and the evidence are parameters. Built on
`transitions`, so a diff and the logged history agree on what changed and when.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from timeline.model import Evidence, Milestone
from timeline.status import DEFAULT_DUE_SOON_DAYS, Status, StatusEvent, transitions


@dataclass(frozen=True, slots=True)
class Change:
    """One status change of one milestone, with the evidence a delivery rests on."""

    milestone: Milestone
    event: StatusEvent
    evidence: Evidence | None  # the delivery, when the change is one; else None

    @property
    def on(self) -> dt.date:
        return self.event.on

    @property
    def from_status(self) -> Status | None:
        return self.event.from_status

    @property
    def to_status(self) -> Status:
        return self.event.to_status


def changes_between(
    milestones: Sequence[Milestone],
    evidence: Iterable[Evidence],
    start: dt.date,
    end: dt.date,
    *,
    due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
) -> list[Change]:
    """Every status change after `start` up to and including `end`, oldest first.

    Changes on the same day keep the order of `milestones` (plan order). Raises ValueError when
    `end` is not after `start`: an empty window is almost always swapped arguments.
    """
    if end <= start:
        raise ValueError(
            f"the end date {end.isoformat()} must be after the start date {start.isoformat()}"
        )
    by_milestone: dict[str, list[Evidence]] = {}
    by_id: dict[int, Evidence] = {}
    for item in evidence:
        by_milestone.setdefault(item.milestone_id, []).append(item)
        by_id[item.id] = item
    found: list[tuple[dt.date, int, Change]] = []
    for position, milestone in enumerate(milestones):
        events = transitions(
            milestone,
            by_milestone.get(milestone.id, []),
            start,
            end,
            due_soon_days=due_soon_days,
        )
        for event in events:
            cited = by_id.get(event.evidence_id) if event.evidence_id is not None else None
            found.append((event.on, position, Change(milestone, event, cited)))
    found.sort(key=lambda item: (item[0], item[1]))
    return [change for _, _, change in found]
