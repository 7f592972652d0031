"""A scriptable HTTP/1.1 server on 127.0.0.1 for the fetch tests.

It speaks HTTP over raw asyncio streams, so a route can misbehave the way real servers do:
stall after the headers, drip a body, lie about Content-Length, reset the connection.
Every connection is closed after one response; every handler is cancelled on exit.
"""

from __future__ import annotations

import asyncio
import socket
import struct
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Self

import pytest

from monitor.ingest.fetch import Fetcher, FetchRequest, FetchResult

NOW = datetime(2025, 3, 5, 12, 0, tzinfo=UTC)
FEED = b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>'
#: Short limits so a misbehaving route fails the fetch quickly; tests override as needed.
QUICK: dict[str, Any] = {"connect_timeout": 2.0, "read_timeout": 2.0, "total_timeout": 5.0}
PROXY_VARIABLES = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
)


@dataclass(frozen=True)
class Seen:
    """A request as the server received it (header names lower-cased)."""

    method: str
    path: str
    headers: Mapping[str, str]


Handler = Callable[[Seen, asyncio.StreamWriter], Awaitable[None]]


class FeedServer:
    """``async with FeedServer({"/feed": handler}) as server: server.url("/feed")``."""

    def __init__(self, routes: Mapping[str, Handler]) -> None:
        self.routes = routes
        self.seen: list[Seen] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self._server: asyncio.Server | None = None
        self.port = 0

    async def __aenter__(self) -> Self:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            method, path, _ = (await reader.readline()).decode("latin-1").split(" ", 2)
            headers = {}
            while (line := await reader.readline()) not in (b"\r\n", b"\n", b""):
                name, _, value = line.decode("latin-1").partition(":")
                headers[name.strip().lower()] = value.strip()
            seen = Seen(method, path, headers)
            self.seen.append(seen)
            await self.routes.get(path, respond(404))(seen, writer)
        except (ConnectionError, ValueError):
            pass  # the client went away or sent garbage: nothing to answer
        except asyncio.CancelledError:
            pass  # the server is stopping; Python 3.11 would log a cancelled handler as an error
        finally:
            writer.close()


async def send_head(writer: asyncio.StreamWriter, status: int, headers: Mapping[str, str]) -> None:
    lines = [f"HTTP/1.1 {status} Whatever", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
    await writer.drain()


def respond(status: int, body: bytes = b"", headers: Mapping[str, str] | None = None) -> Handler:
    """A route answering ``status`` with ``body`` and a correct Content-Length."""

    async def handler(seen: Seen, writer: asyncio.StreamWriter) -> None:
        await send_head(writer, status, {"Content-Length": str(len(body)), **(headers or {})})
        writer.write(body)
        await writer.drain()

    return handler


def redirect(status: int, location: str) -> Handler:
    return respond(status, headers={"Location": location})


async def reset(seen: Seen, writer: asyncio.StreamWriter) -> None:
    """Abort the connection with a TCP RST instead of answering."""
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


def fetch_once(
    routes: Mapping[str, Handler],
    path: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    **options: Any,
) -> tuple[FetchResult, FeedServer]:
    """Start a server with ``routes``, fetch ``path`` once with quick limits, stop the server."""

    async def scenario() -> tuple[FetchResult, FeedServer]:
        async with FeedServer(routes) as server, Fetcher(**{**QUICK, **options}) as fetcher:
            request = FetchRequest(server.url(path), etag=etag, last_modified=last_modified)
            return await fetcher.fetch(request, now=NOW), server

    return asyncio.run(scenario())


def clear_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx honours proxy variables; a developer's proxy must not swallow loopback requests."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
