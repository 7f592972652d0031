"""Behaviour of parse_period: each form in French, English and German, errors, round trip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.errors import PeriodError, TimelineError
from timeline.periods import Period, parse_period

D = dt.date


def window(start: D | None, end: D, normalised: str) -> Period:
    return Period(start, end, end, normalised)


Q2_2025 = window(D(2025, 4, 1), D(2025, 6, 30), "Q2 2025")
H1_2026 = window(D(2026, 1, 1), D(2026, 6, 30), "H1 2026")
H2_2025 = window(D(2025, 7, 1), D(2025, 12, 31), "H2 2025")
MARCH_2025 = window(D(2025, 3, 1), D(2025, 3, 31), "March 2025")
YEAR_2026 = window(D(2026, 1, 1), D(2026, 12, 31), "2026")
END_2025 = window(D(2025, 10, 1), D(2025, 12, 31), "end 2025")
EARLY_2026 = window(D(2026, 1, 1), D(2026, 3, 31), "early 2026")
MID_2026 = window(D(2026, 5, 1), D(2026, 8, 31), "mid 2026")
BY_2026 = window(None, D(2026, 12, 31), "by 2026")
BY_Q3_2026 = window(None, D(2026, 9, 30), "by Q3 2026")
BY_END_2025 = window(None, D(2025, 12, 31), "by end 2025")
FROM_2026 = window(D(2026, 1, 1), D(2026, 12, 31), "from 2026")
BOTH_2025_2026 = window(D(2025, 1, 1), D(2026, 12, 31), "2025 and 2026")


def expect(period: Period, *texts: str) -> list[tuple[str, Period]]:
    return [(text, period) for text in texts]


CASES = [
    *expect(
        Q2_2025,
        *("T2 2025", "2e trimestre 2025", "2ème trimestre 2025", "deuxième trimestre 2025"),
        *("Q2 2025", "q2 2025", "second quarter of 2025", "2nd quarter 2025", "Q2/2025"),
        *("2025-Q2", "2. Quartal 2025", "zweites Quartal 2025", "im zweiten Quartal 2025"),
        *("au cours du 2ᵉ trimestre 2025", "in the second quarter of 2025", "Q2-2025"),
    ),
    *expect(
        H1_2026,
        *("S1 2026", "premier semestre 2026", "1er semestre 2026", "au premier semestre 2026"),
        *("H1 2026", "first half of 2026", "the first half-year of 2026", "2026-H1"),
        *("1. Halbjahr 2026", "erstes Halbjahr 2026", "in der ersten Jahreshälfte 2026"),
    ),
    *expect(
        H2_2025,
        *("S2 2025", "second semestre 2025", "2nd semestre 2025", "2nde semestre 2025"),
        *("H2 2025", "second half of 2025", "2. Halbjahr 2025", "zweites Halbjahr 2025"),
    ),
    *expect(
        MARCH_2025,
        *("mars 2025", "en mars 2025", "March 2025", "march of 2025", "Mar. 2025"),
        *("März 2025", "Maerz 2025", "im März 2025", "2025-03", "03/2025", "3.2025"),
    ),
    *expect(YEAR_2026, "2026", "en 2026", "in 2026", "im Jahr 2026", "l'année 2026"),
    *expect(
        END_2025,
        *("fin 2025", "à la fin de 2025", "fin de l'année 2025", "fin d'année 2025"),
        *("end of 2025", "end 2025", "end-2025", "late 2025", "the end of the year 2025"),
        *("Ende 2025", "Ende des Jahres 2025"),
    ),
    *expect(
        EARLY_2026,
        *("début 2026", "au début de 2026", "early 2026", "beginning of 2026"),
        *("the start of 2026", "Anfang 2026", "Anfang des Jahres 2026"),
    ),
    *expect(
        MID_2026,
        *("mi-2026", "milieu 2026", "milieu de l'année 2026", "mid-2026", "mid 2026"),
        *("the middle of 2026", "Mitte 2026", "mi–2026"),
    ),
    *expect(
        BY_2026,
        *("d'ici à 2026", "d'ici 2026", "d’ici à 2026", "au plus tard en 2026", "jusqu'en 2026"),
        *("by 2026", "no later than 2026", "bis 2026", "spätestens 2026"),
    ),
    *expect(
        BY_Q3_2026,
        *("d’ici au troisième trimestre 2026", "d'ici au T3 2026", "au plus tard au T3 2026"),
        *("by Q3 2026", "by the third quarter of 2026", "bis zum 3. Quartal 2026"),
    ),
    *expect(
        BY_END_2025,
        *("d'ici à la fin de 2025", "d'ici fin 2025", "au plus tard fin 2025"),
        *("by the end of 2025", "by end 2025", "bis Ende 2025", "bis zum Ende 2025"),
    ),
    *expect(
        FROM_2026,
        *("à partir de 2026", "à partir de l'année 2026", "dès 2026", "à compter de 2026"),
        *("from 2026", "as of 2026", "as from 2026", "starting in 2026", "ab 2026"),
    ),
    *expect(
        BOTH_2025_2026,
        *("en 2025 et 2026", "2025 et 2026", "entre 2025 et 2026"),
        *("in 2025 and 2026", "2025 and 2026", "between 2025 and 2026"),
        *("2025 und 2026", "in den Jahren 2025 und 2026", "2025-2026", "2025–2026"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text for text, _ in CASES])
def test_reads_each_form_in_each_language(text: str, expected: Period) -> None:
    assert parse_period(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "T2 2025",
        "  t2\xa0 2025 ",
        "T2\u202f2025",
        "T2 2025.",
        "\tQ2\n2025",
        "DEUXIEME TRIMESTRE 2025",
    ],
)
def test_ignores_case_spacing_and_a_trailing_full_stop(text: str) -> None:
    assert parse_period(text) == Q2_2025


@pytest.mark.parametrize(
    ("quarter", "start", "end"),
    [
        (1, D(2025, 1, 1), D(2025, 3, 31)),
        (3, D(2025, 7, 1), D(2025, 9, 30)),
        (4, D(2025, 10, 1), D(2025, 12, 31)),
    ],
)
def test_quarters_cover_their_three_months(quarter: int, start: D, end: D) -> None:
    assert parse_period(f"T{quarter} 2025") == window(start, end, f"Q{quarter} 2025")


@pytest.mark.parametrize(
    ("text", "quarter"),
    [
        ("1er trimestre 2025", 1),
        ("premier trimestre 2025", 1),
        ("first quarter of 2025", 1),
        ("1st quarter 2025", 1),
        ("erstes Quartal 2025", 1),
        ("3rd quarter 2025", 3),
        ("troisième trimestre 2025", 3),
        ("drittes Quartal 2025", 3),
        ("4th quarter 2025", 4),
        ("quatrième trimestre 2025", 4),
        ("fourth quarter of 2025", 4),
        ("4. Quartal 2025", 4),
    ],
)
def test_reads_ordinals_as_digits_and_words(text: str, quarter: int) -> None:
    assert parse_period(text).normalised == f"Q{quarter} 2025"


def test_month_end_follows_the_calendar() -> None:
    assert parse_period("février 2024").end == D(2024, 2, 29)
    assert parse_period("Februar 2025").end == D(2025, 2, 28)


def test_by_has_no_start_and_is_due_at_the_end_of_the_inner_period() -> None:
    assert parse_period("by March 2026") == window(None, D(2026, 3, 31), "by March 2026")
    assert parse_period("d'ici mi-2026") == window(None, D(2026, 8, 31), "by mid 2026")


def test_from_keeps_the_inner_window_because_it_must_start_within_it() -> None:
    assert parse_period("à partir du T2 2025") == Period(
        D(2025, 4, 1), D(2025, 6, 30), D(2025, 6, 30), "from Q2 2025"
    )
    assert parse_period("ab Mitte 2026").normalised == "from mid 2026"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("T5 2025", "quarter 5 does not exist; it must be 1-4"),
        ("5e trimestre 2025", "quarter 5 does not exist; it must be 1-4"),
        ("T0 2025", "quarter 0 does not exist; it must be 1-4"),
        ("S3 2025", "half 3 does not exist; it must be 1 or 2"),
        ("H0 2025", "half 0 does not exist; it must be 1 or 2"),
        ("fin 20255", "year '20255' must have four digits"),
        ("T2 25", "year '25' must have four digits"),
        ("1989", "year 1989 is outside 1990-2100"),
        ("by 2101", "year 2101 is outside 1990-2100"),
        ("2026 and 2025", "the second year (2025) must be later than the first (2026)"),
        ("2025 et 2025", "the second year (2025) must be later than the first (2025)"),
        ("13/2025", "month 13 does not exist; it must be 1-12"),
        ("2025-00", "month 0 does not exist; it must be 1-12"),
        ("", "the text is empty"),
        (" \xa0. ", "the text is empty"),
        ("soon", "this is not a period form"),
        ("by soon", "this is not a period form"),
        ("from 2025 and 2026", "this is not a period form"),
        ("by by 2026", "this is not a period form"),
    ],
)
def test_rejects_with_a_reason_that_names_the_problem(text: str, reason: str) -> None:
    with pytest.raises(PeriodError) as caught:
        parse_period(text)
    assert caught.value.text == text
    assert caught.value.reason.startswith(reason)
    assert repr(text) in str(caught.value)


@pytest.mark.parametrize(
    ("text", "example"),
    [
        ("T5 2025", "'Q2 2025'"),
        ("S3 2025", "'H1 2026'"),
        ("fin 20255", "'2025'"),
        ("13/2025", "'2025-03'"),
        ("2026 and 2025", "'2025 and 2026'"),
        ("soon", "'by Q3 2026'"),
        ("", "'end 2025'"),
    ],
)
def test_error_reason_shows_the_expected_form(text: str, example: str) -> None:
    with pytest.raises(PeriodError, match=example):
        parse_period(text)


def test_period_error_is_a_value_error_and_a_timeline_error() -> None:
    with pytest.raises(ValueError, match="soon"):
        parse_period("soon")
    with pytest.raises(TimelineError):
        parse_period("soon")


# --- properties ---------------------------------------------------------------------------

QUARTER_TEMPLATES = (
    "T{n} {y}", "Q{n}/{y}", "{y}-Q{n}", "{fr} trimestre {y}", "{en} quarter of {y}",
    "{n}. Quartal {y}", "{de}s Quartal {y}",
)  # fmt: skip
HALF_TEMPLATES = (
    "S{n} {y}",
    "H{n} {y}",
    "{fr} semestre {y}",
    "{en} half of {y}",
    "{n}. Halbjahr {y}",
)
ORDINALS = {
    1: ("premier", "first", "erste"),
    2: ("deuxième", "second", "zweite"),
    3: ("troisième", "third", "dritte"),
    4: ("quatrième", "fourth", "vierte"),
}
MONTHS = (
    ("janvier", "January", "Januar"), ("février", "February", "Februar"),
    ("mars", "March", "März"), ("avril", "April", "April"), ("mai", "May", "Mai"),
    ("juin", "June", "Juni"), ("juillet", "July", "Juli"), ("août", "August", "August"),
    ("septembre", "September", "September"), ("octobre", "October", "Oktober"),
    ("novembre", "November", "November"), ("décembre", "December", "Dezember"),
)  # fmt: skip
YEAR_TEMPLATES = (
    "{y}", "fin {y}", "end of {y}", "late {y}", "Ende {y}", "début {y}", "early {y}",
    "Anfang {y}", "mi-{y}", "mid {y}", "Mitte {y}", "milieu {y}",
)  # fmt: skip
PREFIXES = (
    "", "", "d'ici ", "d’ici à ", "by ", "bis ", "au plus tard ", "à partir de ", "dès ",
    "from ", "as of ", "ab ",
)  # fmt: skip
CASINGS: tuple[Callable[[str], str], ...] = (str.lower, str.upper, str.title, str.strip)
years = st.integers(1990, 2100)


@st.composite
def simple_texts(draw: st.DrawFn) -> str:
    year = draw(years)
    kind = draw(st.sampled_from(("quarter", "half", "month", "year")))
    if kind == "quarter":
        n = draw(st.integers(1, 4))
        fr, en, de = ORDINALS[n]
        return draw(st.sampled_from(QUARTER_TEMPLATES)).format(n=n, y=year, fr=fr, en=en, de=de)
    if kind == "half":
        n = draw(st.integers(1, 2))
        fr, en, _ = ORDINALS[n]
        return draw(st.sampled_from(HALF_TEMPLATES)).format(n=n, y=year, fr=fr, en=en)
    if kind == "month":
        month = draw(st.integers(1, 12))
        name = draw(st.sampled_from(MONTHS[month - 1]))
        return draw(st.sampled_from((f"{name} {year}", f"{year}-{month:02d}")))
    return draw(st.sampled_from(YEAR_TEMPLATES)).format(y=year)


@st.composite
def two_year_texts(draw: st.DrawFn) -> str:
    first = draw(st.integers(1990, 2099))
    second = draw(st.integers(first + 1, 2100))
    joiner = draw(st.sampled_from((" and ", " et ", " und ", "-", "–")))
    return f"{first}{joiner}{second}"


@st.composite
def period_texts(draw: st.DrawFn) -> str:
    """Any accepted spelling, in a random case, with random spaces and a trailing full stop."""
    prefixed = st.tuples(st.sampled_from(PREFIXES), simple_texts()).map("".join)
    text = draw(two_year_texts() | prefixed)
    text = draw(st.sampled_from(CASINGS))(text)
    text = text.replace(" ", draw(st.sampled_from((" ", "  ", "\xa0", "\u202f", "\t"))))
    return text + draw(st.sampled_from(("", ".", " ")))


@given(period_texts())
def test_normalised_spelling_parses_back_to_the_same_period(text: str) -> None:
    period = parse_period(text)
    assert parse_period(period.normalised) == period


@given(period_texts())
def test_every_period_is_due_at_its_end_and_never_starts_after_it(text: str) -> None:
    period = parse_period(text)
    assert period.deadline == period.end
    assert period.start is None or period.start <= period.end


@given(st.text(max_size=40))
def test_any_text_gives_a_round_tripping_period_or_a_period_error(text: str) -> None:
    result = attempt(text)
    if isinstance(result, PeriodError):
        assert result.reason
    else:
        assert parse_period(result.normalised) == result


def attempt(text: str) -> Period | PeriodError:
    """Parse, returning the PeriodError instead of raising it; any other exception escapes."""
    try:
        return parse_period(text)
    except PeriodError as exc:
        return exc
