"""`monitor run`: the embedded daemon — APScheduler 3 in the foreground, one per database.

A dispatcher job wakes every `tick` seconds and polls the sources that are due (each source's
next poll time, with jitter and failure backoff, lives in the database); a daily job evaluates
the timeline. The alerts run every minute, and also exactly when the outbox next has a digest
to try (a retry, a sender's lease running out), which every tick checks. SIGINT/SIGTERM let the
work in hand finish, then the process exits.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import logging
import os
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from monitor import clock
from monitor.errors import MonitorError, StorageError
from monitor.running import jobs
from monitor.running.host import Host

log = logging.getLogger("monitor.daemon")
#: The soonest a woken alerts run follows the previous one, so a row that stays due (its
#: channel held by another sender) cannot spin the daemon.
MIN_WAKE = dt.timedelta(seconds=1)
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class AlreadyRunningError(StorageError):
    """Another daemon holds the lock for this database."""


@contextmanager
def single_instance(lock_path: Path) -> Iterator[None]:
    """Hold an exclusive lock for the daemon's lifetime; a second daemon is refused."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    handle = lock_path.open("a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "another process"
        handle.close()
        raise AlreadyRunningError(
            f"a monitor daemon (pid {holder}) is already running on this database "
            f"(lock {lock_path}); stop it first, or use another data directory"
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    try:
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def lock_path_for(monitor: Host) -> Path:
    """SQLite: beside the database file; otherwise in the data directory."""
    database = monitor.db.engine.url.database
    if monitor.db.is_sqlite and database and database != ":memory:":
        return Path(database).with_suffix(".daemon.lock")
    return monitor.config.data_dir / "daemon.lock"


def run(monitor: Host, *, tick: float = 30.0, evaluate_at: str = "06:00") -> int:
    """Run until SIGINT/SIGTERM. Polls due sources every `tick` s; evaluates daily. Returns
    the signal that stopped it, so Ctrl-C can exit 130 as shells expect."""
    with single_instance(lock_path_for(monitor)):
        stop = threading.Event()
        scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(max_workers=2)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 300},
            timezone=monitor.config.timezone,
        )
        hour, minute = (int(part) for part in evaluate_at.split(":"))
        scheduler.add_job(
            _guarded(jobs.poll_due, monitor),
            IntervalTrigger(seconds=tick),
            id="poll",
            next_run_time=dt.datetime.now(ZoneInfo(monitor.config.timezone)),  # first poll at once
        )
        send = _guarded(jobs.send_digests, monitor)
        # Held by a job while it asks the scheduler for its jobs or adds one. APScheduler's
        # shutdown(wait=True) holds the job store's lock while it waits for running jobs, so a
        # job that reached for that lock after the shutdown began would never end: the stop
        # takes this lock first, and a job that takes it after the stop leaves the jobs alone.
        rescheduling = threading.Lock()

        def send_and_watch() -> None:
            send()
            watch()

        def watch() -> None:
            """Run the alerts when the outbox's next attempt is due, if sooner than planned."""
            try:
                due = jobs.next_delivery(monitor)
            except MonitorError as exc:
                log.error("cannot read the outbox: %s", exc)
                return
            if due is None:
                return
            now = clock.now()
            run_at = max(due, now + MIN_WAKE).replace(tzinfo=dt.UTC)
            with rescheduling:
                if stop.is_set():
                    return  # shutting down: the scheduler's job store is locked until jobs end
                for job_id in ("alerts", "alerts-retry"):
                    planned = scheduler.get_job(job_id)
                    planned_at = planned.next_run_time if planned is not None else None
                    if planned_at is not None and planned_at <= run_at:
                        return
                scheduler.add_job(
                    send_and_watch,
                    DateTrigger(run_date=run_at),
                    id="alerts-retry",
                    replace_existing=True,
                )

        scheduler.add_job(
            send_and_watch,
            IntervalTrigger(seconds=max(tick, 60.0)),
            id="alerts",
            next_run_time=dt.datetime.now(ZoneInfo(monitor.config.timezone)),
        )
        scheduler.add_job(watch, IntervalTrigger(seconds=tick), id="outbox-watch")
        scheduler.add_job(
            _guarded(jobs.evaluate, monitor),
            CronTrigger(hour=hour, minute=minute, timezone=monitor.config.timezone),
            id="evaluate",
        )

        stopped_by: list[int] = []

        def request_stop(signum: int, _frame: FrameType | None) -> None:
            log.info("received %s: finishing the work in hand", signal.Signals(signum).name)
            stopped_by.append(signum)
            stop.set()

        previous = {s: signal.signal(s, request_stop) for s in STOP_SIGNALS}
        try:
            log.info("monitor daemon started (pid %d)", os.getpid())
            _guarded(jobs.evaluate, monitor)()  # statuses are current from the start
            with _signals_kept_from_new_threads(STOP_SIGNALS):
                scheduler.start()
            stop.wait()
        finally:
            with rescheduling:
                stop.set()
            scheduler.shutdown(wait=True)
            for signum, handler in previous.items():
                signal.signal(signum, handler)
            log.info("monitor daemon stopped")
        return stopped_by[0] if stopped_by else 0


@contextmanager
def _signals_kept_from_new_threads(signals: tuple[signal.Signals, ...]) -> Iterator[None]:
    """Block `signals` while threads are started here, so they inherit the block.

    The kernel hands a process-wide signal to any thread that does not block it. Delivered
    to a scheduler thread, a SIGINT only sets Python's flag, and the main thread, asleep in
    `Event.wait()`, never wakes to run the handler: Ctrl-C would be lost. Threads started
    inside this block (the scheduler's, and the pool workers it starts) never take them.
    """
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, signals)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _guarded(job: Callable[[Host], object], monitor: Host) -> Callable[[], None]:
    """A job that logs its failure instead of killing the scheduler thread."""

    def call() -> None:
        try:
            job(monitor)
        except MonitorError as exc:
            log.error("%s failed: %s", getattr(job, "__name__", "job"), exc)
        except Exception:
            log.exception(
                "%s crashed; it will run again at its next time", getattr(job, "__name__", "job")
            )

    return call
