"""When to try a digest again after a failed delivery: a pure policy (the clock and dice are
parameters).

The first attempt happens as soon as the digest is queued. After a failure the digest is tried
again after about 5 s and 30 s, then every 50 s for the first hour of an outage, so a channel
that answers again gets its backlog within a minute; then the waits grow (5 min, 30 min, 2 h,
5 h, 10 h, 24 h), so a receiver that is down for a day still gets its digest, and one gone for
good stops being asked after about 43 hours (the digest is then dead-lettered, for a person to
look at). Only a channel's oldest waiting digest is retried; the others wait behind it. Each wait
is spread by ±20 % so channels that failed together (one mail server down) do not come back in
lockstep.
"""

from __future__ import annotations

import datetime as dt
import random

RETRY_DELAYS: tuple[dt.timedelta, ...] = (
    dt.timedelta(seconds=5),
    dt.timedelta(seconds=30),
    *(dt.timedelta(seconds=50),) * 70,  # the first hour: with jitter, never over a minute
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
