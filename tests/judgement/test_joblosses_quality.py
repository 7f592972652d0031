"""The extractor keeps its floors on the hand-written quality set."""

from __future__ import annotations

import pytest

from quality.joblosses import JoblossScores, evaluate

FLOOR = 0.9


@pytest.fixture(scope="module")
def scores() -> JoblossScores:
    return evaluate()


def test_the_set_is_large_and_balanced(scores: JoblossScores) -> None:
    assert set(scores.by_language) == {"en", "fr", "de"}
    assert all(s.items >= 40 for s in scores.by_language.values())
    assert scores.overall.items >= 120


@pytest.mark.parametrize("measure", ["precision", "recall", "jobs_exact", "company_exact"])
def test_floors_hold_overall_and_per_language(scores: JoblossScores, measure: str) -> None:
    groups = {"all": scores.overall, **scores.by_language}
    low = {name: getattr(s, measure) for name, s in groups.items() if getattr(s, measure) < FLOOR}
    assert not low, scores.format_report()


def test_the_report_names_every_language(scores: JoblossScores) -> None:
    report = scores.format_report()
    assert all(f"\n{name} " in f"\n{report}" for name in ("en", "fr", "de", "all"))
