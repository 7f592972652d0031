"""Several `monitor worker` processes on one PostgreSQL: each source polled once per interval,
entries and digests stored and sent once, and a killed worker's jobs taken over."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, BinaryIO

import pytest
import sqlalchemy as sa
from alerting_support import SECRET, Receiver, webhook_receiver
from click.testing import CliRunner

from monitor.alerting import run_alerts
from monitor.app import Monitor
from monitor.cli.main import cli
from monitor.config import load_config

pytest.importorskip("procrastinate", reason="multi-worker mode needs the [workers] extra")
from monitor.running.workers import ensure_queue_schema

from sites import Route, Site, rss, serve

POSTGRES_URL = os.environ.get("MONITOR_TEST_POSTGRES_URL")
MONITOR = [sys.executable, "-c", "from monitor.cli.main import main; main()"]
SOURCES = 200
INTERVAL_S = 4.0
SLOW = range(0, SOURCES, 10)  # held feeds in the kill test: workers are caught mid-job
WAIT_S = 180.0  # how long a condition may take on a loaded machine (a bound, not a delay)
# a dispatch every second and a worker counted dead after 3 s without heartbeat (tests only)
WORKER_OPTIONS = ["--concurrency", "3", "--dispatch-every", "1", "--stalled-after", "3"]

needs_postgres = pytest.mark.skipif(
    not POSTGRES_URL, reason="worker tests need MONITOR_TEST_POSTGRES_URL (CI sets it)"
)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A private schema on the test PostgreSQL, dropped afterwards."""
    assert POSTGRES_URL
    base = "postgresql+psycopg://" + POSTGRES_URL.removeprefix("postgresql://")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in base else "?"
    yield f"{base}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    admin.dispose()


