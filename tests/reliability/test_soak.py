"""Soak: the daemon polls 200 local sources every 2 s while digests are sent; its memory and
open file descriptors stay flat, and it stops cleanly on SIGTERM.

About a minute by default, and longer on a loaded machine: the run ends once the minute is over
*and* the daemon has done the work the checks need (three rounds of polls, three digests), so a
slow machine makes it longer, never red. Marked `slow`: `make test-slow` runs it (CI does, after
`make test`). Set MONITOR_SOAK_SECONDS for a longer run, e.g.
`MONITOR_SOAK_SECONDS=3600 .venv/bin/pytest -m slow tests/reliability/test_soak.py`.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from sites import Site, rss, serve

MONITOR = [sys.executable, "-c", "from monitor.cli.main import main; main()"]
SECONDS = float(os.environ.get("MONITOR_SOAK_SECONDS", "60"))
SOURCES = 200
BUCKET_S = 4.0  # changing feeds publish a new item this often
CHANGING = range(0, SOURCES, 20)  # ten of the feeds change; the others answer 304
RSS_MARGIN = 1.25  # the last third's peak may exceed the first third's by 25 % ...
RSS_SLACK_KB = 16 * 1024  # ... plus 16 MiB (allocator noise, SQLite page cache)
FD_SLACK = 8
CUTS = [("Volkswagen", "Zwickau"), ("Ford", "Cologne"), ("Stellantis", "Poissy")]
# Deliveries the matcher accepts on its own: each makes the daemon send an immediate digest.
DELIVERIES = [
    (
        "Commission adopts Communication on corporate fleets",
        "adopted a Communication on corporate fleets",
    ),
    (
        "Commission presents Recommendation on transport poverty and social leasing",
        "presented a Recommendation on transport poverty, including social leasing schemes",
    ),
    (
        "Commission launches the European Fair Transition Observatory",
        "set up the European Fair Transition Observatory",
    ),
    (
        "Commission proposes to amend car and van CO2 standards",
        "proposed to amend the CO2 standards for cars and vans so that compliance can be "
        "averaged over 2025-2027",
    ),
    (
        "Commission sets up the European Connected and Autonomous Vehicle Alliance",
        "set up the European Connected and Autonomous Vehicle Alliance",
    ),
    (
        "Commission proposes revision of the car labelling directive",
        "proposed a revision of the car labelling directive to give consumers better information",
    ),
    (
        "Commission adopts Recommendation on incentives for clean vehicles",
        "adopted a Recommendation on fiscal and non-fiscal incentives that support demand"
        " for clean vehicles",
    ),
    (
        "Commission proposes targeted amendment to the Eurovignette Directive",
        "proposed a targeted amendment of the Eurovignette Directive to extend the "
        "exemption for zero-emission trucks",
    ),
]
DELIVERY_EVERY_S = max(SECONDS / (len(DELIVERIES) + 1), 1.0)


def feed_body(number: int, elapsed: float) -> bytes:
    bucket = int(elapsed // BUCKET_S)
    items = [(f"s{number}-{n}", f"Sector brief {number}/{n}", "Nothing new") for n in range(3)]
    if number in CHANGING:
        company, plant = CUTS[(number // 20) % len(CUTS)]
        jobs = 500 + 50 * (bucket % 10)
        items.append(
            (
                f"s{number}-b{bucket}",
                f"{company} to cut {jobs:,} jobs at its {plant} plant",
                f"{company} said it will cut {jobs:,} jobs at its {plant} plant by 2027.",
            )
        )
    if number == 0:  # spread over the run, so digests go out while memory is measured
        for n, (title, text) in enumerate(DELIVERIES[: int(elapsed // DELIVERY_EVERY_S)]):
            items.append((f"delivery-{n}", title, f"The European Commission today {text}."))
    return rss(f"Source {number}", items)


def changing_route(number: int, started: float) -> object:
    def route(handler: BaseHTTPRequestHandler) -> None:
        body = feed_body(number, time.monotonic() - started)
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if handler.headers.get("If-None-Match") == etag:
            handler.send_response(304)
            handler.send_header("ETag", etag)
            handler.end_headers()
            return
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.send_header("ETag", etag)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return route


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        started = time.monotonic()
        for number in range(SOURCES):
            running.routes[f"/{number}.xml"] = changing_route(number, started)  # type: ignore[assignment]
        yield running


@pytest.fixture
def env(tmp_path: Path, site: Site) -> dict[str, str]:
    lines = [
        "[sources]",
        "defaults = false",
        'min_interval = "1s"',
        "[fetch]",
        "timeout = 5",
        "per_host = 4",
        "",
        "[[alerts.channel]]",
        'name = "soak"',
        'kind = "file"',
        'schedule = "immediate"',
        'path = "soak-digests.txt"',
        "",
    ]
    for number in range(SOURCES):
        lines += [
            "[[sources.feed]]",
            f'name = "s{number}"',
            f'url = "{site.url(f"/{number}.xml")}"',
            'interval = "2s"',
            "",
        ]
    (tmp_path / "monitor.toml").write_text("\n".join(lines))
    environment = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    environment.pop("MONITOR_SEEDS_DIR", None)
    environment.update(
        MONITOR_CONFIG=str(tmp_path / "monitor.toml"),
        MONITOR_DATA_DIR=str(tmp_path / "data"),
        MONITOR_DATABASE_URL=f"sqlite:///{tmp_path / 'data' / 'monitor.sqlite3'}",
        XDG_CONFIG_HOME=str(tmp_path / "xdg"),
    )
    return environment


@dataclass
class Samples:
    rss_kb: list[int] = field(default_factory=list)
    fds: list[int] = field(default_factory=list)

    def take(self, pid: int) -> None:
        status = Path(f"/proc/{pid}/status").read_text()
        line = next(line for line in status.splitlines() if line.startswith("VmRSS:"))
        self.rss_kb.append(int(line.split()[1]))
        self.fds.append(sum(1 for _ in Path(f"/proc/{pid}/fd").iterdir()))


def thirds(values: list[int]) -> tuple[list[int], list[int]]:
    third = max(len(values) // 3, 1)
    return values[:third], values[-third:]


def digests_written(tmp_path: Path) -> int:
    path = tmp_path / "data" / "soak-digests.txt"
    return path.read_text().count("===== milestone-monitor digest") if path.is_file() else 0


@pytest.mark.slow
@pytest.mark.timeout(int(SECONDS) * 4 + 300)
def test_daemon_stays_flat_polling_200_sources_and_stops_on_sigterm(
    env: dict[str, str], site: Site, tmp_path: Path
) -> None:
    subprocess.run([*MONITOR, "init"], env=env, check=True, capture_output=True)
    subprocess.run([*MONITOR, "evaluate"], env=env, check=True, capture_output=True)
    log = tmp_path / "daemon.log"
    with log.open("w") as stderr:
        daemon = subprocess.Popen(
            [*MONITOR, "run", "--tick", "0.5"], env=env, stdout=subprocess.DEVNULL, stderr=stderr
        )
        samples = Samples()
        warm_up = max(10.0, SECONDS / 5)
        started = time.monotonic()
        try:
            while (elapsed := time.monotonic() - started) < SECONDS or (
                elapsed < SECONDS * 4
                and (sum(site.hits.values()) < SOURCES * 3 or digests_written(tmp_path) < 3)
            ):
                assert daemon.poll() is None, log.read_text()[-3000:]
                if elapsed >= warm_up:
                    samples.take(daemon.pid)
                time.sleep(1.0)
        finally:
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(timeout=60)
    output = log.read_text()

    assert daemon.returncode == 0, output[-3000:]
    assert "monitor daemon stopped" in output
    assert "Traceback" not in output

    polls = sum(site.hits.values())
    assert polls >= SOURCES * 3, f"only {polls} fetches: the daemon fell behind"
    assert digests_written(tmp_path) >= 3

    first, last = thirds(samples.rss_kb)
    assert max(last) <= max(first) * RSS_MARGIN + RSS_SLACK_KB, samples.rss_kb
    first_fds, last_fds = thirds(samples.fds)
    assert max(last_fds) <= max(first_fds) + FD_SLACK, samples.fds
