"""Group reports of the same restructuring event into cases.

Several outlets, in several languages, report one event; later reports may
revise the figure. Reports belong to one case when they name the same company,
the same kind (loss or creation), a compatible place (same site, or same
country when a site is missing), and come within `window` of the case's last
report. A different figure is kept as a revision, never as a new case; "a
further 2,000" is added to the case's figure. A Eurofound factsheet joins a
case only when its figure is compatible with the case's (within a factor of
`FACTSHEET_RATIO`). A report of the same company after the window opens a new
case that `follows` the earlier one (another round of the same restructuring).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import replace

from monitor.judgement.joblosses._fold import fold_text
from monitor.model.joblosses import (
    Case,
    JobCount,
    Qualifier,
    Report,
    RestructuringType,
    Revision,
)

DEFAULT_WINDOW = dt.timedelta(days=60)
FACTSHEET_RATIO = 2.5
# Most specific first: a case reported once as a closure and once as "cuts" is a closure.
_SPECIFICITY = (
    RestructuringType.BANKRUPTCY,
    RestructuringType.CLOSURE,
    RestructuringType.OFFSHORING,
    RestructuringType.RELOCATION,
    RestructuringType.RESHORING,
    RestructuringType.OUTSOURCING,
    RestructuringType.MERGER_ACQUISITION,
    RestructuringType.BUSINESS_EXPANSION,
    RestructuringType.INTERNAL_RESTRUCTURING,
)
ERM_MIN_JOBS = 100
ERM_MIN_SHARE = 0.10
ERM_MIN_WORKFORCE = 250


def meets_eurofound_threshold(jobs: JobCount | int | None, workforce: int | None = None) -> bool:
    """Whether Eurofound's ERM would record the event: at least 100 jobs, or at least
    10% of the workforce at a site employing more than 250 people.

    "fewer than 100" does not reach 100; "up to" and "about" figures count as given.
    """
    if jobs is None:
        return False
    if isinstance(jobs, JobCount):
        value = jobs.value - 1 if jobs.qualifier is Qualifier.FEWER_THAN else jobs.value
    else:
        value = jobs
    if value >= ERM_MIN_JOBS:
        return True
    return (
        workforce is not None
        and workforce > ERM_MIN_WORKFORCE
        and value >= ERM_MIN_SHARE * workforce
    )


def _company_key(report: Report) -> str:
    a = report.announcement
    return a.company_id or fold_text(a.company)


def _same_place(case: Case, report: Report) -> bool:
    a = report.announcement
    if case.site and a.site:
        return fold_text(case.site) == fold_text(a.site)
    if case.country and a.country:
        return case.country == a.country
    return True


def _same_company(case: Case, report: Report) -> bool:
    return (case.company_id or fold_text(case.company)) == _company_key(report)


def _compatible_figures(case: Case, report: Report) -> bool:
    """A factsheet (or news joining a factsheet's case) must give a figure close to the case's."""
    if report.factsheet_id is None and not case.factsheets:
        return True
    a = report.announcement
    if a.jobs is None or case.jobs is None or a.additional:
        return True
    low, high = sorted((a.jobs.value, case.jobs.value))
    return low > 0 and high / low <= FACTSHEET_RATIO


def _belongs(case: Case, report: Report, window: dt.timedelta) -> bool:
    a = report.announcement
    return (
        _same_company(case, report)
        and case.jobs_kind is a.jobs_kind
        and a.announced_on - case.last_reported <= window
        and case.first_announced - a.announced_on <= window
        and _same_place(case, report)
        and _compatible_figures(case, report)
    )


def _open(report: Report) -> Case:
    a = report.announcement
    figures = (Revision(a.jobs, a.announced_on, report.url),) if a.jobs else ()
    return Case(
        company=a.company,
        company_id=a.company_id,
        site=a.site,
        country=a.country,
        jobs_kind=a.jobs_kind,
        type=a.type,
        first_announced=a.announced_on,
        last_reported=a.announced_on,
        reports=(report,),
        figures=figures,
    )


def _add(case: Case, report: Report) -> Case:
    a = report.announcement
    figures = case.figures
    if a.jobs is not None and a.additional and figures:
        total = replace(a.jobs, value=figures[-1].jobs.value + a.jobs.value)
        figures = (*figures, Revision(total, a.announced_on, report.url, added=a.jobs.value))
    elif a.jobs is not None and (not figures or figures[-1].jobs.value != a.jobs.value):
        figures = (*figures, Revision(a.jobs, a.announced_on, report.url))
    kind = min((case.type, a.type), key=_SPECIFICITY.index)
    return replace(
        case,
        site=case.site or a.site,
        country=case.country or (a.country if not case.site else None) or case.country,
        type=kind,
        first_announced=min(case.first_announced, a.announced_on),
        last_reported=max(case.last_reported, a.announced_on),
        reports=(*case.reports, report),
        figures=figures,
    )


def merge_into_cases(
    reports: Iterable[Report],
    *,
    window: dt.timedelta = DEFAULT_WINDOW,
    partition: Callable[[Report], int] | None = None,
) -> list[Case]:
    """Group `reports` into cases, oldest first; the input order does not matter.

    `partition` keeps reports apart: two reports in different partitions never share a case
    (a person split them).
    """
    ordered = sorted(reports, key=lambda r: (r.announcement.announced_on, r.url))
    cases: list[Case] = []
    parts: list[int] = []
    for report in ordered:
        part = partition(report) if partition else 0
        for index in range(len(cases) - 1, -1, -1):
            if parts[index] == part and _belongs(cases[index], report, window):
                cases[index] = _add(cases[index], report)
                break
        else:
            earlier = next(
                (
                    i
                    for i in range(len(cases) - 1, -1, -1)
                    if _same_company(cases[i], report)
                    and cases[i].jobs_kind is report.announcement.jobs_kind
                ),
                None,
            )
            cases.append(replace(_open(report), follows=earlier))
            parts.append(part)
    return cases


def add_report(case: Case, report: Report) -> Case:
    """`case` with `report` added, whatever the rules say (a person merged them)."""
    return _add(case, report)
