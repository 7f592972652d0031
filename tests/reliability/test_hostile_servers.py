"""Hostile servers on 127.0.0.1, as full polls: each source gets its error and its backoff, and
the other sources complete.

tests/test_fetch_*.py cover these behaviours at the Fetcher; tests/test_poll_pipeline.py polls
hangs, resets, 5xx, 429 with a delay, HTML, truncation, gzip bombs and close-delimited endless
bodies. This file polls what those leave out: drip-fed and endless chunked bodies, stalls after
the headers, lying or broken framing, redirect loops and chains, redirects to other schemes,
storms of 5xx answers, and 429 with past, future and garbage Retry-After values.
Every server loop is bounded, so a broken client cannot keep a test running.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import time
from collections.abc import Callable, Iterator
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler

import pytest

from monitor.app import Monitor
from monitor.config import Config
from monitor.ingest.poll import SourcePoll
from monitor.storage.sources import Source

from conftest import FrozenClock
from sites import Site, rss, serve

Writer = Callable[[BaseHTTPRequestHandler], None]
FEED = rss("Good", [("g-1", "Good news", "x"), ("g-2", "More news", "y")])


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        running.feed("/good.xml", FEED)
        yield running


def raw(site: Site, path: str, write: Writer) -> None:
    """A route that writes the whole response itself, status line included; socket errors
    (the monitor hanging up on it) end it quietly."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.close_connection = True
        with contextlib.suppress(OSError):
            write(handler)

    site.routes[path] = route


def head(*lines: str) -> bytes:
    return ("\r\n".join(["HTTP/1.1 200 OK", "Connection: close", *lines]) + "\r\n\r\n").encode()


def slow_loris(handler: BaseHTTPRequestHandler) -> None:
    handler.wfile.write(head("Content-Type: application/rss+xml", "Transfer-Encoding: chunked"))
    for _ in range(100):  # a byte every 50 ms: every read is quick, the body never ends
        handler.wfile.write(b"1\r\n<\r\n")
        time.sleep(0.05)


def hang_after_headers(handler: BaseHTTPRequestHandler) -> None:
    handler.wfile.write(head("Content-Type: application/rss+xml", "Content-Length: 5000"))
    time.sleep(3)


