"""Commands people type often start without loading what they do not use.

Each command runs in a new Python process, as a user runs it, and reports which of the heavy
libraries it imported: fetching (httpx), parsing (feedparser, lxml), scheduling (APScheduler),
the job queue (procrastinate), migrations (Alembic) and the judgement rules load only for the
commands that need them. No timing is asserted here; `make bench` measures the start-up.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BUNDLED_PLAN

# Libraries no listing or help needs; the judgement rules compile large automata at import.
HEAVY = (
    "httpx",
    "feedparser",
    "lxml",
    "apscheduler",
    "procrastinate",
    "alembic",
    "jinja2",
    "icalendar",
    "ahocorasick",
    "monitor.judgement.joblosses",
    "monitor.judgement.matching",
    "monitor.alerting",
    "monitor.ingest.fetch",
    "monitor.ingest.parsing",
    "monitor.running.daemon",
)
# What a listing reads the database without: the judge, job-loss cases and people's decisions
# are set up by the commands that use them, the plan files parsed only when they changed, and
# platformdirs is asked only when no file names the folders (the probe's does); the digest's
# values load with alerting, channels' schedules and the closest-key hints of config mistakes
# when the file has channels or a mistake.
NOT_FOR_LISTINGS = (
    "platformdirs",
    "alerts.digest",
    "alerts.schedule",
    "difflib",
    "monitor.judgement",
    "monitor.storage.case_decisions",
    "monitor.storage.evidence_decisions",
    "monitor.storage.joblosses",
    "timeline.diff",
    "timeline.plan",
)
PROBE = """
import json, sys
from monitor.cli.{module} import cli
try:
    cli.main({args!r}, prog_name="x")
except SystemExit as exit:
    if exit.code:
        raise
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def loaded_modules(module: str, args: list[str], tmp_path: Path) -> set[str]:
    """The modules a new process holds after running the command on an initialised database."""
    config = tmp_path / "monitor.toml"
    if not config.exists():
        config.write_text(
            f'[data]\ndir = "{tmp_path / "data"}"\n'
            f'[database]\nurl = "sqlite:///{tmp_path / "m.sqlite3"}"\n'
            f'[timeline]\nplans = ["{BUNDLED_PLAN}"]\n'
            "[sources]\ndefaults = false\n",
            encoding="utf-8",
        )
        run(["-c", PROBE.format(module="main", args=["init"])], config)  # Alembic, once
    done = run(["-c", PROBE.format(module=module, args=args)], config)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def run(arguments: list[str], config: Path) -> subprocess.CompletedProcess[str]:
    env = {"MONITOR_CONFIG": str(config), "PATH": "/usr/bin:/bin", "HOME": str(config.parent)}
    return subprocess.run(
        [sys.executable, *arguments],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )


def heavy_in(modules: set[str]) -> list[str]:
    return [name for name in HEAVY if name in modules]


@pytest.mark.parametrize(
    ("module", "args"),
    [("main", ["--help"]), ("main", ["sources", "--help"]), ("timeline_cli", ["--help"])],
)
def test_help_imports_nothing_heavy_not_even_the_database(
    module: str, args: list[str], tmp_path: Path
) -> None:
    modules = loaded_modules(module, args, tmp_path)
    assert heavy_in(modules) == []
    assert "sqlalchemy" not in modules


@pytest.mark.parametrize(
    ("module", "args"),
    [
        ("timeline_cli", ["list"]),
        ("timeline_cli", ["list", "--json"]),
        ("main", ["sources", "list"]),
        ("main", ["sources", "list", "--json"]),
    ],
)
def test_listings_read_the_database_and_import_nothing_else_heavy(
    module: str, args: list[str], tmp_path: Path
) -> None:
    modules = loaded_modules(module, args, tmp_path)
    assert "sqlalchemy" in modules
    assert heavy_in(modules) == []
    assert [name for name in NOT_FOR_LISTINGS if name in modules] == []


def test_the_timeline_neither_syncs_nor_loads_the_sources(tmp_path: Path) -> None:
    """No `timeline` command reads a source: the sources' modules stay unloaded."""
    modules = loaded_modules("timeline_cli", ["list"], tmp_path)
    assert {"monitor.ingest.sources", "monitor.storage.sources"}.isdisjoint(modules)


def test_the_timeline_table_is_drawn_without_rich(tmp_path: Path) -> None:
    """`timeline list` is the command people run most: its table is plain text
    (monitor.cli.plain), so rich's import and layout stay out of its start."""
    modules = loaded_modules("timeline_cli", ["list"], tmp_path)
    assert "monitor.cli.plain" in modules
    assert not any(name == "rich" or name.startswith("rich.") for name in modules)


def test_the_collector_is_back_at_its_usual_pace_once_a_command_has_started(
    tmp_path: Path,
) -> None:
    """run_cli collects garbage in larger steps while a command starts; opening the monitor
    ends that, freezing what start-up built, so a daemon never runs in the start-up mode."""
    loaded_modules("timeline_cli", ["--help"], tmp_path)  # writes the config, inits the database
    probe = (
        "import atexit, gc, sys\n"
        "usual = gc.get_threshold()\n"
        "atexit.register(lambda: print(gc.get_threshold() == usual, file=sys.stderr))\n"
        "sys.argv = ['timeline', 'list', '--json']\n"
        "from monitor.cli.timeline_cli import main\n"
        "main()\n"
    )
    done = run(["-c", probe], tmp_path / "monitor.toml")
    assert done.stderr.split() == ["True"]


def test_a_poll_does_load_the_fetcher_and_the_parsers(tmp_path: Path) -> None:
    """The probe sees imports: a command that needs the heavy parts gets them."""
    modules = loaded_modules("main", ["poll", "--json"], tmp_path)
    assert {"httpx", "monitor.ingest.fetch", "monitor.ingest.parsing"} <= modules


def test_the_digest_commands_know_every_outcome_and_outbox_status() -> None:
    """digest_cli keys its texts by value, to leave alerting unimported until it is used."""
    from monitor.alerting import OutboxStatus, Outcome
    from monitor.cli import digest_cli

    assert set(digest_cli._OUTCOME_TEXT) == {o.value for o in Outcome}
    assert set(digest_cli._STATUS_STYLE) == {s.value for s in OutboxStatus}
