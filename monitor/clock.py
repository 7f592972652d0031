"""The one place the monitor reads the clock; tests replace `now`."""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    """The current time, naive UTC (how the database stores timestamps)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
