"""The matcher's quality on the labelled headline set, against the real plan file."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from quality.matching import (
    DEFAULT_PLAN,
    DEFAULT_SET,
    Scores,
    evaluate,
    format_report,
    load_items,
)
from timeline import plan as plan_module
from timeline.model import DeliverableKind, EvidenceQuery, Milestone


@pytest.fixture(scope="module")
def scores() -> Scores:
    return evaluate()


def test_the_set_is_large_balanced_and_well_formed() -> None:
    items = load_items()
    assert len(items) >= 120
    assert len({i.id for i in items}) == len(items)
    per_language = Counter(i.lang for i in items)
    assert set(per_language) == {"en", "fr", "de"}
    assert max(per_language.values()) - min(per_language.values()) <= 5
    assert sum(not i.expected for i in items) >= 15  # hard negatives with no milestone


def test_the_set_names_only_milestones_of_the_plan() -> None:
    known = {m.id for m in plan_module.load_plan(DEFAULT_PLAN).milestones}
    named = {m for item in load_items() for m, _ in item.expected}
    assert named <= known, named - known


def test_auto_accepted_deliveries_are_precise_in_every_language(scores: Scores) -> None:
    for language, group in scores.by_language.items():
        assert group.delivery.precision >= 0.95, (language, format_report(scores))
    assert scores.overall.delivery.precision >= 0.95


def test_most_deliveries_are_auto_accepted(scores: Scores) -> None:
    assert scores.overall.delivery.recall >= 0.9, format_report(scores)


def test_milestones_are_found_whatever_the_kind(scores: Scores) -> None:
    assert scores.overall.milestone.precision >= 0.95, format_report(scores)
    assert scores.overall.milestone.recall >= 0.9, format_report(scores)


def _write_set(path: Path) -> None:
    items = [
        ("Commission unveils Battery Booster", [("booster", "delivered")]),
        ("Commission to unveil Battery Booster", [("booster", "mention")]),
        ("EU unveils Battery Booster", [("booster", "delivered")]),
        ("Tolls rise in France", []),
    ]
    with path.open("w", encoding="utf-8") as out:
        for n, (title, expected) in enumerate(items):
            record = {
                "id": f"t{n}",
                "lang": "en",
                "title": title,
                "summary": "",
                "expected": [{"milestone": m, "kind": k} for m, k in expected],
            }
            out.write(json.dumps(record) + "\n")


BOOSTER = Milestone(
    id="booster",
    plan="p",
    pillar="x",
    title="Battery Booster",
    title_fr="Battery Booster",
    period_text="",
    period=None,
    kind=DeliverableKind.FUNDING,
    actor="European Commission",
    source="test",
    query=EvidenceQuery(terms={"en": ("Battery Booster",)}),
)


def test_the_threshold_decides_which_deliveries_count(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    _write_set(path)
    strict = evaluate(path, milestones=[BOOSTER], threshold=0.99)
    lenient = evaluate(path, milestones=[BOOSTER], threshold=0.5)
    assert strict.overall.delivery.recall < lenient.overall.delivery.recall
    assert lenient.overall.delivery.recall == 1.0
    assert lenient.overall.items == 4


def test_the_report_shows_each_language_and_the_misses(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    _write_set(path)
    report = format_report(evaluate(path, milestones=[BOOSTER], threshold=0.99))
    assert "overall" in report
    assert "en " in report
    assert "t0 Commission unveils Battery Booster" in report


def test_a_malformed_line_is_reported_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "lang": "en", "title": "t", "summary": "", "expected": []}\n{}\n')
    with pytest.raises(ValueError, match=r"bad\.jsonl:2"):
        load_items(path)


def test_the_default_set_is_the_shipped_file() -> None:
    assert DEFAULT_SET.is_file()
