"""The fast path for XML feeds: one strict lxml parse, read the way feedparser reads it.

feedparser costs about 40 times a C parser (PERFORMANCE.md). Most documents servers send are
well-formed UTF-8 RSS or Atom without a DTD; for those this module builds the raw entries
feedparser would, field for field. Whatever it cannot be sure to read exactly as feedparser
does makes `read_fast` return None, and the caller gives that document to feedparser: another
encoding or a content type feedparser would warn about, ill-formed XML, any DTD or entity
declaration, xml:base, inline XHTML, an element feedparser treats specially that is not
handled here, a repeated title or summary, a date in an unusual shape.

The parser is hardened like the feedparser path: entities are never expanded, no DTD is loaded,
nothing is fetched, and libxml2 keeps its limits on depth and text size (no `huge_tree`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from monitor.ingest.parsing import _dates
from monitor.ingest.parsing._assemble import RawEntry
from monitor.ingest.parsing._feedparser_encoding import decodes_as_feedparser_does
from monitor.ingest.parsing._feedparser_names import (
    CANONICAL_PREFIXES,
    ENTRY_KINDS,
    FEED_KINDS,
    HARMLESS,
    KNOWN_NAMESPACES,
    PROTECTED,
    UNSUPPORTED,
    Kind,
)
from monitor.ingest.parsing._lxml_elements import (
    Unsupported,
    attributes_of,
    check_subtree,
    fix_uri,
    language_in,
    looks_like_html,
    name_of,
    raw_text,
    text_of,
    undo_latin1,
)

__all__ = ["FastFeed", "read_fast"]

_ATOM = "http://www.w3.org/2005/Atom"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RSS_RDF = frozenset({"http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHAR_ENTITY = re.compile(r"&([A-Za-z0-9_]+);")
_ABSOLUTE = re.compile(r"\s*https?://", re.IGNORECASE)  # as in feed._raw_entries
_IMAGE_CHILDREN = {
    "image": frozenset({"title", "link", "url", "width", "height", "description"}),
    "textinput": frozenset({"title", "link", "description", "name"}),
}
_NONE: Mapping[str, str] = {}


@dataclass(frozen=True, slots=True)
class FastFeed:
    """What feedparser would have found: the feed's title and language, and its entries."""

    title: str | None
    language: str | None
    entries: tuple[RawEntry, ...]


def read_fast(content: bytes, *, headers: Mapping[str, str]) -> FastFeed | None:
    """The document read without feedparser, or None when feedparser must read it.

    `headers` are the response headers as feedparser gets them (lower-case names).
    """
    if not decodes_as_feedparser_does(content, headers):
        return None
    if b"<!DOCTYPE" in content or b"<!ENTITY" in content:
        return None  # feedparser's hardened path handles declarations (tests/fixtures/hostile)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, collect_ids=False
    )
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError:
        return None
    if parser.error_log or root.getroottree().docinfo.xml_version != "1.0":
        return None
    try:
        return _Reader(headers.get("content-language")).feed(root)
    except Unsupported:
        return None


@dataclass(slots=True)
class _Entry:
    """One entry's fields as feedparser stores them while it reads the entry."""

    language: str | None
    id: str | None = None
    link: str | None = None
    guidislink: bool | None = None
    title: tuple[str, str, str | None] | None = None  # value, type, language
    summary: str | None = None
    summary_detail: tuple[str, str | None] | None = None  # type, language
    content: tuple[str, str, str | None] | None = None
    has_content: bool = False
    published: datetime | None = None
    updated: datetime | None = None
    created: datetime | None = None

    def raw(self) -> RawEntry:
        """The entry as `feed._raw_entries` makes it from feedparser's dictionary."""
        summary, detail = self.summary, self.summary_detail
        if not summary and self.content is not None and self.content[0]:
            summary, detail = self.content[0], self.content[1:]
        link = self.link
        if self.guidislink and link is not None and link == self.id and not _ABSOLUTE.match(link):
            link = None  # feedparser took a <guid> such as "item-42" for a permalink
        title_type, title_language = (self.title[1], self.title[2]) if self.title else ("", None)
        return RawEntry(
            entry_id=self.id,
            link=link,
            title=self.title[0] if self.title else None,
            title_is_html="html" in title_type,
            summary=summary,
            summary_is_html="html" in (detail[0] if detail else ""),
            published=self.published or self.updated or self.created,
            language=title_language or (detail[1] if detail else None),
        )


