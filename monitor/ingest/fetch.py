"""Polite, bounded HTTP fetching of feeds: the only module that talks to feed servers.

A :class:`Fetcher` does conditional GETs, follows at most a few http(s) redirects by hand,
caps time and decoded size, limits concurrency per host, and never raises for a failing
source: it returns a :class:`FetchResult` whose ``error`` says what went wrong and where.
With ``block_private_addresses`` it also refuses hosts that resolve to loopback, private,
link-local or other non-public addresses, on every hop (off by default: local feeds are fine).
"""

from __future__ import annotations

import asyncio
import itertools
import time
import zlib
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from importlib import metadata
from types import MappingProxyType, TracebackType
from typing import Self

import httpx

from monitor.ingest._fetch_guards import FetchFailure, Inflater, http_url, public_target
from monitor.ingest.answers import (
    Answer,
    FetchRequest,
    FetchResult,
    FetchStatus,
    judge_answer,
)

__all__ = ["FetchRequest", "FetchResult", "FetchStatus", "Fetcher", "default_user_agent"]

PROJECT_URL = "https://github.com/milestone-monitor/milestone-monitor"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT_REDIRECTS = frozenset({301, 308})


def default_user_agent() -> str:
    """``milestone-monitor/<version> (+<project URL>)``, so publishers can see who polls them."""
    try:
        version = metadata.version("milestone-monitor")
    except metadata.PackageNotFoundError:
        version = "dev"
    return f"milestone-monitor/{version} (+{PROJECT_URL})"


@dataclass(slots=True)
class _Progress:
    """Where one fetch stands: enough to report a failure at any point."""

    url: str
    started: float
    budget: float  # seconds left of total_timeout
    bytes_read: int = 0
    redirects: list[int] = field(default_factory=list)


