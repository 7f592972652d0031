"""parse_feed on saved feed documents: what a fetched body and its headers turn into."""

from __future__ import annotations

import tracemalloc
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.ingest.parsing import FeedParseError, ParsedFeed, ParseError, parse_feed

from conftest import FIXTURES

FEEDS = FIXTURES / "feeds"
NOW = datetime(2025, 9, 1, 12, 0, tzinfo=UTC)
RSS = {"Content-Type": "application/rss+xml"}


def parse(
    name: str, headers: Mapping[str, str] | None = None, *, url: str | None = None
) -> ParsedFeed:
    return parse_feed(
        (FEEDS / name).read_bytes(),
        url=url or f"https://feeds.example.net/{name}",
        headers=headers if headers is not None else RSS,
        now=NOW,
        source="test-source",
    )


def test_rss20_entries_are_plain_text_with_canonical_urls() -> None:
    feed = parse("rss20_en.xml")
    assert feed.title == "Automotive Policy Watch"
    assert feed.language == "en"
    assert feed.warnings == ()
    first = feed.entries[0]
    assert first.source == "test-source"
    assert first.entry_id == "apw-2025-0001"
    assert first.title == "Commission adopts battery booster package"
    assert first.summary == (
        "The package mobilises EUR 1.8 billion for battery cells & materials.\n"
        "Second paragraph with a link."
    )
    assert first.url == "https://news.example.org/2025/03/battery-booster?id=42"
    assert first.published == datetime(2025, 3, 5, 9, 30, tzinfo=UTC)
    assert first.published_from_feed is True
    assert first.language == "en"


def test_relative_links_resolve_against_the_fetched_url() -> None:
    entry = parse("rss20_en.xml").entries[1]
    assert entry.url == "https://feeds.example.net/2025/05/co2-flexibility"


def test_content_location_header_sets_the_base_url() -> None:
    headers = {**RSS, "Content-Location": "https://news.example.org/feeds/main.xml"}
    entry = parse("rss20_en.xml", headers).entries[1]
    assert entry.url == "https://news.example.org/2025/05/co2-flexibility"


def test_summary_is_kept_and_full_content_used_only_when_summary_is_missing() -> None:
    entries = parse("rss20_en.xml").entries
    assert entries[1].summary == "Averaging over 2025–2027 instead of a single year."
    assert entries[2].summary == "Heading\nfirst point\nsecond point"


def test_atom_language_comes_from_xml_lang_per_entry() -> None:
    feed = parse("atom_fr.xml", {"Content-Type": "application/atom+xml"})
    assert feed.language == "fr"
    french, english = feed.entries
    assert french.language == "fr"
    assert english.language == "en"
    assert french.title == "Le plan d’action pour l’automobile est publié"
    assert french.summary.startswith("La Commission présente un plan")
    assert french.url == "https://veille.example.fr/plan-action"
    # published wins over updated; converted to UTC
    assert french.published == datetime(2025, 3, 5, 13, 0, tzinfo=UTC)
    # no published: updated is used
    assert english.published == datetime(2025, 3, 7, 10, 0, tzinfo=UTC)


def test_rss10_declared_iso_8859_1_is_decoded() -> None:
    feed = parse("rss10_de_latin1.xml", {"Content-Type": "application/rdf+xml"})
    assert feed.language == "de"
    (entry,) = feed.entries
    assert entry.title == "Zulieferer kündigt Stellenabbau in Süddeutschland an"
    assert "Größere Umstrukturierung" in entry.summary
    assert entry.entry_id == "https://auto.example.de/artikel/1"
    assert entry.published == datetime(2025, 4, 10, 5, 15, tzinfo=UTC)


def test_wrong_http_charset_is_overridden_and_reported() -> None:
    headers = {"Content-Type": "application/rss+xml; charset=utf-8"}
    feed = parse("cp1252_conflict.xml", headers)
    (entry,) = feed.entries
    assert entry.title == "Aide de 3 000 € pour l’achat d’un véhicule électrique"
    assert entry.summary == "Le bonus écologique est réduit."
    assert len(feed.warnings) == 1
    assert "utf-8" in feed.warnings[0]
    assert "windows-1252" in feed.warnings[0]


def test_latin1_label_on_windows_1252_bytes_still_gives_the_euro_sign() -> None:
    (entry,) = parse("latin1_declared_cp1252_bytes.xml").entries
    assert entry.title == "Prix: 25 000 € l’unité"


