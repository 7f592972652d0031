"""What the desk's pages show, as plain values built from `Monitor` results.

No rule is decided here: statuses, evidence and cases come from the Monitor as the CLI gets
them; this module only picks, orders and words them for a page (as `monitor/cli/views.py` does
for the terminal). Pure: no Flask, no database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from alerts._format import safe_url
from monitor.judgement.cases import CaseView
from monitor.storage.evidence import Details
from monitor.storage.joblosses import StoredReport
from timeline.model import Evidence
from timeline.status import MilestoneStatus, Status

SOURCES = ("news", "eurofound")
FEED_LIMIT = 50


@dataclass(frozen=True, slots=True)
class PillarRows:
    id: str
    label: str
    rows: tuple[MilestoneStatus, ...]


def timeline_rows(
    statuses: Sequence[MilestoneStatus],
    labels: Mapping[str, str],
    *,
    pillar: str = "",
    status: str = "",
) -> list[PillarRows]:
    """Milestones grouped by pillar in plan order, kept by the pillar and status chosen."""
    grouped: dict[str, list[MilestoneStatus]] = {}
    for row in statuses:
        if pillar and row.milestone.pillar != pillar:
            continue
        if status and row.status.value != status:
            continue
        grouped.setdefault(row.milestone.pillar, []).append(row)
    return [PillarRows(p, labels.get(p, p), tuple(rows)) for p, rows in grouped.items()]


def status_counts(statuses: Iterable[MilestoneStatus]) -> dict[Status, int]:
    counts: dict[Status, int] = {}
    for row in statuses:
        counts[row.status] = counts.get(row.status, 0) + 1
    return counts


@dataclass(frozen=True, slots=True)
class QueueItem:
    """One thing waiting for a person: evidence (eN), a candidate (eN) or a report (rN)."""

    kind: str  # "evidence", "candidate" or "report"
    ref: str  # e12, r5
    number: int
    state: str  # the state the person sees; sent back with the decision
    title: str
    url: str
    published: dt.date
    headline: str  # what the monitor read, in a line
    why: str
    signals: tuple[str, ...]
    milestone_id: str | None = None
    closest: tuple[str, ...] = ()


def queue(
    evidence: Iterable[Details], candidates: Iterable[Details], reports: Iterable[StoredReport]
) -> list[QueueItem]:
    """Everything waiting, newest first (then the higher id first)."""
    items = [_evidence_item(d) for d in evidence]
    items += [_candidate_item(d) for d in candidates]
    items += [_report_item(r) for r in reports]
    return sorted(items, key=lambda i: (i.published, i.kind != "report", i.number), reverse=True)


def _evidence_item(found: Details) -> QueueItem:
    item = found.evidence
    return QueueItem(
        kind="evidence",
        ref=f"e{item.id}",
        number=item.id,
        state=item.state.value,
        title=item.title,
        url=item.url,
        published=item.published,
        headline=f"{item.milestone_id}: {item.kind.value} ({item.confidence:.2f})",
        why=found.explanation,
        signals=found.signals,
        milestone_id=item.milestone_id,
    )


def _candidate_item(found: Details) -> QueueItem:
    item = found.evidence
    closest = tuple(s.removeprefix("closest: ") for s in found.signals if s.startswith("closest: "))
    return QueueItem(
        kind="candidate",
        ref=f"e{item.id}",
        number=item.id,
        state=item.state.value,
        title=item.title,
        url=item.url,
        published=item.published,
        headline="candidate: on the plan's themes, matched to no milestone",
        why=found.explanation,
        signals=tuple(s for s in found.signals if not s.startswith("closest: ")),
        closest=closest,
    )


def _report_item(stored: StoredReport) -> QueueItem:
    found = stored.report.announcement
    jobs = "no figure"
    if found.jobs:
        jobs = f"{found.jobs.value:,} jobs ({found.jobs.qualifier.value})"
    place = ", ".join(p for p in (found.site, found.country) if p)
    why = [c.removeprefix("why:") for c in found.cues if c.startswith("why:")]
    return QueueItem(
        kind="report",
        ref=f"r{stored.id}",
        number=stored.id,
        state=stored.state.value,
        title=stored.report.title,
        url=stored.report.url,
        published=found.announced_on,
        headline=(
            f"{found.company}: {found.type.value}, {found.jobs_kind.value}, {jobs}"
            + (f", {place}" if place else "")
            + f" ({found.confidence:.2f})"
        ),
        why="; ".join(why) or "under the acceptance threshold",
        signals=tuple(c for c in found.cues if not c.startswith("why:")),
    )


@dataclass(frozen=True, slots=True)
class EvidenceView:
    """Evidence of a milestone with who decided: the monitor's reasons, people's decisions."""

    evidence: Evidence
    details: Details

    @property
    def by_person(self) -> bool:
        return self.evidence.origin == "person" or bool(self.details.decisions)


def keeps_case(view: CaseView, *, kind: str = "", source: str = "") -> bool:
    """The desk's case filters beyond `CaseFilter`: kind (loss or creation) and source (news
    reports or Eurofound factsheets among the case's sources)."""
    if kind and view.case.jobs_kind.value != kind:
        return False
    if source == "eurofound":
        return bool(view.case.factsheets)
    if source == "news":
        return len(view.case.factsheets) < len(view.case.reports)
    return True


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of the desk's feeds: a status change or a new case."""

    id: str  # stable: tag URI tail
    title: str
    summary: str
    url: str  # the desk page it is about (a path)
    updated: dt.datetime  # naive UTC
    link: str | None = None  # the evidence or source behind it


def feed_items(
    events: Iterable[tuple[int, str, Status | None, Status, dt.date, dt.datetime]],
    titles: Mapping[str, str],
    cases: Iterable[CaseView],
    *,
    limit: int = 50,
) -> list[FeedItem]:
    """Status changes (id, milestone, from, to, on, recorded) and cases, newest first."""
    items = [
        FeedItem(
            id=f"event-{number}",
            title=f"{titles.get(milestone, milestone)}: {after.value.replace('_', ' ')}",
            summary=(
                f"{milestone} went from {before.value if before else 'new'} to {after.value} "
                f"on {on.isoformat()}."
            ),
            url=f"/milestones/{milestone}",
            updated=recorded,
        )
        for number, milestone, before, after, on, recorded in events
    ]
    for view in cases:
        case = view.case
        jobs = f"{view.jobs:,} jobs" if view.jobs is not None else "no figure"
        place = ", ".join(p for p in (case.site, case.country) if p)
        items.append(
            FeedItem(
                id=f"case-{view.id}",
                title=f"{case.company}: {case.type.value}, {jobs} ({case.jobs_kind.value})",
                summary=(
                    f"Case {view.id}, announced {case.first_announced.isoformat()}"
                    + (f", {place}" if place else "")
                    + f"; {len(case.reports)} source(s)."
                ),
                url=f"/cases/{view.id}",
                updated=view.newest_report_at,
                link=safe_url(case.reports[0].url) if case.reports else None,
            )
        )
    return sorted(items, key=lambda i: (i.updated, i.id), reverse=True)[:limit]
