"""The monitor's jobs, as plain functions of a Monitor: any scheduler can call them.

The embedded daemon (APScheduler) calls these; so would a task queue. They hold no scheduling
logic: which sources are due is read from the monitor's own tables.
"""

from __future__ import annotations

import logging

from monitor.app import Monitor
from monitor.polling import PollReport

log = logging.getLogger("monitor.jobs")


def poll_due(monitor: Monitor) -> PollReport:
    """Poll every source whose next poll time has come."""
    monitor.sync_plans()
    monitor.sync_sources()
    report = monitor.poll(due_only=True)
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
    return report


def evaluate(monitor: Monitor) -> int:
    """Log status changes (deadlines passing, milestones coming due)."""
    events = monitor.evaluate()
    for event in events:
        before = event.from_status.value if event.from_status else "-"
        log.info("%s: %s -> %s on %s", event.milestone_id, before, event.to_status.value, event.on)
    return len(events)
