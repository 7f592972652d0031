"""From raw fields (as any feed format gives them) to clean, deduplicated FeedEntry records.

XML feeds (through feedparser) and JSON Feed differ only in where fields sit; the rules for ids,
text, URLs, dates and languages live here so that both formats obey them identically.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urljoin

from monitor.ingest.parsing.language import detect_language, language_code
from monitor.ingest.parsing.text import (
    canonical_url,
    clean_text,
    html_to_text,
    looks_like_html,
    truncate,
)
from monitor.model.entries import FeedEntry, ParsedFeed

TITLE_LIMIT = 1_000
SUMMARY_LIMIT = 20_000
ID_LIMIT = 1_000  # longer "ids" are usually whole documents pasted into <guid>; hash them
FUTURE_TOLERANCE = timedelta(days=2)  # clock skew and time zone mistakes, not scheduled posts


@dataclass(frozen=True, slots=True)
class RawEntry:
    """An entry's fields as found in the document, before any cleaning."""

    entry_id: str | None
    link: str | None
    title: str | None
    title_is_html: bool
    summary: str | None
    summary_is_html: bool
    published: datetime | None
    language: str | None


def as_utc(moment: datetime) -> datetime:
    """An aware UTC datetime; a naive one is taken to be UTC already (feeds' usual meaning)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _plain(value: str | None, *, is_html: bool, single_line: bool) -> str:
    if not value:
        return ""
    if is_html or looks_like_html(value):
        return html_to_text(value, single_line=single_line)
    return clean_text(value, single_line=single_line)


def _entries(count: int) -> str:
    return f"{count} entry" if count == 1 else f"{count} entries"


def _sha256(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _entry_url(link: str | None, base_url: str) -> str | None:
    """The entry's canonical http(s) URL; "javascript:" and the like never reach a digest."""
    link = clean_text(link or "", single_line=True)
    if not link:
        return None
    try:
        url = canonical_url(urljoin(base_url, link))
    except ValueError:  # "http://[::1": no address at all, and no reason to fail the feed
        return None
    return url if url.startswith(("https://", "http://")) else None


def _entry_id(raw_id: str | None, url: str | None, title: str, summary: str) -> str:
    entry_id = clean_text(raw_id or "", single_line=True)
    if len(entry_id) > ID_LIMIT:
        return "sha256:" + _sha256(entry_id)
    return entry_id or url or "sha256:" + _sha256(title, summary)


def _published(moment: datetime | None, now: datetime) -> tuple[datetime, bool]:
    if moment is None:
        return now, False
    try:
        moment = as_utc(moment)
    except OverflowError:  # "9999-12-31T23:59:59-12:00" is past the last representable moment
        return now, False
    if moment > now + FUTURE_TOLERANCE:
        return now, False
    return moment, True


def assemble(
    raw_entries: Iterable[RawEntry],
    *,
    source: str,
    base_url: str,
    feed_title: str | None,
    feed_language: str | None,
    now: datetime,
    warnings: list[str],
) -> ParsedFeed:
    """Clean every raw entry and build the ParsedFeed; appends to `warnings` what was dropped."""
    now = as_utc(now)
    default_language = language_code(feed_language)
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    duplicates = empty = 0
    for raw in raw_entries:
        title = truncate(
            _plain(raw.title, is_html=raw.title_is_html, single_line=True), TITLE_LIMIT
        )
        summary = truncate(
            _plain(raw.summary, is_html=raw.summary_is_html, single_line=False), SUMMARY_LIMIT
        )
        url = _entry_url(raw.link, base_url)
        if not (title or summary or url or (raw.entry_id or "").strip()):
            empty += 1
            continue
        entry_id = _entry_id(raw.entry_id, url, title, summary)
        if entry_id in seen:
            duplicates += 1
            continue
        seen.add(entry_id)
        published, from_feed = _published(raw.published, now)
        language = (
            language_code(raw.language)
            or default_language
            or detect_language(f"{title}\n{summary}")
        )
        entries.append(
            FeedEntry(
                source=source,
                entry_id=entry_id,
                url=url,
                title=title,
                summary=summary,
                published=published,
                published_from_feed=from_feed,
                language=language,
                content_hash=_sha256(title, summary, url or ""),
            )
        )
    if duplicates:
        warnings.append(
            f"skipped {_entries(duplicates)} repeating an id already seen in this document "
            "(the first one was kept)"
        )
    if empty:
        warnings.append(f"skipped {_entries(empty)} with no id, link, title or text")
    return ParsedFeed(
        title=truncate(_plain(feed_title, is_html=False, single_line=True), TITLE_LIMIT),
        language=default_language,
        entries=tuple(entries),
        warnings=tuple(warnings),
    )