class Fetcher:
    """Fetches feeds over one shared connection pool; use as ``async with Fetcher() as f``."""

    def __init__(
        self,
        *,
        user_agent: str | None = None,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        total_timeout: float = 60.0,
        max_bytes: int = 10 * 1024 * 1024,
        max_redirects: int = 5,
        per_host: int = 2,
        max_connections: int = 10,
        block_private_addresses: bool = False,
    ) -> None:
        for name, value in [
            ("connect_timeout", connect_timeout),
            ("read_timeout", read_timeout),
            ("total_timeout", total_timeout),
            ("max_bytes", max_bytes),
            ("per_host", per_host),
            ("max_connections", max_connections),
        ]:
            if value <= 0:
                raise ValueError(f"Fetcher: {name} must be positive, got {value!r}")
        if max_redirects < 0:
            raise ValueError(f"Fetcher: max_redirects must be 0 or more, got {max_redirects!r}")
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._total_timeout = total_timeout
        self._max_bytes = max_bytes
        self._max_redirects = max_redirects
        self._per_host = per_host
        self._block_private = block_private_addresses
        self._window = 4 * max_connections  # tasks in flight in fetch_many
        self._all_hosts = asyncio.Semaphore(max_connections)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._client = httpx.AsyncClient(
            follow_redirects=False,
            headers={
                "User-Agent": user_agent or default_user_agent(),
                "Accept-Encoding": "gzip, deflate",
            },
            timeout=httpx.Timeout(
                connect=connect_timeout,
                read=read_timeout,
                write=read_timeout,
                pool=total_timeout,
            ),
            limits=httpx.Limits(
                max_connections=max_connections, max_keepalive_connections=max_connections
            ),
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    async def fetch(self, request: FetchRequest, *, now: datetime) -> FetchResult:
        """Fetch one feed. Failures of the source come back as results; they never raise."""
        if now.tzinfo is None:
            raise ValueError(f"now must be timezone-aware, got naive {now.isoformat()}")
        progress = _Progress(request.url, time.monotonic(), self._total_timeout)
        try:
            answer = await self._follow(request, progress)
        except FetchFailure as failure:
            return _result(request, progress, None, FetchStatus.ERROR, str(failure))
        return _result(request, progress, answer, *judge_answer(answer, progress.url, now))

    async def fetch_many(
        self, requests: Iterable[FetchRequest], *, now: datetime
    ) -> AsyncIterator[FetchResult]:
        """Fetch concurrently; yield each result as it completes (not in input order).

        Only a bounded window of tasks exists at a time, so thousands of sources cost no more
        memory than a few dozen. Close the iterator (``contextlib.aclosing``) if you stop early.
        """
        todo = iter(requests)
        pending: set[asyncio.Task[FetchResult]] = set()
        try:
            while True:
                for request in itertools.islice(todo, self._window - len(pending)):
                    pending.add(asyncio.create_task(self.fetch(request, now=now)))
                if not pending:
                    return
                done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    yield task.result()
        finally:
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)

    async def _follow(self, request: FetchRequest, progress: _Progress) -> Answer:
        """Request the URL, following redirects by hand; return the first non-redirect answer."""
        url = http_url(request.url, base=None)
        seen = {str(url)}
        while True:
            progress.url = str(url)
            answer = await self._exchange(url, request, progress)
            if answer.status_code not in _REDIRECTS:
                return answer
            location = answer.headers.get("location")
            if not location:
                raise FetchFailure(f"{url} answered {answer.status_code} without a Location header")
            target = http_url(location, base=url)
            if str(target) in seen:
                raise FetchFailure(f"redirect loop: {url} sends the monitor back to {target}")
            if len(progress.redirects) >= self._max_redirects:
                raise FetchFailure(
                    f"more than {self._max_redirects} redirects starting at {request.url}; "
                    f"the last one pointed to {target}; use the feed's final URL"
                )
            seen.add(str(target))
            progress.redirects.append(answer.status_code)
            url = target

    async def _exchange(self, url: httpx.URL, request: FetchRequest, progress: _Progress) -> Answer:
        """One request/response, holding a per-host and a global slot, within the deadline.

        Only time spent holding the slots counts against ``total_timeout``: waiting for a
        busy host is not the server's fault.
        """
        headers = {}
        if request.etag:
            headers["If-None-Match"] = request.etag
        if request.last_modified:
            headers["If-Modified-Since"] = request.last_modified
        host = self._hosts.get(url.host)
        if host is None:
            host = self._hosts[url.host] = asyncio.Semaphore(self._per_host)
        async with host, self._all_hosts:
            start = time.monotonic()
            try:
                async with asyncio.timeout(progress.budget):
                    target = url
                    if self._block_private:
                        target = await public_target(url, headers)
                    return await self._send(
                        self._client.build_request("GET", target, headers=headers), progress
                    )
            except TimeoutError:
                raise FetchFailure(
                    f"gave up on {url} after {self._total_timeout:g} s in total "
                    "(the limit for one fetch): the server is sending too slowly"
                ) from None
            except httpx.TimeoutException as exc:
                raise FetchFailure(self._timeout_message(exc, url)) from None
            except httpx.ConnectError as exc:
                raise FetchFailure(f"could not connect to {url}: {_describe(exc)}") from None
            except (httpx.ReadError, httpx.WriteError) as exc:
                raise FetchFailure(
                    f"connection to {url} broke mid-transfer: {_describe(exc)}"
                ) from None
            except httpx.HTTPError as exc:
                raise FetchFailure(f"network error with {url}: {_describe(exc)}") from None
            except httpx.InvalidURL as exc:  # httpx parses a redirect's Location even unfollowed
                raise FetchFailure(
                    f"{url} redirects to an address that is not a valid URL ({exc}); "
                    "the redirect was not followed"
                ) from None
            except zlib.error as exc:
                raise FetchFailure(f"{url} sent a body that does not decompress: {exc}") from None
            finally:
                progress.budget -= time.monotonic() - start

    async def _send(self, request: httpx.Request, progress: _Progress) -> Answer:
        response = await self._client.send(request, stream=True)
        try:
            content = None
            if 200 <= response.status_code < 300:
                content = await self._read_body(response, progress)
            return Answer(response.status_code, response.reason_phrase, response.headers, content)
        finally:
            await response.aclose()

    async def _read_body(self, response: httpx.Response, progress: _Progress) -> bytes:
        """Read and decode the body, stopping as soon as it decodes past ``max_bytes``."""
        url = progress.url  # not the request's: that may name the pinned address
        coding = response.headers.get("content-encoding", "identity").strip().lower()
        inflater = Inflater(coding, url)
        too_big = FetchFailure(
            f"{url} sent more than {self._max_bytes:,} bytes (after decompression), the limit "
            "for one feed; the fetch was stopped"
        )
        parts: list[bytes] = []
        async for raw in response.aiter_raw():
            room = self._max_bytes - progress.bytes_read
            chunk = inflater.inflate(raw, room + 1)
            progress.bytes_read += len(chunk)
            if progress.bytes_read > self._max_bytes:
                raise too_big
            parts.append(chunk)
        tail = inflater.flush()
        progress.bytes_read += len(tail)
        if progress.bytes_read > self._max_bytes:
            raise too_big
        parts.append(tail)
        return b"".join(parts)

    def _timeout_message(self, exc: httpx.TimeoutException, url: httpx.URL) -> str:
        if isinstance(exc, httpx.ConnectTimeout):
            return f"timed out after {self._connect_timeout:g} s connecting to {url}"
        if isinstance(exc, httpx.PoolTimeout):
            return f"timed out waiting for a free connection to {url} (too many fetches at once)"
        return f"timed out after {self._read_timeout:g} s waiting for data from {url}"


def _result(
    request: FetchRequest,
    progress: _Progress,
    answer: Answer | None,
    status: FetchStatus,
    error: str | None,
    retry_after: datetime | None = None,
) -> FetchResult:
    headers = answer.headers if answer else httpx.Headers()
    etag = last_modified = None  # validators come only with a 200 or a 304
    if status is FetchStatus.OK:
        etag, last_modified = headers.get("etag"), headers.get("last-modified")
    elif status is FetchStatus.NOT_MODIFIED:  # a 304 may omit them: the stored ones still hold
        etag = headers.get("etag", request.etag)
        last_modified = headers.get("last-modified", request.last_modified)
    moved = bool(progress.redirects) and set(progress.redirects) <= _PERMANENT_REDIRECTS
    return FetchResult(
        request_url=request.url,
        final_url=progress.url,
        status=status,
        permanent_url=progress.url if answer and moved else None,
        http_status=answer.status_code if answer else None,
        content=answer.content if answer and status is FetchStatus.OK else None,
        headers=MappingProxyType(dict(headers)),
        etag=etag,
        last_modified=last_modified,
        retry_after=retry_after,
        error=error,
        duration_s=time.monotonic() - progress.started,
        bytes_read=progress.bytes_read,
    )


def _describe(exc: BaseException) -> str:
    """The first non-empty message down the ``raise ... from`` chain (httpx often has none)."""
    cause: BaseException | None = exc
    innermost = exc
    while cause is not None:
        if str(cause):
            return str(cause)
        innermost, cause = cause, cause.__cause__ or cause.__context__
    return type(innermost).__name__
