"""A poll cycle of the same feeds on a local server: the monitor's daemon and lemon24/reader.

Both poll every feed of one bench server (its own process, loopback only) with 10 concurrent
requests, each on a fresh SQLite database in a temp dir, taking turns (`rounds` times each:
monitor, reader, monitor, reader...) so that a neighbour's burst of load on a shared machine
slows both alike; the figures are medians:
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

from bench.memory import DaemonRun, run_daemon
from bench.server import FeedServer
from bench.timing import timed
from bench.workspace import CONCURRENCY, make_workspace


def run_poll(server: FeedServer, *, repeat_304: int = 3, rounds: int = 1) -> dict[str, float]:
    """Seconds per poll cycle of every feed of `server`, full and 304, for the monitor and
    reader (medians of `rounds` turns each), and the monitor daemon's peak memory."""
    feeds = server.feeds
    ours: list[DaemonRun] = []
    theirs: list[tuple[float, list[float]]] = []
    for turn in range(rounds):
        with tempfile.TemporaryDirectory(prefix="bench-poll-") as tmp:
            workspace = make_workspace(Path(tmp) / "monitor", feed_urls=server.urls)
            before = server.stats()
            ours.append(run_daemon(workspace, repeat=repeat_304))
            expected = {"200": feeds, "304": feeds * repeat_304}
            _check_answers(server, before, expected, f"the monitor (turn {turn + 1})")
            theirs.append(_reader_cycles(server, Path(tmp) / "reader", repeat_304))
    return {
        f"poll_{feeds}_full_s": statistics.median(d.full_s for d in ours),
        f"poll_{feeds}_304_s": statistics.median(s for d in ours for s in d.not_modified_s),
        f"reader_poll_{feeds}_full_s": statistics.median(full for full, _ in theirs),
        f"reader_poll_{feeds}_304_s": statistics.median(s for _, cycles in theirs for s in cycles),
        "daemon_peak_rss_mb": max(d.peak_rss_mb for d in ours),
        "daemon_sources": ours[0].sources,
        "poll_rounds": rounds,
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
