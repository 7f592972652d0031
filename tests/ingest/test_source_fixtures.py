"""Every bundled source has a saved document of its format, and the monitor reads it.

`tests/fixtures/feeds/sources/<name>.xml` (`.csv` for the ERM export) copies the publisher's
format (RSS flavour, namespaces, CDATA habits, date form, encoding) with text the project wrote
itself; see the README in that folder for which ones follow a saved copy and which are guesses.
"""

from __future__ import annotations

import re
import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from monitor.ingest.parsing import ParsedFeed, detect_language, iter_erm_file, parse_feed

from conftest import FIXTURES, ROOT

SOURCE_FIXTURES = FIXTURES / "feeds" / "sources"
NOW = datetime(2026, 9, 1, tzinfo=UTC)
ROOT_ELEMENT = re.compile(rb"<(?![?!])([A-Za-z_][\w.:-]*)")
FEED_ROOTS = {"rss": {b"rss", b"rdf:RDF"}, "atom": {b"feed"}}


def _sources() -> list[dict[str, Any]]:
    with (ROOT / "seeds" / "sources.toml").open("rb") as f:
        sources: list[dict[str, Any]] = tomllib.load(f)["source"]
    return sources


SOURCES = _sources()
FEEDS = [s for s in SOURCES if s["kind"] != "erm-csv"]
per_feed = pytest.mark.parametrize("source", FEEDS, ids=[s["name"] for s in FEEDS])


def _fixture(source: dict[str, Any]) -> Path:
    suffix = {"erm-csv": ".csv", "jsonfeed": ".json"}.get(source["kind"], ".xml")
    return SOURCE_FIXTURES / f"{source['name']}{suffix}"


def _parse(source: dict[str, Any]) -> ParsedFeed:
    return parse_feed(
        _fixture(source).read_bytes(),
        url=source["url"],
        headers={},
        now=NOW,
        source=source["name"],
    )


def test_every_bundled_source_has_a_fixture() -> None:
    missing = [s["name"] for s in SOURCES if not _fixture(s).is_file()]
    assert not missing, f"no fixture in {SOURCE_FIXTURES} for: {', '.join(missing)}"


def test_every_fixture_belongs_to_a_bundled_source() -> None:
    expected = {_fixture(s).name for s in SOURCES} | {"README.md"}
    strays = sorted(p.name for p in SOURCE_FIXTURES.iterdir() if p.name not in expected)
    assert not strays, f"fixtures of no bundled source: {strays}"


@per_feed
def test_the_fixture_is_in_the_declared_kind(source: dict[str, Any]) -> None:
    head = _fixture(source).read_bytes()[:2048]
    root = ROOT_ELEMENT.search(head)
    assert root is not None
    assert root.group(1) in FEED_ROOTS[source["kind"]], source["name"]


@per_feed
def test_the_parser_reads_entries_with_title_link_and_date(source: dict[str, Any]) -> None:
    feed = _parse(source)
    assert feed.warnings == ()
    assert feed.entries, f"{source['name']}: no entry read"
    for entry in feed.entries:
        assert entry.title, entry.entry_id
        assert entry.url, entry.entry_id
        assert entry.url.startswith("https://"), entry.url
        assert entry.published_from_feed, f"{entry.entry_id}: date not read from the feed"
        assert entry.published <= NOW


@per_feed
def test_entries_are_in_the_language_of_their_source(source: dict[str, Any]) -> None:
    for entry in _parse(source).entries:
        assert entry.language == source["language"], entry.entry_id


@per_feed
def test_detection_never_contradicts_the_source_language(source: dict[str, Any]) -> None:
    """The texts were written in the right language: where detection decides, it agrees."""
    for entry in _parse(source).entries:
        detected = detect_language(f"{entry.title}\n{entry.summary}")
        assert detected in {None, source["language"]}, entry.entry_id


def test_the_erm_fixture_reads_as_restructuring_events() -> None:
    (erm,) = [s for s in SOURCES if s["kind"] == "erm-csv"]
    records = list(iter_erm_file(_fixture(erm)))
    assert records
    assert all(r.company and r.announced_on and r.jobs for r in records)
