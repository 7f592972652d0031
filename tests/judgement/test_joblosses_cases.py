"""Grouping reports of one event into a case."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from monitor.judgement.joblosses import (
    Announcement,
    JobCount,
    JobsKind,
    Qualifier,
    Report,
    RestructuringType,
    meets_eurofound_threshold,
    merge_into_cases,
)


def report(
    url: str,
    day: dt.date,
    jobs: int | None = 1100,
    *,
    company: str = "Stellantis",
    company_id: str | None = "stellantis",
    site: str | None = "Luton",
    country: str | None = "GB",
    kind: JobsKind = JobsKind.LOSS,
    type_: RestructuringType = RestructuringType.INTERNAL_RESTRUCTURING,
) -> Report:
    count = JobCount(jobs, Qualifier.EXACT, str(jobs)) if jobs is not None else None
    announcement = Announcement(
        company=company,
        company_id=company_id,
        site=site,
        country=country,
        jobs=count,
        jobs_kind=kind,
        type=type_,
        announced_on=day,
        confidence=0.8,
    )
    return Report(announcement, url)


D = dt.date(2025, 3, 1)


def test_reports_from_several_outlets_make_one_case_with_all_sources() -> None:
    cases = merge_into_cases(
        [
            report("https://fr.example/1", D + dt.timedelta(days=1), site=None, country="GB"),
            report("https://en.example/1", D, type_=RestructuringType.CLOSURE),
            report("https://de.example/1", D + dt.timedelta(days=2), jobs=None),
        ]
    )
    (case,) = cases
    assert case.urls == ("https://en.example/1", "https://fr.example/1", "https://de.example/1")
    assert case.site == "Luton"
    assert case.type is RestructuringType.CLOSURE
    assert case.first_announced == D
    assert case.last_reported == D + dt.timedelta(days=2)


def test_a_later_different_figure_is_a_revision_not_a_new_case() -> None:
    (case,) = merge_into_cases(
        [report("a", D), report("b", D + dt.timedelta(days=20), jobs=1300), report("c", D)]
    )
    assert [(r.jobs.value, r.url) for r in case.figures] == [(1100, "a"), (1300, "b")]
    assert case.jobs is not None
    assert case.jobs.value == 1300


def test_reports_far_apart_in_time_are_separate_cases() -> None:
    cases = merge_into_cases([report("a", D), report("b", D + dt.timedelta(days=90))])
    assert len(cases) == 2


@pytest.mark.parametrize(
    "other",
    [
        report("b", D, site="Ellesmere Port"),
        report("b", D, kind=JobsKind.CREATION),
        report("b", D, company="Ford", company_id="ford"),
        report("b", D, site=None, country="FR"),
    ],
)
def test_different_site_kind_company_or_country_stay_apart(other: Report) -> None:
    assert len(merge_into_cases([report("a", D), other])) == 2


def test_companies_off_the_list_merge_on_their_folded_name() -> None:
    one = report("a", D, company="Kübler Antriebe", company_id=None)
    two = report("b", D, company="KUBLER ANTRIEBE", company_id=None)
    assert len(merge_into_cases([one, two])) == 1


@pytest.mark.parametrize(
    ("jobs", "workforce", "expected"),
    [
        (100, None, True),
        (99, None, False),
        (JobCount(100, Qualifier.FEWER_THAN), None, False),
        (JobCount(150, Qualifier.UP_TO), None, True),
        (30, 300, True),
        (30, 301, False),
        (20, 200, False),
        (None, 1000, False),
    ],
)
def test_eurofound_threshold(
    jobs: JobCount | int | None, workforce: int | None, expected: bool
) -> None:
    assert meets_eurofound_threshold(jobs, workforce) is expected


def factsheet(url: str, day: dt.date, jobs: int, **kwargs: object) -> Report:
    base = report(url, day, jobs, site=None, company_id="stellantis", **kwargs)  # type: ignore[arg-type]
    return Report(base.announcement, url, "eurofound-erm", factsheet_id=int(url.rsplit("/", 1)[1]))


def test_news_joins_a_factsheet_of_a_compatible_figure() -> None:
    cases = merge_into_cases(
        [
            factsheet("https://erm.example/detail/7", D, 1100),
            report("https://news.example/1", D + dt.timedelta(days=3), 1000, site=None),
        ]
    )
    (case,) = cases
    assert [r.factsheet_id for r in case.factsheets] == [7]


def test_news_with_a_far_other_figure_stays_apart_from_a_factsheet() -> None:
    cases = merge_into_cases(
        [
            factsheet("https://erm.example/detail/7", D, 1100),
            report("https://news.example/1", D + dt.timedelta(days=3), 9000, site=None),
        ]
    )
    assert len(cases) == 2


def test_a_further_round_adds_to_the_figure() -> None:
    further = report("https://news.example/2", D + dt.timedelta(days=20), 500)
    further = Report(dataclasses.replace(further.announcement, additional=True), further.url)
    (case,) = merge_into_cases([report("https://news.example/1", D, 1100), further])
    assert case.jobs is not None
    assert case.jobs.value == 1600
    assert case.figures[-1].added == 500


def test_a_round_months_later_is_a_new_case_that_follows_the_first() -> None:
    first, later = merge_into_cases(
        [
            report("https://news.example/1", D, 1100),
            report("https://news.example/2", D + dt.timedelta(days=200), 800),
        ]
    )
    assert first.follows is None
    assert later.follows == 0


def test_reports_of_different_partitions_never_share_a_case() -> None:
    reports = [report("https://news.example/1", D), report("https://news.example/2", D)]
    cases = merge_into_cases(reports, partition=lambda r: 1 if r.url.endswith("2") else 0)
    assert len(cases) == 2
