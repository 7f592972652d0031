"""Fetched bytes and exported files turned into typed records: pure, no network, no clock.

`parse_feed` reads RSS, Atom and JSON Feed documents; `iter_erm_csv` streams Eurofound's
European Restructuring Monitor export. Every error derives from `ParseError`.
"""

from __future__ import annotations

from monitor.ingest.parsing.erm import (
    ErmRecord,
    RestructuringType,
    citation,
    iter_erm_csv,
    iter_erm_file,
)
from monitor.ingest.parsing.errors import ErmFormatError, FeedParseError, ParseError
from monitor.ingest.parsing.feed import parse_feed
from monitor.ingest.parsing.language import detect_language, language_code
from monitor.ingest.parsing.text import canonical_url, html_to_text
from monitor.model.entries import FeedEntry, ParsedFeed

__all__ = [
    "ErmFormatError",
    "ErmRecord",
    "FeedEntry",
    "FeedParseError",
    "ParseError",
    "ParsedFeed",
    "RestructuringType",
    "canonical_url",
    "citation",
    "detect_language",
    "html_to_text",
    "iter_erm_csv",
    "iter_erm_file",
    "language_code",
    "parse_feed",
]