def test_ill_formed_feed_keeps_its_entries_with_a_warning() -> None:
    feed = parse("illformed.xml")
    assert [e.entry_id for e in feed.entries] == ["b1", "b2"]
    assert feed.entries[0].title == "First item & an unescaped ampersand"
    assert len(feed.warnings) == 1
    assert "not well-formed XML (line 4" in feed.warnings[0]


def test_feed_served_as_html_is_read_with_a_warning() -> None:
    feed = parse("rss20_en.xml", {"Content-Type": "text/html"})
    assert len(feed.entries) == 3
    assert feed.warnings == ("served as text/html, not an XML type; read as XML anyway",)


def test_html_page_is_not_a_feed() -> None:
    with pytest.raises(FeedParseError) as caught:
        parse("html_page.html", {"Content-Type": "text/html; charset=utf-8"})
    message = str(caught.value)
    assert message.startswith("https://feeds.example.net/html_page.html returned an HTML page")
    assert "check the feed URL" in message
    assert caught.value.url == "https://feeds.example.net/html_page.html"


def test_html_page_is_recognised_without_a_content_type() -> None:
    with pytest.raises(FeedParseError, match="HTML page"):
        parse("html_page.html", {})


@pytest.mark.parametrize("body", [b"", b"  \r\n\t", b"\xef\xbb\xbf\n"])
def test_empty_body_is_not_a_feed(body: bytes) -> None:
    with pytest.raises(FeedParseError, match="empty body"):
        parse_feed(body, url="https://e.example/feed", headers=RSS, now=NOW, source="s")


def test_xml_that_is_not_a_feed_names_its_root_element() -> None:
    body = b"<?xml version='1.0'?><Error><Code>AccessDenied</Code></Error>"
    with pytest.raises(FeedParseError, match="root element <Error>"):
        parse_feed(body, url="https://e.example/feed", headers={}, now=NOW, source="s")


def test_garbage_is_not_a_feed_and_the_error_shows_its_start() -> None:
    with pytest.raises(FeedParseError, match="bytes that are not a feed") as caught:
        parse_feed(
            b"\x00\x01binary junk", url="https://e.example/f", headers={}, now=NOW, source="s"
        )
    assert isinstance(caught.value, ParseError)
    assert isinstance(caught.value, ValueError)
    assert "binary junk" in str(caught.value)


def test_body_that_names_a_local_file_is_never_opened(tmp_path: Path) -> None:
    local = tmp_path / "feed.xml"
    local.write_bytes((FEEDS / "rss20_en.xml").read_bytes())
    with pytest.raises(FeedParseError):
        parse_feed(str(local).encode(), url="https://e.example/f", headers={}, now=NOW, source="s")


def test_duplicate_ids_inside_one_document_keep_the_first() -> None:
    feed = parse("duplicate_guids.xml")
    assert [(e.entry_id, e.title) for e in feed.entries] == [
        ("same-id", "Original"),
        ("other-id", "Other"),
    ]
    assert feed.warnings == (
        "skipped 1 entry repeating an id already seen in this document (the first one was kept)",
    )


def test_guid_that_is_not_a_url_is_not_taken_for_a_link() -> None:
    other = parse("duplicate_guids.xml").entries[1]
    assert other.url is None


def test_entries_without_guid_get_link_or_content_hash_ids() -> None:
    feed = parse("no_ids.xml")
    link_only, text_only = feed.entries
    assert link_only.entry_id == "https://n.example.org/a"
    assert link_only.url == "https://n.example.org/a"
    assert text_only.entry_id.startswith("sha256:")
    assert len(text_only.entry_id) == len("sha256:") + 64
    assert text_only.url is None
    assert feed.warnings == ("skipped 1 entry with no id, link, title or text",)


def test_hash_ids_are_stable_across_parses() -> None:
    assert parse("no_ids.xml").entries[1].entry_id == parse("no_ids.xml").entries[1].entry_id


def test_content_hash_changes_when_the_entry_is_edited() -> None:
    body = (FEEDS / "duplicate_guids.xml").read_bytes()
    before = parse_feed(body, url="https://d.example/f", headers=RSS, now=NOW, source="s")
    edited = body.replace(b"<title>Original</title>", b"<title>Original, corrected</title>")
    after = parse_feed(edited, url="https://d.example/f", headers=RSS, now=NOW, source="s")
    assert before.entries[0].entry_id == after.entries[0].entry_id
    assert before.entries[0].content_hash != after.entries[0].content_hash
    assert before.entries[1].content_hash == after.entries[1].content_hash


