"""Fetcher bounds what a hostile or broken server can cost: size, time, connections."""

from __future__ import annotations

import asyncio
import gzip
from dataclasses import dataclass

import pytest

from monitor.ingest.fetch import Fetcher, FetchRequest, FetchResult, FetchStatus

from fetch_servers import (
    FEED,
    NOW,
    QUICK,
    FeedServer,
    Seen,
    fetch_once,
    reset,
    respond,
    send_head,
)

MIB = 1024 * 1024


def assert_error(result: FetchResult, *words: str) -> None:
    assert result.status is FetchStatus.ERROR
    assert result.content is None
    assert result.error is not None
    for word in words:
        assert word in result.error


def test_gzip_bomb_is_stopped_at_the_decoded_cap() -> None:
    bomb = gzip.compress(bytes(32 * MIB), compresslevel=9)  # ~32 KiB on the wire
    route = respond(200, bomb, {"Content-Encoding": "gzip"})
    result, server = fetch_once({"/feed": route}, "/feed", max_bytes=1 * MIB)

    assert_error(result, "more than 1,048,576 bytes", "after decompression", server.url("/feed"))
    # Decoding is bounded per chunk: never more than one byte past the cap is inflated.
    assert result.bytes_read == 1 * MIB + 1


async def endless_chunked(seen: Seen, writer: asyncio.StreamWriter) -> None:
    await send_head(writer, 200, {"Transfer-Encoding": "chunked"})
    chunk = b"%x\r\n%s\r\n" % (64 * 1024, b"<" * 64 * 1024)
    for _ in range(1000):  # 64 MiB at most, so a broken client cannot make this run forever
        writer.write(chunk)
        await writer.drain()


def test_endless_chunked_body_is_stopped_at_the_cap() -> None:
    result, _ = fetch_once({"/feed": endless_chunked}, "/feed", max_bytes=256 * 1024)

    assert_error(result, "more than 262,144 bytes")
    assert result.bytes_read > 256 * 1024


def test_body_exactly_at_the_cap_is_accepted() -> None:
    result, _ = fetch_once({"/feed": respond(200, FEED)}, "/feed", max_bytes=len(FEED))

    assert result.status is FetchStatus.OK
    assert result.content == FEED


async def hang_after_headers(seen: Seen, writer: asyncio.StreamWriter) -> None:
    await send_head(writer, 200, {"Content-Length": "100"})
    await asyncio.sleep(30)  # cancelled when the test's server stops


def test_server_stalling_after_headers_times_out() -> None:
    result, server = fetch_once({"/feed": hang_after_headers}, "/feed", read_timeout=0.2)

    assert_error(result, "timed out after 0.2 s waiting for data from", server.url("/feed"))


async def slow_loris(seen: Seen, writer: asyncio.StreamWriter) -> None:
    await send_head(writer, 200, {"Transfer-Encoding": "chunked"})
    for _ in range(600):  # one byte every 50 ms: each read is quick, the body never ends
        writer.write(b"1\r\nx\r\n")
        await writer.drain()
        await asyncio.sleep(0.05)


def test_slow_loris_body_hits_the_overall_deadline() -> None:
    result, server = fetch_once({"/feed": slow_loris}, "/feed", read_timeout=2.0, total_timeout=0.5)

    assert_error(result, "after 0.5 s in total", server.url("/feed"))
    assert 0 < result.bytes_read < 600


def test_connection_reset_is_an_error() -> None:
    result, server = fetch_once({"/feed": reset}, "/feed")

    assert_error(result, server.url("/feed"))


async def short_body_then_close(seen: Seen, writer: asyncio.StreamWriter) -> None:
    await send_head(writer, 200, {"Content-Length": "1000"})
    writer.write(FEED[:10])
    await writer.drain()


async def short_body_then_wait(seen: Seen, writer: asyncio.StreamWriter) -> None:
    await short_body_then_close(seen, writer)
    await asyncio.sleep(30)  # cancelled when the test's server stops


def test_body_shorter_than_content_length_is_an_error() -> None:
    result, server = fetch_once({"/feed": short_body_then_close}, "/feed")

    assert_error(result, "network error", server.url("/feed"))


def test_body_shorter_than_content_length_on_open_connection_times_out() -> None:
    result, _ = fetch_once({"/feed": short_body_then_wait}, "/feed", read_timeout=0.2)

    assert_error(result, "timed out after 0.2 s")


@dataclass
class Gauge:
    """Counts requests the server is handling at once; holds each until ``target`` overlap."""

    target: int
    active: int = 0
    highest: int = 0

    async def handler(self, seen: Seen, writer: asyncio.StreamWriter) -> None:
        self.active += 1
        self.highest = max(self.highest, self.active)
        for _ in range(200):  # wait (at most 2 s) for the overlap the client should allow
            if self.active >= self.target:
                break
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.05)  # room for an extra request if the client let one through
        self.active -= 1  # before answering, so the client's next request cannot race it
        await respond(200, FEED)(seen, writer)


def fetch_all(gauge: Gauge, count: int, **options: float) -> list[FetchResult]:
    async def scenario() -> list[FetchResult]:
        routes = {f"/feed/{n}": gauge.handler for n in range(count)}
        async with FeedServer(routes) as server, Fetcher(**{**QUICK, **options}) as fetcher:
            requests = [FetchRequest(server.url(path)) for path in routes]
            return [result async for result in fetcher.fetch_many(requests, now=NOW)]

    return asyncio.run(scenario())


def test_at_most_two_requests_per_host_at_once() -> None:
    gauge = Gauge(target=2)
    results = fetch_all(gauge, 6, per_host=2)

    assert gauge.highest == 2
    assert len(results) == 6
    assert {result.status for result in results} == {FetchStatus.OK}


def test_global_connection_limit_applies_across_a_host() -> None:
    gauge = Gauge(target=1)
    results = fetch_all(gauge, 3, per_host=5, max_connections=1)

    assert gauge.highest == 1
    assert len(results) == 3


def test_fetch_many_keeps_going_after_failures() -> None:
    async def scenario() -> list[FetchResult]:
        routes = {"/ok": respond(200, FEED), "/gone": respond(410)}
        async with FeedServer(routes) as server, Fetcher(**QUICK) as fetcher:
            urls = [server.url("/ok"), "file:///etc/passwd", server.url("/gone")]
            requests = [FetchRequest(url) for url in urls]
            return [result async for result in fetcher.fetch_many(requests, now=NOW)]

    results = asyncio.run(scenario())

    statuses = {result.request_url.rsplit("/", 1)[-1]: result.status for result in results}
    assert statuses == {"ok": FetchStatus.OK, "passwd": FetchStatus.ERROR, "gone": FetchStatus.GONE}


def test_invalid_limits_are_rejected() -> None:
    with pytest.raises(ValueError, match="max_bytes must be positive"):
        Fetcher(max_bytes=0)
