"""A fresh install, as `make run` leaves it: the first digest tells where things stand, and a
delivery recorded next reaches the channel too, though no feed answers."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from daemon_support import start_daemon

MONITOR = [sys.executable, "-c", "from monitor.cli.main import main; main()"]
TIMELINE = [sys.executable, "-c", "from monitor.cli.timeline_cli import main; main()"]
DELIVERY = "https://ec.europa.eu/commission/presscorner/detail/en/ip_25_1700"


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on: a feed that never answers."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(predicate: Callable[[], bool], timeout: float = 90.0) -> bool:
    """Wait for what the test can see (the digest file), never for a guessed delay."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


def test_the_first_run_sends_where_things_stand_then_the_recorded_delivery(
    tmp_path: Path,
) -> None:
    config = tmp_path / "monitor.toml"
    config.write_text(
        '[sources]\ndefaults = false\n\n[[sources.feed]]\nname = "offline"\n'
        f'url = "http://127.0.0.1:{closed_port()}/feed.xml"\n'
    )
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.pop("MONITOR_SEEDS_DIR", None)
    env.update(
        MONITOR_CONFIG=str(config),
        MONITOR_DATA_DIR=str(tmp_path / "data"),
        MONITOR_DATABASE_URL=f"sqlite:///{tmp_path / 'data' / 'monitor.sqlite3'}",
    )
    for step in (["init"], ["seed"]):
        subprocess.run([*MONITOR, *step], env=env, check=True, capture_output=True)
    digests = tmp_path / "data" / "digests.txt"

    def written() -> str:
        return digests.read_text(encoding="utf-8") if digests.exists() else ""

    daemon = start_daemon(env, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        assert wait_for(lambda: "Where things stand" in written()), "no first digest"
        first = written()
        assert "Overdue" in first  # the plan's deadlines of 2025 have passed
        subprocess.run(
            [
                *TIMELINE,
                "record",
                "eurovignette-zev-exemption",
                "--delivered",
                "2025-06-27",
                "--source",
                DELIVERY,
                "--title",
                "Commission proposes to extend the toll exemption of zero-emission trucks",
            ],
            env=env,
            check=True,
            capture_output=True,
        )
        assert wait_for(lambda: DELIVERY in written()[len(first) :]), "no delivery alert"
        assert "Newly delivered" in written()[len(first) :]
    finally:
        daemon.send_signal(signal.SIGINT)
        _out, stderr = daemon.communicate(timeout=60)
    assert daemon.returncode == 130, stderr[-2000:]
    assert "Traceback" not in stderr
