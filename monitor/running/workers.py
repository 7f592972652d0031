"""`monitor worker`: the monitor's jobs on procrastinate, for several workers on one PostgreSQL.

This is the task-queue adapter, as `daemon` is the APScheduler one: both call the job
functions of `jobs` and hold no logic of their own. The only module importing
procrastinate, an optional dependency (`pip install milestone-monitor[workers]`).

- `dispatch` (periodic) reads which sources are due from the monitor's tables and defers one
  `poll_source` job per source. The job's queueing lock keeps one waiting job per source and its
  lock keeps two workers from polling the same source at once; the job checks the source is
  still due, so a job queued twice polls once.
- `evaluate` (daily, and once when a worker starts) and `digests` (periodic) are locked the same
  way: one at a time across all workers.
- `prune_jobs` (daily) deletes the queue's succeeded jobs after a week.
- `retry_stalled` (periodic) puts back in the queue the jobs of a worker that stopped sending
  heartbeats (killed, or its machine lost), procrastinate's documented recovery.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
import time
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import procrastinate
from procrastinate import exceptions
from procrastinate.jobs import Status
from procrastinate.manager import JobManager
from sqlalchemy.engine import make_url

from monitor.config import Config, redact_url
from monitor.errors import ConfigError, StorageError
from monitor.running import jobs
from monitor.running.host import Host

log = logging.getLogger("monitor.workers")

KEEP_JOBS_HOURS = 7 * 24  # finished jobs older than this are deleted daily


@dataclass(frozen=True, slots=True)
class WorkerSettings:
    """How often the periodic tasks run and when a silent worker counts as dead."""

    dispatch_every_s: int = 60  # dispatch, digests and the stalled-job check
    evaluate_at: str = "06:00"  # HH:MM in the configured time zone
    stalled_after_s: float = 30.0  # no heartbeat for this long: the worker's jobs are retried

    @property
    def heartbeat_s(self) -> float:
        return max(self.stalled_after_s / 3, 0.2)


def conninfo(database_url: str) -> str:
    """The libpq form of the monitor's database URL; SQLite is refused with advice."""
    url = make_url(database_url)
    if url.get_backend_name() != "postgresql":
        raise ConfigError(
            f"multi-worker mode needs PostgreSQL; set database.url (or MONITOR_DATABASE_URL) "
            f"to a postgresql:// URL, not {redact_url(database_url)}; on SQLite run one "
            "daemon with `monitor run`"
        )
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def ensure_queue_schema(database_url: str) -> bool:
    """Create procrastinate's tables unless they exist; True if they were created.

    `monitor init` calls it on PostgreSQL, once, before workers start.
    """
    app = procrastinate.App(
        connector=procrastinate.SyncPsycopgConnector(conninfo=conninfo(database_url))
    )
    try:
        with app.open():
            if _queue_exists(app):
                return False
            app.schema_manager.apply_schema()
            return True
    except exceptions.ConnectorException as exc:
        raise StorageError(
            f"cannot set up the job queue in {redact_url(database_url)}: {exc.__cause__ or exc}"
        ) from exc


def _queue_exists(app: procrastinate.App) -> bool:
    row = app.connector.execute_query_one(
        "SELECT to_regclass('procrastinate_jobs') IS NOT NULL AS present"
    )
    return bool(row["present"])


def build_app(monitor: Host, settings: WorkerSettings) -> procrastinate.App:
    """The procrastinate App with the monitor's tasks bound to this `monitor`."""
    app = procrastinate.App(
        connector=procrastinate.PsycopgConnector(conninfo=conninfo(monitor.config.database_url))
    )
    every = _cron_every(settings.dispatch_every_s)

    @app.task(name="monitor.poll_source")
    def poll_source(source_id: int) -> None:
        jobs.poll_source(monitor, source_id)

    @app.periodic(cron=every)
    @app.task(name="monitor.dispatch", queueing_lock="dispatch", lock="dispatch")
    async def dispatch(timestamp: int) -> int:
        due = await asyncio.to_thread(jobs.due_source_ids, monitor)
        queued = 0
        for source_id in due:
            key = f"source-{source_id}"
            try:
                await poll_source.configure(lock=key, queueing_lock=key).defer_async(
                    source_id=source_id
                )
            except exceptions.AlreadyEnqueued:
                continue  # a job for it is waiting already
            queued += 1
        if queued:
            log.info("dispatch: %d of %d due source(s) queued", queued, len(due))
        return queued

    @app.periodic(cron=_cron_daily(settings.evaluate_at, monitor.config))
    @app.task(name="monitor.evaluate", queueing_lock="evaluate", lock="evaluate")
    def evaluate(timestamp: int) -> int:
        return jobs.evaluate(monitor)

    @app.periodic(cron=every)
    @app.task(name="monitor.digests", queueing_lock="digests", lock="digests")
    def digests(timestamp: int) -> None:
        jobs.send_digests(monitor)

    # No `lock`: a stalled run of this task must not block the runs that would free it.
    @app.periodic(cron=every)
    @app.task(name="monitor.retry_stalled", queueing_lock="retry_stalled", pass_context=True)
    async def retry_stalled(context: procrastinate.JobContext, timestamp: int) -> int:
        return await _retry_stalled(context.app.job_manager, settings.stalled_after_s)

    @app.periodic(cron="17 3 * * *")
    @app.task(name="monitor.prune_jobs", queueing_lock="prune_jobs", pass_context=True)
    async def prune_jobs(context: procrastinate.JobContext, timestamp: int) -> None:
        # the monitor's own tables keep the history; the queue needs only recent jobs
        await context.app.job_manager.delete_old_jobs(nb_hours=KEEP_JOBS_HOURS)

    return app


