"""Reading job figures in the forms news writes them."""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import JobCount, Qualifier, parse_job_count
from monitor.judgement.joblosses.numbers import find_numbers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,100", 1100),
        ("1.100", 1100),
        ("1 100", 1100),
        ("1\u00a0100", 1100),
        ("1\u202f100", 1100),
        ("13'000", 13000),
        ("13’000", 13000),
        ("2 900 postes", 2900),
        ("7.600 Stellen", 7600),
        ("1 254 salariés", 1254),
        ("35,000", 35000),
        ("3.5k", 3500),
        ("1.2 million", 1_200_000),
        ("1,2 million", 1_200_000),
        ("a thousand jobs", 1000),
        ("mille emplois", 1000),
        ("tausend Stellen", 1000),
        ("deux mille postes", 2000),
        ("zweitausend Jobs", 2000),
        ("five hundred workers", 500),
        ("1,2 Tsd. Stellen", 1200),
        ("3 Tsd Jobs", 3000),
    ],
)
def test_figures_are_read_in_every_spelling(text: str, value: int) -> None:
    count = parse_job_count(text)
    assert count is not None
    assert count.value == value


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("4,000+ jobs", Qualifier.AT_LEAST),
        ("more than 1,000", Qualifier.MORE_THAN),
        ("plus de 1 000", Qualifier.MORE_THAN),
        ("mehr als 500", Qualifier.MORE_THAN),
        ("4,000 or more", Qualifier.AT_LEAST),
        ("up to 7,500", Qualifier.UP_TO),
        ("jusqu'à 3 000", Qualifier.UP_TO),
        ("bis zu 14.000", Qualifier.UP_TO),
        ("about 1,000", Qualifier.ABOUT),
        ("nearly 3,000", Qualifier.ABOUT),
        ("environ 800", Qualifier.ABOUT),
        ("rund 2.900", Qualifier.ABOUT),
        ("une centaine", Qualifier.ABOUT),
        ("fewer than 100", Qualifier.FEWER_THAN),
        ("moins de 50", Qualifier.FEWER_THAN),
        ("1,100", Qualifier.EXACT),
    ],
)
def test_qualifiers_are_kept(text: str, qualifier: Qualifier) -> None:
    count = parse_job_count(text)
    assert count is not None
    assert count.qualifier is qualifier


def test_the_original_spelling_is_kept_with_its_qualifier() -> None:
    assert parse_job_count("Renault va supprimer jusqu’à 3\u202f000 postes") == JobCount(
        3000, Qualifier.UP_TO, "jusqu’à 3\u202f000"
    )


@pytest.mark.parametrize("text", ["e-3008", "ID.3", "several thousand jobs"])
def test_model_names_and_vague_amounts_are_not_numbers(text: str) -> None:
    assert parse_job_count(text) is None


def test_per_cent_is_not_a_hundred() -> None:
    assert [m.value for m in find_numbers("10 per cent, 5 pour cent")] == [10, 5]


def test_a_decimal_alone_is_not_a_head_count() -> None:
    assert [m.value for m in find_numbers("a 1.5 drop and 2,5 points")] == []


def test_a_year_is_flagged_plain_so_callers_can_drop_it() -> None:
    (year,) = find_numbers("by 2030")
    assert year.plain
    (grouped,) = find_numbers("2,030 jobs")
    assert not grouped.plain
