"""The extractor keeps its floors on real reporting, replayed through `monitor poll`.

Runs only where the team's labelled set is (`../shared/realworld`, or
`$MONITOR_REALWORLD_DIR`); a user's clone has none, and the test is skipped there.
"""

from __future__ import annotations

import pytest

from quality import joblosses_tables as tables
from quality import realworld_joblosses as rw
from quality.replay import HELD_OUT, TUNING, realworld_dir


@pytest.fixture(scope="module")
def scores() -> rw.Scores:
    if realworld_dir() is None:
        pytest.skip("no real-world set here (../shared/realworld is absent)")
    return rw.evaluate()


def test_both_parts_keep_their_floors(scores: rw.Scores) -> None:
    assert not rw.under_floors(scores), tables.format_report(scores)


def test_the_report_has_every_language_and_part(scores: rw.Scores) -> None:
    report = tables.format_report(scores)
    for language in scores.languages():
        for part_name in (TUNING, HELD_OUT):
            assert f"\n{language:5} {part_name:9}" in report


def test_acceptance_without_review_is_mostly_right(scores: rw.Scores) -> None:
    assert rw.acceptance_precision(scores, TUNING) >= rw.MIN_ACCEPTANCE_PRECISION


def test_misses_by_cause_are_counts_per_part(scores: rw.Scores) -> None:
    text = tables.format_causes(scores)
    lines = text.splitlines()
    assert lines[0].startswith("Missed job losses by cause (nothing found, wrong company")
    for line, part_name in zip(lines[1:], (TUNING, HELD_OUT), strict=True):
        label, *counts = line.split()
        assert label == part_name
        assert all(c.strip(",").isdigit() for c in counts)
        assert len(counts) == len(rw.MISS_CAUSES)
    for part_name in (TUNING, HELD_OUT):
        group = scores.group("all", part_name)
        wrong = sum(not o.right for o in group.positives)
        assert sum(o.miss_cause is not None for o in group.outcomes) == wrong
