"""SIGKILL at every named step of recording, evaluation, polling and sending, again and again:
afterwards no entry is stored twice, the status-event log has no gap and no repeat, and every
digest reached the webhook or is still in the outbox, a resend always under its first id.

tests/reliability/test_crash_safety.py kills `monitor poll` alone; here the kills land in
`timeline record` (evidence, evaluation and the immediate digest), `monitor evaluate`,
`monitor digest send` and `monitor poll`. Each kill happens at a crash point
(`MONITOR_CRASH_AT`, monitor/faults.py), not after a guessed delay, so the test is the same on
a quiet and on a loaded machine.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from monitor.alerting import outbox_rows, run_alerts
from monitor.app import Monitor
from monitor.config import load_config
from monitor.faults import CRASH_ENV, POINTS

from sites import Site, rss, serve

MONITOR = [sys.executable, "-c", "from monitor.cli.main import main; main()"]
TIMELINE = [sys.executable, "-c", "from monitor.cli.timeline_cli import main; main()"]
POLL = [*MONITOR, "poll", "--force", "--json"]
EVALUATE = [*MONITOR, "evaluate"]
SEND = [*MONITOR, "digest", "send"]
# Each round: where `timeline record` dies, then which other command runs and where it dies.
# Together they reach every crash point, some of them twice.
ROUNDS: list[tuple[str | None, list[str], str | None]] = [
    ("decision.stored", EVALUATE, "events.logged"),
    ("events.logged", POLL, "poll.stored:3"),
    ("decision.committed", SEND, "digest.queued"),
    ("digest.queued", SEND, "outbox.claimed"),
    ("outbox.claimed", SEND, "outbox.sent"),
    ("outbox.sent", POLL, "poll.committed:5"),
    (None, SEND, "outbox.sent"),
    ("outbox.sent", EVALUATE, None),
]


@dataclass
class Received:
    """What the webhook receiver got: each request's webhook-id and body, in order."""

    requests: list[tuple[str, bytes]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Hook(BaseHTTPRequestHandler):
    received: Received

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with self.received.lock:
            self.received.requests.append((self.headers.get("webhook-id", ""), body))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def hook() -> Iterator[tuple[str, Received]]:
    received = Received()
    server = ThreadingHTTPServer(("127.0.0.1", 0), type("H", (_Hook,), {"received": received}))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        for i in range(10):
            items = [(f"f{i}-{n}", f"Sector news {i} {n}", "Plain text") for n in range(4)]
            running.feed(f"/{i}.xml", rss(f"F{i}", items))
        yield running


@pytest.fixture
def env(tmp_path: Path, site: Site, hook: tuple[str, Received]) -> dict[str, str]:
    url, _ = hook
    lines = ["[sources]", "defaults = false", "[fetch]", "timeout = 5", ""]
    for name in (str(i) for i in range(10)):
        lines += ["[[sources.feed]]", f'name = "f-{name}"', f'url = "{site.url(f"/{name}.xml")}"']
    lines += [
        "[[alerts.channel]]",
        'name = "newsroom"',
        'kind = "webhook"',
        'schedule = "immediate"',
        f'url = "{url}"',
    ]
    (tmp_path / "monitor.toml").write_text("\n".join(lines) + "\n")
    environment = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    environment.pop("MONITOR_SEEDS_DIR", None)
    environment.update(
        MONITOR_CONFIG=str(tmp_path / "monitor.toml"),
        MONITOR_DATA_DIR=str(tmp_path / "data"),
        MONITOR_DATABASE_URL=f"sqlite:///{tmp_path / 'data' / 'monitor.sqlite3'}",
        XDG_CONFIG_HOME=str(tmp_path / "xdg"),
    )
    return environment


def missed_milestones(env: dict[str, str]) -> list[str]:
    listed = subprocess.run(
        [*TIMELINE, "list", "--status", "missed", "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return [row["id"] for row in json.loads(listed.stdout)]


def crash_at(command: list[str], env: dict[str, str], point: str | None) -> int:
    """Run `command`, killed with SIGKILL when it reaches `point` (None: let it finish)."""
    environment = dict(env)
    if point is not None:
        environment[CRASH_ENV] = point
    done = subprocess.run(command, env=environment, capture_output=True, timeout=120)
    assert done.returncode in (0, -signal.SIGKILL), done.stderr.decode()[-2000:]
    return done.returncode


def end_leases(env: dict[str, str]) -> None:
    """What 45 s do to the digests a killed sender held: they wait to be sent again."""
    monitor = Monitor(load_config(env=env))
    try:
        for row in outbox_rows(monitor):
            if row.status.value == "sending":
                monitor.retry_digest(str(row.id), by="fault test")
    finally:
        monitor.close()


def flush(env: dict[str, str]) -> None:
    """What the daemon would do once the leases of killed sends run out: resend, evaluate."""
    monitor = Monitor(load_config(env=env))
    try:
        monitor.evaluate()
        for row in outbox_rows(monitor):
            if row.status.value != "sent":
                monitor.retry_digest(str(row.id), by="fault test")
        run_alerts(monitor, env=env)
    finally:
        monitor.close()


def scalar_rows(url: str, query: str) -> list[tuple[Any, ...]]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.exec_driver_sql(query)]
    finally:
        engine.dispose()


@pytest.mark.timeout(300)
def test_kills_at_every_crash_point_lose_and_repeat_nothing(
    env: dict[str, str], hook: tuple[str, Received]
) -> None:
    subprocess.run([*MONITOR, "init"], env=env, check=True, capture_output=True)
    subprocess.run([*MONITOR, "evaluate"], env=env, check=True, capture_output=True)
    milestones = missed_milestones(env)
    assert len(milestones) >= len(ROUNDS)
    reached = {point.partition(":")[0] for r in ROUNDS for point in (r[0], r[2]) if point}
    assert reached == POINTS, "every crash point is exercised"
    for round_, (record_point, other, other_point) in enumerate(ROUNDS):
        record = [
            *TIMELINE,
            "record",
            milestones[round_],
            "--delivered",
            "2025-06-27",
            "--source",
            f"https://ec.europa.eu/commission/presscorner/detail/en/ip_25_{round_}",
        ]
        code = crash_at(record, env, record_point)
        # recording a delivery of a missed milestone passes every point up to the sent digest
        assert code == (-signal.SIGKILL if record_point else 0), (round_, record_point)
        end_leases(env)
        crash_at(other, env, other_point)
        end_leases(env)
    flush(env)

    database = env["MONITOR_DATABASE_URL"]
    # Entries: each stored once.
    (totals,) = scalar_rows(
        database,
        "SELECT count(*), count(DISTINCT source_id || '/' || entry_key) FROM entries",
    )
    assert totals[0] == totals[1]

    # Status events: per milestone, each starts where the previous ended; the last one is the
    # status the timeline gives today.
    events: dict[str, list[tuple[str | None, str]]] = {}
    for row in scalar_rows(
        database, "SELECT milestone_id, from_status, to_status FROM status_events ORDER BY id"
    ):
        events.setdefault(str(row[0]), []).append((row[1], str(row[2])))
    for milestone, chain in events.items():
        assert chain[0][0] is None, milestone
        for (_, before), (after_from, after_to) in itertools.pairwise(chain):
            assert after_from == before, (milestone, chain)
            assert after_from != after_to, (milestone, chain)
    monitor = Monitor(load_config(env=env))
    try:
        today = {s.milestone.id: s.status.value for s in monitor.statuses()}
    finally:
        monitor.close()
    assert {m: chain[-1][1] for m, chain in events.items()} == {
        m: today[m] for m in events if m in today
    }

    # Digests: every one sent and received; a repeat only ever under the same id and body; no
    # news in two different digests.
    _, received = hook
    outbox = {
        str(row[0]): str(row[1])
        for row in scalar_rows(database, "SELECT digest_id, status FROM alert_outbox")
    }
    assert outbox
    assert set(outbox.values()) == {"sent"}
    bodies: dict[str, bytes] = {}
    for digest_id, body in received.requests:
        assert digest_id in outbox, f"{digest_id} was sent but is not in the outbox"
        assert bodies.setdefault(digest_id, body) == body, f"{digest_id} resent changed"
    assert set(bodies) == set(outbox), "a digest in the outbox never reached the webhook"
    reported: dict[tuple[str, str], str] = {}
    for digest_id, body in bodies.items():
        payload = json.loads(body)
        for section in ("missed", "delivered", "due_soon"):
            for item in payload[section]:
                key = (item["milestone_id"], item["status"])
                assert reported.setdefault(key, digest_id) == digest_id, key
    delivered_news = {
        (m, to) for m, chain in events.items() for (before, to) in chain if before is not None
    }
    assert delivered_news <= set(reported), "a status change never reached a digest"
