"""parse_feed on real feeds saved by other projects (shared/fixtures); skipped when absent."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.ingest.parsing import FeedParseError, ParsedFeed, parse_feed

from conftest import SHARED

_CANDIDATES = (
    SHARED / "fixtures" / "realworld-feeds",
    Path("/work/shared/fixtures/realworld-feeds"),
)
REALWORLD = next((p for p in _CANDIDATES if p.is_dir()), None)
pytestmark = pytest.mark.skipif(REALWORLD is None, reason="shared/fixtures/realworld-feeds absent")
NOW = datetime(2026, 9, 1, tzinfo=UTC)
NOT_FEEDS = {"sqlite_releases.html"}


def _feed_files() -> list[Path]:
    if REALWORLD is None:
        return []
    suffixes = {".xml", ".rss", ".atom", ".json", ".html"}
    return sorted(p for p in REALWORLD.rglob("*") if p.suffix in suffixes)


def parse(relative: str) -> ParsedFeed:
    assert REALWORLD is not None
    path = REALWORLD / relative
    url = f"https://x.example/{path.name}"
    return parse_feed(path.read_bytes(), url=url, headers={}, now=NOW, source="real")


@pytest.mark.parametrize("path", _feed_files(), ids=lambda p: p.name)
def test_every_saved_feed_parses_into_clean_entries(path: Path) -> None:
    relative = str(path.relative_to(path.parents[1]))
    if path.name in NOT_FEEDS:
        with pytest.raises(FeedParseError, match="HTML page"):
            parse(relative)
        return
    feed = parse(relative)
    ids = [e.entry_id for e in feed.entries]
    assert len(ids) == len(set(ids))
    for entry in feed.entries:
        assert entry.entry_id
        assert entry.published.tzinfo is UTC
        assert entry.published <= NOW
        for text in (entry.title, entry.summary):
            assert not any(unicodedata.category(c) == "Cc" and c != "\n" for c in text)
            assert "<p>" not in text


def test_european_parliament_sample_keeps_its_non_permalink_guid() -> None:
    (entry,) = parse("eu-parliament/ep_top_stories_en_2021-09-21_sample.xml").entries
    assert entry.entry_id == "TST_TST-2021-09-09-11812_EN"
    assert entry.url == "https://www.europarl.europa.eu/news/en/headlines/priorities/soteu2021"
    assert entry.language == "en"
    assert "<img" not in entry.summary


def test_iso_8859_2_feed_is_decoded() -> None:
    (entry,) = parse("rss-parser/latin2.rss").entries
    assert entry.title == "ZAŻÓŁĆ GĘSLĄ JAŹŃ"


def test_german_atom_feed_without_declared_language_is_detected_as_german() -> None:
    feed = parse("rss-parser/heise.atom")
    assert feed.language is None
    detected = [e.language for e in feed.entries]
    assert detected.count("de") >= len(detected) - 2


def test_guardian_feed_reads_every_item() -> None:
    feed = parse("rss-parser/guardian.rss")
    assert len(feed.entries) == 55
    assert {e.language for e in feed.entries} == {"en"}
