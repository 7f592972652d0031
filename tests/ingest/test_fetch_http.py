"""Fetcher against a real loopback server: conditional GET, encodings, statuses, Retry-After."""

from __future__ import annotations

import asyncio
import gzip
import socket
import zlib
from datetime import timedelta
from email.utils import format_datetime

import pytest

from monitor.ingest.fetch import Fetcher, FetchRequest, FetchStatus, default_user_agent

from fetch_servers import (
    FEED,
    NOW,
    QUICK,
    FeedServer,
    Seen,
    fetch_once,
    respond,
    send_head,
)

ETAG = '"v1"'
LAST_MODIFIED = "Wed, 05 Mar 2025 09:00:00 GMT"


async def conditional_feed(seen: Seen, writer: asyncio.StreamWriter) -> None:
    """Answers 304 when the client presents the current validators, else the feed."""
    if seen.headers.get("if-none-match") == ETAG:
        await respond(304, headers={"ETag": ETAG})(seen, writer)
    else:
        headers = {"ETag": ETAG, "Last-Modified": LAST_MODIFIED, "Content-Type": "text/xml"}
        await respond(200, FEED, headers)(seen, writer)


def test_first_fetch_returns_body_and_validators() -> None:
    result, server = fetch_once({"/feed": conditional_feed}, "/feed")

    assert result.status is FetchStatus.OK
    assert result.http_status == 200
    assert result.content == FEED
    assert (result.etag, result.last_modified) == (ETAG, LAST_MODIFIED)
    assert result.headers["content-type"] == "text/xml"
    assert result.final_url == result.request_url == server.url("/feed")
    assert result.permanent_url is None
    assert result.bytes_read == len(FEED)
    assert result.error is None
    assert "if-none-match" not in server.seen[0].headers


def test_conditional_request_sends_validators_and_gets_not_modified() -> None:
    result, server = fetch_once(
        {"/feed": conditional_feed}, "/feed", etag=ETAG, last_modified=LAST_MODIFIED
    )

    assert server.seen[0].headers["if-none-match"] == ETAG
    assert server.seen[0].headers["if-modified-since"] == LAST_MODIFIED
    assert result.status is FetchStatus.NOT_MODIFIED
    assert result.http_status == 304
    assert result.content is None
    # The 304 carried no Last-Modified: the stored one stays valid.
    assert (result.etag, result.last_modified) == (ETAG, LAST_MODIFIED)


def test_user_agent_names_the_tool_and_project_and_gzip_is_offered() -> None:
    result, server = fetch_once({"/feed": respond(200, FEED)}, "/feed")

    headers = server.seen[0].headers
    assert headers["user-agent"] == default_user_agent()
    assert headers["user-agent"].startswith("milestone-monitor/")
    assert "(+https://github.com/milestone-monitor/milestone-monitor)" in headers["user-agent"]
    assert "gzip" in headers["accept-encoding"]
    assert "deflate" in headers["accept-encoding"]
    assert result.status is FetchStatus.OK


@pytest.mark.parametrize(
    ("coding", "body"),
    [
        ("gzip", gzip.compress(FEED)),
        ("deflate", zlib.compress(FEED)),
        ("deflate", zlib.compress(FEED, wbits=-zlib.MAX_WBITS)[:]),
    ],
    ids=["gzip", "zlib-deflate", "raw-deflate"],
)
def test_compressed_body_is_decoded(coding: str, body: bytes) -> None:
    route = respond(200, body, {"Content-Encoding": coding})
    result, _ = fetch_once({"/feed": route}, "/feed")

    assert result.status is FetchStatus.OK
    assert result.content == FEED
    assert result.bytes_read == len(FEED)


def test_unknown_content_encoding_is_an_error() -> None:
    route = respond(200, b"xx", {"Content-Encoding": "br"})
    result, server = fetch_once({"/feed": route}, "/feed")

    assert result.status is FetchStatus.ERROR
    assert result.error is not None
    assert "'br'" in result.error
    assert server.url("/feed") in result.error


def test_corrupt_gzip_body_is_an_error() -> None:
    route = respond(200, b"this is not gzip at all", {"Content-Encoding": "gzip"})
    result, server = fetch_once({"/feed": route}, "/feed")

    assert result.status is FetchStatus.ERROR
    assert result.error is not None
    assert "does not decompress" in result.error
    assert server.url("/feed") in result.error


@pytest.mark.parametrize(
    ("status", "words"),
    [(500, "HTTP 500 Internal Server Error"), (404, "HTTP 404 Not Found"), (403, "Forbidden")],
)
def test_http_error_status_is_reported_with_url(status: int, words: str) -> None:
    result, server = fetch_once({"/feed": respond(status, b"oops")}, "/feed")

    assert result.status is FetchStatus.ERROR
    assert result.http_status == status
    assert result.content is None
    assert result.error is not None
    assert words in result.error
    assert server.url("/feed") in result.error
    assert result.retry_after is None


def test_gone_tells_the_caller_to_disable_the_source() -> None:
    result, server = fetch_once({"/feed": respond(410)}, "/feed")

    assert result.status is FetchStatus.GONE
    assert result.http_status == 410
    assert result.error is not None
    assert "disable" in result.error
    assert server.url("/feed") in result.error


@pytest.mark.parametrize(
    ("status", "value", "expected"),
    [
        (429, "120", NOW + timedelta(seconds=120)),
        (429, format_datetime(NOW + timedelta(hours=3), usegmt=True), NOW + timedelta(hours=3)),
        (429, format_datetime(NOW - timedelta(hours=3), usegmt=True), None),
        (429, "after lunch", None),
        (503, "30", NOW + timedelta(seconds=30)),
    ],
    ids=["429-seconds", "429-http-date", "429-past-date", "429-garbage", "503-seconds"],
)
def test_retry_after_is_honoured_on_429_and_503(status: int, value: str, expected: object) -> None:
    route = respond(status, headers={"Retry-After": value})
    result, _ = fetch_once({"/feed": route}, "/feed")

    assert result.status is FetchStatus.ERROR
    assert result.http_status == status
    assert result.retry_after == expected


def test_retry_after_is_ignored_on_other_statuses() -> None:
    result, _ = fetch_once({"/feed": respond(500, headers={"Retry-After": "120"})}, "/feed")

    assert result.retry_after is None


def test_refused_connection_is_an_error_naming_the_url() -> None:
    with socket.socket() as probe:  # a port nothing listens on once the probe is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/feed"

    async def scenario() -> None:
        async with Fetcher(**QUICK) as fetcher:
            result = await fetcher.fetch(FetchRequest(url), now=NOW)
        assert result.status is FetchStatus.ERROR
        assert result.error is not None
        assert result.error.startswith(f"could not connect to {url}")

    asyncio.run(scenario())


def test_empty_success_body_is_ok() -> None:
    async def no_content(seen: Seen, writer: asyncio.StreamWriter) -> None:
        await send_head(writer, 204, {})

    result, _ = fetch_once({"/feed": no_content}, "/feed")

    assert result.status is FetchStatus.OK
    assert result.content == b""


def test_naive_now_is_a_programming_error() -> None:
    async def scenario() -> None:
        async with FeedServer({}) as server, Fetcher() as fetcher:
            await fetcher.fetch(FetchRequest(server.url("/")), now=NOW.replace(tzinfo=None))

    with pytest.raises(ValueError, match="timezone-aware"):
        asyncio.run(scenario())
