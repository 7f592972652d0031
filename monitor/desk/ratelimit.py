"""Sign-in attempts, counted per client: after `attempts` failures within `window`, refused
until the oldest of them is older than the window. In memory: one desk process."""

from __future__ import annotations

import datetime as dt
import threading
from collections import deque
from collections.abc import Callable

from monitor import clock


class LoginLimiter:
    def __init__(
        self,
        attempts: int = 5,
        window: dt.timedelta = dt.timedelta(minutes=10),
        now: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.attempts = attempts
        self.window = window
        self._now = now or (lambda: clock.now())
        self._failures: dict[str, deque[dt.datetime]] = {}
        self._lock = threading.Lock()

    def wait_seconds(self, key: str) -> int:
        """0 when `key` may try now, else the seconds until it may."""
        with self._lock:
            failures = self._recent(key)
            if len(failures) < self.attempts:
                return 0
            free_at = failures[0] + self.window
            return max(1, int((free_at - self._now()).total_seconds()) + 1)

    def failed(self, key: str) -> None:
        with self._lock:
            self._recent(key).append(self._now())

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)

    def _recent(self, key: str) -> deque[dt.datetime]:
        failures = self._failures.setdefault(key, deque())
        while failures and failures[0] <= self._now() - self.window:
            failures.popleft()
        return failures
