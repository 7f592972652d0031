"""SQLite busy/locked while the CLI and the daemon share one database.

Another process holding the write lock makes a command wait (busy timeout) and then succeed;
held past the timeout, the command exits 1 with one clear line, never a traceback. With the
daemon polling every tick, CLI commands that write still all succeed.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from daemon_support import start_daemon

from sites import Site, rss, serve

MONITOR = [sys.executable, "-c", "from monitor.cli.main import main; main()"]
# The CLI with a 1 s busy timeout instead of 10 s, so the give-up path takes a second.
IMPATIENT_TIMELINE = [
    sys.executable,
    "-c",
    "import monitor.storage.engine as e; e.SQLITE_BUSY_TIMEOUT_MS = 1000; "
    "from monitor.cli.timeline_cli import main; main()",
]
TIMELINE = [sys.executable, "-c", "from monitor.cli.timeline_cli import main; main()"]
HOLDER = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
db.execute("BEGIN IMMEDIATE")
db.execute("UPDATE sources SET title = title")
print("holding", flush=True)
if sys.argv[2] == "until-told":
    sys.stdin.readline()  # held until the test says so, however slow the machine
else:
    time.sleep(float(sys.argv[2]))
db.execute("COMMIT")
"""


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        for i in range(20):
            running.feed(
                f"/{i}.xml", rss(f"F{i}", [(f"f{i}-{n}", f"News {i} {n}", "x") for n in range(3)])
            )
        yield running


@pytest.fixture
def env(tmp_path: Path, site: Site) -> dict[str, str]:
    lines = ["[sources]", "defaults = false", 'min_interval = "1s"', ""]
    for i in range(20):
        lines += ["[[sources.feed]]", f'name = "f{i}"', f'url = "{site.url(f"/{i}.xml")}"']
        lines += ['interval = "1s"', ""]
    (tmp_path / "monitor.toml").write_text("\n".join(lines))
    environment = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    environment.pop("MONITOR_SEEDS_DIR", None)
    environment.update(
        MONITOR_CONFIG=str(tmp_path / "monitor.toml"),
        MONITOR_DATA_DIR=str(tmp_path / "data"),
        MONITOR_DATABASE_URL=f"sqlite:///{tmp_path / 'data' / 'monitor.sqlite3'}",
        XDG_CONFIG_HOME=str(tmp_path / "xdg"),
    )
    subprocess.run([*MONITOR, "init"], env=environment, check=True, capture_output=True)
    return environment


def hold_write_lock(env: dict[str, str], seconds: float | None) -> subprocess.Popen[str]:
    """Another process holding the write lock for `seconds`, or (None) until told."""
    database = env["MONITOR_DATABASE_URL"].removeprefix("sqlite:///")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, database, "until-told" if seconds is None else str(seconds)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding"
    return holder


def wait_for(predicate: Callable[[], bool], timeout: float = 60.0) -> bool:
    """Wait for a condition the test can see (never for a guessed delay)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def entry_count(env: dict[str, str]) -> int:
    database = env["MONITOR_DATABASE_URL"].removeprefix("sqlite:///")
    try:
        with contextlib.closing(sqlite3.connect(database, timeout=30)) as db:
            return int(db.execute("SELECT count(*) FROM entries").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def record(
    command: list[str], env: dict[str, str], source: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            *command,
            "record",
            "eurovignette-zev-exemption",
            "--delivered",
            "2025-06-27",
            "--source",
            source,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def evidence_count(env: dict[str, str]) -> int:
    shown = subprocess.run(
        [*TIMELINE, "show", "eurovignette-zev-exemption", "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return len(json.loads(shown.stdout)["evidence"])


@pytest.mark.timeout(60)
def test_command_waits_for_a_short_lock_then_succeeds(env: dict[str, str]) -> None:
    holder = hold_write_lock(env, 1.5)
    done = record(TIMELINE, env, "https://ec.europa.eu/a")
    holder.wait(timeout=30)

    assert done.returncode == 0, done.stderr
    assert evidence_count(env) == 1


@pytest.mark.timeout(60)
def test_lock_held_past_the_busy_timeout_is_one_clear_line_and_exit_1(
    env: dict[str, str],
) -> None:
    holder = hold_write_lock(env, None)
    try:
        done = record(IMPATIENT_TIMELINE, env, "https://ec.europa.eu/b")
    finally:
        holder.communicate("release\n", timeout=30)

    assert done.returncode == 1
    assert done.stderr.startswith("error: the database is busy")
    assert "try again" in done.stderr
    assert "Traceback" not in done.stderr
    assert evidence_count(env) == 0  # nothing half-written
    again = record(TIMELINE, env, "https://ec.europa.eu/b")
    assert again.returncode == 0, again.stderr
    assert evidence_count(env) == 1


@pytest.mark.timeout(90)
def test_cli_writes_succeed_while_the_daemon_polls_every_tick(env: dict[str, str]) -> None:
    daemon = start_daemon(env)
    try:
        assert wait_for(lambda: entry_count(env) > 0), "the daemon's first cycle never stored"
        outcomes = []
        for n in range(4):
            outcomes.append(record(TIMELINE, env, f"https://ec.europa.eu/c{n}"))
            outcomes.append(
                subprocess.run(
                    [*MONITOR, "sources", "disable" if n % 2 == 0 else "enable", "f3"],
                    env=env,
                    capture_output=True,
                    text=True,
                    timeout=60,
                )
            )
    finally:
        daemon.send_signal(signal.SIGTERM)
        _, daemon_stderr = daemon.communicate(timeout=60)

    for done in outcomes:
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
    assert daemon.returncode == 0, daemon_stderr
    assert "Traceback" not in daemon_stderr
    assert "database is busy" not in daemon_stderr
    assert evidence_count(env) == 4
