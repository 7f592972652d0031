"""The typed values a parsed feed turns into: what the rest of the monitor stores and matches."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

__all__ = ["FeedEntry", "ParsedFeed"]


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed, cleaned: plain text, canonical URL, aware UTC date.

    `entry_id` is the feed's guid/id, else the canonical link, else "sha256:" plus a hash of
    title and summary, so the same item keeps the same id across polls. `content_hash` changes
    when the title, summary or link does, which is how an edited item is noticed.
    `published_from_feed` is False when the date is the time the entry was first seen (the feed
    gave none, an unreadable one, or one too far in the future to believe).
    """

    source: str
    entry_id: str
    url: str | None
    title: str
    summary: str
    published: datetime
    published_from_feed: bool
    language: str | None
    content_hash: str


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A feed document: its title, declared language, entries (no repeated id) and warnings.

    Warnings say what was wrong with a document that could still be read (ill-formed XML, a
    wrong charset, repeated ids), so that a feed's owner can be told without losing its entries.
    """

    title: str
    language: str | None
    entries: tuple[FeedEntry, ...]
    warnings: tuple[str, ...]
