"""The `timeline` and `monitor` commands, run in-process as a user would type them."""

from __future__ import annotations

import json
from pathlib import Path

import click
import icalendar
import pytest
from click.testing import CliRunner, Result

from monitor.cli.main import cli as monitor_cli
from monitor.cli.timeline_cli import cli as timeline_cli
from timeline.plan import load_plan

from conftest import BUNDLED_PLAN, FrozenClock, copy_bundled_plan

EUROVIGNETTE = "eurovignette-zev-exemption"
BATTERY = "battery-passport-state-of-health"


def run(command: click.Group, *args: str) -> Result:
    return CliRunner().invoke(command, list(args), catch_exceptions=False)


def listed(*args: str) -> dict[str, dict[str, object]]:
    result = run(timeline_cli, "list", "--json", *args)
    assert result.exit_code == 0, result.output
    return {row["id"]: row for row in json.loads(result.output)}


@pytest.fixture
def env(cli_env: dict[str, str], frozen_clock: FrozenClock) -> dict[str, str]:
    assert run(monitor_cli, "init").exit_code == 0
    return cli_env


def test_list_as_of_a_date_without_evidence(env: dict[str, str]) -> None:
    rows = listed("--at", "2025-07-01")
    assert rows[EUROVIGNETTE]["status"] == "missed"
    assert rows[EUROVIGNETTE]["due"] == "2025-06-30"
    assert rows[EUROVIGNETTE]["days"] == -1
    assert rows[BATTERY]["status"] == "upcoming"
    assert rows[BATTERY]["due"] == "2026-09-30"
    assert len(rows) == len(load_plan(BUNDLED_PLAN).milestones)
    for key in ("id", "title", "pillar", "period", "due", "status", "days", "delivered_on"):
        assert key in rows[EUROVIGNETTE]
    assert rows[EUROVIGNETTE]["evidence"] == []


def test_recorded_delivery_is_on_time_from_its_date_on(env: dict[str, str]) -> None:
    result = run(
        timeline_cli,
        "record",
        EUROVIGNETTE,
        "--delivered",
        "2025-06-27",
        "--source",
        "https://example.org/x",
        "--title",
        "Commission proposes Eurovignette amendment",
    )
    assert result.exit_code == 0, result.output
    assert f"{EUROVIGNETTE}: — → delivered_on_time on 2025-06-27" in result.output
    for at in ("2025-06-27", "2025-07-01", "2027-01-01"):
        row = listed("--at", at)[EUROVIGNETTE]
        assert row["status"] == "delivered_on_time", at
        assert row["delivered_on"] == "2025-06-27"
        (item,) = row["evidence"]  # type: ignore[misc]
        assert item["url"] == "https://example.org/x"
        assert item["state"] == "confirmed"
        assert set(item) >= {"id", "url", "title", "published", "kind", "confidence", "state"}
    assert listed("--at", "2025-06-26")[EUROVIGNETTE]["status"] == "due_soon"


def test_reject_returns_a_milestone_to_missed(env: dict[str, str]) -> None:
    run(
        timeline_cli,
        "record",
        EUROVIGNETTE,
        "--delivered",
        "2025-06-27",
        "--source",
        "https://e.org/a",
    )
    evidence_id = listed()[EUROVIGNETTE]["evidence"][0]["id"]  # type: ignore[index]
    result = run(timeline_cli, "reject", str(evidence_id), "--note", "not the amendment")
    assert result.exit_code == 0
    assert listed("--at", "2025-07-01")[EUROVIGNETTE]["status"] == "missed"
    assert run(timeline_cli, "confirm", str(evidence_id)).exit_code == 0
    assert listed("--at", "2025-07-01")[EUROVIGNETTE]["status"] == "delivered_on_time"


def test_filters(env: dict[str, str]) -> None:
    missed = listed("--at", "2025-07-01", "--status", "missed")
    assert missed
    assert {row["status"] for row in missed.values()} == {"missed"}
    social = listed("--pillar", "skills-social")
    assert social
    assert {row["pillar"] for row in social.values()} == {"skills-social"}
    window = listed("--due-after", "2026-01-01", "--due-before", "2026-09-30")
    assert BATTERY in window
    assert EUROVIGNETTE not in window
    assert all("2026-01-01" <= str(r["due"]) <= "2026-09-30" for r in window.values())


def test_table_output_groups_by_pillar(env: dict[str, str]) -> None:
    result = run(timeline_cli, "list", "--at", "2025-07-01")
    assert result.exit_code == 0
    assert "Clean mobility" in result.output
    assert EUROVIGNETTE in result.output
    assert "missed" in result.output


def test_csv_output(env: dict[str, str]) -> None:
    result = run(timeline_cli, "list", "--csv", "--at", "2025-07-01")
    header, *lines = result.output.splitlines()
    assert header.startswith("id,title,pillar,period,due,status,days")
    assert any(line.startswith(EUROVIGNETTE + ",") and ",missed," in line for line in lines)


