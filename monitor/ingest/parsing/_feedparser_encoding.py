"""Whether feedparser would read a document's bytes as UTF-8 without a word, and lxml alike.

The fast path (`_lxml_feed`) must decode a document exactly as feedparser does, and never take
a document feedparser would warn about. feedparser's `convert_to_utf8` follows RFC 3023: for
XML media types the HTTP charset comes first, then the XML declaration, then UTF-8; text/xml
without a charset is US-ASCII; other text/* types earn a warning; a response without a
Content-Type is read by its declaration, else as ISO-8859-1. Only the UTF-8 (and pure ASCII)
outcomes are the fast path's, and only when lxml, which reads the declaration, agrees.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["decodes_as_feedparser_does"]

_UTF8 = frozenset({"utf-8", "utf8"})
_ASCII = frozenset({"us-ascii", "ascii"})
_BOM_UTF8 = b"\xef\xbb\xbf"
_XML_PI_ENCODING = re.compile(rb"^<\?.*encoding=['\"](.*?)['\"].*\?>")  # feedparser's
_APPLICATION_XML = (
    "application/xml",
    "application/xml-dtd",
    "application/xml-external-parsed-entity",
)
_TEXT_XML = ("text/xml", "text/xml-external-parsed-entity")


def decodes_as_feedparser_does(content: bytes, headers: Mapping[str, str]) -> bool:
    """Whether feedparser would decode these bytes as UTF-8 (or ASCII) without a warning, and
    lxml would decode them the same way (RFC 3023, as feedparser's `convert_to_utf8` applies
    it: the HTTP charset first for XML media types, US-ASCII for text/* without one)."""
    data = content[3:] if content.startswith(_BOM_UTF8) else content
    if data[:1] not in (b"<", b" ", b"\t", b"\r", b"\n") or b"\x00" in data[:4]:
        return False  # UTF-16/32 and EBCDIC, with or without a byte-order mark
    newline = data.find(b"\n")
    first_line = data if newline < 0 else data[:newline]
    if first_line.count(b"encoding=") > 1:
        return False  # feedparser's greedy pattern would pick the last one, slowly
    declared_match = _XML_PI_ENCODING.match(first_line)
    declared = declared_match.group(1).decode("utf-8", "replace").lower() if declared_match else ""
    mime, charset = _content_type(headers.get("content-type") or "")
    if mime in _APPLICATION_XML or (mime.startswith("application/") and mime.endswith("+xml")):
        effective = charset or declared or "utf-8"
    elif mime in _TEXT_XML or (mime.startswith("text/") and mime.endswith("+xml")):
        effective = charset or "us-ascii"
    elif headers and "content-type" in headers:
        return False  # not an XML media type: feedparser warns about it
    elif headers:
        effective = declared or "iso-8859-1"
    else:
        effective = declared or "utf-8"
    ascii_only = None
    for encoding in {effective.lower(), declared}:
        if encoding in _ASCII:
            ascii_only = content.isascii() if ascii_only is None else ascii_only
            if not ascii_only:
                return False
        elif encoding and encoding not in _UTF8:
            return False
    return True


def _content_type(header: str) -> tuple[str, str]:
    """feedparser's `parse_content_type`: the media type as sent, and the charset."""
    mime, *parameters = header.split(";")
    charset = ""
    for parameter in parameters:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'")
    return mime.strip(), charset
