"""A poll cycle of the same feeds on a local server: the monitor's daemon, then lemon24/reader.

Both poll every feed of one bench server (its own process, loopback only) with 10 concurrent
requests, each on a fresh SQLite database in a temp dir:
- "full": the first poll, every body fetched, parsed and stored (the monitor also judges every
  entry against the plan and the watch list; reader only stores);
- "304": the next polls, every feed answering its conditional request with 304 Not Modified.
The monitor runs as the daemon does, in a process of its own (bench.memory), which also gives
its peak memory. The server's counters confirm which answers each client got.
reader is installed for the benchmark only (`pip install reader`); it is never a dependency.
"""

from __future__ import annotations

import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench.memory import run_daemon
from bench.server import FeedServer
from bench.timing import timed
from bench.workspace import CONCURRENCY, make_workspace


def run_poll(server: FeedServer, *, repeat_304: int = 3) -> dict[str, float]:
    """Seconds per poll cycle of every feed of `server`, full and 304, for the monitor and
    reader, and the monitor daemon's peak memory."""
    feeds = server.feeds
    with tempfile.TemporaryDirectory(prefix="bench-poll-") as tmp:
        workspace = make_workspace(Path(tmp) / "monitor", feed_urls=server.urls)
        before = server.stats()
        daemon = run_daemon(workspace, repeat=repeat_304)
        _check_answers(server, before, {"200": feeds, "304": feeds * repeat_304}, "the monitor")
        reader_full, reader_304 = _reader_cycles(server, Path(tmp) / "reader", repeat_304)
    return {
        f"poll_{feeds}_full_s": daemon.full_s,
        f"poll_{feeds}_304_s": statistics.median(daemon.not_modified_s),
        f"reader_poll_{feeds}_full_s": reader_full,
        f"reader_poll_{feeds}_304_s": statistics.median(reader_304),
        "daemon_peak_rss_mb": daemon.peak_rss_mb,
        "daemon_sources": daemon.sources,
    }


def _check_answers(
    server: FeedServer, before: dict[str, int], expected: dict[str, int], client: str
) -> None:
    after = server.stats()
    for code, count in expected.items():
        sent = after.get(code, 0) - before.get(code, 0)
        if sent != count:
            raise RuntimeError(
                f"{client}: the bench server sent {sent} answers {code}, expected {count}; "
                "the client did not poll every feed as intended"
            )


def _counted(server: FeedServer, run: Callable[[], object], expect: str) -> float:
    before = server.stats()
    seconds, _ = timed(run)
    _check_answers(server, before, {expect: server.feeds}, "reader")
    return seconds


def _reader_cycles(server: FeedServer, root: Path, repeat: int) -> tuple[float, list[float]]:
    from reader import make_reader  # a benchmark-only dependency

    root.mkdir(parents=True)
    reader = make_reader(str(root / "reader.sqlite3"))
    try:
        for url in server.urls:
            reader.add_feed(url)

        def update() -> None:
            reader.update_feeds(workers=CONCURRENCY, scheduled=False)

        full = _counted(server, update, "200")
        return full, [_counted(server, update, "304") for _ in range(repeat)]
    finally:
        reader.close()
