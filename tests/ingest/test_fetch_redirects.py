"""Fetcher follows redirects by hand: few, http(s) only, loops refused, permanent URL reported."""

from __future__ import annotations

import asyncio

import pytest

from monitor.ingest.fetch import Fetcher, FetchRequest, FetchStatus

from fetch_servers import (
    FEED,
    NOW,
    Handler,
    fetch_once,
    redirect,
    respond,
)


def test_chain_of_permanent_redirects_reports_the_new_url() -> None:
    routes = {"/old": redirect(301, "/older"), "/older": redirect(308, "/feed")}
    result, server = fetch_once({**routes, "/feed": respond(200, FEED)}, "/old")

    assert result.status is FetchStatus.OK
    assert result.content == FEED
    assert result.request_url == server.url("/old")
    assert result.final_url == server.url("/feed")
    assert result.permanent_url == server.url("/feed")
    assert [seen.path for seen in server.seen] == ["/old", "/older", "/feed"]


def test_temporary_redirect_in_the_chain_reports_no_new_url() -> None:
    routes = {"/old": redirect(301, "/moved"), "/moved": redirect(302, "/feed")}
    result, server = fetch_once({**routes, "/feed": respond(200, FEED)}, "/old")

    assert result.status is FetchStatus.OK
    assert result.final_url == server.url("/feed")
    assert result.permanent_url is None


def test_relative_location_is_resolved_against_the_current_url() -> None:
    routes = {"/a/old": redirect(301, "new"), "/a/new": respond(200, FEED)}
    result, server = fetch_once(routes, "/a/old")

    assert result.final_url == server.url("/a/new")
    assert result.content == FEED


def test_conditional_headers_are_sent_on_every_hop() -> None:
    routes = {"/old": redirect(307, "/feed"), "/feed": respond(304)}
    result, server = fetch_once(routes, "/old", etag='"e"')

    assert [seen.headers.get("if-none-match") for seen in server.seen] == ['"e"', '"e"']
    assert result.status is FetchStatus.NOT_MODIFIED


def chain(length: int) -> dict[str, Handler]:
    """/r<length> -> ... -> /r1 -> /feed: ``length`` redirects."""
    hops = {
        f"/r{n}": redirect(301, f"/r{n - 1}" if n > 1 else "/feed") for n in range(1, length + 1)
    }
    return {**hops, "/feed": respond(200, FEED)}


def test_five_redirects_are_followed() -> None:
    result, _ = fetch_once(chain(5), "/r5", max_redirects=5)

    assert result.status is FetchStatus.OK


def test_six_redirects_are_an_error() -> None:
    result, server = fetch_once(chain(6), "/r6", max_redirects=5)

    assert result.status is FetchStatus.ERROR
    assert result.error is not None
    assert "more than 5 redirects" in result.error
    assert server.url("/r6") in result.error
    assert len(server.seen) == 6  # the sixth Location is never requested


def test_redirect_loop_is_an_error() -> None:
    routes = {"/a": redirect(302, "/b"), "/b": redirect(302, "/a")}
    result, server = fetch_once(routes, "/a")

    assert result.status is FetchStatus.ERROR
    assert result.error is not None
    assert "redirect loop" in result.error
    assert len(server.seen) == 2


def test_redirect_to_a_file_url_is_refused() -> None:
    result, server = fetch_once({"/feed": redirect(301, "file:///etc/passwd")}, "/feed")

    assert result.status is FetchStatus.ERROR
    assert result.content is None
    assert result.error is not None
    assert "file:///etc/passwd" in result.error
    assert "only http and https" in result.error
    assert server.url("/feed") in result.error


def test_redirect_without_location_is_an_error() -> None:
    result, _ = fetch_once({"/feed": respond(302)}, "/feed")

    assert result.status is FetchStatus.ERROR
    assert result.error is not None
    assert "without a Location" in result.error


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/feed.xml", "example.org/feed.xml"]
)
def test_non_http_feed_url_is_refused_without_network(url: str) -> None:
    async def scenario() -> None:
        async with Fetcher() as fetcher:
            result = await fetcher.fetch(FetchRequest(url), now=NOW)
        assert result.status is FetchStatus.ERROR
        assert result.error is not None
        assert url in result.error
        assert "only http and https" in result.error

    asyncio.run(scenario())
