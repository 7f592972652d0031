"""`monitor run` as a real process: it polls, refuses a twin, and stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alerting_support import SECRET_ENV, webhook_receiver
from daemon_support import start_daemon

from monitor.faults import CRASH_ENV

from sites import Site, rss, serve

MONITOR = [sys.executable, "-c", "from monitor.cli.main import main; main()"]
TIMELINE = [sys.executable, "-c", "from monitor.cli.timeline_cli import main; main()"]


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        running.feed("/a.xml", rss("A", [("a-1", "First", "x"), ("a-2", "Second", "y")]))
        running.feed("/tick.xml", rss("T", [("t-1", "Tick", "z")]))
        yield running


@pytest.fixture
def daemon_env(tmp_path: Path, site: Site) -> dict[str, str]:
    config = tmp_path / "monitor.toml"
    config.write_text(
        '[sources]\ndefaults = false\nmin_interval = "1s"\n\n[[sources.feed]]\n'
        f'name = "local"\nurl = "{site.url("/a.xml")}"\nkind = "rss"\ninterval = "5m"\n'
        # polled every second: its hits show the daemon's ticks going by
        f'\n[[sources.feed]]\nname = "ticker"\nurl = "{site.url("/tick.xml")}"\ninterval = "1s"\n'
    )
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(
        MONITOR_CONFIG=str(config),
        MONITOR_DATA_DIR=str(tmp_path / "data"),
        MONITOR_DATABASE_URL=f"sqlite:///{tmp_path / 'data' / 'monitor.sqlite3'}",
    )
    env.pop("MONITOR_SEEDS_DIR", None)
    return env


def wait_for(predicate: object, timeout: float = 60.0) -> bool:
    """Wait for a condition the test can see (never for a guessed delay)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def entry_count(env: dict[str, str]) -> int:
    engine = sa.create_engine(env["MONITOR_DATABASE_URL"])
    try:
        with engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT count(*) FROM entries").scalar_one())
    except sa.exc.OperationalError:
        return 0
    finally:
        engine.dispose()


def test_daemon_polls_then_stops_cleanly_on_sigterm(daemon_env: dict[str, str], site: Site) -> None:
    subprocess.run([*MONITOR, "init"], env=daemon_env, check=True, capture_output=True)
    process = start_daemon(daemon_env, stdout=subprocess.PIPE)
    try:
        assert wait_for(lambda: entry_count(daemon_env) == 3), "the daemon did not poll"
        twin = subprocess.run(
            [*MONITOR, "run"], env=daemon_env, capture_output=True, text=True, timeout=30
        )
        assert twin.returncode == 1
        assert "already running" in twin.stderr
        assert "Traceback" not in twin.stderr
        polled = site.hits["/tick.xml"]
        # three more polls of the ticker: ticks went by, and "local" was not due again
        assert wait_for(lambda: site.hits["/tick.xml"] >= polled + 3), "the daemon stopped ticking"
        assert site.hits["/a.xml"] == 1
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr
    assert "finishing the work in hand" in stderr
    assert "monitor daemon stopped" in stderr
    assert "Traceback" not in stderr


def blocked_signals(pid: int, tid: int) -> set[int]:
    """The signals thread `tid` of process `pid` blocks, read from Linux's /proc."""
    status = Path(f"/proc/{pid}/task/{tid}/status").read_text()
    mask = int(
        next(line for line in status.splitlines() if line.startswith("SigBlk:")).split()[1], 16
    )
    return {number for number in range(1, 65) if mask >> (number - 1) & 1}


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads threads from Linux /proc")
def test_only_the_main_thread_takes_a_stop_signal(daemon_env: dict[str, str]) -> None:
    """A SIGINT the kernel hands to a scheduler thread would never wake the main thread's wait:
    Ctrl-C lost. Every thread but the main one blocks the stop signals."""
    subprocess.run([*MONITOR, "init"], env=daemon_env, check=True, capture_output=True)
    process = start_daemon(daemon_env)
    try:
        assert wait_for(lambda: entry_count(daemon_env) == 3), "the daemon did not poll"
        threads = {int(tid.name) for tid in Path(f"/proc/{process.pid}/task").iterdir()}
        others = threads - {process.pid}
        assert others, "the scheduler runs no thread of its own"
        assert not {signal.SIGINT, signal.SIGTERM} & blocked_signals(process.pid, process.pid)
        for tid in others:
            assert {signal.SIGINT, signal.SIGTERM} <= blocked_signals(process.pid, tid), tid
    finally:
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr[-2000:]