class _Reader:
    """Walks one document in feedparser's order, keeping what it would keep."""

    def __init__(self, base_language: str | None) -> None:
        self.base_language = base_language
        self.atom = False
        self.title: str | None = None
        # feedparser starts every feed in the HTTP Content-Language
        self.language = base_language.replace("_", "-") if base_language else None
        self.entries: list[RawEntry] = []

    def feed(self, root: Any) -> FastFeed:
        namespace = etree.QName(root).namespace or ""
        local = etree.QName(root).localname
        self._check_prefixes(root)
        root_language = self._inherit(root, self.base_language)
        if namespace == "" and local == "rss":
            if root_language:
                self.language = root_language.replace("_", "-")
            channels = list(root.iterchildren(tag=etree.Element))
            if len(channels) != 1 or name_of(channels[0]) != "channel":
                raise Unsupported
            channel = channels[0]
            self._feed_level(channel, self._inherit(channel, root_language))
        elif namespace == _ATOM and local == "feed":
            self.atom = True
            if set(root.nsmap.values()) & _RSS_RDF:
                raise Unsupported  # feedparser would take it for RSS 1.0
            if root_language:
                self.language = root_language.replace("_", "-")
            self._feed_level(root, root_language)
        elif namespace == _RDF and local == "RDF":
            if not set(root.nsmap.values()) & _RSS_RDF or _ATOM in root.nsmap.values():
                raise Unsupported
            self._feed_level(root, root_language, rdf=True)
        else:
            raise Unsupported
        return FastFeed(self.title, self.language, tuple(self.entries))

    @staticmethod
    def _check_prefixes(root: Any) -> None:
        """feedparser renames a document's prefix for a known namespace to that namespace's
        own prefix; when the document's prefix is another known one's ("dc" for DC terms),
        elements would be renamed twice."""
        for prefix, uri in root.nsmap.items():
            known = KNOWN_NAMESPACES.get((uri or "").lower())
            lowered = (prefix or "").lower()
            if known is not None and lowered in CANONICAL_PREFIXES and lowered != known.lower():
                raise Unsupported

    @staticmethod
    def _inherit(element: Any, inherited: str | None) -> str | None:
        return language_in(attributes_of(element), inherited) if element.attrib else inherited

    def _feed_level(self, container: Any, language: str | None, *, rdf: bool = False) -> None:
        """The children of the channel (RSS), the feed (Atom) or the document (RSS 1.0)."""
        titles = 0
        for child in container.iterchildren(tag=etree.Element):
            name = name_of(child)
            kind = ENTRY_KINDS.get(name, (None, ""))[0]
            attributes = attributes_of(child) if child.attrib else {}
            if name in UNSUPPORTED or (rdf and kind in (Kind.TITLE, Kind.LANGUAGE)):
                raise Unsupported  # outside RSS 1.0's channel feedparser stores neither
            if kind is Kind.ITEM:
                self.entries.append(self._entry(child, language_in(attributes, language)))
            elif kind is Kind.TITLE:
                titles += 1
                if titles > 1:
                    raise Unsupported
                self.title = text_of(child)
            elif kind is Kind.LANGUAGE:
                self.language = text_of(child)
            elif kind is Kind.IMAGE:
                allowed = _IMAGE_CHILDREN[name]
                for part in child.iterchildren(tag=etree.Element):
                    if name_of(part) not in allowed or len(part):
                        raise Unsupported
            elif rdf and name == "channel":
                self._feed_level(child, language_in(attributes, language))
            elif kind in FEED_KINDS or (kind is None and name in PROTECTED):
                raise Unsupported
            else:
                check_subtree(child)

    def _entry(self, item: Any, language: str | None) -> RawEntry:
        entry = _Entry(language)
        attributes = attributes_of(item) if item.attrib else {}
        if "lastmod" in attributes or "href" in attributes:
            raise Unsupported
        if "rdf:about" in attributes:
            entry.id = attributes["rdf:about"]
        seen: set[Kind] = set()
        for child in item.iterchildren(tag=etree.Element):
            name = name_of(child)
            if name in UNSUPPORTED:
                raise Unsupported
            kind, default_type = ENTRY_KINDS.get(name, (None, ""))
            if kind is None or kind is Kind.LANGUAGE:
                if kind is None and name in PROTECTED and name not in HARMLESS:
                    raise Unsupported
                check_subtree(child)
                continue
            if kind in (Kind.ITEM, Kind.IMAGE, Kind.STRUCTURE):
                raise Unsupported
            if kind is Kind.SOURCE:
                check_subtree(child, inside_source=True)
                continue
            if kind in (Kind.TITLE, Kind.ID):
                if kind in seen:  # which one wins depends on feedparser's depth bookkeeping
                    raise Unsupported
                seen.add(kind)
            if (
                kind is Kind.SUMMARY
                and name != "abstract"
                and entry.summary is not None
                and not entry.has_content
            ):  # a second description is full text to feedparser
                kind, default_type = Kind.CONTENT, "text/plain"
            self._field(entry, child, kind, default_type, language)
        return entry.raw()

    def _field(
        self, entry: _Entry, element: Any, kind: Kind, default_type: str, inherited: str | None
    ) -> None:
        attributes = attributes_of(element) if element.attrib else _NONE
        if kind is Kind.LINK:
            self._link(entry, element, attributes)
            return
        if kind is Kind.ID:
            permalink = attributes.get("ispermalink", "true") == "true"
            value = text_of(element)
            if permalink:
                value = fix_uri(value)
            entry.id = value
            if entry.guidislink is None:
                entry.guidislink = permalink and entry.link is None
            if permalink and entry.link is None:
                entry.link = value
            return
        if kind in (Kind.PUBLISHED, Kind.UPDATED, Kind.CREATED):
            moment = _dates.read_date(text_of(element))
            if moment is _dates.UNKNOWN:
                raise Unsupported
            assert moment is None or isinstance(moment, datetime)
            setattr(entry, kind.value, moment)
            return
        content_type = default_type
        if attributes:
            if "mode" in attributes or "src" in attributes:
                raise Unsupported
            content_type = _content_type_of(attributes.get("type", default_type))
        copied = content_type in ("text/plain", *_HTML_TYPES)  # decided before the HTML guess
        if not content_type.startswith("text/"):
            raise Unsupported  # XHTML inline, base64 bodies
        raw = raw_text(element)
        if not self.atom and content_type == "text/plain" and looks_like_html(raw):
            content_type = "text/html"
        value = undo_latin1(raw)
        language = language_in(attributes, inherited) if attributes else inherited
        if language and "_" in language:
            language = language.replace("_", "-")
        if kind is Kind.TITLE:
            entry.title = (value, content_type, language)
        elif kind is Kind.SUMMARY:
            entry.summary, entry.summary_detail = value, (content_type, language)
        else:
            entry.has_content = True
            if entry.content is None or not entry.content[0]:  # the first that says something
                entry.content = (value, content_type, language)
            if entry.summary is None and copied:
                entry.summary = value

    @staticmethod
    def _link(entry: _Entry, element: Any, attributes: Mapping[str, str]) -> None:
        # feedparser's _enforce_href: url, then uri, then href, the first one not empty
        href = attributes.get("url", attributes.get("uri", attributes.get("href"))) or None
        href = href or attributes.get("href")
        if href is None:  # an RSS link: its text is the link, whatever its rel
            value = fix_uri(text_of(element))
            if "&" in value:
                value = _CHAR_ENTITY.sub(r"&\g<1>", value.replace("&amp;", "&"))
            entry.link = value
            return
        check_subtree(element)
        rel = attributes.get("rel", "alternate")
        link_type = attributes.get("type", "application/atom+xml" if rel == "self" else "text/html")
        if rel == "alternate" and _content_type_of(link_type) in _HTML_TYPES:
            entry.link = fix_uri(href)


def _content_type_of(value: str) -> str:
    """feedparser's `map_content_type`: Atom's "text", "html", "xhtml" as media types."""
    value = value.lower()
    return {"text": "text/plain", "plain": "text/plain", "html": "text/html"}.get(
        value, "application/xhtml+xml" if value == "xhtml" else value
    )
