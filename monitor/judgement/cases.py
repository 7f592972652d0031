"""Job-loss cases as people read them: merged from accepted reports, filtered, summarised.

Pure functions over stored reports, and the case feed digests read. A case's id is `c` + the
id of its earliest report, so it stays the same as more reports of the event arrive. News
reports and Eurofound factsheets are reports alike; people's split and merge decisions are
applied over the automatic grouping, oldest first, every time cases are built.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from alerts.digest import CaseItem, Source
from monitor.judgement.joblosses import Case, JobsKind, meets_eurofound_threshold, merge_into_cases
from monitor.judgement.joblosses.grouping import add_report
from monitor.model.factsheets import ERM_DETAIL_URL
from monitor.model.joblosses import Report
from monitor.storage import case_decisions as decision_store
from monitor.storage import joblosses as report_store
from monitor.storage.case_decisions import CaseDecision
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
    follows: str | None = None  # id of the same company's earlier case (an earlier round)

    @property
    def jobs(self) -> int | None:
        return self.case.jobs.value if self.case.jobs else None

    @property
    def erm_ids(self) -> tuple[int, ...]:
        return tuple(r.factsheet_id for r in self.case.factsheets if r.factsheet_id is not None)

    @property
    def sector(self) -> str | None:
        return next((r.sector for r in self.case.factsheets if r.sector), None)

    @property
    def erm_type(self) -> str:
        """Eurofound's label: the factsheet's own when there is one."""
        own = next((r.erm_type for r in self.case.factsheets if r.erm_type), None)
        return own or self.case.type.erm_label


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


Resolver = Callable[[str], tuple[str, str] | None]  # a name -> (watch-list id, canonical name)


def _resolved(stored: StoredReport, resolve: Resolver | None) -> StoredReport:
    """A factsheet's company named as the watch list names it, so news of it joins its case."""
    a = stored.report.announcement
    if resolve is None or a.company_id is not None or stored.report.factsheet_id is None:
        return stored  # news carries the extractor's own reading of its company
    found = resolve(a.company)
    if found is None:
        return stored
    announcement = replace(a, company_id=found[0], company=found[1])
    return replace(stored, report=replace(stored.report, announcement=announcement))


def _partitions(decisions: Sequence[CaseDecision]) -> dict[int, int]:
    """Report id -> the split decision that set it apart (the latest wins)."""
    parts: dict[int, int] = {}
    for decision in decisions:
        if decision.action == "split":
            for report_id in decision.report_ids:
                parts[report_id] = decision.id
    return parts


def _apply_merges(
    cases: list[Case], decisions: Sequence[CaseDecision], id_of: dict[str, int]
) -> list[Case]:
    for decision in decisions:
        if decision.action != "merge":
            continue
        wanted = set(decision.report_ids)
        chosen = [i for i, c in enumerate(cases) if any(id_of[u] in wanted for u in c.urls)]
        if len(chosen) < 2:
            continue
        target = cases[chosen[0]]
        extra = sorted(
            (r for i in chosen[1:] for r in cases[i].reports),
            key=lambda r: r.announcement.announced_on,
        )
        for report in extra:
            target = add_report(target, report)
        cases[chosen[0]] = replace(target, follows=None)
        cases = [c for i, c in enumerate(cases) if i not in chosen[1:]]
    return cases