def test_show_prints_evidence_and_history(env: dict[str, str]) -> None:
    run(monitor_cli, "evaluate")
    run(
        timeline_cli,
        "record",
        EUROVIGNETTE,
        "--delivered",
        "2025-06-27",
        "--source",
        "https://e.org/a",
    )
    result = run(timeline_cli, "show", EUROVIGNETTE)
    assert "https://e.org/a" in result.output
    assert "missed → delivered_on_time" in result.output
    data = json.loads(run(timeline_cli, "show", EUROVIGNETTE, "--json").output)
    assert [h["to"] for h in data["history"]] == ["missed", "delivered_on_time"]


def test_ics_export_has_one_event_per_dated_milestone(env: dict[str, str], tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    assert run(timeline_cli, "export", "--format", "ics", "--output", str(target)).exit_code == 0
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = list(calendar.walk("VEVENT"))
    dated = [m for m in load_plan(BUNDLED_PLAN).milestones if m.due]
    assert len(events) == len(dated)
    by_uid = {str(e["uid"]): e for e in events}
    eurovignette = by_uid[f"{EUROVIGNETTE}@eu-automotive-2025.milestone-monitor"]
    assert eurovignette.decoded("dtstart").isoformat() == "2025-06-30"
    assert all("dtstamp" in e for e in events)


def test_json_and_csv_export(env: dict[str, str]) -> None:
    data = json.loads(run(timeline_cli, "export", "--format", "json").output)
    assert {row["id"] for row in data} >= {EUROVIGNETTE, BATTERY}
    assert run(timeline_cli, "export", "--format", "csv").output.startswith("id,title")


def test_unknown_milestone_suggests_ids_without_traceback(env: dict[str, str]) -> None:
    result = CliRunner().invoke(timeline_cli, ["show", "eurovignete"])
    assert result.exit_code == 2
    assert f"did you mean {EUROVIGNETTE}" in result.output
    assert "Traceback" not in result.output


def test_bad_date_says_the_expected_form(env: dict[str, str]) -> None:
    result = CliRunner().invoke(timeline_cli, ["list", "--at", "01/07/2025"])
    assert result.exit_code == 2
    assert "expected YYYY-MM-DD" in result.output


def test_record_refuses_non_http_sources(env: dict[str, str]) -> None:
    result = CliRunner().invoke(
        timeline_cli,
        ["record", EUROVIGNETTE, "--delivered", "2025-06-27", "--source", "file:///etc/passwd"],
    )
    assert result.exit_code == 2
    assert "http(s)" in result.output


def test_invalid_plan_file_names_file_line_and_field(env: dict[str, str], tmp_path: Path) -> None:
    plan = copy_bundled_plan(
        tmp_path, BUNDLED_PLAN.read_text(encoding="utf-8").replace('"T2 2025"', '"T5 2025"', 1)
    )
    config = tmp_path / "monitor.toml"
    config.write_text(f'[timeline]\nplans = ["{plan}"]\n')
    line = next(n for n, t in enumerate(plan.read_text().splitlines(), 1) if "T5 2025" in t)
    refused = CliRunner().invoke(monitor_cli, ["--config", str(config), "seed"])
    assert refused.exit_code == 2
    (message,) = refused.output.splitlines()
    assert f"{plan}:{line}:" in message
    assert "'period'" in message
    assert "Traceback" not in refused.output
    # every other command goes on with the plan loaded before, and says why in one line
    result = CliRunner().invoke(timeline_cli, ["--config", str(config), "list", "--json"])
    assert result.exit_code == 0
    (warning,) = result.stderr.splitlines()
    assert warning.startswith(f"warning: {plan}:{line}:")
    assert "stays in force" in warning
    assert len(json.loads(result.stdout)) == len(load_plan(BUNDLED_PLAN).milestones)


def test_unknown_config_setting_is_reported(cli_env: dict[str, str], tmp_path: Path) -> None:
    config = tmp_path / "monitor.toml"
    config.write_text("[timeline]\ndue_son_days = 10\n")
    result = CliRunner().invoke(timeline_cli, ["list"])
    assert result.exit_code == 2
    assert "did you mean 'due_soon_days'" in result.output


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [prefix]
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            found += _commands(command, (*prefix, name))
        else:
            found.append((*prefix, name))
    return found


@pytest.mark.parametrize("group", [timeline_cli, monitor_cli], ids=["timeline", "monitor"])
def test_every_command_has_help(group: click.Group) -> None:
    for path in _commands(group):
        result = CliRunner().invoke(group, [*path, "--help"])
        assert result.exit_code == 0, path
        assert "Usage:" in result.output
        command = group
        for name in path:
            command = command.commands[name]  # type: ignore[attr-defined,assignment]
        assert command.help, f"{' '.join(path)} has no help text"
