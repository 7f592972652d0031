"""When to poll a source next: a pure policy, so tests can pin the clock and the dice.

Nothing here reads the clock or does IO: ``now`` and a :class:`random.Random` are passed in.
Every datetime taken or returned is timezone-aware (naive ones are a programming error).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

__all__ = [
    "MAX_BACKOFF",
    "MAX_RETRY_AFTER",
    "next_poll",
    "parse_retry_after",
]

#: Longest wait after repeated failures (unless the poll interval itself is longer).
MAX_BACKOFF = timedelta(days=1)
#: Longest wait a server may impose with ``Retry-After``; beyond it we assume a misconfiguration.
MAX_RETRY_AFTER = timedelta(days=7)
#: Spread of the next poll after a success, so sources added together drift apart.
SUCCESS_JITTER = 0.10


def parse_retry_after(value: str | None, now: datetime) -> datetime | None:
    """Read a ``Retry-After`` header (delta-seconds or HTTP-date) as the moment to retry.

    Returns None when there is nothing useful to honour: no header, an unreadable value, or a
    moment that is not after ``now``. Servers do send garbage here; one bad header must not
    stall or crash the polling of a source. Values beyond :data:`MAX_RETRY_AFTER` are clamped
    to it (a year-long delay is far more likely a bug than an instruction).
    """
    _require_aware(now, "now")
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isascii() and text.isdigit():
        seconds = int(text)
        if seconds <= 0:
            return None
        return now + min(timedelta(seconds=min(seconds, 10**9)), MAX_RETRY_AFTER)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # asctime and "-0000" forms carry no zone; HTTP dates are GMT
        when = when.replace(tzinfo=UTC)
    if when <= now:
        return None
    return min(when, now + MAX_RETRY_AFTER)


def next_poll(
    *,
    now: datetime,
    interval: timedelta,
    failures: int,
    retry_after: datetime | None,
    rng: random.Random,
) -> datetime:
    """The moment to poll a source again.

    - After a success (``failures == 0``): ``now + interval`` give or take 10 %, so sources
      that were added together do not stay in lockstep.
    - After ``failures`` consecutive failures: exponential backoff. The ceiling is
      ``interval * 2 ** (failures - 1)``, capped at :data:`MAX_BACKOFF` (or at ``interval`` if
      that is longer: a failing source is never polled more often than a healthy one). The
      delay is drawn uniformly from the upper half of that ceiling ("equal jitter"). We prefer
      it to full jitter, which may draw a delay near zero and re-poll a failing server at
      once, and to decorrelated jitter, which needs the previous delay stored per source;
      keeping half the ceiling guarantees the backoff while the other half still spreads the
      retries of many sources that failed together (one host going down).
    - A ``retry_after`` later than that wins, capped at ``now + MAX_RETRY_AFTER``.
    """
    _require_aware(now, "now")
    if interval <= timedelta(0):
        raise ValueError(f"interval must be positive, got {interval}")
    if failures < 0:
        raise ValueError(f"failures must be 0 or more, got {failures}")
    if failures == 0:
        delay = interval * rng.uniform(1 - SUCCESS_JITTER, 1 + SUCCESS_JITTER)
    else:
        cap = max(MAX_BACKOFF, interval).total_seconds()
        # Work in float seconds with a bounded exponent: timedelta arithmetic would overflow
        # for a source that has been failing for months.
        growth = 2.0 ** min(failures - 1, 64)
        ceiling = min(interval.total_seconds() * growth, cap)
        delay = timedelta(seconds=ceiling * rng.uniform(0.5, 1.0))
    when = now + delay
    if retry_after is not None:
        _require_aware(retry_after, "retry_after")
        when = max(when, min(retry_after, now + MAX_RETRY_AFTER))
    return when


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got naive {value.isoformat()}")
