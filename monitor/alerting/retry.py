"""When to try a digest again after a failed delivery: a pure policy (the clock and dice are
parameters).

The first attempt happens as soon as the digest is queued; after each failure the wait grows,
roughly 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 24 h, so a receiver that is down for a day still
gets its digest, and one gone for good stops being asked after eight attempts (the digest is then
dead-lettered, for a person to look at). Each wait is spread by ±20 % so digests that failed
together (one mail server down) do not come back in lockstep.
"""

from __future__ import annotations

import datetime as dt
import random

RETRY_DELAYS: tuple[dt.timedelta, ...] = (
    dt.timedelta(seconds=5),
    dt.timedelta(minutes=5),
    dt.timedelta(minutes=30),
    dt.timedelta(hours=2),
    dt.timedelta(hours=5),
    dt.timedelta(hours=10),
    dt.timedelta(hours=24),
)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
JITTER = 0.2
#: The longest wait a receiver's Retry-After may impose; beyond it, assume a misconfiguration.
MAX_RETRY_AFTER = dt.timedelta(days=2)


def next_attempt(
    attempts: int,
    now: dt.datetime,
    *,
    retry_after: float | None = None,
    rng: random.Random | None = None,
) -> dt.datetime | None:
    """When to make attempt `attempts + 1` after attempt `attempts` failed, or None to give up.

    A receiver's `retry_after` (seconds) is honoured when it asks for longer than the back-off.
    """
    if attempts < 1:
        raise ValueError(f"attempts counts the attempts made, so it is 1 or more; got {attempts}")
    if attempts >= MAX_ATTEMPTS:
        return None
    dice = rng or random.Random()  # noqa: S311 - spreading retries, not cryptography
    delay = RETRY_DELAYS[attempts - 1] * dice.uniform(1 - JITTER, 1 + JITTER)
    if retry_after is not None and retry_after > 0:
        delay = max(delay, min(dt.timedelta(seconds=retry_after), MAX_RETRY_AFTER))
    return now + delay
