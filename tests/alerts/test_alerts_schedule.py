"""Schedules: parsing what people write, and when the next digest is due."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from alerts.errors import ScheduleError
from alerts.schedule import (
    IMMEDIATE,
    Cadence,
    Schedule,
    is_due,
    last_run,
    load_zone,
    next_run,
    parse_schedule,
)

PARIS = ZoneInfo("Europe/Paris")
UTC = dt.UTC


def paris(year: int, month: int, day: int, hour: int, minute: int, second: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("immediate", IMMEDIATE),
        ("  Immediate ", IMMEDIATE),
        ("daily 08:00", Schedule(Cadence.DAILY, dt.time(8, 0))),
        ("DAILY   7:05", Schedule(Cadence.DAILY, dt.time(7, 5))),
        ("weekly mon 08:00", Schedule(Cadence.WEEKLY, dt.time(8, 0), 0)),
        ("weekly Sunday 23:59", Schedule(Cadence.WEEKLY, dt.time(23, 59), 6)),
        ("weekly fri 00:00", Schedule(Cadence.WEEKLY, dt.time(0, 0), 4)),
    ],
)
def test_parse_schedule_accepts_the_documented_forms(text: str, expected: Schedule) -> None:
    assert parse_schedule(text) == expected


@pytest.mark.parametrize("text", ["immediate", "daily 08:00", "weekly mon 08:00"])
def test_schedule_str_gives_back_the_canonical_form(text: str) -> None:
    assert str(parse_schedule(text)) == text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("hourly", "unknown cadence 'hourly'"),
        ("daily", '"daily" takes one time'),
        ("daily 8", "not HH:MM"),
        ("daily 24:00", "out of range"),
        ("daily 08:60", "out of range"),
        ("daily 08:00 mon", '"daily" takes one time'),
        ("weekly 08:00", '"weekly" takes a day and a time'),
        ("weekly funday 08:00", "unknown day 'funday'"),
        ("immediate 08:00", "takes no day or time"),
    ],
)
def test_parse_schedule_says_what_is_wrong(text: str, reason: str) -> None:
    with pytest.raises(ScheduleError) as caught:
        parse_schedule(text)
    assert reason in str(caught.value)
    assert repr(text) in str(caught.value)


def test_schedule_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown cadence"):
        parse_schedule("monthly 1 08:00")


def test_load_zone_rejects_unknown_names_with_a_hint() -> None:
    with pytest.raises(ScheduleError, match="IANA name"):
        load_zone("Europe/Atlantis")
    assert load_zone("Europe/Paris") == PARIS


def test_next_run_daily_later_today_or_tomorrow() -> None:
    daily = parse_schedule("daily 08:00")
    assert next_run(daily, paris(2025, 6, 2, 7, 59), PARIS) == paris(2025, 6, 2, 8, 0)
    assert next_run(daily, paris(2025, 6, 2, 8, 0), PARIS) == paris(2025, 6, 3, 8, 0)


def test_next_run_is_in_the_given_zone_whatever_zone_after_is_in() -> None:
    daily = parse_schedule("daily 08:00")
    # 05:30 UTC is 07:30 in Paris in summer: the slot is 30 minutes away.
    result = next_run(daily, dt.datetime(2025, 6, 2, 5, 30, tzinfo=UTC), PARIS)
    assert result == dt.datetime(2025, 6, 2, 6, 0, tzinfo=UTC)
    assert result.utcoffset() == dt.timedelta(hours=2)


def test_next_run_defaults_to_utc() -> None:
    daily = parse_schedule("daily 08:00")
    assert next_run(daily, dt.datetime(2025, 6, 2, 9, 0, tzinfo=UTC)) == dt.datetime(
        2025, 6, 3, 8, 0, tzinfo=UTC
    )


def test_next_run_weekly_finds_the_named_day() -> None:
    weekly = parse_schedule("weekly mon 08:00")
    # 2025-06-02 is a Monday.
    assert next_run(weekly, paris(2025, 6, 2, 8, 0), PARIS) == paris(2025, 6, 9, 8, 0)
    assert next_run(weekly, paris(2025, 6, 4, 12, 0), PARIS) == paris(2025, 6, 9, 8, 0)
    assert next_run(weekly, paris(2025, 6, 1, 23, 0), PARIS) == paris(2025, 6, 2, 8, 0)


def test_next_run_keeps_wall_clock_time_across_the_spring_change() -> None:
    daily = parse_schedule("daily 08:00")
    # Clocks go forward on 2025-03-30 in Paris: 08:00 is 07:00 UTC before, 06:00 UTC after.
    result = next_run(daily, paris(2025, 3, 29, 9, 0), PARIS)
    assert result == dt.datetime(2025, 3, 30, 6, 0, tzinfo=UTC)
    assert (result.hour, result.minute) == (8, 0)


def test_next_run_for_a_time_skipped_by_the_spring_change_runs_after_the_gap() -> None:
    nightly = parse_schedule("daily 02:30")
    result = next_run(nightly, paris(2025, 3, 30, 0, 0), PARIS)
    assert result == dt.datetime(2025, 3, 30, 1, 30, tzinfo=UTC)  # 03:30 CEST
    assert next_run(nightly, result, PARIS) == paris(2025, 3, 31, 2, 30)


def test_next_run_for_a_time_repeated_by_the_autumn_change_fires_once() -> None:
    nightly = parse_schedule("daily 02:30")
    first = next_run(nightly, paris(2025, 10, 26, 0, 0), PARIS)
    # Ambiguous local times never compare equal across zones (PEP 495): compare in UTC.
    assert first.astimezone(UTC) == dt.datetime(2025, 10, 26, 0, 30, tzinfo=UTC)  # 02:30 CEST
    second = next_run(nightly, first, PARIS)
    assert second == paris(2025, 10, 27, 2, 30)


def test_next_run_immediate_is_now() -> None:
    now = paris(2025, 6, 2, 8, 0)
    assert next_run(IMMEDIATE, now, PARIS) == now


def test_next_run_rejects_naive_times() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        next_run(parse_schedule("daily 08:00"), dt.datetime(2025, 6, 2, 8, 0))


def test_last_run_is_the_latest_slot_not_after_now() -> None:
    weekly = parse_schedule("weekly mon 08:00")
    assert last_run(weekly, paris(2025, 6, 4, 12, 0), PARIS) == paris(2025, 6, 2, 8, 0)
    assert last_run(weekly, paris(2025, 6, 2, 8, 0), PARIS) == paris(2025, 6, 2, 8, 0)


def test_is_due_once_per_slot() -> None:
    daily = parse_schedule("daily 08:00")
    sent = paris(2025, 6, 2, 8, 0, 5)
    assert not is_due(daily, sent, paris(2025, 6, 2, 20, 0), PARIS)
    assert not is_due(daily, sent, paris(2025, 6, 3, 7, 59), PARIS)
    assert is_due(daily, sent, paris(2025, 6, 3, 8, 0), PARIS)


def test_is_due_after_missed_slots_sends_one_digest() -> None:
    daily = parse_schedule("daily 08:00")
    sent = paris(2025, 6, 2, 8, 0)
    assert is_due(daily, sent, paris(2025, 6, 9, 12, 0), PARIS)


def test_is_due_compares_instants_not_wall_clocks() -> None:
    daily = parse_schedule("daily 08:00")
    # Sent at 08:00 Paris (06:00 UTC), recorded in UTC; now 09:00 Paris: nothing new is due.
    sent = dt.datetime(2025, 6, 2, 6, 0, 1, tzinfo=UTC)
    assert not is_due(daily, sent, paris(2025, 6, 2, 9, 0), PARIS)


def test_is_due_for_a_channel_that_never_sent_and_for_immediate() -> None:
    now = paris(2025, 6, 2, 9, 0)
    assert is_due(parse_schedule("weekly mon 08:00"), None, now, PARIS)
    assert is_due(IMMEDIATE, now, now, PARIS)
