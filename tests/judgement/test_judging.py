"""The judge in force: kept while what it is compiled from stays, compiled again when it moves."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from monitor.app import Monitor
from monitor.config import Config

from conftest import FrozenClock, copy_bundled_plan


def test_a_rematch_keeps_the_judge_compiled_from_the_same_rules(app: Monitor) -> None:
    judge = app.judge()
    app.rematch()
    app.rematch()
    assert app.judge() is judge


def test_a_concept_file_synced_by_another_process_is_compiled_again(
    config: Config, tmp_path: Path, frozen_clock: FrozenClock
) -> None:
    """A forced sync of an unchanged plan file with an edited concept file changes the stored
    milestones and not the plan's fingerprint: the judge must follow the milestones."""
    plan = copy_bundled_plan(tmp_path / "seeds")
    config = dataclasses.replace(config, plan_files=(plan,))
    concepts = tmp_path / "seeds" / "vocabulary" / "automotive.toml"
    first, second = Monitor(config), Monitor(config)
    try:
        first.init()
        judge = first.judge()
        text = concepts.read_text(encoding="utf-8")
        concepts.write_text(text.replace('en = ["toll", ', 'en = ["tollbooth", "toll", ', 1))
        second.sync_plans(force=True)
        assert first.judge() is not judge
        first.rematch()
        assert first.judge() is first.judge()
    finally:
        first.close()
        second.close()