@dataclass
class Farm:
    """The feeds, the webhook receiver and the worker processes of one test."""

    site: Site
    hook: Receiver
    env: dict[str, str]
    logs: Path
    hit_times: dict[str, list[float]] = field(default_factory=dict)
    held: set[str] = field(default_factory=set)  # paths that answer only once `gate` is open
    gate: threading.Event = field(default_factory=threading.Event)
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)
    log_files: list[BinaryIO] = field(default_factory=list)

    def start(self, count: int) -> None:
        for number in range(count):
            log = (self.logs / f"worker-{number}.log").open("wb")
            self.log_files.append(log)
            self.workers.append(
                subprocess.Popen(
                    [*MONITOR, "worker", *WORKER_OPTIONS, "--name", f"w{number}"],
                    env=self.env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )

    def stop(self) -> list[int]:
        for worker in self.workers:
            if worker.poll() is None:
                worker.send_signal(signal.SIGTERM)
        codes: list[int] = []
        for worker in self.workers:
            try:
                codes.append(worker.wait(timeout=30))
            except subprocess.TimeoutExpired:
                worker.kill()
                codes.append(worker.wait())
        for handle in self.log_files:
            handle.close()
        self.log_files.clear()
        return codes

    def output(self) -> str:
        return "".join(p.read_text(errors="replace") for p in sorted(self.logs.glob("*.log")))

    def query(self, sql: str, **params: Any) -> list[Any]:
        engine = sa.create_engine(self.env["MONITOR_DATABASE_URL"])
        try:
            with engine.connect() as conn:
                return list(conn.execute(sa.text(sql), params))
        finally:
            engine.dispose()


def _timed(route: Route, times: list[float], held: set[str], gate: threading.Event) -> Route:
    """The route, noting when each request arrived (a held path answers once the gate opens)."""

    def timed(handler: BaseHTTPRequestHandler) -> None:
        times.append(time.time())
        if handler.path in held:
            gate.wait(WAIT_S)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            route(handler)  # unless the worker that asked was killed meanwhile

    return timed


@pytest.fixture
def farm(tmp_path: Path, postgres_url: str) -> Iterator[Farm]:
    with serve() as site, webhook_receiver() as hook:
        feeds = []
        times: dict[str, list[float]] = {}
        held: set[str] = set()
        gate = threading.Event()
        for number in range(SOURCES):
            path = f"/f{number}.xml"
            items = [(f"f{number}-{k}", f"Plant news {number}.{k}", "text") for k in (1, 2)]
            site.feed(path, rss(f"Feed {number}", items))
            times[path] = []
            site.routes[path] = _timed(site.routes[path], times[path], held, gate)
            feeds.append(
                f'[[sources.feed]]\nname = "f{number}"\nurl = "{site.url(path)}"\n'
                f'kind = "rss"\ninterval = "{int(INTERVAL_S)}s"\n'
            )
        config = tmp_path / "monitor.toml"
        config.write_text(
            '[sources]\ndefaults = false\nmin_interval = "1s"\n\n'
            "[[alerts.channel]]\n"
            f'name = "newsroom"\nkind = "webhook"\nschedule = "immediate"\nurl = "{hook.url}"\n'
            'secret_env = "TEST_WEBHOOK_SECRET"\n\n' + "\n".join(feeds)
        )
        env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
        env.pop("MONITOR_SEEDS_DIR", None)
        env.update(
            MONITOR_CONFIG=str(config),
            MONITOR_DATA_DIR=str(tmp_path / "data"),
            MONITOR_DATABASE_URL=postgres_url,
            TEST_WEBHOOK_SECRET=SECRET,
        )
        subprocess.run([*MONITOR, "init"], env=env, check=True, capture_output=True)
        ensure_queue_schema(postgres_url)
        _start_channel(env)
        hook.forget_overview()
        logs = tmp_path / "logs"
        logs.mkdir()
        running = Farm(site, hook, env, logs, times, held, gate)
        try:
            yield running
        finally:
            gate.set()
            running.stop()


def _start_channel(env: dict[str, str]) -> None:
    """Evaluate, then run the alerts once before the workers start: the channel exists and its
    first digest (an overview) has gone out, so each change after that point makes a digest."""
    monitor = Monitor(load_config(env=env))
    try:
        monitor.evaluate()
        run_alerts(monitor, env=env)
    finally:
        monitor.close()


def record_delivery(env: dict[str, str], milestone_id: str) -> None:
    """A person records a delivery while the workers run: a status event, so a digest."""
    monitor = Monitor(load_config(env=env))
    try:
        monitor.record_delivery(
            milestone_id,
            url=f"https://ec.europa.eu/news/{milestone_id}",
            delivered_on=dt.date.today(),
            title="Delivered",
        )
    finally:
        monitor.close()


def wait_for(predicate: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return predicate()


def assert_stored_once(farm: Farm) -> None:
    rows = farm.query(
        "SELECT s.name, e.entry_id, e.revisions FROM entries e JOIN sources s ON s.id = e.source_id"
    )
    expected = {(f"f{n}", f"f{n}-{k}") for n in range(SOURCES) for k in (1, 2)}
    assert sorted((row.name, row.entry_id) for row in rows) == sorted(expected)
    assert {row.revisions for row in rows} == {0}


def assert_digests_sent_once(farm: Farm) -> None:
    ids = [headers["webhook-id"] for _status, headers, _body in farm.hook.requests]
    assert ids, "no digest reached the webhook"
    ids += farm.hook.forgotten  # the channel's first digest, an overview, before the workers
    assert len(set(ids)) == len(ids), f"a digest was sent twice: {ids}"
    sent = farm.query("SELECT digest_id FROM alert_outbox WHERE status = 'sent'")
    assert sorted(ids) == sorted(row.digest_id for row in sent)


@needs_postgres
@pytest.mark.slow  # a minute of three worker processes: `make test-slow` (and CI) runs it
@pytest.mark.timeout(600)
def test_three_workers_poll_each_source_once_per_interval(farm: Farm) -> None:
    farm.start(3)
    record_delivery(farm.env, "co2-standards-flexibility")
    first_digest = wait_for(lambda: len(farm.hook.requests) >= 1, timeout=WAIT_S)
    record_delivery(farm.env, "co2-standards-review")  # a second digest, while polls go on
    polled_twice = wait_for(
        lambda: (
            all(len(times) >= 2 for times in farm.hit_times.values())
            and len(farm.hook.requests) >= 2
        ),
        timeout=WAIT_S,
    )
    codes = farm.stop()
    output = farm.output()
    assert first_digest, "the first digest was not sent"
    assert polled_twice, "some sources (or the second digest) were not handled in time"
    assert codes == [0, 0, 0], output[-3000:]
    assert "Traceback" not in output
    for path, times in farm.hit_times.items():
        gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
        assert min(gaps) > INTERVAL_S / 2, f"{path} was polled twice within its interval"
    logged = farm.query("SELECT source_id, count(*) AS n FROM fetch_log GROUP BY source_id")
    names = dict(farm.query("SELECT id, name FROM sources"))
    assert {f"/{names[row.source_id]}.xml": row.n for row in logged} == {
        path: len(times) for path, times in farm.hit_times.items()
    }
    assert_stored_once(farm)
    assert_digests_sent_once(farm)
    failed = farm.query("SELECT id FROM procrastinate_jobs WHERE status = 'failed'")
    assert failed == []


@needs_postgres
@pytest.mark.slow
@pytest.mark.timeout(600)
def test_jobs_of_a_killed_worker_are_taken_over(farm: Farm) -> None:
    farm.held.update(f"/f{number}.xml" for number in SLOW)
    farm.start(3)
    record_delivery(farm.env, "co2-standards-flexibility")
    slow_ids = [
        row.id for row in farm.query("SELECT id, name FROM sources") if _number(row.name) in SLOW
    ]
    in_hand: list[Any] = []

    def every_worker_mid_job() -> bool:
        # a held feed answers only when the gate opens: its job stays mid-way until then
        in_hand[:] = farm.query(
            "SELECT j.id, j.worker_id FROM procrastinate_jobs j"
            " WHERE j.status = 'doing' AND (j.args->>'source_id')::int = ANY(:slow)",
            slow=slow_ids,
        )
        return len({row.worker_id for row in in_hand}) == 3

    assert wait_for(every_worker_mid_job, timeout=WAIT_S), "the workers never got busy"
    farm.workers[1].send_signal(signal.SIGKILL)
    farm.workers[1].wait(timeout=60)
    killed_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    held = [row.id for row in in_hand]
    farm.gate.set()  # the surviving workers finish their held jobs; the killed one's are stalled

    def all_polled_since() -> bool:
        rows = farm.query(
            "SELECT count(DISTINCT source_id) AS n FROM fetch_log WHERE started_at > :at",
            at=killed_at,
        )
        done = farm.query(
            "SELECT count(*) AS n FROM procrastinate_jobs WHERE id = ANY(:ids)"
            " AND status = 'doing'",
            ids=held,
        )
        return bool(rows[0].n == SOURCES and done[0].n == 0)

    caught_up = wait_for(all_polled_since, timeout=WAIT_S)
    farm.stop()
    output = farm.output()
    assert caught_up, "some sources were not polled after the worker was killed"
    taken_over = farm.query(
        "SELECT id FROM procrastinate_jobs WHERE id = ANY(:ids)"
        " AND (status = 'failed' OR attempts > 0)",
        ids=held,
    )
    assert taken_over, "no job of the killed worker went through the stalled-job retry"
    assert "of a stalled worker" in output
    assert_stored_once(farm)
    assert_digests_sent_once(farm)


def _number(name: str) -> int:
    return int(name.removeprefix("f"))


def test_worker_refuses_sqlite_with_advice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONITOR_DATABASE_URL", f"sqlite:///{tmp_path / 'monitor.sqlite3'}")
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["worker"])
    assert result.exit_code == 2
    assert "multi-worker mode needs PostgreSQL; set database.url" in result.output


@needs_postgres
def test_queue_schema_is_created_once(postgres_url: str) -> None:
    assert ensure_queue_schema(postgres_url) is True
    assert ensure_queue_schema(postgres_url) is False


@needs_postgres
def test_worker_without_init_says_to_run_init(postgres_url: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(MONITOR_DATABASE_URL=postgres_url, MONITOR_DATA_DIR=str(tmp_path))
    env.pop("MONITOR_CONFIG", None)
    done = subprocess.run(
        [*MONITOR, "worker"], env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert done.returncode == 1
    assert "run `monitor init`" in done.stderr
    assert "Traceback" not in done.stderr
