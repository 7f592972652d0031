"""A plan file broken while the monitor runs: the plan loaded before stays in force, every
command and the daemon keep working and say in one line which file and line is wrong, and
`monitor seed --check FILE` finds the mistake without loading anything."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from monitor.app import Monitor
from monitor.cli.main import cli as monitor_cli
from monitor.cli.timeline_cli import cli as timeline_cli
from monitor.config import Config
from monitor.running import jobs
from timeline.plan import load_plan

from conftest import BUNDLED_PLAN, FrozenClock, copy_bundled_plan
from sites import Site, rss, serve

TYPO = ("kind = ", "kind = = ")  # one broken line: not valid TOML


def monitor(*args: str) -> Result:
    return CliRunner().invoke(monitor_cli, list(args))


def timeline(*args: str) -> Result:
    return CliRunner().invoke(timeline_cli, list(args))


def broken_copy(plan: Path) -> int:
    """Break one line of a copy of the bundled plan; returns that line's number."""
    text = BUNDLED_PLAN.read_text(encoding="utf-8")
    lines = text.splitlines()
    number = next(n for n, t in enumerate(lines, 1) if t.startswith(TYPO[0]))
    lines[number - 1] = lines[number - 1].replace(*TYPO, 1)
    plan.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return number


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return copy_bundled_plan(tmp_path)


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        running.feed("/a.xml", rss("A", [("a-1", "One", "x")]))
        yield running


@pytest.fixture
def env(
    cli_env: dict[str, str], plan: Path, site: Site, tmp_path: Path, frozen_clock: FrozenClock
) -> dict[str, str]:
    (tmp_path / "monitor.toml").write_text(
        f'[timeline]\nplans = ["{plan}"]\n\n[sources]\ndefaults = false\n\n'
        f'[[sources.feed]]\nname = "a"\nurl = "{site.url("/a.xml")}"\n'
    )
    assert monitor("init").exit_code == 0
    return cli_env


def test_commands_keep_the_last_valid_plan_and_name_file_and_line(
    env: dict[str, str], plan: Path
) -> None:
    line = broken_copy(plan)
    for result in (timeline("list", "--json"), monitor("poll", "--json")):
        assert result.exit_code == 0, result.output
        (warning,) = result.stderr.splitlines()
        assert warning.startswith(f"warning: {plan}:{line}:"), warning
        assert "stays in force" in warning
    listed = json.loads(timeline("list", "--json").stdout)
    assert len(listed) == len(load_plan(BUNDLED_PLAN).milestones)

    refused = monitor("seed")
    assert refused.exit_code == 2
    assert refused.output.startswith(f"error: {plan}:{line}:")

    plan.write_text(BUNDLED_PLAN.read_text(encoding="utf-8"), encoding="utf-8")  # fixed
    again = timeline("list")
    assert again.exit_code == 0
    assert again.stderr == ""


def test_daemon_jobs_keep_polling_with_a_broken_plan_and_say_so_once(
    config: Config,
    plan: Path,
    site: Site,
    frozen_clock: FrozenClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    setup = dataclasses.replace(
        config,
        plan_files=(plan,),
        sections={
            "sources": {"defaults": False, "feed": [{"name": "a", "url": site.url("/a.xml")}]}
        },
    )
    app = Monitor(setup)
    try:
        app.init()
        line = broken_copy(plan)
        with caplog.at_level(logging.WARNING, logger="monitor"):
            first = jobs.poll_due(app)
            frozen_clock.set("2025-07-01T12:00:00")
            jobs.poll_due(app)
            jobs.evaluate(app)
        assert [s.status for s in first.sources] == ["ok"]
        assert len(app.milestones()) == len(load_plan(BUNDLED_PLAN).milestones)
        said = [r.getMessage() for r in caplog.records if f"{plan}:{line}:" in r.getMessage()]
        assert len(said) == 1, said
    finally:
        app.close()


def test_seed_check_validates_a_plan_without_loading_it(
    env: dict[str, str], plan: Path, tmp_path: Path
) -> None:
    good = monitor("seed", "--check", str(plan))
    assert good.exit_code == 0
    assert "is valid" in good.output
    assert "nothing loaded" in good.output

    draft = tmp_path / "draft.toml"
    line = broken_copy(draft)
    bad = monitor("seed", "--check", str(draft))
    assert bad.exit_code == 2
    (message,) = bad.output.splitlines()
    assert message.startswith(f"error: {draft}:{line}:")
    from_stdin = CliRunner().invoke(
        monitor_cli, ["seed", "--check", "-"], input=draft.read_text(encoding="utf-8")
    )
    assert from_stdin.exit_code == 2
    assert f"<stdin>:{line}:" in from_stdin.output


def test_seed_check_needs_no_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONITOR_DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    result = monitor("seed", "--check", str(BUNDLED_PLAN))
    assert result.exit_code == 0, result.output


def test_seed_check_lists_milestones_without_vocabulary_or_deed(tmp_path: Path) -> None:
    draft = tmp_path / "draft.toml"
    draft.write_text(
        '[plan]\nid = "p"\ntitle = "P"\n\n[plan.pillars]\nx = "X"\n\n'
        '[[milestone]]\nid = "named"\npillar = "x"\ntitle = "Named"\nkind = "other"\n'
        'actor = "European Commission"\n\n[milestone.vocabulary]\nnames.en = ["Battery Booster"]\n'
        '\n[[milestone]]\nid = "everywhere"\npillar = "x"\ntitle = "E"\nkind = "other"\n'
        'actor = "European Commission"\n\n[milestone.deed]\ndelivers = "launch"\n'
        'by = "commission"\n\n[milestone.vocabulary]\nnames.all = ["TechEU"]\n',
        encoding="utf-8",
    )
    result = monitor("seed", "--check", str(draft))
    assert result.exit_code == 0, result.output
    assert "named: no vocabulary in de, es, fr, it, nl, pl; no [milestone.deed]" in result.output
    assert "everywhere" not in result.output
    gaps = json.loads(monitor("seed", "--check", str(draft), "--json").output)["gaps"]
    assert gaps == [
        {
            "milestone": "named",
            "languages_missing": ["de", "es", "fr", "it", "nl", "pl"],
            "deed": "derived",
        }
    ]