def endless_chunked(handler: BaseHTTPRequestHandler) -> None:
    handler.wfile.write(head("Content-Type: application/rss+xml", "Transfer-Encoding: chunked"))
    chunk = b"%x\r\n%s\r\n" % (64 * 1024, b"<item>" * (64 * 1024 // 6) + b"<<<<")
    for _ in range(1024):  # 64 MiB at most
        handler.wfile.write(chunk)


def short_body(handler: BaseHTTPRequestHandler) -> None:
    handler.wfile.write(head("Content-Length: 5000") + FEED[:100])


def long_body(handler: BaseHTTPRequestHandler) -> None:
    """Content-Length says 60 bytes; the whole feed follows. Only the 60 bytes count."""
    handler.wfile.write(head("Content-Length: 60") + FEED)


def garbage_length(handler: BaseHTTPRequestHandler) -> None:
    handler.wfile.write(head("Content-Length: lots") + FEED)


def two_lengths(handler: BaseHTTPRequestHandler) -> None:
    handler.wfile.write(head(f"Content-Length: {len(FEED)}", "Content-Length: 10") + FEED)


def header_flood(handler: BaseHTTPRequestHandler) -> None:
    handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
    line = b"X-Padding: " + b"a" * 1000 + b"\r\n"
    for _ in range(10_000):  # 10 MB of headers at most
        handler.wfile.write(line)


def not_http(handler: BaseHTTPRequestHandler) -> None:
    handler.wfile.write(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")


def status(code: int, **headers: str) -> Writer:
    def write(handler: BaseHTTPRequestHandler) -> None:
        lines = [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
        handler.wfile.write(
            ("\r\n".join([f"HTTP/1.1 {code} X", "Content-Length: 0", *lines]) + "\r\n\r\n").encode()
        )

    return write


def watch(config: Config, site: Site, paths: list[str], **fetch: object) -> Monitor:
    feeds = [
        {"name": "s-" + path.strip("/").replace(".", "-").replace("/", "-"), "url": site.url(path)}
        for path in paths
    ]
    for feed in feeds:
        feed["interval"] = "30m"
    sections = {
        "sources": {"defaults": False, "feed": feeds},
        "fetch": {"timeout": 1.0, **fetch},
    }
    monitor = Monitor(dataclasses.replace(config, sections=sections))
    monitor.init()
    return monitor


def by_path(items: list[SourcePoll] | list[Source] | tuple[SourcePoll, ...]) -> dict[str, object]:
    return {item.url.split("/", 3)[3]: item for item in items}


HOSTILE: dict[str, tuple[Writer, str]] = {
    "slow-loris.xml": (slow_loris, "in total"),
    "hang-after-headers.xml": (hang_after_headers, "timed out after 1 s waiting for data"),
    "endless-chunked.xml": (endless_chunked, "more than 262,144 bytes"),
    "short-body.xml": (short_body, "without sending complete message body"),
    "long-body.xml": (long_body, "broken feed"),
    "garbage-length.xml": (garbage_length, "network error"),
    "two-lengths.xml": (two_lengths, "network error"),
    "header-flood.xml": (header_flood, "network error"),
    "not-http.xml": (not_http, "network error"),
}


@pytest.mark.timeout(60)
def test_misbehaving_bodies_and_framing_fail_their_source_only(
    config: Config, site: Site, frozen_clock: FrozenClock
) -> None:
    for path, (write, _) in HOSTILE.items():
        raw(site, "/" + path, write)
    monitor = watch(config, site, ["/good.xml", *("/" + p for p in HOSTILE)], max_bytes=256 * 1024)
    try:
        report = by_path(list(monitor.poll().sources))
        state = by_path(monitor.sources())
    finally:
        monitor.close()

    good = report["good.xml"]
    assert isinstance(good, SourcePoll)
    assert (good.status, good.new) == ("ok", 2)
    now = frozen_clock()
    for path, (_, words) in HOSTILE.items():
        result, source = report[path], state[path]
        assert isinstance(result, SourcePoll)
        assert isinstance(source, Source)
        assert result.status == "error", path
        assert words in (source.last_error or ""), (path, source.last_error)
        assert site.url("/" + path) in (source.last_error or ""), path
        assert source.failures == 1
        assert source.next_poll is not None
        assert source.next_poll > now


REDIRECTS: dict[str, tuple[str, str]] = {
    # path: (Location, words of the error)
    "loop-a.xml": ("/loop-b.xml", "redirect loop"),
    "chain-0.xml": ("/chain-1.xml", "more than 5 redirects"),
    "to-ftp.xml": ("ftp://127.0.0.1/feed.xml", "only http and https"),
    "to-file.xml": ("file:///etc/passwd", "only http and https"),
    # httpx itself rejects these Locations; the poll must survive that as well
    "to-javascript.xml": ("javascript:alert(1)", "the redirect was not followed"),
    "to-data.xml": ("data:application/rss+xml,<rss/>", "the redirect was not followed"),
    "no-location.xml": ("", "without a Location header"),
}


@pytest.mark.timeout(60)
def test_redirect_loops_chains_and_other_schemes_fail_their_source_only(
    config: Config, site: Site, frozen_clock: FrozenClock
) -> None:
    for path, (location, _) in REDIRECTS.items():
        raw(site, "/" + path, status(302, Location=location) if location else status(302))
    raw(site, "/loop-b.xml", status(301, Location="/loop-a.xml"))
    for n in range(1, 8):
        raw(site, f"/chain-{n}.xml", status(307, Location=f"/chain-{n + 1}.xml"))
    site.status("/hop.xml", 302, {"Location": site.url("/good.xml")})
    monitor = watch(config, site, ["/hop.xml", *("/" + p for p in REDIRECTS)])
    try:
        report = by_path(list(monitor.poll().sources))
        state = by_path(monitor.sources())
    finally:
        monitor.close()

    hop = report["hop.xml"]
    assert isinstance(hop, SourcePoll)
    assert (hop.status, hop.new) == ("ok", 2)
    for path, (_, words) in REDIRECTS.items():
        result, source = report[path], state[path]
        assert isinstance(result, SourcePoll)
        assert isinstance(source, Source)
        assert result.status == "error", path
        assert words in (source.last_error or ""), (path, source.last_error)
        assert source.failures == 1
    assert site.hits.get("/chain-6.xml", 0) == 0  # the sixth redirect is never followed
    assert "/loop-a.xml" in site.hits
    assert site.hits["/loop-a.xml"] == 1


@pytest.mark.timeout(60)
def test_storm_of_5xx_backs_off_further_each_time_while_others_complete(
    config: Config, site: Site, frozen_clock: FrozenClock
) -> None:
    codes = [500, 502, 503, 504] * 3
    paths = [f"/storm-{n}-{code}.xml" for n, code in enumerate(codes)]
    for path, code in zip(paths, codes, strict=True):
        site.status(path, code)
    monitor = watch(config, site, ["/good.xml", *paths])
    delays: list[list[dt.timedelta]] = []
    try:
        for attempt in range(3):
            report = by_path(list(monitor.poll(force=True).sources))
            good = report["good.xml"]
            assert isinstance(good, SourcePoll)
            assert good.status == ("ok" if attempt == 0 else "not_modified")
            now = frozen_clock()
            state = by_path(monitor.sources())
            round_delays = []
            for path in paths:
                result, source = report[path.lstrip("/")], state[path.lstrip("/")]
                assert isinstance(result, SourcePoll)
                assert isinstance(source, Source)
                assert result.status == "error"
                assert source.failures == attempt + 1
                assert source.next_poll is not None
                round_delays.append(source.next_poll - now)
            delays.append(round_delays)
            held = by_path(list(monitor.poll().sources))  # unforced: all held back
            assert {held[p.lstrip("/")].status for p in paths} == {"backoff"}  # type: ignore[attr-defined]
    finally:
        monitor.close()
    hits = sum(site.hits.get(path, 0) for path in paths)
    assert hits == 3 * len(paths)  # one request per forced poll: no retry storm of our own
    assert max(delays[0]) <= dt.timedelta(minutes=30)
    assert min(delays[2]) >= dt.timedelta(minutes=60)


@pytest.mark.timeout(60)
def test_retry_after_in_the_past_future_or_garbage(
    config: Config, site: Site, frozen_clock: FrozenClock
) -> None:
    now = frozen_clock().replace(tzinfo=dt.UTC)
    values = {
        "past.xml": format_datetime(now - dt.timedelta(hours=5), usegmt=True),
        "future.xml": format_datetime(now + dt.timedelta(hours=3), usegmt=True),
        "seconds.xml": "10800",
        "garbage.xml": "after lunch, maybe",
        "negative.xml": "-600",
        "huge.xml": "9" * 400,
        "far-future.xml": "Fri, 31 Dec 9999 23:59:59 GMT",
    }
    for path, value in values.items():
        site.status("/" + path, 429, {"Retry-After": value})
    monitor = watch(config, site, ["/good.xml", *("/" + p for p in values)])
    try:
        report = by_path(list(monitor.poll().sources))
        state = by_path(monitor.sources())
    finally:
        monitor.close()

    good = report["good.xml"]
    assert isinstance(good, SourcePoll)
    assert good.status == "ok"
    naive_now = frozen_clock()
    wait = {}
    for path in values:
        source = state[path]
        assert isinstance(source, Source)
        assert report[path].status == "error"  # type: ignore[attr-defined]
        assert "429" in (source.last_error or "")
        assert source.next_poll is not None
        wait[path] = source.next_poll - naive_now
    ordinary = dt.timedelta(minutes=30)  # the first failure's backoff ceiling
    for path in ("past.xml", "garbage.xml", "negative.xml"):
        assert dt.timedelta(0) < wait[path] <= ordinary, path
    for path in ("future.xml", "seconds.xml"):
        assert wait[path] >= dt.timedelta(hours=3), path
    for path in ("huge.xml", "far-future.xml"):  # clamped: a server cannot park a source
        assert dt.timedelta(hours=3) < wait[path] <= dt.timedelta(days=7), path
