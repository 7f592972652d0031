"""The timeline for other tools: iCalendar for calendar apps (JSON and CSV share views.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import icalendar

from timeline.status import MilestoneStatus

PRODID = "-//milestone-monitor//timeline export//EN"


def to_ics(statuses: Iterable[MilestoneStatus], *, stamp: dt.datetime, name: str) -> bytes:
    """One all-day event per dated milestone, on its deadline; stable UIDs so re-imports update."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for status in statuses:
        milestone = status.milestone
        if milestone.due is None:
            continue
        event = icalendar.Event()
        event.add("uid", f"{milestone.id}@{milestone.plan}.milestone-monitor")
        event.add("dtstamp", stamp.replace(tzinfo=dt.UTC))
        event.add("dtstart", milestone.due)
        event.add("dtend", milestone.due + dt.timedelta(days=1))
        event.add("summary", f"Due: {milestone.title}")
        lines = [
            f"Period: {milestone.period_text} ({milestone.period.normalised})"
            if milestone.period
            else "",
            f"Status: {status.status.value.replace('_', ' ')}",
            f"Responsible: {milestone.actor}",
            f"Source: {milestone.source}",
        ]
        if status.delivery:
            lines.append(f"Delivered on {status.delivered_on}: {status.delivery.url}")
        event.add("description", "\n".join(line for line in lines if line))
        event.add("categories", [milestone.pillar])
        if status.delivery:
            event.add("url", status.delivery.url)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
