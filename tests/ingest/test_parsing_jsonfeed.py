"""JSON Feed documents go through parse_feed into the same records as RSS and Atom."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.ingest.parsing import FeedParseError, ParsedFeed, parse_feed

from conftest import FIXTURES

FEEDS = FIXTURES / "feeds"
NOW = datetime(2025, 9, 1, 12, 0, tzinfo=UTC)
JSON_FEED = {"Content-Type": "application/feed+json"}


def parse_json(body: bytes, headers: dict[str, str] | None = None) -> ParsedFeed:
    return parse_feed(
        body,
        url="https://notes.example.nl/feed.json",
        headers=JSON_FEED if headers is None else headers,
        now=NOW,
        source="notes",
    )


def test_json_feed_items_become_entries() -> None:
    feed = parse_json((FEEDS / "jsonfeed.json").read_bytes())
    assert feed.title == "Circular economy notes"
    assert feed.language == "nl"
    first, second, third = feed.entries
    assert first.entry_id == "note-1"
    assert first.url == "https://notes.example.nl/2025/end-of-life-vehicles"
    assert first.summary == "De verordening over autowrakken & recycling."
    assert first.published == datetime(2025, 7, 1, 10, 0, tzinfo=UTC)
    assert first.language == "nl"
    # numeric id, external_url as link, summary preferred over content, item language wins
    assert second.entry_id == "2"
    assert second.url == "https://elsewhere.example.com/report"
    assert second.summary == "A short summary."
    assert second.published == datetime(2025, 7, 2, 8, 0, tzinfo=UTC)
    assert second.language == "en"
    # relative url resolved, unreadable date replaced by now
    assert third.url == "https://notes.example.nl/relative/path"
    assert third.title == ""
    assert third.published == NOW
    assert third.published_from_feed is False
    assert feed.warnings == ("skipped 1 item(s) that are not JSON objects",)


def test_json_feed_is_recognised_by_its_body_whatever_the_content_type() -> None:
    body = (FEEDS / "jsonfeed.json").read_bytes()
    assert parse_json(body, {"Content-Type": "text/plain"}) == parse_json(body)


def test_json_feed_fields_of_the_wrong_type_are_ignored() -> None:
    body = b"""{"version": "https://jsonfeed.org/version/1", "title": ["x"], "items": [
        {"id": "a", "title": 1000, "url": 1.2, "summary": true, "content_text": "text"}]}"""
    (entry,) = parse_json(body).entries
    assert entry.title == ""
    assert entry.url is None
    assert entry.summary == "text"


def test_json_that_is_not_a_json_feed_is_rejected() -> None:
    with pytest.raises(FeedParseError, match="not a JSON Feed"):
        parse_json(b'{"version": "2.0", "items": []}')
    with pytest.raises(FeedParseError, match="not a JSON Feed"):
        parse_json(b"[1, 2, 3]")


def test_invalid_json_names_the_position() -> None:
    with pytest.raises(FeedParseError, match=r"invalid JSON \(.* line 1 column \d+\)"):
        parse_json(b'{"version": "https://jsonfeed.org/version/1.1", "items": [}')


def test_json_feed_items_not_a_list_reads_as_empty_with_a_warning() -> None:
    feed = parse_json(b'{"version": "https://jsonfeed.org/version/1.1", "items": {}}')
    assert feed.entries == ()
    assert feed.warnings == ('"items" is not a list; the feed was read as having no items',)
