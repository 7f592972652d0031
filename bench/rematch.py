"""Rematch: every stored entry judged again, through SQLite, next to the same work in memory.

`Monitor.rematch` is what `monitor rematch` runs after a plan or watch-list change: it reads
the entries in batches and, per entry, matches the real plan, extracts job-loss announcements
with the real watch list and writes or retracts evidence and reports. The in-memory figure runs
`Matcher.match` and `extract_announcement` on the same texts with no database at all: the gap
between the two is what storage costs. `rematch_compiling_entries_per_min` is the same
rematch with the plan and watch list compiled first, as `monitor rematch` after an edit does
in its new process.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench.feeds import make_items
from bench.timing import median_seconds, rate
from bench.workspace import Workspace, make_workspace
from monitor.app import Monitor
from monitor.ingest.parsing import FeedEntry
from monitor.judgement.joblosses import extract_announcement
from monitor.storage import entries as entry_store

PUBLISHED = dt.datetime(2025, 6, 2, 10, 0, tzinfo=dt.UTC)


def synthetic_entries(count: int, *, seed: int = 11, source: str = "feed-0") -> list[FeedEntry]:
    """`count` parsed entries (EN/FR/DE, a few on the plan or job cuts), as a feed gives them."""
    found = []
    for n, item in enumerate(make_items(count, seed=seed, prefix="stored")):
        url = f"https://news.example.org/stored/{item.guid}"
        digest = hashlib.sha256(f"{item.title}\n{item.summary}\n{url}".encode()).hexdigest()
        found.append(
            FeedEntry(
                source=source,
                entry_id=item.guid,
                url=url,
                title=item.title,
                summary=item.summary,
                published=PUBLISHED + dt.timedelta(minutes=n),
                published_from_feed=True,
                language=item.language,
                content_hash=digest,
            )
        )
    return found


def filled_monitor(root: Path, entries: int) -> tuple[Workspace, Monitor]:
    """A monitor with the bundled plan and `entries` stored entries of one source."""
    workspace = make_workspace(root, feed_urls=["http://127.0.0.1:9/feed/0"])
    monitor = Monitor(workspace.config())
    monitor.init()
    source = monitor.sources()[0]
    with monitor.db.write() as conn:
        entry_store.store_entries(
            conn, source.id, synthetic_entries(entries), dt.datetime.now(dt.UTC)
        )
    return workspace, monitor


def run_rematch(*, entries: int = 20_000, repeat: int = 3) -> dict[str, float]:
    """Stored entries per minute through `Monitor.rematch`; entries/s of the same in memory."""
    with tempfile.TemporaryDirectory(prefix="bench-rematch-") as tmp:
        _, monitor = filled_monitor(Path(tmp), entries)
        try:
            # The first rematch writes the evidence and reports; the timed ones find them in
            # place, as a rematch after a plan edit mostly does.
            seconds = median_seconds(monitor.rematch, repeat=repeat, warmup=1)
            # A monitor keeps the judge it compiled while the plan stays as it is, and the
            # timed rematches above find it compiled; `monitor rematch` after an edit runs in
            # a new process and compiles the plan first, as these do.
            compiling = median_seconds(lambda: _compiled_afresh(monitor), repeat=repeat)
            judge = monitor.judge()
            with monitor.db.read() as conn:
                stored = entry_store.load_entries(conn)
        finally:
            monitor.close()

    def in_memory(extract: bool) -> None:
        for entry in stored:
            judge.matcher.match(entry.title, entry.summary, language=entry.language)
            if extract:
                extract_announcement(
                    entry.title,
                    entry.summary,
                    published=entry.published.date(),
                    language=entry.language,
                    watchlist=judge.watchlist,
                )

    return {
        "rematch_entries_per_min": 60 * rate(len(stored), seconds),
        "rematch_compiling_entries_per_min": 60 * rate(len(stored), compiling),
        "matcher_entries_per_s": rate(
            len(stored), median_seconds(lambda: in_memory(True), repeat=repeat)
        ),
        "matcher_only_entries_per_s": rate(
            len(stored), median_seconds(lambda: in_memory(False), repeat=repeat)
        ),
        "rematch_entries": len(stored),
    }


def _compiled_afresh(monitor: Monitor) -> None:
    """A rematch that compiles the plan and watch list first, as a new process does."""
    monitor._judging.forget()
    monitor.rematch()


def texts(count: int, *, seed: int = 11) -> Sequence[tuple[str, str, str]]:
    """(title, summary, language) of `count` synthetic items, for in-memory benchmarks."""
    return [(i.title, i.summary, i.language) for i in make_items(count, seed=seed, prefix="text")]
