"""A full disk under the data directory: a clear error, exit 1, and a database left intact.

The data directory is a 4 MiB tmpfs, filled up after `monitor init`. Mounting needs root (or
CAP_SYS_ADMIN); elsewhere the test is skipped and says why.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

MONITOR = [sys.executable, "-c", "from monitor.cli.main import main; main()"]
TIMELINE = [sys.executable, "-c", "from monitor.cli.timeline_cli import main; main()"]
NOTE = "a note larger than the space left on the full disk " * 2_000  # about 100 KB


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mountpoint = tmp_path / "disk"
    mountpoint.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mountpoint)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({mounted.stderr.strip()}); needs root")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], capture_output=True, check=False)


def fill(disk: Path) -> Path:
    """Write a file until the disk has no space left."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as out:  # unbuffered: closing it has nothing to flush
        assert _write_until_an_error(out) == errno.ENOSPC
    return filler


def _write_until_an_error(out: BinaryIO) -> int | None:
    block = bytes(64 * 1024)
    try:
        while True:
            out.write(block)
    except OSError as exc:
        return exc.errno


def run(command: list[str], env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command, *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def record(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run(
        TIMELINE,
        env,
        "record",
        "eurovignette-zev-exemption",
        "--delivered",
        "2025-06-27",
        "--source",
        "https://ec.europa.eu/commission/presscorner/detail/en/ip_25_900",
        "--note",
        NOTE,
    )


@pytest.mark.timeout(60)
def test_full_disk_is_a_clear_error_and_leaves_the_database_intact(
    small_disk: Path, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.pop("MONITOR_SEEDS_DIR", None)
    (tmp_path / "monitor.toml").write_text("[sources]\ndefaults = false\n")
    database = small_disk / "data" / "monitor.sqlite3"
    env.update(
        MONITOR_CONFIG=str(tmp_path / "monitor.toml"),
        MONITOR_DATA_DIR=str(small_disk / "data"),
        MONITOR_DATABASE_URL=f"sqlite:///{database}",
        XDG_CONFIG_HOME=str(tmp_path / "xdg"),
    )
    assert run(MONITOR, env, "init").returncode == 0
    filler = fill(small_disk)

    failed = record(env)
    evaluated = run(MONITOR, env, "evaluate")

    assert failed.returncode == 1
    assert failed.stderr.startswith("error: the disk holding the database is full")
    assert "Traceback" not in failed.stderr + evaluated.stderr
    assert evaluated.returncode in (0, 1)  # an evaluation with nothing to log needs no space
    if evaluated.returncode == 1:
        assert "disk holding the database is full" in evaluated.stderr

    filler.unlink()
    with sqlite3.connect(database) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("SELECT count(*) FROM evidence").fetchone() == (0,)
    again = record(env)
    assert again.returncode == 0, again.stderr
    shown = json.loads(run(TIMELINE, env, "show", "eurovignette-zev-exemption", "--json").stdout)
    assert len(shown["evidence"]) == 1
    with sqlite3.connect(database) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
