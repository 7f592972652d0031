"""Group reports of the same restructuring event into cases.

Several outlets, in several languages, report one event; later reports may
revise the figure. Reports belong to one case when they name the same company,
the same kind (loss or creation), a compatible place (same site, or same
country when a site is missing), and come within `window` of the case's last
report. A different figure is kept as a revision, never as a new case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
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


def _belongs(case: Case, report: Report, window: dt.timedelta) -> bool:
    a = report.announcement
    return (
        (case.company_id or fold_text(case.company)) == _company_key(report)
        and case.jobs_kind is a.jobs_kind
        and a.announced_on - case.last_reported <= window
        and case.first_announced - a.announced_on <= window
        and _same_place(case, report)
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
    if a.jobs is not None and (not figures or figures[-1].jobs.value != a.jobs.value):
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
    reports: Iterable[Report], *, window: dt.timedelta = DEFAULT_WINDOW
) -> list[Case]:
    """Group `reports` into cases, oldest first; the input order does not matter."""
    ordered = sorted(reports, key=lambda r: (r.announcement.announced_on, r.url))
    cases: list[Case] = []
    for report in ordered:
        for index in range(len(cases) - 1, -1, -1):
            if _belongs(cases[index], report, window):
                cases[index] = _add(cases[index], report)
                break
        else:
            cases.append(_open(report))
    return cases
