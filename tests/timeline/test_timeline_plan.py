"""Plan files: the bundled plan is valid, and every mistake names file, line and field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.errors import PlanError, UnknownMilestoneError
from timeline.model import DeliverableKind
from timeline.plan import find_milestone, load_plan, load_plans, parse_plan

from conftest import ROOT

BUNDLED = ROOT / "seeds" / "plans" / "eu-automotive-2025.toml"

GOOD = """\
[plan]
id = "tiny"
title = "A tiny plan"
published = 2025-03-05

[plan.pillars]
roads = "Roads"

[[milestone]]
id = "toll-reform"
pillar = "roads"
title = "Toll reform"
period = "T2 2025"
normalised = "Q2 2025"
kind = "legislative_proposal"
actor = "European Commission"

[milestone.query]
terms.en = ["toll reform"]
context.en = ["propos*"]

[[milestone]]
id = "road-study"
pillar = "roads"
title = "Road study"
period = ""
kind = "other"
actor = "European Commission"
"""


def test_bundled_plan_has_every_action_with_required_fields() -> None:
    plan = load_plan(BUNDLED)
    assert plan.reference == "COM(2025) 95"
    assert plan.published == dt.date(2025, 3, 5)
    assert len(plan.milestones) >= 40
    assert set(plan.pillars) == {m.pillar for m in plan.milestones}
    for milestone in plan.milestones:
        assert milestone.title
        assert milestone.title_fr
        assert milestone.actor
        assert milestone.source
        assert milestone.query.terms, f"{milestone.id} has no evidence query"
        assert {"en", "fr", "de"} <= set(milestone.query.terms), milestone.id


def test_bundled_plan_dates_the_known_milestones() -> None:
    plan = load_plan(BUNDLED)
    eurovignette = find_milestone(plan.milestones, "eurovignette-zev-exemption")
    assert eurovignette.due == dt.date(2025, 6, 30)
    battery = find_milestone(plan.milestones, "battery-passport-state-of-health")
    assert (battery.due, battery.period.normalised if battery.period else None) == (
        dt.date(2026, 9, 30),
        "by Q3 2026",
    )
    assert find_milestone(plan.milestones, "co2-standards-review").due is None


def test_a_small_plan_parses() -> None:
    plan = parse_plan(GOOD, "tiny.toml")
    first, second = plan.milestones
    assert first.kind is DeliverableKind.LEGISLATIVE_PROPOSAL
    assert first.query.terms == {"en": ("toll reform",)}
    assert first.due == dt.date(2025, 6, 30)
    assert second.period is None


def _error(text: str) -> PlanError:
    with pytest.raises(PlanError) as caught:
        parse_plan(text, "my-plan.toml")
    return caught.value


def _line_of(text: str, needle: str, occurrence: int = 1) -> int:
    hits = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[occurrence - 1]


def test_toml_syntax_error_names_the_line() -> None:
    broken = GOOD.replace('title = "Toll reform"', 'title = "Toll reform')
    error = _error(broken)
    assert error.line == _line_of(broken, 'title = "Toll reform')
    assert str(error).startswith(f"my-plan.toml:{error.line}: not valid TOML")


def test_bad_period_names_line_and_field() -> None:
    broken = GOOD.replace('period = "T2 2025"', 'period = "T5 2025"')
    error = _error(broken)
    assert (error.line, error.field) == (_line_of(broken, "T5 2025"), "period")
    assert "1-4" in str(error)


def test_normalised_form_must_agree_with_the_period() -> None:
    error = _error(GOOD.replace('normalised = "Q2 2025"', 'normalised = "Q3 2025"'))
    assert error.field == "normalised"
    assert "'Q2 2025'" in str(error)


def test_unknown_field_suggests_the_right_one() -> None:
    broken = GOOD.replace(
        'actor = "European Commission"\n\n[milestone.query]', 'actr = "EC"\n\n[milestone.query]'
    )
    error = _error(broken)
    assert error.line == _line_of(broken, 'actr = "EC"')
    assert "did you mean 'actor'" in str(error)


def test_pillar_must_be_declared() -> None:
    broken = GOOD.replace('pillar = "roads"', 'pillar = "rails"', 1)
    error = _error(broken)
    assert (error.field, error.line) == ("pillar", _line_of(broken, 'pillar = "rails"'))


def test_kind_must_be_known() -> None:
    error = _error(GOOD.replace('kind = "other"', 'kind = "study"'))
    assert error.field == "kind"
    assert "legislative_proposal" in str(error)


def test_duplicate_ids_point_at_the_second_one() -> None:
    broken = GOOD.replace('id = "road-study"', 'id = "toll-reform"')
    error = _error(broken)
    assert error.line == _line_of(broken, 'id = "toll-reform"', occurrence=2)


def test_missing_required_field_names_the_milestone_block() -> None:
    broken = GOOD.replace('title = "Road study"\n', "")
    error = _error(broken)
    assert error.field == "title"
    assert error.line == _line_of(broken, "[[milestone]]", occurrence=2)


def test_query_phrases_must_be_strings() -> None:
    error = _error(GOOD.replace('terms.en = ["toll reform"]', "terms.en = [3]"))
    assert error.field == "terms.en"


def test_missing_plan_file_says_what_to_check(tmp_path: Path) -> None:
    with pytest.raises(PlanError, match="not found"):
        load_plan(tmp_path / "nope.toml")


def test_several_plan_files_load_and_ids_stay_unique(tmp_path: Path) -> None:
    first = tmp_path / "a.toml"
    first.write_text(GOOD)
    second = tmp_path / "b.toml"
    second.write_text(GOOD.replace('id = "tiny"', 'id = "other"'))
    with pytest.raises(PlanError, match="unique across plan files"):
        load_plans([first, second])
    second.write_text(
        GOOD.replace('id = "tiny"', 'id = "other"')
        .replace("toll-reform", "toll-reform-2")
        .replace("road-study", "road-study-2")
    )
    plans = load_plans([first, second])
    assert [p.id for p in plans] == ["tiny", "other"]


def test_unknown_milestone_suggests_close_ids() -> None:
    plan = parse_plan(GOOD)
    with pytest.raises(UnknownMilestoneError) as caught:
        find_milestone(plan.milestones, "toll-reforn")
    assert caught.value.suggestions == ["toll-reform"]
    assert str(caught.value) == "no milestone 'toll-reforn'; did you mean toll-reform?"
