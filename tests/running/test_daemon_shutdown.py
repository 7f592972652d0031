"""The daemon's stop, in process: a job at work when the stop comes never holds it up."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import signal
import threading
from collections.abc import Iterator

import pytest
from apscheduler.executors.pool import BasePoolExecutor

from monitor import clock
from monitor.app import Monitor
from monitor.config import Config
from monitor.running import daemon, jobs


@pytest.fixture
def quiet_monitor(config: Config) -> Iterator[Monitor]:
    """The bundled plan and no sources: nothing to fetch, so no job touches the network."""
    monitor = Monitor(dataclasses.replace(config, sections={"sources": {"defaults": False}}))
    monitor.init()
    yield monitor
    monitor.close()


@pytest.mark.timeout(120)
def test_a_stop_while_a_job_reschedules_the_alerts_ends_the_daemon(
    quiet_monitor: Monitor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """APScheduler's shutdown holds its job store while it waits for the running jobs; the
    outbox watch, asking for the alerts' next run at that moment, used to wait for it forever."""
    shutting_down = threading.Event()
    stop_sent = threading.Lock()
    pool_shutdown = BasePoolExecutor.shutdown

    def shutdown(self: BasePoolExecutor, wait: bool = True) -> None:
        shutting_down.set()  # called with the scheduler's job store lock held
        pool_shutdown(self, wait)

    def next_delivery(_monitor: object) -> dt.datetime | None:
        if not stop_sent.acquire(blocking=False):
            return None
        os.kill(os.getpid(), signal.SIGTERM)  # the stop comes while this job is at work
        assert shutting_down.wait(timeout=60), "the daemon never began to shut down"
        return clock.now() + dt.timedelta(minutes=5)  # a retry sooner than the next run

    monkeypatch.setattr(BasePoolExecutor, "shutdown", shutdown)
    monkeypatch.setattr(jobs, "next_delivery", next_delivery)

    assert daemon.run(quiet_monitor, tick=0.1) == signal.SIGTERM
    assert stop_sent.locked(), "the outbox watch never ran"