def build_cases(
    reports: Iterable[StoredReport],
    decisions: Sequence[CaseDecision] = (),
    resolve: Resolver | None = None,
) -> list[CaseView]:
    """Merge accepted reports (automatic or confirmed) into cases, oldest first, then apply
    people's split and merge `decisions`; `resolve` names factsheets' companies."""
    accepted = [_resolved(r, resolve) for r in reports if r.state.accepted]
    by_url: dict[str, list[StoredReport]] = defaultdict(list)
    for stored in accepted:
        by_url[stored.report.url].append(stored)
    id_of = {url: min(s.id for s in members) for url, members in by_url.items()}
    parts = _partitions(decisions)

    def partition(report: Report) -> int:
        return parts.get(id_of[report.url], 0)

    merged = merge_into_cases((r.report for r in accepted), partition=partition)
    first_url = [c.reports[0].url for c in merged]
    cases = _apply_merges(merged, decisions, id_of)
    views = []
    for case in cases:
        members = [s for url in case.urls for s in by_url[url]]
        ids = tuple(sorted({s.id for s in members}))
        follows = None
        if case.follows is not None:
            earlier = first_url[case.follows]
            holder = next((c for c in cases if earlier in c.urls), None)
            if holder is not None and holder is not case:
                follows = f"c{min(id_of[u] for u in holder.urls)}"
        views.append(
            CaseView(
                id=f"c{ids[0]}",
                case=case,
                report_ids=ids,
                confirmed=any(s.state is EvidenceState.CONFIRMED for s in members),
                newest_report_at=max(s.created_at for s in members),
                follows=follows,
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
        "erm_type": view.erm_type,
        "announced_on": case.first_announced.isoformat(),
        "meets_eurofound_threshold": meets_eurofound_threshold(case.jobs),
        "confirmed": view.confirmed,
        "sources": [
            {
                "url": r.url,
                "title": r.title,
                "published": r.announcement.announced_on.isoformat(),
                "erm_id": r.factsheet_id,
            }
            for r in case.reports
        ],
        "revisions": [
            {
                "jobs": f.jobs.value,
                "jobs_qualifier": f.jobs.qualifier.value,
                "on": f.announced_on.isoformat(),
                "url": f.url,
                "added": f.added,
            }
            for f in case.figures
        ],
        "erm_id": view.erm_ids[0] if view.erm_ids else None,
        "erm_ids": list(view.erm_ids),
        "erm_url": ERM_DETAIL_URL.format(id=view.erm_ids[0]) if view.erm_ids else None,
        "sector": view.sector,
        "follows": view.follows,
        "report_ids": [f"r{i}" for i in view.report_ids],
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
    "jobs_qualifier",
    "erm_id",
    "erm_url",
    "sector",
    "follows",
)


def case_row(view: CaseView) -> dict[str, Any]:
    row = case_dict(view)
    row["source_urls"] = " ".join(s["url"] for s in row["sources"])
    return row


def summarise(views: Sequence[CaseView]) -> dict[str, list[dict[str, Any]]]:
    """Totals by year, country, company, type and sector: cases, jobs lost, jobs created, net.

    Net is created minus lost, the sign Eurofound uses for "net job losses". Type and sector
    are Eurofound's labels (the factsheet's own when a case has one), so totals can be set
    beside Eurofound's published ones.
    """
    dimensions: dict[str, Callable[[CaseView], str]] = {
        "year": lambda v: str(v.case.first_announced.year),
        "country": lambda v: v.case.country or "unknown",
        "company": lambda v: v.case.company,
        "type": lambda v: v.erm_type,
        "sector": lambda v: v.sector or "unknown",
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
        type=view.erm_type,
        announced_on=case.first_announced,
        sources=tuple(Source(r.url, r.title, r.announcement.announced_on) for r in case.reports),
        previous_jobs=previous_jobs,
        jobs_qualifier=case.jobs.qualifier.value if case.jobs else "exact",
        erm_id=view.erm_ids[0] if view.erm_ids else None,
    )


# A factsheet imported long after the event is history, not news: importing Eurofound's
# archive must not fill the next digest with twenty years of cases.
FACTSHEET_NEWS_DAYS = 180


def _old_record(view: CaseView) -> bool:
    """A case made of factsheets only, imported more than FACTSHEET_NEWS_DAYS after it."""
    only_factsheets = len(view.case.factsheets) == len(view.case.reports)
    late = (view.newest_report_at.date() - view.case.first_announced).days > FACTSHEET_NEWS_DAYS
    return only_factsheets and late


def load_cases(conn: sa.Connection, resolve: Resolver | None = None) -> list[CaseView]:
    """Every case, from the stored reports and people's decisions on cases."""
    return build_cases(
        report_store.list_reports(conn), decision_store.list_decisions(conn), resolve
    )


def case_feed(
    conn: sa.Connection, watermark: int, resolve: Resolver | None = None
) -> tuple[list[CaseItem], list[CaseItem], int]:
    """What digests report: cases whose first report is newer than `watermark` (a report id),
    cases whose figure changed since, and the new watermark."""
    reports = report_store.list_reports(conn)
    newest = max((r.id for r in reports), default=watermark)
    id_of = {r.report.url: r.id for r in reports}
    new: list[CaseItem] = []
    revised: list[CaseItem] = []
    for view in build_cases(reports, decision_store.list_decisions(conn), resolve):
        if view.report_ids[0] > watermark:
            if not _old_record(view):
                new.append(_item(view))
            continue
        known = [f for f in view.case.figures if id_of.get(f.url, 0) <= watermark]
        previous = known[-1].jobs.value if known else None
        if previous != view.jobs and any(i > watermark for i in view.report_ids):
            revised.append(_item(view, previous))
    return new, revised, max(newest, watermark)
