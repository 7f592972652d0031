"""JSON Feed 1.0 and 1.1 (jsonfeed.org), read with the json module into the same records as XML."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from monitor.ingest.parsing._assemble import RawEntry, assemble
from monitor.ingest.parsing.errors import FeedParseError
from monitor.model.entries import ParsedFeed

__all__ = ["JSONFEED_VERSION_PREFIX", "load_json_feed", "parse_json_feed"]

JSONFEED_VERSION_PREFIX = "https://jsonfeed.org/version/"


def _text(value: object) -> str | None:
    """A string field; a field of any other type is treated as absent."""
    return value if isinstance(value, str) else None


def _id(value: object) -> str | None:
    """Ids are strings, but some feeds write numbers ("id": 123): keep those too."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return _text(value)


def _date(value: object) -> datetime | None:
    text = _text(value)
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.strip())  # RFC 3339, as the spec requires
    except ValueError:
        return None


def _raw_entries(items: list[Any], warnings: list[str]) -> Iterator[RawEntry]:
    skipped = 0
    for item in items:
        if not isinstance(item, Mapping):
            skipped += 1
            continue
        summary, summary_is_html = _text(item.get("summary")), False
        if not summary:
            summary = _text(item.get("content_text"))
        if not summary:
            summary, summary_is_html = _text(item.get("content_html")), True
        yield RawEntry(
            entry_id=_id(item.get("id")),
            link=_text(item.get("url")) or _text(item.get("external_url")),
            title=_text(item.get("title")),
            title_is_html=False,
            summary=summary,
            summary_is_html=summary_is_html,
            published=_date(item.get("date_published")) or _date(item.get("date_modified")),
            language=_text(item.get("language")),
        )
    if skipped:
        warnings.append(f"skipped {skipped} item(s) that are not JSON objects")


def load_json_feed(content: bytes, *, url: str) -> dict[str, Any] | None:
    """The decoded JSON Feed object, None if the JSON is valid but not a JSON Feed.

    Raises FeedParseError when the bytes are not JSON at all.
    """
    try:
        document = json.loads(content)  # detects UTF-8/16/32 and skips a UTF-8 BOM itself
    except json.JSONDecodeError as exc:
        raise FeedParseError(
            url, f"returned invalid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
        ) from exc
    except (ValueError, RecursionError) as exc:  # bad UTF-8, nesting, integers of 5,000 digits
        reason = str(exc).split(";")[0]  # not Python's advice on raising its digit limit
        raise FeedParseError(url, f"returned unreadable JSON ({reason})") from exc
    if not isinstance(document, dict):
        return None
    version = document.get("version")
    if isinstance(version, str) and version.startswith(JSONFEED_VERSION_PREFIX):
        return document
    return None


def parse_json_feed(
    document: Mapping[str, Any], *, url: str, source: str, now: datetime
) -> ParsedFeed:
    """Records from a decoded JSON Feed object (see `load_json_feed`)."""
    warnings: list[str] = []
    items = document.get("items")
    if not isinstance(items, list):
        if items is not None:
            warnings.append('"items" is not a list; the feed was read as having no items')
        items = []
    return assemble(
        _raw_entries(items, warnings),
        source=source,
        base_url=url,
        feed_title=_text(document.get("title")),
        feed_language=_text(document.get("language")),
        now=now,
        warnings=warnings,
    )
