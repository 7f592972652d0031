"""How a failed exchange reads: the HTTP client's exceptions as one line naming the URL.

Split from `monitor.ingest.fetch` so that module reads as the fetching itself. aiohttp's own
messages about malformed answers quote the bytes at fault over several lines; what a user
reads is the first line, after what went wrong and where.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import aiohttp
from yarl import URL

_QUOTED_MESSAGE = re.compile(r"message='([^']+)'")


@dataclass(frozen=True, slots=True)
class Timeouts:
    """The limits a failure message cites, in seconds."""

    connect: float
    read: float
    total: float


def describe_failure(exc: BaseException, url: URL, timeouts: Timeouts) -> str:
    """The error a user reads for an exchange with `url` that raised `exc`."""
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return f"timed out after {timeouts.connect:g} s connecting to {url}"
    if isinstance(exc, aiohttp.ServerTimeoutError):  # before TimeoutError: it is one too
        return f"timed out after {timeouts.read:g} s waiting for data from {url}"
    if isinstance(exc, TimeoutError):
        return (
            f"gave up on {url} after {timeouts.total:g} s in total (the limit for one fetch): "
            "the server is sending too slowly"
        )
    if isinstance(exc, aiohttp.ClientConnectorError):
        return f"could not connect to {url}: {_describe(exc)}"
    if isinstance(exc, aiohttp.ClientPayloadError):
        return (
            f"network error with {url}: the server closed the connection without sending "
            f"complete message body ({_describe(exc)})"
        )
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientOSError):
        return f"connection to {url} broke mid-transfer: {_describe(exc)}"
    if isinstance(exc, aiohttp.ClientResponseError):  # malformed answers, bad framing
        return f"network error with {url}: its answer is malformed ({_describe(exc)})"
    if isinstance(exc, zlib.error):
        return f"{url} sent a body that does not decompress: {exc}"
    return f"network error with {url}: {_describe(exc)}"  # proxies, anything else


def _describe(exc: BaseException) -> str:
    """The first non-empty message down the ``raise ... from`` chain (some errors have none)."""
    if isinstance(exc, aiohttp.ClientResponseError) and exc.message:
        return exc.message.splitlines()[0].strip().rstrip(":")
    quoted = (
        _QUOTED_MESSAGE.search(str(exc)) if isinstance(exc, aiohttp.ClientPayloadError) else None
    )
    if quoted:  # "Response payload is not completed: <ContentLengthError: ..., message='...'>"
        return quoted.group(1).rstrip(".")
    cause: BaseException | None = exc
    innermost = exc
    while cause is not None:
        if str(cause):
            return str(cause)
        innermost, cause = cause, cause.__cause__ or cause.__context__
    return type(innermost).__name__