async def _retry_stalled(manager: JobManager, stalled_after_s: float) -> int:
    """Queue again the running jobs of workers silent for `stalled_after_s`.

    When a newer job with the same queueing lock already waits (the dispatcher queued the
    source again), that one does the work: the stalled job is marked failed, which frees its
    lock. Returns how many stalled jobs were handled.
    """
    stalled = list(await manager.get_stalled_jobs(seconds_since_heartbeat=stalled_after_s))
    for job in stalled:
        try:
            await manager.retry_job(job)
            log.warning("job %s (%s) of a stalled worker queued again", job.id, job.task_name)
        except exceptions.UniqueViolation:
            await manager.finish_job(job, Status.FAILED, delete_job=False)
            log.warning(
                "job %s (%s) of a stalled worker dropped: a newer job for %s is queued",
                job.id,
                job.task_name,
                job.queueing_lock,
            )
        except exceptions.ConnectorException as exc:  # another worker handled it first
            log.info("stalled job %s left as it is: %s", job.id, exc.__cause__ or exc)
    return len(stalled)


def run_worker(
    monitor: Host,
    settings: WorkerSettings,
    *,
    concurrency: int = 1,
    name: str | None = None,
) -> None:
    """Run one worker in the foreground until SIGINT/SIGTERM (jobs in hand finish first)."""
    app = build_app(monitor, settings)
    asyncio.run(_serve(app, settings, concurrency, name))


async def _serve(
    app: procrastinate.App, settings: WorkerSettings, concurrency: int, name: str | None
) -> None:
    async with app.open_async():
        if not await _queue_exists_async(app):
            raise StorageError(
                "the database has no job queue tables; run `monitor init` once before "
                "starting workers"
            )
        # Statuses are current from the start, as with `monitor run`.
        with contextlib.suppress(exceptions.AlreadyEnqueued):
            await app.configure_task(
                "monitor.evaluate", queueing_lock="evaluate", lock="evaluate"
            ).defer_async(timestamp=int(time.time()))
        await app.run_worker_async(
            concurrency=concurrency,
            name=name or f"worker-{os.getpid()}",
            update_heartbeat_interval=settings.heartbeat_s,
            stalled_worker_timeout=settings.stalled_after_s,
        )


async def _queue_exists_async(app: procrastinate.App) -> bool:
    row = await app.connector.execute_query_one_async(
        "SELECT to_regclass('procrastinate_jobs') IS NOT NULL AS present"
    )
    return bool(row["present"])


def _cron_every(seconds: int) -> str:
    """A cron line firing every `seconds` (a sixth field counts seconds under a minute)."""
    if seconds >= 60:
        return f"*/{seconds // 60} * * * *" if seconds >= 120 else "* * * * *"
    return f"* * * * * */{max(seconds, 1)}"


def _cron_daily(evaluate_at: str, config: Config) -> str:
    """`evaluate_at` in the configured zone as a UTC cron line (procrastinate reads UTC).

    The offset is today's: after a daylight-saving change the run moves by an hour until the
    worker restarts; the evaluation is idempotent, so that only shifts it.
    """
    hour, minute = (int(part) for part in evaluate_at.split(":"))
    zone = ZoneInfo(config.timezone)
    local = dt.datetime.combine(dt.datetime.now(zone).date(), dt.time(hour, minute), zone)
    utc = local.astimezone(dt.UTC)
    return f"{utc.minute} {utc.hour} * * *"
