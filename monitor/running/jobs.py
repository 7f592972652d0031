"""The monitor's jobs, as plain functions of a `Host` (the monitor): any scheduler can call them.

The embedded daemon (APScheduler) calls these; so would a task queue. They hold no scheduling
logic: which sources are due is read from the monitor's own tables.
"""

from __future__ import annotations

import datetime as dt
import logging

from monitor import clock
from monitor.alerting import AlertsReport, Result, next_attempt_at, run_alerts
from monitor.ingest.poll import PollReport, SourcePoll, select_sources
from monitor.running.host import Host
from monitor.storage import sources as source_store

log = logging.getLogger("monitor.jobs")


def poll_due(monitor: Host) -> PollReport:
    """Poll every source whose next poll time has come."""
    refresh(monitor)
    report = monitor.poll(due_only=True)
    _log_polls(report)
    return report


def evaluate(monitor: Host) -> int:
    """Log status changes (deadlines passing, milestones coming due)."""
    events = monitor.evaluate()
    for event in events:
        before = event.from_status.value if event.from_status else "-"
        log.info("%s: %s -> %s on %s", event.milestone_id, before, event.to_status.value, event.on)
    return len(events)


def send_digests(monitor: Host) -> AlertsReport:
    """Queue the digest of every channel whose schedule fired, then send what the outbox holds."""
    report = run_alerts(monitor)
    for run in report.built:
        if run.digest_id:
            log.info("digest %s queued for channel %s", run.digest_id, run.channel)
    for attempt in report.attempts:
        if attempt.result is not Result.SENT:
            log.warning(
                "digest %s to %s: %s (%s)",
                attempt.digest_id,
                attempt.channel,
                attempt.result.value,
                attempt.error,
            )
    return report


def next_delivery(monitor: Host) -> dt.datetime | None:
    """When the outbox next has a digest to try (naive UTC): the daemon wakes its alerts then,
    so a retry due in 5 s is made in 5 s, not at the next minute's run."""
    return next_attempt_at(monitor)


def refresh(monitor: Host) -> None:
    """Bring plans and sources in line with their files (cheap when nothing changed)."""
    monitor.sync_plans()
    monitor.sync_sources()


def due_source_ids(monitor: Host) -> list[int]:
    """The sources `poll_due` would poll now, as ids: what a task queue defers one job for."""
    refresh(monitor)
    due, _held = select_sources(monitor.sources(), clock.now(), force=False, due_only=True)
    return [source.id for source in due]


def poll_source(monitor: Host, source_id: int) -> SourcePoll | None:
    """Poll one source if it is still due; None if it is not (or is gone).

    Checking again here makes a job that was queued twice, or retried after its worker died
    having polled, a no-op until the source's next poll time.
    """
    with monitor.db.read() as conn:
        source = source_store.get_source_by_id(conn, source_id)
    if source is None:
        log.info("source %d was removed; nothing to poll", source_id)
        return None
    report = monitor.poll([source.name], due_only=True)
    _log_polls(report)
    return report.sources[0] if report.sources else None


def _log_polls(report: PollReport) -> None:
    if report.sources:
        log.info(
            "polled %d source(s): %d new, %d updated entries, %d failed",
            len(report.sources),
            report.new,
            report.updated,
            report.failed,
        )
    for source in report.sources:
        if source.status == "error":
            log.warning("source %s failed: %s", source.name, source.error)
