"""Fetched bytes to a ParsedFeed: RSS 0.9x/1.0/2.0 and Atom by lxml or feedparser, JSON Feed too.

Pure: no network, no clock. The fetcher hands over the body and the response headers (they carry
the charset and the base URL); `now` dates entries that have no date of their own. A document
that holds no feed at all raises FeedParseError saying what came back instead; a feed that is
merely ill-formed keeps its entries and carries a warning.
"""

from __future__ import annotations

import calendar
import email.utils
import io
import re
import time
import xml.sax
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser
import feedparser.sanitizer

from monitor.ingest.parsing._assemble import RawEntry, assemble
from monitor.ingest.parsing._lxml_feed import read_fast
from monitor.ingest.parsing.errors import FeedParseError
from monitor.ingest.parsing.jsonfeed import load_json_feed, parse_json_feed
from monitor.ingest.parsing.text import clean_text
from monitor.model.entries import ParsedFeed

__all__ = ["parse_feed"]

_WHITESPACE_AND_BOM = b"\xef\xbb\xbf \t\r\n"
_ROOT_ELEMENT = re.compile(rb"<([A-Za-z_][\w.:-]*)")
_ABSOLUTE = re.compile(r"\s*https?://", re.IGNORECASE)
_HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHAR_REF = re.compile(rb"&#([xX][0-9a-fA-F]+|[0-9]+);")

# feedparser drops DOCTYPE entities whose value refers to other entities (the billion laughs),
# but keeps plain-text ones and expands them in both of its parsers. One 20 KB entity referenced
# 10,000 times is an 80 KB feed that becomes gigabytes of text (the "quadratic blowup"). Feeds
# have no use for entities of their own, so none is kept: a reference stays as written and the
# feed is read as ill-formed, with a warning.
feedparser.sanitizer.RE_SAFE_ENTITY_PATTERN = re.compile(rb"(?!)")

# "Thu, 16 Jul 2026 21:04:00": an RFC 822 date with its zone left out (wnp.pl writes them so).
# feedparser reads none of these, so the entry would be dated at the poll. Read as UTC, the rule
# for every date that names no zone.
_RFC822_WITHOUT_ZONE = re.compile(
    r"\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*"
)


def _rfc822_without_zone(text: str) -> time.struct_time | None:
    if not _RFC822_WITHOUT_ZONE.fullmatch(text):
        return None
    parts = email.utils.parsedate(text)
    if parts is None:
        return None
    try:  # datetime refuses "31 Feb", which timegm would quietly turn into 3 March
        return datetime(*parts[:6], tzinfo=UTC).utctimetuple()
    except (OverflowError, ValueError):
        return None


feedparser.registerDateHandler(_rfc822_without_zone)


def parse_feed(
    content: bytes,
    *,
    url: str,
    headers: Mapping[str, str],
    now: datetime,
    source: str,
    fast: bool = True,
) -> ParsedFeed:
    """Parse a fetched feed document into clean entries.

    `url` is the address the body came from: it names the feed in errors and resolves relative
    links. `headers` are the HTTP response headers (any case), `source` the id stored on every
    entry. Raises FeedParseError for an empty body, an HTML page, invalid JSON or anything else
    that is not a feed. With `fast` (the default) well-formed UTF-8 RSS and Atom are read by
    lxml (`_lxml_feed`), everything else by feedparser; `fast=False` gives every XML document
    to feedparser (the equivalence tests compare the two).
    """
    lowered = {name.lower(): value for name, value in headers.items()}
    media_type = lowered.get("content-type", "").split(";", 1)[0].strip().lower()
    start = content.lstrip(_WHITESPACE_AND_BOM)
    if not start:
        raise FeedParseError(
            url, "returned an empty body instead of a feed; if this persists, check the feed URL"
        )
    if start.startswith(b"{") or ("json" in media_type and not start.startswith(b"<")):
        document = load_json_feed(content, url=url)
        if document is None:
            raise FeedParseError(
                url,
                'returned JSON that is not a JSON Feed (no "version": '
                '"https://jsonfeed.org/version/1.1"); check the feed URL',
            )
        return parse_json_feed(document, url=url, source=source, now=now)
    return _parse_xml(
        content, url=url, headers=lowered, media_type=media_type, now=now, source=source, fast=fast
    )


def _parse_xml(
    content: bytes,
    *,
    url: str,
    headers: dict[str, str],
    media_type: str,
    now: datetime,
    source: str,
    fast: bool,
) -> ParsedFeed:
    # The base for relative links is resolved here, not by feedparser: given one, it also
    # "resolves" guids such as "item-42" into URLs, so ids would change with the feed's address.
    base_url = urljoin(url, headers.get("content-location", "").strip())
    response_headers = {k: v for k, v in headers.items() if k != "content-location"}
    content = _CHAR_REF.sub(_usable_char_ref, content) if b"&#" in content else content
    read = read_fast(content, headers=response_headers) if fast else None
    if read is not None:
        return assemble(
            read.entries,
            source=source,
            base_url=base_url,
            feed_title=read.title,
            feed_language=read.language,
            now=now,
            warnings=[],
        )
    return _parse_with_feedparser(
        content,
        url=url,
        response_headers=response_headers,
        base_url=base_url,
        media_type=media_type,
        now=now,
        source=source,
    )


