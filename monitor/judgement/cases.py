"""Job-loss cases as people read them: merged from accepted reports, filtered, summarised.

Pure functions over stored reports, and the case feed digests read. A case's id is `c` + the
id of its earliest report, so it stays the same as more reports of the event arrive.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from alerts.digest import CaseItem, Source
from monitor.judgement.joblosses import Case, JobsKind, meets_eurofound_threshold, merge_into_cases
from monitor.storage import joblosses as report_store
from monitor.storage.joblosses import StoredReport
from timeline.model import EvidenceState

if TYPE_CHECKING:
    import sqlalchemy as sa


@dataclass(frozen=True, slots=True)
class CaseView:
    """A case with its stable id, its reports' ids, and whether a person confirmed it."""

    id: str
    case: Case
    report_ids: tuple[int, ...]
    confirmed: bool
    newest_report_at: dt.datetime

    @property
    def jobs(self) -> int | None:
        return self.case.jobs.value if self.case.jobs else None


@dataclass(frozen=True, slots=True)
class CaseFilter:
    country: str | None = None
    company: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    min_jobs: int | None = None

    def keeps(self, view: CaseView) -> bool:
        case = view.case
        if self.country and (case.country or "").upper() != self.country.upper():
            return False
        if self.company and self.company.casefold() not in case.company.casefold():
            return False
        if self.since and case.first_announced < self.since:
            return False
        if self.until and case.first_announced > self.until:
            return False
        return not (self.min_jobs is not None and (view.jobs or 0) < self.min_jobs)


def build_cases(reports: Iterable[StoredReport]) -> list[CaseView]:
    """Merge accepted reports (automatic or confirmed) into cases, oldest first."""
    accepted = [r for r in reports if r.state.accepted]
    by_url: dict[str, list[StoredReport]] = defaultdict(list)
    for stored in accepted:
        by_url[stored.report.url].append(stored)
    views = []
    for case in merge_into_cases(r.report for r in accepted):
        members = [s for url in case.urls for s in by_url[url]]
        ids = tuple(sorted({s.id for s in members}))
        views.append(
            CaseView(
                id=f"c{ids[0]}",
                case=case,
                report_ids=ids,
                confirmed=any(s.state is EvidenceState.CONFIRMED for s in members),
                newest_report_at=max(s.created_at for s in members),
            )
        )
    return views


def case_dict(view: CaseView) -> dict[str, Any]:
    """One case in the documented `monitor joblosses list --json` shape."""
    case = view.case
    return {
        "id": view.id,
        "company": case.company,
        "site": case.site,
        "country": case.country,
        "jobs": view.jobs,
        "jobs_qualifier": case.jobs.qualifier.value if case.jobs else None,
        "jobs_kind": case.jobs_kind.value,
        "type": case.type.value,
        "erm_type": case.type.erm_label,
        "announced_on": case.first_announced.isoformat(),
        "meets_eurofound_threshold": meets_eurofound_threshold(case.jobs),
        "confirmed": view.confirmed,
        "sources": [
            {
                "url": r.url,
                "title": r.title,
                "published": r.announcement.announced_on.isoformat(),
            }
            for r in case.reports
        ],
        "revisions": [
            {"jobs": f.jobs.value, "on": f.announced_on.isoformat(), "url": f.url}
            for f in case.figures
        ],
    }


CASE_COLUMNS = (
    "id",
    "company",
    "site",
    "country",
    "jobs",
    "jobs_kind",
    "type",
    "announced_on",
    "meets_eurofound_threshold",
    "confirmed",
    "source_urls",
)


def case_row(view: CaseView) -> dict[str, Any]:
    row = case_dict(view)
    row["source_urls"] = " ".join(s["url"] for s in row["sources"])
    return row


def summarise(views: Sequence[CaseView]) -> dict[str, list[dict[str, Any]]]:
    """Totals by year, country, company and type: cases, jobs lost, jobs created, net change.

    Net is created minus lost, the sign Eurofound uses for "net job losses".
    """
    dimensions: dict[str, Callable[[CaseView], str]] = {
        "year": lambda v: str(v.case.first_announced.year),
        "country": lambda v: v.case.country or "unknown",
        "company": lambda v: v.case.company,
        "type": lambda v: v.case.type.erm_label,
    }
    summary: dict[str, list[dict[str, Any]]] = {}
    for name, key in dimensions.items():
        groups: dict[str, dict[str, int]] = defaultdict(
            lambda: {"cases": 0, "lost": 0, "created": 0}
        )
        for view in views:
            group = groups[key(view)]
            group["cases"] += 1
            if view.case.jobs_kind is JobsKind.LOSS:
                group["lost"] += view.jobs or 0
            else:
                group["created"] += view.jobs or 0
        summary[name] = [
            {name: label, **totals, "net": totals["created"] - totals["lost"]}
            for label, totals in sorted(
                groups.items(), key=lambda item: (-item[1]["lost"], item[0])
            )
        ]
    summary["year"].sort(key=lambda row: row["year"])
    return summary


def _item(view: CaseView, previous_jobs: int | None = None) -> CaseItem:
    case = view.case
    return CaseItem(
        case_id=view.id,
        company=case.company,
        site=case.site or "",
        country=case.country or "",
        jobs=view.jobs,
        jobs_kind=case.jobs_kind.value,
        type=case.type.erm_label,
        announced_on=case.first_announced,
        sources=tuple(Source(r.url, r.title, r.announcement.announced_on) for r in case.reports),
        previous_jobs=previous_jobs,
    )


def case_feed(conn: sa.Connection, watermark: int) -> tuple[list[CaseItem], list[CaseItem], int]:
    """What digests report: cases whose first report is newer than `watermark` (a report id),
    cases whose figure changed since, and the new watermark."""
    reports = report_store.list_reports(conn)
    newest = max((r.id for r in reports), default=watermark)
    id_of = {r.report.url: r.id for r in reports}
    new: list[CaseItem] = []
    revised: list[CaseItem] = []
    for view in build_cases(reports):
        if view.report_ids[0] > watermark:
            new.append(_item(view))
            continue
        known = [f for f in view.case.figures if id_of.get(f.url, 0) <= watermark]
        previous = known[-1].jobs.value if known else None
        if previous != view.jobs and any(i > watermark for i in view.report_ids):
            revised.append(_item(view, previous))
    return new, revised, max(newest, watermark)
