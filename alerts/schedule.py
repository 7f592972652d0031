"""When a channel's digests go out: "immediate", "daily 08:00" or "weekly mon 08:00".

Pure: the current time is always a parameter. Times of day are wall-clock times in the channel's
zone, so "daily 08:00" in Europe/Paris stays at 08:00 across daylight-saving changes. A time that
does not exist on a spring-forward day (02:30) runs when the clocks have moved on (03:30); a time
that happens twice on a fall-back day runs once, at its first occurrence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from alerts.errors import ScheduleError

UTC = dt.UTC

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_NUMBERS = {name: i for i, name in enumerate(_DAYS)} | {
    name[:3]: i for i, name in enumerate(_DAYS)
}
_USAGE = 'use "immediate", "daily HH:MM" or "weekly DAY HH:MM" (DAY: mon..sun)'


class Cadence(StrEnum):
    IMMEDIATE = "immediate"
    DAILY = "daily"
    WEEKLY = "weekly"


@dataclass(frozen=True, slots=True)
class Schedule:
    """A parsed schedule; `str()` gives it back in canonical form ("weekly mon 08:00")."""

    cadence: Cadence
    at: dt.time | None = None  # wall-clock time; None for immediate
    weekday: int | None = None  # 0 = Monday; weekly only

    def __str__(self) -> str:
        if self.at is None:
            return self.cadence.value
        clock = self.at.strftime("%H:%M")
        if self.weekday is None:
            return f"{self.cadence.value} {clock}"
        return f"{self.cadence.value} {_DAYS[self.weekday][:3]} {clock}"


IMMEDIATE = Schedule(Cadence.IMMEDIATE)


def parse_schedule(text: str) -> Schedule:
    """Read a schedule as written in the configuration; case and extra spaces do not matter."""
    words = text.lower().split()
    if not words:
        raise ScheduleError(text, f"it is empty; {_USAGE}")
    head, rest = words[0], words[1:]
    if head == Cadence.IMMEDIATE:
        if rest:
            raise ScheduleError(text, '"immediate" takes no day or time')
        return IMMEDIATE
    if head == Cadence.DAILY:
        if len(rest) != 1:
            raise ScheduleError(text, f'"daily" takes one time, as in "daily 08:00"; {_USAGE}')
        return Schedule(Cadence.DAILY, _parse_time(text, rest[0]))
    if head == Cadence.WEEKLY:
        if len(rest) != 2:
            raise ScheduleError(text, '"weekly" takes a day and a time, as in "weekly mon 08:00"')
        day = _DAY_NUMBERS.get(rest[0])
        if day is None:
            raise ScheduleError(text, f"unknown day {rest[0]!r}; use mon..sun or monday..sunday")
        return Schedule(Cadence.WEEKLY, _parse_time(text, rest[1]), day)
    raise ScheduleError(text, f"unknown cadence {head!r}; {_USAGE}")


def _parse_time(text: str, word: str) -> dt.time:
    hours, sep, minutes = word.partition(":")
    if not (sep and hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ScheduleError(text, f"time {word!r} is not HH:MM (24-hour clock, e.g. 08:00)")
    if int(hours) > 23 or int(minutes) > 59:
        raise ScheduleError(text, f"time {word!r} is out of range (00:00 to 23:59)")
    return dt.time(int(hours), int(minutes))


def load_zone(name: str) -> ZoneInfo:
    """The IANA time zone `name` ("Europe/Paris"), with an error that says what to write instead."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ScheduleError(
            name, "unknown time zone; use an IANA name such as Europe/Paris"
        ) from exc


def next_run(schedule: Schedule, after: dt.datetime, tz: dt.tzinfo = UTC) -> dt.datetime:
    """The first time strictly after `after` when `schedule` fires, as an aware time in `tz`.

    For "immediate", that is `after` itself: an immediate channel is always ready.
    """
    after_utc = _aware(after, "after").astimezone(UTC)
    if schedule.at is None:
        return after_utc.astimezone(tz)
    start = after_utc.astimezone(tz).date()
    for offset in range(9):  # a weekly slot is at most 7 days away, plus a skipped day
        day = start + dt.timedelta(days=offset)
        if schedule.weekday is not None and day.weekday() != schedule.weekday:
            continue
        # Compare in UTC: aware datetimes sharing a tzinfo compare by wall clock, ignoring DST.
        slot = dt.datetime.combine(day, schedule.at, tzinfo=tz).astimezone(UTC)
        if slot > after_utc:
            return slot.astimezone(tz)
    raise AssertionError(f"no slot found for {schedule} after {after.isoformat()}")  # unreachable


def last_run(schedule: Schedule, now: dt.datetime, tz: dt.tzinfo = UTC) -> dt.datetime:
    """The latest time at or before `now` when `schedule` fired."""
    now_utc = _aware(now, "now").astimezone(UTC)
    if schedule.at is None:
        return now_utc.astimezone(tz)
    # The next slot after "now minus a week and a day" is one of at most nine candidates.
    probe = now_utc - dt.timedelta(days=8)
    latest = next_run(schedule, probe, tz)
    while (following := next_run(schedule, latest, tz)) <= now_utc:
        latest = following
    return latest


def is_due(
    schedule: Schedule, last_sent: dt.datetime | None, now: dt.datetime, tz: dt.tzinfo = UTC
) -> bool:
    """Whether a slot has come since `last_sent`; a channel that never sent is due at once."""
    if schedule.cadence is Cadence.IMMEDIATE or last_sent is None:
        return True
    return last_run(schedule, now, tz).astimezone(UTC) > _aware(last_sent, "last_sent").astimezone(
        UTC
    )


def _aware(value: dt.datetime, name: str) -> dt.datetime:
    if value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {value.isoformat()}")
    return value