def _parse_with_feedparser(
    content: bytes,
    *,
    url: str,
    response_headers: dict[str, str],
    base_url: str,
    media_type: str,
    now: datetime,
    source: str,
) -> ParsedFeed:
    """Everything the fast path leaves: feedparser's strict parser, then its lenient one."""
    try:
        # A file object, never bytes: given bytes, feedparser first tries to open() them as a
        # local path, and given a URL it fetches it itself.
        result = feedparser.parse(
            io.BytesIO(content),
            response_headers=response_headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except Exception as exc:  # a foreign library's failure becomes this feed's error
        raise FeedParseError(url, f"could not be parsed ({type(exc).__name__}: {exc})") from exc
    entries = result.get("entries") or []
    if not result.get("version") and not entries:
        raise FeedParseError(url, _describe_non_feed(content, media_type))
    warnings: list[str] = []
    if result.get("bozo") and not _is_missing_content_type(
        result.get("bozo_exception"), media_type
    ):
        if not entries:
            # Broken and empty: a truncated or corrupt document, not a feed with no news.
            raise FeedParseError(
                url,
                f"sent a broken feed with no readable entry ({result.get('bozo_exception')}); "
                "it may have been cut off, the next poll will retry",
            )
        warnings.append(_describe_problem(result.get("bozo_exception"), media_type))
    feed = result.get("feed") or {}
    return assemble(
        _raw_entries(entries),
        source=source,
        base_url=base_url,
        feed_title=feed.get("title"),
        feed_language=feed.get("language"),
        now=now,
        warnings=warnings,
    )


def _usable_char_ref(ref: re.Match[bytes]) -> bytes:
    """A character reference to a lone surrogate (a broken emoji encoder writes "&#55357;") or
    past U+10FFFF makes feedparser fail on the whole document; it becomes U+FFFD instead."""
    digits = ref.group(1).lstrip(b"xX")
    hexadecimal = ref.group(1)[:1] in (b"x", b"X")
    if len(digits.lstrip(b"0")) > 8:
        return b"&#xFFFD;"
    code = int(digits, 16) if hexadecimal else int(digits)
    return b"&#xFFFD;" if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else ref.group(0)


def _raw_entries(entries: list[Any]) -> Iterator[RawEntry]:
    for entry in entries:
        title_detail = entry.get("title_detail") or {}
        summary_detail = entry.get("summary_detail") or {}
        summary = entry.get("summary")
        if not summary:  # only a full text: use it
            content = next((c for c in entry.get("content") or [] if c.get("value")), None)
            if content is not None:
                summary, summary_detail = content.get("value"), content
        link = entry.get("link")
        if entry.get("guidislink") and link == entry.get("id") and not _ABSOLUTE.match(link):
            link = None  # feedparser took a <guid> such as "item-42" for a permalink
        yield RawEntry(
            entry_id=entry.get("id"),
            link=link,
            title=entry.get("title"),
            title_is_html="html" in (title_detail.get("type") or ""),
            summary=summary,
            summary_is_html="html" in (summary_detail.get("type") or ""),
            # dict.get: FeedParserDict.get("updated_parsed") falls back to published, warning
            published=_first_date(
                dict.get(entry, "published_parsed"),
                dict.get(entry, "updated_parsed"),
                dict.get(entry, "created_parsed"),
            ),
            language=title_detail.get("language") or summary_detail.get("language"),
        )


def _first_date(*candidates: Any) -> datetime | None:
    """The first date feedparser could read (a UTC struct_time), as an aware datetime."""
    for parsed in candidates:
        if parsed is None:
            continue
        try:
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
        except (OverflowError, ValueError, OSError, TypeError):
            continue
    return None


def _is_missing_content_type(exc: object, media_type: str) -> bool:
    """No Content-Type at all (a file, a test) is no problem; a wrong one is worth a warning."""
    return not media_type and type(exc).__name__ == "NonXMLContentType"


def _describe_problem(exc: object, media_type: str) -> str:
    """A warning for a feed feedparser could read despite a problem (its "bozo" exception)."""
    kind = type(exc).__name__
    if isinstance(exc, xml.sax.SAXParseException):
        return (
            f"not well-formed XML (line {exc.getLineNumber()}, column {exc.getColumnNumber()}: "
            f"{exc.getMessage()}); entries were recovered by a lenient parser and may be "
            "incomplete"
        )
    if kind.startswith("CharacterEncoding"):
        return f"character encoding: {exc}"
    if kind == "NonXMLContentType":
        return f"served as {media_type or 'no content type'}, not an XML type; read as XML anyway"
    return f"{kind}: {exc}"


def _describe_non_feed(content: bytes, media_type: str) -> str:
    """What came back instead of a feed, for the error a user reads."""
    head = content[:2048].lstrip(_WHITESPACE_AND_BOM)
    lowered = head.lower()
    if (
        media_type in _HTML_MEDIA_TYPES
        or lowered.startswith((b"<!doctype html", b"<html"))
        or b"<html" in lowered
    ):
        return (
            "returned an HTML page, not a feed; check the feed URL (a site usually links its "
            'feed from its pages with <link rel="alternate">)'
        )
    root = _ROOT_ELEMENT.search(head)
    if head.startswith(b"<") and root is not None:
        name = root.group(1).decode("ascii", "replace")
        return (
            f"returned an XML document with root element <{name}>, not an RSS, Atom or RDF "
            "feed; check the feed URL"
        )
    snippet = clean_text(head[:60].decode("utf-8", "replace"), single_line=True)
    return (
        f"returned {len(content)} bytes that are not a feed ({media_type or 'no content type'}, "
        f"starting {snippet!r}); check the feed URL"
    )
