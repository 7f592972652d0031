"""Each part of the extractor on its own: qualifiers, number words, clauses, calibration."""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses._fold import fold
from monitor.judgement.joblosses.calibration import (
    ACCEPT,
    Signals,
    confidence,
    features,
    reasons,
)
from monitor.judgement.joblosses.clauses import clause_span
from monitor.judgement.joblosses.number_words import find_word_numbers
from monitor.judgement.joblosses.numbers import parse_job_count
from monitor.judgement.joblosses.qualifiers import qualify
from monitor.model.joblosses import Qualifier


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("fino a 2.000", Qualifier.UP_TO),
        ("hasta 500", Qualifier.UP_TO),
        ("oltre 600", Qualifier.MORE_THAN),
        ("más de 3.000", Qualifier.MORE_THAN),
        ("ruim 2000", Qualifier.MORE_THAN),
        ("ponad 1600", Qualifier.MORE_THAN),
        ("almeno 100", Qualifier.AT_LEAST),
        ("al menos 3.000", Qualifier.AT_LEAST),
        ("minstens 400", Qualifier.AT_LEAST),
        ("co najmniej 200", Qualifier.AT_LEAST),
        ("circa 700", Qualifier.ABOUT),
        ("unos 300", Qualifier.ABOUT),
        ("een kleine 2000", Qualifier.ABOUT),
        ("około 150", Qualifier.ABOUT),
        ("meno di 50", Qualifier.FEWER_THAN),
        ("500 o più", Qualifier.AT_LEAST),
        ("just under 90", Qualifier.FEWER_THAN),
    ],
)
def test_qualifiers_in_every_language(text: str, qualifier: Qualifier) -> None:
    count = parse_job_count(text)
    assert count is not None
    assert count.qualifier is qualifier


def test_a_qualifier_widens_the_span_to_its_words() -> None:
    text = fold("to cut up to 7,500 jobs").text
    start = text.index("7,500")
    found = qualify(text, start, start + 5)
    assert (found.qualifier, text[found.start : found.end]) == (Qualifier.UP_TO, "up to 7,500")


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("twenty thousand", "en", 20_000),
        ("deux mille trois cents", "fr", 2_300),
        ("zweitausend", "de", 2_000),
        ("duemila", "it", 2_000),
        ("tres mil", "es", 3_000),
        ("tweeduizend", "nl", 2_000),
        ("duizend", "nl", 1_000),
        ("dwa tysiące", "pl", 2_000),
        ("trzysta", "pl", 300),
        ("pół tysiąca", "pl", 500),
        ("medio millar", "es", 500),  # "medio millar de despidos"
        ("trzystu", "pl", 300),  # the oblique cases: "zwolni trzystu pracowników"
        ("pięciuset", "pl", 500),
        ("dwóch tysięcy", "pl", 2_000),
        ("stu dwudziestu pięciu", "pl", 125),
        ("trzech tysięcy", "pl", 3_000),
        ("half a million", "en", 500_000),
    ],
)
def test_number_words(text: str, language: str, value: int) -> None:
    (number,) = find_word_numbers(fold(text).text, language)
    assert number.value == value


@pytest.mark.parametrize(
    "text", ["thousands of jobs", "des milliers d'emplois", "Tausende Stellen", "one of them"]
)
def test_plural_scales_and_articles_are_no_figure(text: str) -> None:
    assert find_word_numbers(fold(text).text, None) == []


def test_a_rounded_amount_is_about() -> None:
    (number,) = find_word_numbers(fold("une centaine de postes").text, "fr")
    assert (number.value, number.qualifier) == (100, Qualifier.ABOUT)


def test_digits_with_a_scale_word() -> None:
    for text, value in (("2 mila", 2_000), ("3 mil", 3_000), ("1,6 tys.", 1_600), ("11k", 11_000)):
        count = parse_job_count(text)
        assert count is not None
        assert count.value == value, text


def test_a_clause_ends_where_a_new_subject_begins() -> None:
    folded = fold("Nissan cierra en Barcelona y Alcoa anuncia 500 despidos en San Cibrao")
    start, end = clause_span(folded, folded.text.index("500"))
    assert folded.original[start:end].startswith("Alcoa anuncia 500")


def test_a_lower_case_word_after_and_does_not_open_a_clause() -> None:
    folded = fold("Ford will cut and move 4,000 jobs")
    assert clause_span(folded, folded.text.index("4,000")) == (0, len(folded.text))


def test_a_clear_report_is_accepted_and_a_vague_one_waits() -> None:
    clear = Signals(
        figure="job noun", figure_score=5.5, figure_in_title=True, company="subject",
        company_in_title=True, strong_cue=True,
    )  # fmt: skip
    vague = Signals(figure="none", company="watch list", strong_cue=True, third_party=True)
    assert confidence(clear) >= ACCEPT
    assert confidence(vague) < ACCEPT
    assert "no job figure" in reasons(vague)


def test_signals_that_lower_confidence_do() -> None:
    base = Signals(figure="job noun", figure_score=5.0, company="watch list", company_in_title=True)
    for worse in (
        Signals(**{**_fields(base), "rival_figure": True}),
        Signals(**{**_fields(base), "rival_subject": True}),
        Signals(**{**_fields(base), "speculative": True}),
        Signals(**{**_fields(base), "at_risk": True}),
    ):
        assert confidence(worse) < confidence(base)


def test_features_are_named_for_people() -> None:
    assert set(features(Signals(figure="cut noun", company="legal"))) >= {
        "figure:cut noun",
        "company:legal",
        "figure score",
    }


def _fields(signals: Signals) -> dict[str, object]:
    return {name: getattr(signals, name) for name in Signals.__dataclass_fields__}
