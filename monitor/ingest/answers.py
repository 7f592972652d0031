"""What a feed server's answer means: the fetch's request and result types, and the status,
error message (with what to do) and Retry-After moment read from a final answer.

Split from `monitor.ingest.fetch` so that module reads as the fetching itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from http import HTTPStatus
from types import MappingProxyType

import httpx

from monitor.ingest.backoff import parse_retry_after

_RETRY_AFTER_STATUSES = frozenset({429, 503})
_HINTS = {
    401: "the feed needs credentials the monitor does not have",
    403: "the server refuses the monitor; check the URL or ask the publisher",
    404: "check the feed URL; the site may have moved it",
    429: "the server is rate-limiting the monitor",
    503: "the server is temporarily unavailable",
}


class FetchStatus(StrEnum):
    OK = "ok"
    NOT_MODIFIED = "not_modified"
    GONE = "gone"  # 410: the caller should disable the source
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class FetchRequest:
    """A feed URL plus the validators stored from its previous successful fetch."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The outcome of one fetch. ``content`` is the decoded body, set only when status is OK.

    ``permanent_url`` is set only when every redirect on the way was permanent (301/308):
    storage may then replace the source's URL. ``etag``/``last_modified`` are the validators
    to store for the next conditional request (on 304, the request's own if none came back).
    """

    request_url: str
    final_url: str
    status: FetchStatus
    permanent_url: str | None = None
    http_status: int | None = None
    content: bytes | None = None
    headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    etag: str | None = None
    last_modified: str | None = None
    retry_after: datetime | None = None
    error: str | None = None
    duration_s: float = 0.0
    bytes_read: int = 0


@dataclass(frozen=True, slots=True)
class Answer:
    """The last answer of a fetch (after redirects), its body read within the caps."""

    status_code: int
    reason: str
    headers: httpx.Headers
    content: bytes | None


def judge_answer(
    answer: Answer, url: str, now: datetime
) -> tuple[FetchStatus, str | None, datetime | None]:
    """Status, error message and Retry-After moment for a final (non-redirect) answer."""
    code = answer.status_code
    if 200 <= code < 300:
        return FetchStatus.OK, None, None
    if code == 304:
        return FetchStatus.NOT_MODIFIED, None, None
    try:
        phrase = HTTPStatus(code).phrase
    except ValueError:
        phrase = answer.reason or "(unknown status)"
    if code == 410:
        return (
            FetchStatus.GONE,
            f"{url} answered 410 {phrase}: the feed was removed; disable the source",
            None,
        )
    error = f"{url} answered HTTP {code} {phrase}"
    retry_after = None
    if code in _RETRY_AFTER_STATUSES:
        retry_after = parse_retry_after(answer.headers.get("retry-after"), now)
        if retry_after is not None:
            error += f"; it asks to retry after {retry_after.isoformat(timespec='seconds')}"
    if code in _HINTS:
        error += f" ({_HINTS[code]})"
    return FetchStatus.ERROR, error, retry_after
