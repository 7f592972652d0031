"""The polling policy: Retry-After parsing, jittered intervals, exponential backoff, caps."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.ingest.backoff import MAX_BACKOFF, MAX_RETRY_AFTER, next_poll, parse_retry_after

NOW = datetime(2025, 3, 5, 12, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", NOW + timedelta(seconds=120)),
        (" 120 ", NOW + timedelta(seconds=120)),
        ("Wed, 05 Mar 2025 13:00:00 GMT", NOW + HOUR),  # IMF-fixdate
        ("Wednesday, 05-Mar-25 13:00:00 GMT", NOW + HOUR),  # RFC 850
        ("Wed Mar  5 13:00:00 2025", NOW + HOUR),  # asctime, no zone: GMT
    ],
)
def test_retry_after_forms_are_read(value: str, expected: datetime) -> None:
    assert parse_retry_after(value, NOW) == expected


@pytest.mark.parametrize(
    "value",
    [None, "", "0", "-5", "1.5", "soon", "Wed, 05 Mar 2025 11:00:00 GMT", "١٢٠"],
    ids=["missing", "empty", "zero", "negative", "fraction", "garbage", "past", "non-ascii"],
)
def test_useless_retry_after_is_ignored(value: str | None) -> None:
    assert parse_retry_after(value, NOW) is None


@pytest.mark.parametrize("value", ["9" * 30, "Fri, 01 Jan 2100 00:00:00 GMT"])
def test_retry_after_is_clamped_to_a_week(value: str) -> None:
    assert parse_retry_after(value, NOW) == NOW + MAX_RETRY_AFTER


def test_retry_after_date_in_another_zone_is_compared_correctly() -> None:
    paris = timezone(timedelta(hours=1))
    assert parse_retry_after("Wed, 05 Mar 2025 13:30:00 +0100", NOW.astimezone(paris)) == (
        NOW + timedelta(minutes=30)
    )


def poll(failures: int, *, interval: timedelta = HOUR, seed: int = 1, **kw: datetime) -> datetime:
    retry_after = kw.get("retry_after")
    return next_poll(
        now=NOW,
        interval=interval,
        failures=failures,
        retry_after=retry_after,
        rng=random.Random(seed),
    )


def test_after_success_the_interval_is_jittered_by_ten_percent() -> None:
    delays = {poll(0, seed=seed) - NOW for seed in range(200)}

    assert all(0.9 * HOUR <= delay <= 1.1 * HOUR for delay in delays)
    assert len(delays) > 100  # really jittered, not a constant
    assert min(delays) < 0.95 * HOUR < 1.05 * HOUR < max(delays)


@pytest.mark.parametrize(("failures", "ceiling"), [(1, HOUR), (2, 2 * HOUR), (4, 8 * HOUR)])
def test_failures_back_off_exponentially_with_equal_jitter(
    failures: int, ceiling: timedelta
) -> None:
    delays = [poll(failures, seed=seed) - NOW for seed in range(200)]

    assert all(ceiling / 2 <= delay <= ceiling for delay in delays)
    assert max(delays) - min(delays) > ceiling / 4


@pytest.mark.parametrize("failures", [6, 20, 10_000])
def test_backoff_is_capped_at_a_day(failures: int) -> None:
    delay = poll(failures) - NOW

    assert MAX_BACKOFF / 2 <= delay <= MAX_BACKOFF


def test_backoff_never_polls_a_failing_source_more_often_than_a_healthy_one() -> None:
    week = timedelta(days=7)
    assert poll(30, interval=week) - NOW >= week / 2
    assert poll(30, interval=week) - NOW <= week


def test_later_retry_after_wins() -> None:
    assert poll(1, retry_after=NOW + 5 * HOUR) == NOW + 5 * HOUR
    assert poll(0, retry_after=NOW + 5 * HOUR) == NOW + 5 * HOUR


def test_earlier_retry_after_does_not_shorten_the_backoff() -> None:
    assert poll(3, retry_after=NOW + timedelta(minutes=1)) == poll(3)


def test_retry_after_is_capped_at_a_week() -> None:
    assert poll(1, retry_after=NOW + timedelta(days=30)) == NOW + MAX_RETRY_AFTER


def test_same_seed_same_schedule() -> None:
    assert poll(2, seed=7) == poll(2, seed=7)
    assert poll(2, seed=7) != poll(2, seed=8)


@given(
    failures=st.integers(min_value=0, max_value=500),
    minutes=st.integers(min_value=1, max_value=60 * 24 * 30),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_next_poll_is_always_in_the_future_and_bounded(
    failures: int, minutes: int, seed: int
) -> None:
    interval = timedelta(minutes=minutes)
    when = poll(failures, interval=interval, seed=seed)

    assert NOW < when <= NOW + max(MAX_BACKOFF, interval * 1.1)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"failures": -1}, "failures must be 0 or more"),
        ({"interval": timedelta(0)}, "interval must be positive"),
        ({"now": NOW.replace(tzinfo=None)}, "now must be timezone-aware"),
        ({"retry_after": datetime(2025, 3, 6)}, "retry_after must be timezone-aware"),
    ],
)
def test_invalid_arguments_are_rejected(kwargs: dict[str, object], message: str) -> None:
    arguments: dict[str, object] = {
        "now": NOW,
        "interval": HOUR,
        "failures": 0,
        "retry_after": None,
        "rng": random.Random(0),
    }
    with pytest.raises(ValueError, match=message):
        next_poll(**{**arguments, **kwargs})  # type: ignore[arg-type]


def test_naive_now_is_rejected_by_parse_retry_after() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        parse_retry_after("120", NOW.replace(tzinfo=None))
