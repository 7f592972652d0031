"""`fetch.block_private_addresses`: sources resolving to non-public addresses are refused.

Off by default (local feeds are legitimate); when on, every address a host resolves to is
checked on every redirect hop, and plain-http requests go to the address that was checked.
"""

from __future__ import annotations

import asyncio
import dataclasses
import ipaddress
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from monitor.app import Monitor
from monitor.config import Config
from monitor.ingest import _fetch_guards, fetch
from monitor.ingest.fetch import FetchStatus
from monitor.ingest.poll import fetcher_settings

from conftest import FrozenClock
from fetch_servers import (
    FEED,
    NOW,
    QUICK,
    FeedServer,
    fetch_once,
    redirect,
    respond,
)
from sites import Site, rss, serve

REFUSED = "fetch.block_private_addresses is on"


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fc00::1", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata services live here
        ("fe80::1", "link-local"),
        ("100.64.0.1", "non-public"),  # carrier-grade NAT
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "private"),
        ("8.8.8.8", None),
        ("2606:4700::1111", None),
    ],
)
def test_non_public_addresses_are_named(address: str, kind: str | None) -> None:
    assert _fetch_guards.non_public(ipaddress.ip_address(address)) == kind


def test_loopback_source_is_fetched_by_default() -> None:
    result, server = fetch_once({"/feed": respond(200, FEED)}, "/feed")

    assert result.status is FetchStatus.OK
    assert len(server.seen) == 1


def test_loopback_source_is_refused_when_blocking_without_a_request() -> None:
    result, server = fetch_once(
        {"/feed": respond(200, FEED)}, "/feed", block_private_addresses=True
    )

    assert result.status is FetchStatus.ERROR
    assert result.content is None
    assert result.error is not None
    assert "resolves to 127.0.0.1, a loopback address" in result.error
    assert REFUSED in result.error
    assert server.seen == []


def test_localhost_by_name_is_refused() -> None:
    async def scenario() -> str | None:
        async with fetch.Fetcher(block_private_addresses=True) as fetcher:
            request = fetch.FetchRequest("http://localhost:9/feed")
            return (await fetcher.fetch(request, now=NOW)).error

    error = asyncio.run(scenario())
    assert error is not None
    assert "a loopback address" in error


def test_every_redirect_hop_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """127.0.0.1 stands for a public server here; its redirect to 127.0.0.2 is refused."""
    real = _fetch_guards.non_public
    monkeypatch.setattr(
        _fetch_guards, "non_public", lambda a: None if str(a) == "127.0.0.1" else real(a)
    )
    routes = {"/start": redirect(302, "http://127.0.0.2:1/internal")}
    result, server = fetch_once(routes, "/start", block_private_addresses=True)

    assert result.status is FetchStatus.ERROR
    assert result.error is not None
    assert "127.0.0.2:1/internal" in result.error
    assert "a loopback address" in result.error
    assert [seen.path for seen in server.seen] == ["/start"]


@pytest.fixture
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[list[str]]]:
    """Names resolved by a script: each lookup of a name takes the next list of addresses."""
    answers: dict[str, list[list[str]]] = {}
    real = asyncio.BaseEventLoop.getaddrinfo

    async def getaddrinfo(
        self: asyncio.BaseEventLoop, host: Any, port: Any, **kwargs: Any
    ) -> list[Any]:
        name = host.decode() if isinstance(host, bytes) else host
        if name not in answers:
            return await real(self, host, port, **kwargs)
        script = answers[name]
        addresses = script.pop(0) if len(script) > 1 else script[0]
        return [
            (
                socket.AF_INET6 if ":" in a else socket.AF_INET,
                socket.SOCK_STREAM,
                6,
                "",
                (a, int(port or 0)),
            )
            for a in addresses
        ]

    monkeypatch.setattr(asyncio.BaseEventLoop, "getaddrinfo", getaddrinfo)
    return answers


def test_a_name_with_one_private_address_among_public_ones_is_refused(
    fake_dns: dict[str, list[list[str]]],
) -> None:
    fake_dns["mixed.example"] = [["93.184.215.14", "10.0.0.7"]]

    async def scenario() -> str | None:
        async with fetch.Fetcher(block_private_addresses=True) as fetcher:
            request = fetch.FetchRequest("https://mixed.example/feed")
            return (await fetcher.fetch(request, now=NOW)).error

    error = asyncio.run(scenario())
    assert error is not None
    assert "resolves to 10.0.0.7, a private address" in error


def test_plain_http_goes_to_the_checked_address_despite_rebinding(
    fake_dns: dict[str, list[list[str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name answers 127.0.0.1 (taken as public here) once, then an internal address: the
    request still reaches the address that was checked, with the name in its Host header."""
    real = _fetch_guards.non_public
    monkeypatch.setattr(
        _fetch_guards, "non_public", lambda a: None if str(a) == "127.0.0.1" else real(a)
    )
    fake_dns["rebind.example"] = [["127.0.0.1"], ["10.255.255.1"]]

    async def scenario() -> tuple[Any, Any]:
        async with FeedServer({"/feed": respond(200, FEED)}) as server:
            async with fetch.Fetcher(**QUICK, block_private_addresses=True) as fetcher:
                url = f"http://rebind.example:{server.port}/feed"
                result = await fetcher.fetch(fetch.FetchRequest(url), now=NOW)
            return result, server

    result, server = asyncio.run(scenario())
    assert result.status is FetchStatus.OK, result.error
    assert result.final_url == f"http://rebind.example:{server.port}/feed"
    (seen,) = server.seen
    assert seen.headers["host"] == f"rebind.example:{server.port}"


def test_setting_reaches_the_fetcher_and_is_off_by_default(config: Config) -> None:
    assert "block_private_addresses" not in fetcher_settings(config)
    on = dataclasses.replace(config, sections={"fetch": {"block_private_addresses": True}})
    assert fetcher_settings(on)["block_private_addresses"] is True


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        running.feed("/feed.xml", rss("Local", [("l-1", "Local news", "x")]))
        yield running


@pytest.mark.parametrize("block", [True, False])
def test_poll_of_a_loopback_source_records_the_refusal_only_when_blocking(
    config: Config, site: Site, frozen_clock: FrozenClock, block: bool
) -> None:
    sections: dict[str, Any] = {
        "sources": {
            "defaults": False,
            "feed": [{"name": "local", "url": site.url("/feed.xml"), "interval": "30m"}],
        },
        "fetch": {"timeout": 2.0, "block_private_addresses": block},
    }
    monitor = Monitor(dataclasses.replace(config, sections=sections))
    monitor.init()
    try:
        (result,) = monitor.poll().sources
        (source,) = monitor.sources()
    finally:
        monitor.close()
    if block:
        assert result.status == "error"
        assert source.last_error is not None
        assert REFUSED in source.last_error
        assert source.failures == 1
        assert site.hits == {}
    else:
        assert result.status == "ok"
        assert result.new == 1
        assert site.hits == {"/feed.xml": 1}
