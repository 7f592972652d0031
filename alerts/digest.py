"""What a digest says: plain values, built by the monitor, read by renderers and channels.

A digest covers what changed for one channel since its last digest. Values are frozen so the
same digest can be rendered, filtered and retried without anyone changing it on the way.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from timeline.status import Status


@dataclass(frozen=True, slots=True)
class Source:
    """A published text a job-loss case rests on."""

    url: str
    title: str
    published: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """News the monitor could not tie to a milestone that may be its delivery: a person can
    assign it with `monitor review assign <evidence_id> <milestone>`."""

    evidence_id: str  # "e12"
    url: str
    title: str


@dataclass(frozen=True, slots=True)
class MilestoneItem:
    """One milestone that changed status (or is about to), with the evidence behind it.

    `days` counts days left before `due`; negative means days late. `evidence_*` name the item the
    status rests on (the delivery for delivered milestones), so every line of a digest cites it.
    """

    milestone_id: str
    title: str
    pillar: str
    status: Status
    previous: Status | None = None
    due: dt.date | None = None
    days: int | None = None
    delivered_on: dt.date | None = None
    evidence_url: str | None = None
    evidence_title: str | None = None
    confirmed_by_person: bool = False
    candidates: tuple[Candidate, ...] = ()  # for a missed milestone: news that may deliver it
    provenance: str = ""  # who decided on the evidence, in words ("confirmed by alice on ...")


@dataclass(frozen=True, slots=True)
class CaseItem:
    """A job-loss (or creation) announcement, with the fields Eurofound's monitor records.

    `jobs` is the announced number, always positive or None when not stated; `jobs_kind` says what
    it counts ("cut", "at_risk", "created", as the monitor defines). `previous_jobs` is set on a
    revision and holds the figure the last digest reported.
    """

    case_id: str
    company: str
    site: str
    country: str
    jobs: int | None
    jobs_kind: str
    type: str
    announced_on: dt.date | None
    sources: tuple[Source, ...] = ()
    previous_jobs: int | None = None
    jobs_qualifier: str = "exact"  # exact | about | up_to | at_least | more_than | fewer_than
    erm_id: int | None = None  # Eurofound ERM factsheet number, when the case has one


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """The whole plan at a glance: how many milestones stand in each status."""

    plan_title: str
    counts: Mapping[Status, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def ordered(self) -> tuple[tuple[Status, int], ...]:
        """Non-zero counts in a fixed order (worst news first), for lines and bars."""
        return tuple((s, self.counts[s]) for s in STATUS_ORDER if self.counts.get(s, 0) > 0)


# The order statuses are shown in everywhere: what needs attention first.
STATUS_ORDER: tuple[Status, ...] = (
    Status.MISSED,
    Status.DUE_SOON,
    Status.UPCOMING,
    Status.OPEN,
    Status.DELIVERED_LATE,
    Status.DELIVERED_ON_TIME,
    Status.DELIVERED,
)


@dataclass(frozen=True, slots=True)
class Digest:
    """Everything one channel is told at once.

    `id` is chosen by the caller and must be the same every time the same digest is built, so a
    retried delivery can be recognised (e-mail Message-ID, webhook-id, file block header).
    `since` is the end of the previous digest's window, or None for a channel's first digest.
    An `overview` digest (a channel's first) tells where things stand: every milestone that is
    overdue, delivered or coming due, not only what changed.
    """

    id: str
    channel: str
    generated_at: dt.datetime
    since: dt.datetime | None
    missed: tuple[MilestoneItem, ...] = ()
    delivered: tuple[MilestoneItem, ...] = ()
    due_soon: tuple[MilestoneItem, ...] = ()
    new_cases: tuple[CaseItem, ...] = ()
    revised_cases: tuple[CaseItem, ...] = ()
    summary: PlanSummary = field(kw_only=True)
    overview: bool = field(default=False, kw_only=True)

    def __post_init__(self) -> None:
        for name, value in (("generated_at", self.generated_at), ("since", self.since)):
            if value is not None and value.utcoffset() is None:
                raise ValueError(
                    f"digest {self.id!r}: {name} must be timezone-aware, got {value.isoformat()}"
                )

    @property
    def is_empty(self) -> bool:
        """True when there is no news; the plan summary alone does not count as news."""
        return not (
            self.missed or self.delivered or self.due_soon or self.new_cases or self.revised_cases
        )


@dataclass(frozen=True, slots=True)
class DigestFilter:
    """A channel's interests. An empty set means "no restriction" on that field.

    Milestone filters (`pillars`, `milestones`) only thin out milestone items and case filters
    (`countries`, `companies`, `min_jobs`) only thin out cases, so a channel that names pillars
    still hears of job losses unless it filters those too. Countries match whole names and
    companies match as a substring, both ignoring case ("stellantis" keeps "Stellantis Sochaux").
    With `min_jobs`, cases whose figure is unknown are dropped.
    """

    pillars: frozenset[str] = field(default_factory=frozenset)
    milestones: frozenset[str] = field(default_factory=frozenset)
    countries: frozenset[str] = field(default_factory=frozenset)
    companies: frozenset[str] = field(default_factory=frozenset)
    min_jobs: int | None = None

    def keeps_milestone(self, item: MilestoneItem) -> bool:
        if self.pillars and item.pillar not in self.pillars:
            return False
        return not self.milestones or item.milestone_id in self.milestones

    def keeps_case(self, item: CaseItem) -> bool:
        if self.countries and item.country.casefold() not in _folded(self.countries):
            return False
        company = item.company.casefold()
        if self.companies and not any(c in company for c in _folded(self.companies)):
            return False
        if self.min_jobs is not None:
            figures = [n for n in (item.jobs, item.previous_jobs) if n is not None]
            return bool(figures) and max(figures) >= self.min_jobs
        return True


def _folded(words: Iterable[str]) -> set[str]:
    return {w.casefold() for w in words}


def filter_digest(digest: Digest, filters: DigestFilter) -> Digest:
    """The part of `digest` a channel with `filters` wants; the plan summary is always kept.

    A revision passes `min_jobs` when either its old or its new figure does, so a channel hears
    when a large case is revised downwards.
    """
    milestones = filters.keeps_milestone
    cases = filters.keeps_case
    return dataclasses.replace(
        digest,
        missed=tuple(filter(milestones, digest.missed)),
        delivered=tuple(filter(milestones, digest.delivered)),
        due_soon=tuple(filter(milestones, digest.due_soon)),
        new_cases=tuple(filter(cases, digest.new_cases)),
        revised_cases=tuple(filter(cases, digest.revised_cases)),
    )
