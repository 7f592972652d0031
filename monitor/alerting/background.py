"""One background thread that sends digests already queued, so a caller (the review desk)
answers without waiting for a receiver. The outbox holds every digest it is given: what the
thread does not send before the process stops waits for the daemon's next round."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from monitor.errors import MonitorError

log = logging.getLogger("monitor")


class BackgroundSender:
    """Runs sends one at a time, in order; a failed send is logged, never raised later."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="monitor-send")
        self._pending: list[Future[None]] = []

    def submit(self, send: Callable[[], object]) -> None:
        self._pending = [f for f in self._pending if not f.done()]
        self._pending.append(self._pool.submit(self._run, send))

    def wait(self) -> None:
        """Until every send handed over so far has been tried."""
        pending, self._pending = self._pending, []
        for future in pending:
            future.result()

    def close(self) -> None:
        """Let a send under way finish (bounded by its channel's timeout), then stop."""
        self._pool.shutdown(wait=True)

    @staticmethod
    def _run(send: Callable[[], object]) -> None:
        try:
            send()
        except MonitorError as exc:
            log.warning("immediate digest not sent: %s", exc)
