"""Plain text out of HTML fragments, and one canonical spelling per URL."""

from __future__ import annotations

import pytest

from monitor.ingest.parsing.text import (
    canonical_url,
    clean_text,
    html_to_text,
    looks_like_html,
    truncate,
)


def test_html_to_text_drops_tags_and_decodes_entities() -> None:
    assert html_to_text("<p>Batteries &amp; <b>cells</b> &euro;1&nbsp;bn</p>") == (
        "Batteries & cells €1 bn"
    )


def test_html_to_text_drops_script_and_style_contents() -> None:
    html = "<p>Kept</p><script>var x = '<p>not text</p>';</script><style>p{}</style><p>also</p>"
    assert html_to_text(html) == "Kept\nalso"


def test_html_to_text_turns_blocks_into_lines_and_cells_into_words() -> None:
    html = (
        "<h2>Title</h2><ul><li>one</li><li>two</li></ul>a<br>b"
        "<table><tr><td>x</td><td>y</td></tr></table>"
    )
    assert html_to_text(html) == "Title\none\ntwo\na\nb\nx y"


def test_html_to_text_single_line_joins_blocks_with_spaces() -> None:
    assert html_to_text("<p>one</p>\n\n<p>two   three</p>", single_line=True) == "one two three"


def test_html_to_text_survives_broken_markup() -> None:
    assert html_to_text("<p>unclosed <b>bold <a href='x'>link") == "unclosed bold link"
    assert html_to_text("5 < 6 and <3") == "5 < 6 and <3"


def test_html_to_text_keeps_text_after_an_unclosed_skipped_element_closed_later() -> None:
    assert html_to_text("<noscript><p>hidden</noscript>visible") == "visible"


def test_clean_text_removes_control_and_invisible_characters() -> None:
    assert clean_text("a\x00b\x07c\u200bd\ufeffe") == "abcde"


def test_clean_text_maps_c1_controls_to_the_windows_1252_characters_meant() -> None:
    # Bytes 0x80 and 0x92 decoded as ISO-8859-1 give U+0080 and U+0092: really € and ’.
    assert clean_text("25\u0080 l\u0092unit\u00e9") == "25€ l’unité"


def test_clean_text_collapses_whitespace_but_keeps_line_breaks() -> None:
    assert clean_text("  a \t b \r\n\r\n  c  ") == "a b\nc"
    assert clean_text("a\nb", single_line=True) == "a b"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("<b>bold</b>", True), ("a<br/>b", True), ("</p>", True), ("a < b", False), ("<3", False)],
)
def test_looks_like_html_needs_something_shaped_like_a_tag(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_truncate_cuts_at_a_word_boundary_and_marks_the_cut() -> None:
    text = "word " * 100
    cut = truncate(text, 52)
    assert len(cut) <= 52
    assert cut.endswith("word…")
    assert truncate("short", 52) == "short"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "HTTPS://News.Example.ORG/a/B?utm_source=rss&id=3&fbclid=x#top",
            "https://news.example.org/a/B?id=3",
        ),
        ("http://example.org:80/x?gclid=1&mc_cid=2&mc_eid=3", "http://example.org/x"),
        ("https://example.org:8443", "https://example.org:8443/"),
        (
            "https://example.fr/a?xtor=RSS-3&at_medium=rss&at_campaign=c&p=2",
            "https://example.fr/a?p=2",
        ),
        ("https://example.org/search?q=a+b&q2=%7E", "https://example.org/search?q=a+b&q2=%7E"),
        ("  https://example.org/x  ", "https://example.org/x"),
    ],
)
def test_canonical_url_strips_tracking_fragment_and_case(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


@pytest.mark.parametrize(
    "url", ["urn:uuid:1234", "mailto:a@example.org", "relative/path", "http://[::1"]
)
def test_canonical_url_leaves_what_it_cannot_normalise(url: str) -> None:
    assert canonical_url(url) == url