def test_daemon_retries_a_failed_digest_when_its_retry_is_due(
    daemon_env: dict[str, str], site: Site, tmp_path: Path
) -> None:
    """The first retry comes after about 5 s, as documented, not at the next minute's run."""
    site.feed(
        "/a.xml",
        rss(
            "A",
            [
                (
                    "d-1",
                    "Commission proposes targeted amendment to the Eurovignette Directive",
                    "The European Commission today proposed a targeted amendment of the "
                    "Eurovignette Directive to extend the exemption for zero-emission trucks.",
                )
            ],
        ),
    )
    with webhook_receiver([500]) as hook:
        config = Path(daemon_env["MONITOR_CONFIG"])
        config.write_text(
            config.read_text() + '\n[[alerts.channel]]\nname = "newsroom"\nkind = "webhook"\n'
            f'schedule = "immediate"\nurl = "{hook.url}"\nsecret_env = "TEST_WEBHOOK_SECRET"\n'
        )
        env = {**daemon_env, **SECRET_ENV}
        subprocess.run([*MONITOR, "init"], env=env, check=True, capture_output=True)
        subprocess.run([*MONITOR, "evaluate"], env=env, check=True, capture_output=True)
        process = start_daemon(env)
        arrived: list[float] = []

        def second_request() -> bool:
            while len(arrived) < len(hook.requests):
                arrived.append(time.monotonic())
            return len(arrived) >= 2

        try:
            assert wait_for(second_request, timeout=120), "the digest was never retried"
        finally:
            process.send_signal(signal.SIGINT)  # Ctrl-C: a clean stop, exit status 130
            _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr[-2000:]
    assert "Traceback" not in stderr
    # the channel's first digest (an overview) meets the 500, is retried, then the news follows
    statuses = [status for status, _h, _p in hook.requests]
    assert statuses[:2] == [500, 200]
    assert set(statuses[2:]) <= {200}
    first, retried, *_ = hook.ids()
    assert first == retried
    # the daemon's regular alerts run comes a minute after the first; the retry well before it
    assert arrived[1] - arrived[0] < 40, stderr[-2000:]


@pytest.mark.slow  # waits out the 45 s lease of the killed sender, as a restart would
@pytest.mark.timeout(300)
def test_a_sender_killed_mid_send_is_resent_within_a_minute_of_restart(
    daemon_env: dict[str, str],
) -> None:
    with webhook_receiver() as hook:
        config = Path(daemon_env["MONITOR_CONFIG"])
        config.write_text(
            config.read_text() + '\n[[alerts.channel]]\nname = "newsroom"\nkind = "webhook"\n'
            f'schedule = "immediate"\nurl = "{hook.url}"\nsecret_env = "TEST_WEBHOOK_SECRET"\n'
        )
        env = {**daemon_env, **SECRET_ENV}
        subprocess.run([*MONITOR, "init"], env=env, check=True, capture_output=True)
        subprocess.run([*MONITOR, "evaluate"], env=env, check=True, capture_output=True)
        record = subprocess.run(
            [
                *TIMELINE,
                "record",
                "eurovignette-zev-exemption",
                "--delivered",
                "2025-06-27",
                "--source",
                "https://ec.europa.eu/commission/presscorner/detail/en/ip_25_1",
            ],
            env={**env, CRASH_ENV: "outbox.sent"},  # the receiver has it; "sent" is not noted
            capture_output=True,
        )
        assert record.returncode == -signal.SIGKILL
        assert len(hook.requests) == 1
        restarted = time.monotonic()
        process = start_daemon(env, tick=0.5)
        try:
            assert wait_for(lambda: len(hook.requests) >= 2, timeout=180), "never resent"
            resent_after = time.monotonic() - restarted
        finally:
            process.send_signal(signal.SIGTERM)
            _, stderr = process.communicate(timeout=60)
    assert resent_after < 60, stderr[-2000:]
    first, second = hook.ids()
    assert first == second  # the same id: a receiver (or a mail client) folds the repeat
