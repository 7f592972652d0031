"""Plain text and canonical URLs out of what feeds publish: HTML fragments and tracked links.

Everything downstream (matching, digests, the evidence a user reads) works on plain text, so
markup, entities, control characters and runaway whitespace are removed here, once.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import unquote_plus, urlsplit, urlunsplit

__all__ = ["canonical_url", "clean_text", "html_to_text", "looks_like_html", "truncate"]

# Contents never shown to a reader.
_SKIPPED = frozenset({"script", "style", "template", "noscript", "svg", "math"})
# Elements whose boundaries separate lines of text.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul",
    }
)  # fmt: skip
# Elements whose boundaries separate words ("<td>a</td><td>b</td>" is "a b", not "ab").
_INLINE_BREAKS = frozenset({"td", "th", "img", "caption", "option"})

# C1 controls are never text: they come from windows-1252 bytes decoded as ISO-8859-1, which
# browsers (WHATWG) treat as the same encoding, so map them back to the characters meant.
_C1_AS_CP1252 = {
    code: bytes([code]).decode("cp1252", errors="ignore") or None for code in range(0x80, 0xA0)
}
# Other C0 controls, DEL, and invisible characters that only get in the way of matching.
_DROPPED = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_DROPPED.update(dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]))
# Lone surrogates ("\ud800" in JSON, "&#55357;" from a broken emoji encoder) cannot be stored or
# sent as UTF-8: each becomes the replacement character instead of failing the whole feed.
_SURROGATES = dict.fromkeys(range(0xD800, 0xE000), "\ufffd")
_TRANSLATION: dict[int, str | None] = {**_C1_AS_CP1252, **_DROPPED, **_SURROGATES}

_SPACES = re.compile(r"[^\S\n]+")
_NEWLINES = re.compile(r"\s*\n\s*")
_ANY_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?|/[a-zA-Z][a-zA-Z0-9-]*\s*|!--)>?")

# Query parameters that only say how a reader arrived, never which page it is.
_TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "hsa_", "oly_")
_TRACKING_NAMES = frozenset(
    {
        "_ga", "_gl", "dclid", "fbclid", "gbraid", "gclid", "gclsrc", "igshid", "mc_cid",
        "mc_eid", "mkt_tok", "msclkid", "twclid", "vero_id", "wbraid", "wt.mc_id", "wt_mc",
        "xtor", "yclid", "_hsenc", "_hsmi", "ns_campaign", "ns_mchannel", "ns_source",
        "ns_linkname", "ns_fee", "cmpid", "ocid", "sr_share", "ito",
    }
)  # fmt: skip
_DEFAULT_PORTS = {"http": 80, "https": 443}


class _TextExtractor(HTMLParser):
    """Collects the text a browser would show, with a line break at each block boundary."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping.append(tag)
        self._boundary(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._boundary(tag)  # <script/> opens nothing to skip

    def handle_endtag(self, tag: str) -> None:
        if tag in self._skipping:
            # Close the innermost matching element, and anything left open inside it.
            while self._skipping and self._skipping.pop() != tag:
                pass
        self._boundary(tag)

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)

    def _boundary(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")
        elif tag in _INLINE_BREAKS:
            self.parts.append(" ")


def clean_text(text: str, *, single_line: bool = False) -> str:
    """Drop control characters and collapse whitespace; keep line breaks unless `single_line`."""
    if text.isprintable() and "  " not in text:
        # No control, invisible or surrogate character, no whitespace but single spaces (most
        # feed text): translating and collapsing would change nothing, and cost far more.
        return text.strip()
    text = text.translate(_TRANSLATION).replace("\r\n", "\n").replace("\r", "\n")
    if single_line:
        return _ANY_SPACE.sub(" ", text).strip()
    return _NEWLINES.sub("\n", _SPACES.sub(" ", text)).strip()


def html_to_text(html: str, *, single_line: bool = False) -> str:
    """The visible text of an HTML fragment: tags removed, entities decoded, whitespace collapsed.

    Script and style contents are dropped; block elements (p, div, br, li, ...) become line breaks,
    or spaces when `single_line` is set. Broken markup never raises: the parser is lenient.
    """
    if "<" not in html and "&" not in html:
        return clean_text(html, single_line=single_line)
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    return clean_text("".join(extractor.parts), single_line=single_line)


def looks_like_html(text: str) -> bool:
    """Whether text labelled plain nonetheless carries tags ("<b>", "</p>", "<br/>").

    "a < b" or "<3" are left alone: only something shaped like a tag counts.
    """
    return "<" in text and _TAG.search(text) is not None


def truncate(text: str, limit: int) -> str:
    """Cut text to at most `limit` characters, at a word boundary when one is near, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ", max(0, limit - 200))
    if space > 0:
        cut = cut[:space]
    return cut.rstrip() + "…"


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_NAMES or lowered.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """One spelling per page: tracking parameters and fragment gone, scheme and host lowercased.

    The default port and an empty path ("https://a.eu" -> "https://a.eu/") are normalised too.
    Anything that is not an absolute http(s) URL is returned stripped but otherwise unchanged,
    since there is no safe way to normalise it.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # "http://[::1" or a port that is not a number
        return url
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return url
    host = parts.hostname.lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    if parts.username is not None:
        credentials = parts.username + (f":{parts.password}" if parts.password is not None else "")
        host = f"{credentials}@{host}"
    # Filter the raw "name=value" pairs so the kept ones keep their exact spelling.
    pairs = parts.query.split("&") if parts.query else []
    query = "&".join(p for p in pairs if p and not _is_tracking(unquote_plus(p.split("=", 1)[0])))
    return urlunsplit((scheme, host, parts.path or "/", query, ""))
