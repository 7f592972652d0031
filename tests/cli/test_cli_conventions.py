"""The conventions scripts and shells rely on: exit codes, `--config` anywhere, `-` for
standard streams, timestamps with their offset, `--version`, and `make run` without dev tools."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from monitor.cli.common import hoist_config
from monitor.cli.main import cli as monitor_cli
from monitor.cli.timeline_cli import cli as timeline_cli

from conftest import ROOT, FrozenClock
from sites import Site, rss, serve

MONITOR = [sys.executable, "-c", "from monitor.cli.main import main; main()"]
ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$")


def monitor(*args: str) -> Result:
    return CliRunner().invoke(monitor_cli, list(args))


def timeline(*args: str) -> Result:
    return CliRunner().invoke(timeline_cli, list(args))


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        running.feed("/ok.xml", rss("OK", [("o-1", "One", "x")]))
        running.status("/broken.xml", 500)
        running.status("/gone.xml", 404)
        running.hang("/hang.xml", 60.0)
        yield running


def write_config(path: Path, site: Site, *feeds: str) -> Path:
    lines = ["[sources]", "defaults = false", ""]
    for name in feeds:
        lines += ["[[sources.feed]]", f'name = "{name}"', f'url = "{site.url(f"/{name}.xml")}"', ""]
    path.write_text("\n".join(lines))
    return path


def test_config_is_accepted_after_the_subcommand(
    cli_env: dict[str, str], site: Site, tmp_path: Path, frozen_clock: FrozenClock
) -> None:
    config = write_config(tmp_path / "elsewhere.toml", site, "ok")
    assert monitor("init", "--config", str(config)).exit_code == 0
    listed = monitor("sources", "list", "--json", f"--config={config}")
    assert listed.exit_code == 0, listed.output
    assert [s["name"] for s in json.loads(listed.output)] == ["ok"]
    shown = timeline("list", "--json", "--config", str(config))
    assert shown.exit_code == 0, shown.output


def test_hoisting_leaves_everything_after_a_double_dash() -> None:
    words = ["sources", "add", "--config", "f.toml", "x", "--", "--config", "y"]
    assert hoist_config(words) == [
        "--config",
        "f.toml",
        "sources",
        "add",
        "x",
        "--",
        "--config",
        "y",
    ]


def test_poll_exits_1_when_every_source_failed_and_0_when_some_did(
    cli_env: dict[str, str], site: Site, tmp_path: Path, frozen_clock: FrozenClock
) -> None:
    write_config(tmp_path / "monitor.toml", site, "ok", "broken")
    assert monitor("init").exit_code == 0
    partly = monitor("poll", "--json")
    assert partly.exit_code == 0
    report = json.loads(partly.output)
    assert (report["ok"], report["failed"], report["partial"], report["all_failed"]) == (
        1,
        1,
        True,
        False,
    )

    write_config(tmp_path / "monitor.toml", site, "broken", "gone")
    every = CliRunner().invoke(monitor_cli, ["poll", "--json", "--force"])
    assert every.exit_code == 1
    data = json.loads(every.stdout)
    assert data["all_failed"] is True
    assert data["partial"] is False
    assert "every source polled failed" in every.stderr
    table = monitor("poll", "--force")
    assert table.exit_code == 1


def test_json_timestamps_carry_their_offset(
    cli_env: dict[str, str], site: Site, tmp_path: Path, frozen_clock: FrozenClock
) -> None:
    write_config(tmp_path / "monitor.toml", site, "ok")
    assert monitor("init").exit_code == 0
    assert monitor("poll").exit_code == 0
    (source,) = json.loads(monitor("sources", "list", "--json").output)
    assert ISO_WITH_OFFSET.match(source["last_success"]), source
    assert ISO_WITH_OFFSET.match(source["next_poll"]), source
    assert monitor("evaluate").exit_code == 0  # the baseline: the delivery below is news
    recorded = timeline(
        "record",
        "eurovignette-zev-exemption",
        "--delivered",
        "2025-06-27",
        "--source",
        "https://ec.europa.eu/x",
    )
    assert recorded.exit_code == 0, recorded.output
    shown = json.loads(timeline("show", "eurovignette-zev-exemption", "--json").output)
    assert all(ISO_WITH_OFFSET.match(h["recorded_at"]) for h in shown["history"]), shown
    (row, *_) = json.loads(monitor("outbox", "list", "--json").output)
    assert ISO_WITH_OFFSET.match(row["created_at"]), row


def test_dash_means_standard_output_and_input(
    cli_env: dict[str, str], tmp_path: Path, frozen_clock: FrozenClock
) -> None:
    assert monitor("init").exit_code == 0
    exported = timeline("export", "--format", "csv", "--output", "-")
    assert exported.exit_code == 0
    assert exported.output.startswith("id,title,")
    assert not (tmp_path / "-").exists()
    report = timeline("report", "--html", "-")
    assert report.exit_code == 0
    assert report.output.lstrip().lower().startswith("<!doctype html")
    csv = (ROOT / "tests" / "fixtures" / "erm" / "factsheets.csv").read_text(encoding="utf-8")
    imported = CliRunner().invoke(monitor_cli, ["import", "erm", "-", "--json"], input=csv)
    assert imported.exit_code == 0, imported.output
    assert json.loads(imported.output)["new"] > 0


@pytest.mark.parametrize("damage", ["empty", "garbage"])
def test_an_unusable_database_file_is_one_line_and_exit_1(
    damage: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "monitor.sqlite3"
    database.write_bytes(b"" if damage == "empty" else os.urandom(4096))
    monkeypatch.setenv("MONITOR_DATABASE_URL", f"sqlite:///{database}")
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    for result in (timeline("list"), monitor("poll"), monitor("init")):
        assert result.exit_code == 1, result.output
        (line,) = result.output.splitlines()
        assert line.startswith("error: the database file")
        assert str(database) in line
        assert "restore it from a backup" in line
        assert "monitor init" in line
    assert database.stat().st_size == (0 if damage == "empty" else 4096)  # left as it was


def test_ctrl_c_exits_130_without_a_traceback(site: Site, tmp_path: Path) -> None:
    config = write_config(tmp_path / "monitor.toml", site, "hang")
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.pop("MONITOR_SEEDS_DIR", None)
    env.update(
        MONITOR_CONFIG=str(config),
        MONITOR_DATA_DIR=str(tmp_path / "data"),
        MONITOR_DATABASE_URL=f"sqlite:///{tmp_path / 'data' / 'monitor.sqlite3'}",
    )
    subprocess.run([*MONITOR, "init"], env=env, check=True, capture_output=True)
    poll = subprocess.Popen(
        [*MONITOR, "poll"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # a shell starts a command with Ctrl-C live; a suite run in the background has it
        # ignored, and the child would inherit that
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deadline = time.monotonic() + 120
        while site.hits.get("/hang.xml", 0) == 0 and time.monotonic() < deadline:
            time.sleep(0.05)  # waiting for the request to arrive, not for a guessed delay
        assert site.hits.get("/hang.xml") == 1, "the poll never reached the server"
        poll.send_signal(signal.SIGINT)
        _, stderr = poll.communicate(timeout=60)
    finally:
        if poll.poll() is None:
            poll.kill()
    assert poll.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines()[-1] == "interrupted"


def test_version_is_printed_by_both_commands() -> None:
    for result in (monitor("--version"), timeline("--version")):
        assert result.exit_code == 0
        assert re.search(r"version \d+\.\d+", result.output), result.output


def test_make_run_installs_only_what_running_needs() -> None:
    makefile = (ROOT / "Makefile").read_text()
    (run_line,) = [line for line in makefile.splitlines() if line.startswith("run:")]
    assert "$(STAMP)" not in run_line.split(":", 1)[1]
    run_stamp = makefile.split("$(RUN_STAMP): pyproject.toml", 1)[1].split("\n\n", 1)[0]
    assert "-e ." in run_stamp
    assert "[dev]" not in run_stamp


def test_csv_cells_give_moments_with_their_offset() -> None:
    import datetime as dt

    from monitor.cli.common import csv_text

    text = csv_text(
        [{"at": dt.datetime(2026, 12, 1, 18, 32, 12), "on": dt.date(2026, 12, 1)}], ["at", "on"]
    )
    assert text.splitlines()[1] == "2026-12-01T18:32:12+00:00,2026-12-01"
