"""`monitor sources`, `monitor poll` and `monitor import erm` as a user runs them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from monitor.cli.main import cli

from conftest import FIXTURES, FrozenClock
from sites import Site, rss, serve

ERM_CSV = FIXTURES / "erm" / "factsheets.csv"
ERM_BROKEN = FIXTURES / "erm" / "factsheets_broken.csv"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        running.feed("/ok.xml", rss("OK", [("o-1", "One", "x"), ("o-2", "Two", "y")]))
        running.status("/broken.xml", 500)
        yield running


@pytest.fixture
def env(
    cli_env: dict[str, str],
    site: Site,
    tmp_path: Path,
    frozen_clock: FrozenClock,
) -> dict[str, str]:
    (tmp_path / "monitor.toml").write_text(
        "[sources]\ndefaults = false\n\n"
        f'[[sources.feed]]\nname = "ok"\nurl = "{site.url("/ok.xml")}"\nlanguage = "en"\n\n'
        f'[[sources.feed]]\nname = "broken"\nurl = "{site.url("/broken.xml")}"\ninterval = "2h"\n'
    )
    assert run("init").exit_code == 0
    return cli_env


def sources_by_name() -> dict[str, dict[str, object]]:
    return {s["name"]: s for s in json.loads(run("sources", "list", "--json").output)}


def test_poll_json_reports_each_source(env: dict[str, str]) -> None:
    report = json.loads(run("poll", "--json").output)
    assert (report["new"], report["updated"], report["failed"]) == (2, 0, 1)
    by_name = {s["name"]: s for s in report["sources"]}
    assert set(by_name["ok"]) == {"name", "url", "status", "new", "updated", "error"}
    assert by_name["ok"]["status"] == "ok"
    assert by_name["broken"]["status"] == "error"
    assert "500" in by_name["broken"]["error"]
    again = {s["name"]: s["status"] for s in json.loads(run("poll", "--json").output)["sources"]}
    assert again == {"ok": "not_modified", "broken": "backoff"}


def test_sources_list_shows_health(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")  # a narrow terminal still shows names and errors
    run("poll", "--json")
    sources = sources_by_name()
    broken = sources["broken"]
    for key in ("name", "url", "enabled", "last_success", "last_error", "failures", "next_poll"):
        assert key in broken
    assert broken["failures"] == 1
    assert "500" in str(broken["last_error"])
    assert broken["next_poll"] is not None
    assert sources["ok"]["last_success"] is not None
    table = run("sources", "list").output
    assert "broken" in table
    assert "500" in table


def test_poll_table_summarises(env: dict[str, str]) -> None:
    output = run("poll").output
    assert "1 source(s) ok, 1 failed" in output
    assert "2 new" in output


def test_add_disable_enable_remove(env: dict[str, str], site: Site) -> None:
    site.feed("/extra.xml", rss("X", [("x-1", "Extra", "z")]))
    assert (
        run("sources", "add", "extra", site.url("/extra.xml"), "--interval", "30m").exit_code == 0
    )
    assert sources_by_name()["extra"]["interval"] == "30m"
    assert run("sources", "disable", "extra").exit_code == 0
    assert sources_by_name()["extra"]["enabled"] is False
    polled = {s["name"] for s in json.loads(run("poll", "--json").output)["sources"]}
    assert "extra" not in polled
    assert run("sources", "enable", "extra").exit_code == 0
    assert run("sources", "remove", "extra").exit_code == 0
    assert "extra" not in sources_by_name()


def test_add_refuses_non_http_urls_and_short_intervals(env: dict[str, str]) -> None:
    result = CliRunner().invoke(cli, ["sources", "add", "x", "file:///etc/passwd"])
    assert result.exit_code == 2
    assert "http(s)" in result.output
    result = CliRunner().invoke(cli, ["sources", "add", "y", "https://e.org/f", "--interval", "1m"])
    assert result.exit_code == 2
    assert "shorter than the 5m minimum" in result.output


def test_unknown_source_suggests_names(env: dict[str, str]) -> None:
    result = CliRunner().invoke(cli, ["sources", "disable", "brokn"])
    assert result.exit_code == 2
    assert "did you mean broken" in result.output


def test_removing_a_source_from_the_config_disables_it(env: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "monitor.toml").write_text("[sources]\ndefaults = false\n")
    sources = sources_by_name()
    assert sources["ok"]["enabled"] is False
    assert sources["ok"]["disabled_reason"] == "removed from the configuration"


def test_import_erm_csv_is_idempotent(env: dict[str, str]) -> None:
    first = json.loads(run("import", "erm", str(ERM_CSV), "--json").output)
    assert first["new"] > 0
    second = json.loads(run("import", "erm", str(ERM_CSV), "--json").output)
    assert second == {"new": 0, "updated": 0, "unchanged": first["new"]}


def test_import_erm_reports_bad_rows_with_their_line(env: dict[str, str]) -> None:
    result = CliRunner().invoke(cli, ["import", "erm", str(ERM_BROKEN)])
    assert result.exit_code == 2
    assert "error: " in result.output
    assert "factsheets_broken.csv:3:" in result.output
    assert "Announcement date" in result.output
    assert "Traceback" not in result.output


def test_every_new_command_has_help() -> None:
    for path in (("sources", "list"), ("sources", "add"), ("poll",), ("import", "erm"), ("run",)):
        result = CliRunner().invoke(cli, [*path, "--help"])
        assert result.exit_code == 0
        command: click.Command = cli
        for name in path:
            command = command.commands[name]  # type: ignore[attr-defined]
        assert command.help


def test_the_configuration_switches_a_source_off_and_on(
    env: dict[str, str], site: Site, tmp_path: Path
) -> None:
    config = tmp_path / "monitor.toml"
    text = config.read_text()
    config.write_text(text.replace('name = "ok"', 'name = "ok"\nenabled = false'))
    ok = sources_by_name()["ok"]
    assert ok["enabled"] is False
    assert ok["disabled_reason"] == "disabled in the configuration"
    config.write_text(text)
    assert sources_by_name()["ok"]["enabled"] is True


def test_a_person_enabling_a_source_the_files_ship_off_is_kept(
    env: dict[str, str], tmp_path: Path
) -> None:
    config = tmp_path / "monitor.toml"
    config.write_text(
        config.read_text().replace('name = "broken"', 'name = "broken"\nenabled = false')
    )
    assert sources_by_name()["broken"]["enabled"] is False
    assert run("sources", "enable", "broken").exit_code == 0
    assert sources_by_name()["broken"]["enabled"] is True  # the next sync keeps the choice
    assert sources_by_name()["broken"]["enabled"] is True