def test_missing_broken_and_far_future_dates_fall_back_to_now() -> None:
    by_id = {e.entry_id: e for e in parse("dates_and_junk.xml").entries}
    for entry_id in ("d1", "d2", "d4"):
        assert by_id[entry_id].published == NOW
        assert by_id[entry_id].published_from_feed is False
    # a day ahead is clock skew, not fiction: kept
    assert by_id["d3"].published == datetime(2025, 9, 2, 12, 0, tzinfo=UTC)
    assert by_id["d3"].published_from_feed is True


def test_naive_now_is_taken_as_utc() -> None:
    feed = parse_feed(
        (FEEDS / "no_ids.xml").read_bytes(),
        url="https://n.example/f",
        headers=RSS,
        now=datetime(2025, 9, 1, 12, 0),  # naive on purpose
        source="s",
    )
    assert feed.entries[0].published == NOW


def test_control_characters_are_removed() -> None:
    by_id = {e.entry_id: e for e in parse("dates_and_junk.xml").entries}
    assert by_id["d5"].title == "Control characters here"
    assert by_id["d5"].summary == "bell and zero-width"


def test_huge_title_is_capped() -> None:
    by_id = {e.entry_id: e for e in parse("dates_and_junk.xml").entries}
    title = by_id["d6"].title
    assert 900 < len(title) <= 1_000
    assert title.endswith("…")


def test_huge_summary_is_capped() -> None:
    text = "word " * 10_000
    item = f"<item><guid>x</guid><description>{text}</description></item>"
    body = f"<rss version='2.0'><channel>{item}</channel></rss>"
    (entry,) = parse_feed(
        body.encode(), url="https://h.example/f", headers=RSS, now=NOW, source="s"
    ).entries
    assert 19_000 < len(entry.summary) <= 20_000


@pytest.mark.timeout(20)
def test_billion_laughs_does_not_expand() -> None:
    body = (FEEDS / "billion_laughs.xml").read_bytes()
    tracemalloc.start()
    try:
        feed = parse_feed(body, url="https://l.example/f", headers=RSS, now=NOW, source="s")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024
    (entry,) = feed.entries
    assert "lol" * 100 not in entry.title
    assert feed.warnings  # undefined entities make it ill-formed


def test_language_is_detected_when_the_feed_declares_none() -> None:
    feed = parse("illformed.xml")
    assert feed.language is None
    assert feed.entries[0].language == "en"
    assert feed.entries[1].language is None  # "Second item": too short to tell


def test_header_names_are_case_insensitive() -> None:
    lower = parse("cp1252_conflict.xml", {"content-type": "application/rss+xml; charset=utf-8"})
    upper = parse("cp1252_conflict.xml", {"CONTENT-TYPE": "application/rss+xml; charset=utf-8"})
    assert lower == upper
    assert lower.warnings


@pytest.mark.parametrize(
    "link",
    ["javascript:alert(1)", "data:text/html,hi", "mailto:a@b.eu", "http://[::1", "https://[x]/"],
)
def test_links_that_are_not_web_pages_are_dropped(link: str) -> None:
    item = f"<item><guid>x</guid><title>T</title><link>{link}</link></item>"
    body = f"<rss version='2.0'><channel>{item}</channel></rss>".encode()
    feed = parse_feed(body, url="https://j.example/f", headers=RSS, now=NOW, source="s")
    assert feed.entries[0].url is None


def test_rfc822_date_without_a_zone_is_read_as_utc() -> None:
    body = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Zoneless</title>
<item><title>No zone</title><guid>z1</guid><pubDate>Mon, 01 Sep 2025 08:30:00</pubDate></item>
<item><title>No weekday, no seconds</title><guid>z2</guid><pubDate>1 Sep 2025 08:30</pubDate></item>
<item><title>Zone</title><guid>z3</guid><pubDate>Sun, 31 Aug 2025 08:30:00 +0200</pubDate></item>
<item><title>Impossible</title><guid>z4</guid><pubDate>Sat, 31 Feb 2025 08:30:00</pubDate></item>
</channel></rss>"""
    feed = parse_feed(body, url="https://z.example/f", headers=RSS, now=NOW, source="s")
    by_id = {e.entry_id: e for e in feed.entries}
    for entry_id in ("z1", "z2"):
        assert by_id[entry_id].published == datetime(2025, 9, 1, 8, 30, tzinfo=UTC)
        assert by_id[entry_id].published_from_feed
    assert by_id["z3"].published == datetime(2025, 8, 31, 6, 30, tzinfo=UTC)  # zone still wins
    assert by_id["z4"].published == NOW
    assert not by_id["z4"].published_from_feed
