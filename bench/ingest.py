"""Ingest: fetched bytes to judged, stored entries, next to feedparser alone and lxml alone.

The monitor's figure runs the daemon's own per-source path, `Poller.apply`, on bodies already
in memory: parse_feed (the lxml fast path here, these feeds being well-formed UTF-8, plus
cleaning), store_entries, then judging in the same transaction (matching against a plan of
~300 milestones, job-loss extraction, evidence rows), plus the source's state and fetch-log
line. Fetching is left out (see bench.poll). The same run without judging gives judging's
share of the time. feedparser runs with the options parse_feed gives it; parse_feed is also
timed with the fast path off (every document through feedparser); `lxml.etree.fromstring` is
the floor: a C parser that builds a tree and does nothing else.
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import tempfile
from collections.abc import Sequence
from pathlib import Path

import feedparser
from lxml import etree  # type: ignore[import-untyped]

from bench.feeds import make_feeds
from bench.timing import median_seconds, rate, timed
from bench.workspace import make_workspace
from monitor.app import Monitor
from monitor.ingest.fetch import FetchResult, FetchStatus
from monitor.ingest.parsing import parse_feed
from monitor.ingest.poll import Poller

HEADERS = {"content-type": "application/rss+xml; charset=utf-8"}


def run_ingest(
    *, feeds: int = 40, items: int = 50, milestones: int = 300, repeat: int = 3
) -> dict[str, float]:
    """entries/s of the monitor's ingest path, feedparser alone, parse_feed alone and lxml."""
    bodies = make_feeds(feeds, items)
    count = sum(len(feedparser_alone(b).entries) for b in bodies[:1]) * feeds
    now = dt.datetime.now(dt.UTC)
    judged, unjudged = [], []
    for _ in range(repeat):  # taking turns, so a neighbour's burst of load hits both alike
        judged.append(_ingest_once(bodies, milestones))
        unjudged.append(_ingest_once(bodies, milestones, judge=False))
    monitor_s, unjudged_s = statistics.median(judged), statistics.median(unjudged)

    def parse_all(fast: bool) -> None:
        for body in bodies:
            parse_feed(body, url="http://x.test/", headers=HEADERS, now=now, source="s", fast=fast)

    return {
        "ingest_entries_per_s": rate(count, monitor_s),
        "ingest_judging_share": max(0.0, 1 - unjudged_s / monitor_s),
        "feedparser_entries_per_s": rate(
            count, median_seconds(lambda: [feedparser_alone(b) for b in bodies], repeat=repeat)
        ),
        "parse_feed_entries_per_s": rate(
            count, median_seconds(lambda: parse_all(True), repeat=repeat)
        ),
        "parse_feed_feedparser_entries_per_s": rate(
            count, median_seconds(lambda: parse_all(False), repeat=repeat)
        ),
        "lxml_entries_per_s": rate(
            count, median_seconds(lambda: [etree.fromstring(b) for b in bodies], repeat=repeat)
        ),
        "ingest_entries": count,
        "ingest_milestones": milestones,
    }


def feedparser_alone(body: bytes) -> feedparser.FeedParserDict:
    """feedparser as parse_feed calls it (no sanitising, no URI resolution: ~20% faster)."""
    return feedparser.parse(io.BytesIO(body), sanitize_html=False, resolve_relative_uris=False)


def _ingest_once(bodies: Sequence[bytes], milestones: int, *, judge: bool = True) -> float:
    """Seconds to apply every body to its own source on a fresh database (all entries new),
    judging the entries in the same transaction unless `judge` is false."""
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        urls = [f"http://127.0.0.1:9/feed/{n}" for n in range(len(bodies))]  # never fetched
        workspace = make_workspace(Path(tmp), feed_urls=urls, milestones=milestones)
        monitor = Monitor(workspace.config())
        try:
            monitor.init()
            monitor.judge()  # compiled once per process, as in the daemon: not timed
            by_url = {s.url: s for s in monitor.sources()}
            after_store = monitor.after_store if judge else None
            poller = Poller(monitor.db, monitor.config, after_store=after_store)
            results = [
                FetchResult(
                    url, url, FetchStatus.OK, http_status=200, content=body, headers=HEADERS
                )
                for url, body in zip(urls, bodies, strict=True)
            ]

            def apply_all() -> None:
                for result in results:
                    poller.apply(by_url[result.request_url], result)

            seconds, _ = timed(apply_all)
            return seconds
        finally:
            monitor.close()
