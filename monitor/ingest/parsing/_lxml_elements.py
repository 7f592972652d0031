"""How feedparser sees one element of an XML feed: its name, attributes, language and text,
and the subtrees whose effects the fast path cannot reproduce (`Unsupported`).

Split from `_lxml_feed`, which reads whole documents with these.
"""

from __future__ import annotations

import html.entities
import re
from collections.abc import Mapping
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from monitor.ingest.parsing._feedparser_names import (
    ACCEPTABLE_ELEMENTS,
    ENTRY_KINDS,
    HARMLESS,
    KNOWN_NAMESPACES,
    PROTECTED,
    UNSUPPORTED,
    Kind,
)

_URI_FIXER = re.compile(r"^([A-Za-z][A-Za-z0-9+-.]*://)(/*)(.*?)")  # feedparser's _urlfixer
_MAYBE_HTML = re.compile(r"</\w+>|&#?\w+;")
_TAG_NAME = re.compile(r"</?(\w+)")
_ENTITY_NAME = re.compile(r"&(\w+);")
_C1 = re.compile("[\x80-\x9f]")  # feedparser maps these to windows-1252 before anyone else
_SOURCE_INSIDE = frozenset({Kind.TITLE, Kind.LINK, Kind.ID, Kind.PUBLISHED, Kind.UPDATED})
_NAMES: dict[str, str] = {}  # tag -> feedparser's name, for known namespaces
_PREFIXED_NAMES: dict[tuple[str, str | None], str] = {}  # (tag, prefix), for unknown ones
_CACHE_LIMIT = 4096


class Unsupported(Exception):
    """This document is feedparser's to read."""


def name_of(element: Any) -> str:
    """feedparser's name for an element: a known namespace's prefix and the local name."""
    tag: str = element.tag
    name = _NAMES.get(tag)
    if name is not None:
        return name
    key = (tag, element.prefix)
    name = _PREFIXED_NAMES.get(key)
    if name is not None:
        return name
    namespace, _, local = tag[1:].rpartition("}") if tag[0] == "{" else ("", "", tag)
    prefix = KNOWN_NAMESPACES.get(namespace.lower())
    cache: dict[Any, str] = _NAMES
    if prefix is None:
        if "backend.userland.com/rss" in namespace.lower():
            raise Unsupported  # feedparser takes any of these for RSS itself
        # An unknown namespace's elements go by the document's prefix (an unknown default
        # namespace's by their bare local name), and meet the handlers of that name.
        prefix, cache = element.prefix or "", _PREFIXED_NAMES
    name = f"{prefix.lower()}_{local.lower()}" if prefix else local.lower()
    if len(cache) > _CACHE_LIMIT:
        cache.clear()  # a document of endless made-up tags must not grow memory
    cache[key if cache is _PREFIXED_NAMES else tag] = name
    return name


def attributes_of(element: Any) -> dict[str, str]:
    """Attributes as feedparser sees them: names lower-cased, a known namespace's prefix kept,
    an unknown one dropped; the values of `rel` and `type` lower-cased."""
    found: dict[str, str] = {}
    for key, value in element.attrib.items():
        if key[0] == "{":
            namespace, _, local = key[1:].rpartition("}")
            prefix = KNOWN_NAMESPACES.get(namespace.lower(), "")
            key = f"{prefix}:{local}" if prefix else local
        key = key.lower()
        if key in found:
            raise Unsupported  # two spellings of one attribute: which one wins is feedparser's
        found[key] = value.lower() if key in ("rel", "type") else value
    if "xml:base" in found or "base" in found:
        raise Unsupported  # relative links would resolve against it
    return found


def language_in(attributes: Mapping[str, str], inherited: str | None) -> str | None:
    """xml:lang (or lang) in effect: an element's own, else its parent's; "" clears it."""
    lang = attributes.get("xml:lang", attributes.get("lang"))
    if lang is None:
        return inherited
    return lang or None


def raw_text(element: Any) -> str:
    """An element's text, stripped. Markup inside (inline XHTML) is feedparser's to read."""
    if len(element):
        raise Unsupported
    text: str = (element.text or "").strip()
    if not text.isascii() and _C1.search(text):
        raise Unsupported
    return text


def undo_latin1(text: str) -> str:
    """feedparser's last step on every value: UTF-8 once decoded as Latin-1 is decoded again."""
    if text.isascii():
        return text
    try:
        return text.encode("iso-8859-1").decode("utf-8")
    except UnicodeError:
        return text


def fix_uri(uri: str) -> str:
    """feedparser's `_urljoin` with no base: extra slashes after "scheme://" go."""
    return _URI_FIXER.sub(r"\1\3", uri) if ":///" in uri else uri


def text_of(element: Any) -> str:
    """An element's text as feedparser pops it."""
    return undo_latin1(raw_text(element))


def looks_like_html(text: str) -> bool:
    """feedparser's guess that a value labelled plain text is HTML (its `looks_like_html`)."""
    if not _MAYBE_HTML.search(text):
        return False
    if any(tag.lower() not in ACCEPTABLE_ELEMENTS for tag in _TAG_NAME.findall(text)):
        return False
    return all(name in html.entities.entitydefs for name in _ENTITY_NAME.findall(text))


def check_subtree(element: Any, *, inside_source: bool = False) -> None:
    """Descendants of an element whose own effects are harmless must be harmless too."""
    for child in element.iterchildren(tag=etree.Element):
        name = name_of(child)
        if name in UNSUPPORTED:
            raise Unsupported
        kind = ENTRY_KINDS.get(name)
        if kind is not None and not (inside_source and kind[0] in _SOURCE_INSIDE):
            raise Unsupported
        if kind is None and name not in HARMLESS and name in PROTECTED:
            raise Unsupported
        if child.attrib:
            attributes_of(child)
        check_subtree(child, inside_source=inside_source)
