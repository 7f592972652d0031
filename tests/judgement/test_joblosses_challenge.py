"""The extractor keeps its floors on the project's own challenge set (every language)."""

from __future__ import annotations

import pytest

from quality import challenge_joblosses as challenge
from quality import realworld_joblosses as rw

LANGUAGES = {"en", "fr", "de", "it", "es", "nl", "pl"}


@pytest.fixture(scope="module")
def scores() -> rw.Scores:
    return challenge.evaluate()


def test_the_set_covers_every_language_with_positives_and_negatives(scores: rw.Scores) -> None:
    assert set(scores.languages()) == LANGUAGES
    for language in LANGUAGES:
        group = scores.group(language, "all")
        assert len(group.positives) >= 15
        assert len(group.negatives) >= 5


def test_every_language_keeps_its_floors(scores: rw.Scores) -> None:
    assert not challenge.under_floors(scores), challenge.format_report(scores)


def test_the_set_writes_no_date_reserved_for_evaluation(scores: rw.Scores) -> None:
    assert all(o.item.published.year < 2025 for o in scores.outcomes)
