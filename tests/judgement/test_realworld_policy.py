"""Milestone judgement on labelled real reporting holds its floors (skipped without the set)."""

from __future__ import annotations

import pytest

from quality import realworld_policy

pytestmark = pytest.mark.skipif(
    realworld_policy.default_path() is None,
    reason="the labelled real reporting (../shared/realworld) is absent from this checkout",
)


@pytest.fixture(scope="module")
def scores() -> realworld_policy.Scores:
    return realworld_policy.evaluate()


def test_every_floor_and_ceiling_holds(scores: realworld_policy.Scores) -> None:
    failing = [row for row in realworld_policy.verdicts(scores) if not row[3]]
    assert failing == [], realworld_policy.format_report(scores)


def test_every_item_of_the_set_was_polled_and_stored(scores: realworld_policy.Scores) -> None:
    assert len(scores.outcomes) >= 120
    assert {o.item.lang for o in scores.outcomes} >= {"en", "fr", "de", "it", "es", "nl", "pl"}
