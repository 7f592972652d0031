"""The fast path (lxml) and feedparser read every feed document alike.

Every saved document (tests/fixtures/feeds, tests/fixtures/hostile, and the shared real-world
feeds when present) is parsed both ways under several sets of response headers, and the two
ParsedFeeds must be equal: ids, titles, links, dates and summaries after cleaning, languages,
the feed's title and warnings. Generated feeds try the combinations of elements the saved ones
lack. The fast path may decline any document (feedparser then reads it); what it reads, it must
read as feedparser does.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.ingest.parsing import FeedParseError, ParsedFeed, parse_feed
from monitor.ingest.parsing._lxml_feed import read_fast

from conftest import FIXTURES, SHARED

NOW = datetime(2026, 9, 1, tzinfo=UTC)
REALWORLD = SHARED / "fixtures" / "realworld-feeds"
SUFFIXES = {".xml", ".rss", ".atom", ".json", ".html"}
HEADERS: tuple[dict[str, str], ...] = (
    {},
    {"Content-Type": "application/rss+xml; charset=utf-8"},
    {"Content-Type": "application/atom+xml", "Content-Language": "fr-BE"},
    {"Content-Type": "application/xml"},
    {"Content-Type": "text/xml"},
    {"Content-Type": "text/xml; charset=ISO-8859-1"},
    {"Content-Type": "text/html; charset=utf-8"},
    {"ETag": '"no content type"'},
)


def documents() -> list[Path]:
    folders = [FIXTURES / "feeds", FIXTURES / "hostile"]
    if REALWORLD.is_dir():
        folders.append(REALWORLD)
    return sorted(p for f in folders for p in f.rglob("*") if p.suffix in SUFFIXES)


def both_ways(
    content: bytes, headers: Mapping[str, str], url: str = "https://feeds.example.net/f"
) -> tuple[ParsedFeed | str, ParsedFeed | str]:
    """(feedparser's reading, the default reading); an error becomes its message."""

    def read(fast: bool) -> ParsedFeed | str:
        try:
            return parse_feed(content, url=url, headers=headers, now=NOW, source="s", fast=fast)
        except FeedParseError as exc:
            return str(exc)

    return read(False), read(True)


def takes_fast_path(content: bytes, headers: Mapping[str, str] | None = None) -> bool:
    lowered = {k.lower(): v for k, v in (headers or {}).items()}
    return read_fast(content, headers=lowered) is not None


@pytest.mark.parametrize("path", documents(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_both_paths_read_every_saved_document_alike(path: Path) -> None:
    content = path.read_bytes()
    for headers in HEADERS:
        slow, fast = both_ways(content, headers, url=f"https://feeds.example.net/{path.name}")
        assert fast == slow, f"{path.name} with headers {headers}"


@pytest.mark.parametrize(
    "name",
    [
        "feeds/rss20_en.xml",
        "feeds/atom_fr.xml",
        "feeds/duplicate_guids.xml",
        "feeds/no_ids.xml",
        "hostile/utf8_declared.xml",
        "hostile/utf8_undeclared.xml",
        "hostile/utf8_bom.xml",
        "hostile/huge_title.xml",
        "hostile/rss_no_items.xml",
    ],
)
def test_well_formed_utf8_feeds_take_the_fast_path(name: str) -> None:
    content = (FIXTURES / name).read_bytes()
    assert takes_fast_path(content)
    assert takes_fast_path(content, {"Content-Type": "application/rss+xml; charset=utf-8"})


@pytest.mark.parametrize(
    "name",
    [
        "billion_laughs.xml",
        "billion_laughs_params.xml",
        "quadratic_blowup.xml",
        "undeclared_entities.xml",
        "deep_nesting.xml",
        "nul_bytes.xml",
        "control_characters.xml",
        "truncated_cdata.xml",
        "illformed_unclosed.xml",
        "latin1_declared.xml",
        "cp1252_declared.xml",
        "utf16le_bom.xml",
        "utf16le_no_bom_declared.xml",
        "utf8_bom_declared_latin1.xml",
        *(p.name for p in sorted((FIXTURES / "hostile").glob("xxe_*.xml"))),
    ],
)
def test_hostile_documents_are_left_to_feedparser(name: str) -> None:
    """DTDs, entities, ill-formed XML and other encodings never reach the fast path, so the
    guarantees tests/reliability/test_hostile_feeds.py proves hold for them unchanged."""
    assert not takes_fast_path((FIXTURES / "hostile" / name).read_bytes())


def test_a_text_xml_body_without_charset_is_fast_only_when_it_is_ascii() -> None:
    """RFC 3023 as feedparser applies it: text/xml without a charset is US-ASCII."""
    ascii_feed = (FIXTURES / "feeds" / "no_ids.xml").read_bytes()
    accented = (FIXTURES / "hostile" / "utf8_declared.xml").read_bytes()
    assert ascii_feed.isascii()
    assert not accented.isascii()
    assert takes_fast_path(ascii_feed, {"Content-Type": "text/xml"})
    assert not takes_fast_path(accented, {"Content-Type": "text/xml"})
    assert takes_fast_path(accented, {"Content-Type": "text/xml; charset=utf-8"})


# -- generated feeds --------------------------------------------------------------------------

# Raw XML text, escaped as a feed would write it.
TEXTS = st.sampled_from(
    [
        "Plain words",
        "  spaced \n  out  ",
        "Fish &amp; chips",
        "Tom &amp;amp; Jerry",
        "&lt;b&gt;Bold&lt;/b&gt; news",
        "&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two &lt;em&gt;x&lt;/em&gt;&lt;/p&gt;",
        "&lt;blink&gt;odd&lt;/blink&gt;",
        "Café crème à Zürich",
        "Ã©tÃ© mojibake",
        "€ 5 – “quoted”",
        "1 &lt; 2 &amp;&amp; 3 &gt; 2",
        "&amp;nbsp;spaces&amp;eacute;",
        "x &amp;unknown; y",
        "&#233;t&#xE9; &#8364;",
        "<![CDATA[<p>cdata <b>html</b> &amp; more</p>]]>",
        "<![CDATA[a & b < c]]>",
        "",
        "   ",
        "La Commission propose une révision des normes CO2 pour les voitures neuves",
        "Die Kommission legt einen Vorschlag zur Flottenregulierung vor und die Hersteller",
    ]
)
DATES = st.sampled_from(
    [
        "Mon, 02 Jun 2025 10:00:00 GMT",
        "2 Jun 2025 10:00 +0200",
        "Tue, 03 Jun 2025 23:30:00 -0530",
        "Wed, 04 Jun 2025 10:00:00 UTC",
        "Wed, 04 Jun 2025 10:00:00 Z",
        "2025-06-02T10:00:00Z",
        "2025-06-02T10:00:00.123+02:00",
        "2025-06-02T10:00-05:30",
        "2025-06-02",
        "Mon, 02 Jun 2025 10:00:00 EST",
        "02 Jun 25 10:00 GMT",
        "mer, 16 nov 2022 00:38:15 +0100",
        "2025-02-30T10:00:00Z",
        "Mon, 02 Jun 2025 25:00:00 GMT",
        "2199-12-31T23:59:59-12:00",
        "1899-01-01T00:00:00Z",
        "not a date",
        "",
    ]
)
LINKS = st.sampled_from(
    [
        "https://News.Example.org/a?utm_source=x&amp;id=1#top",
        "/relative/path?id=2",
        "item-42",
        "http:///many-slashes.example/x",
        "javascript:alert(1)",
        "  https://x.example/spaced  ",
        "https://x.example/q?a=1&amp;amp;b=2",
        "",
    ]
)
LANGS = st.sampled_from([None, "fr", "de-DE", "", "en_GB", "x-klingon"])
PERMALINK = st.sampled_from([None, "true", "false", "True"])
REL = st.sampled_from([None, "alternate", "self", "enclosure", "related"])
LINK_TYPE = st.sampled_from([None, "text/html", "application/pdf", "application/xhtml+xml"])
TEXT_TYPE = st.sampled_from([None, "text", "html", "text/plain", "text/html", "xhtml"])


def _attrs(**values: str | None) -> str:
    return "".join(f' {k.replace("_", ":")}="{v}"' for k, v in values.items() if v is not None)


@st.composite
def rss_item_elements(draw: st.DrawFn) -> list[str]:
    builders = [
        lambda: f"<title{_attrs(xml_lang=draw(LANGS))}>{draw(TEXTS)}</title>",
        lambda: f"<link>{draw(LINKS)}</link>",
        lambda: f'<atom:link{_attrs(rel=draw(REL), type=draw(LINK_TYPE))} href="{draw(LINKS)}"/>',
        lambda: f"<description{_attrs(xml_lang=draw(LANGS))}>{draw(TEXTS)}</description>",
        lambda: f"<content:encoded>{draw(TEXTS)}</content:encoded>",
        lambda: (
            "<content:encoded></content:encoded>"
            + f"<content:encoded>{draw(TEXTS)}</content:encoded>"
        ),
        lambda: f"<itunes:summary>{draw(TEXTS)}</itunes:summary>",
        lambda: f"<media:description>{draw(TEXTS)}</media:description>",
        lambda: f"<dc:description>{draw(TEXTS)}</dc:description>",
        lambda: f"<guid{_attrs(isPermaLink=draw(PERMALINK))}>{draw(LINKS)}</guid>",
        lambda: f"<pubDate>{draw(DATES)}</pubDate>",
        lambda: f"<dc:date>{draw(DATES)}</dc:date>",
        lambda: f"<atom:updated>{draw(DATES)}</atom:updated>",
        lambda: "<category>Automotive</category><author>a@example.org (A)</author>",
        lambda: '<enclosure url="https://x.example/a.mp3" length="1" type="audio/mpeg"/>',
        lambda: "<comments>https://x.example/c</comments>",
        lambda: (
            '<media:content url="https://x.example/i.jpg"><media:credit>C</media:credit>'
            "</media:content>"
        ),
        lambda: f"<media:content><media:title>{draw(TEXTS)}</media:title></media:content>",
        lambda: '<media:thumbnail url="https://x.example/t.jpg"/>',
        lambda: "<foo:extra>unknown namespace</foo:extra><thr:total>3</thr:total>",
        lambda: f'<source url="https://other.example/feed">{draw(TEXTS)}</source>',
        lambda: f"<language>{draw(LANGS) or ''}</language>",
        lambda: "<!-- a comment --><?pi data?>",
        lambda: f"<title>{draw(TEXTS)}</title>",  # a second title
        lambda: f"<title{_attrs(type=draw(TEXT_TYPE))}>{draw(TEXTS)}</title>",
        lambda: f'<description type="text/plain">{draw(TEXTS)}</description>',
        lambda: f'<link rel="alternate" href="{draw(LINKS)}"/>',
        lambda: f'<guid xml:base="https://base.example/">{draw(LINKS)}</guid>',
        lambda: "<description><p>inline <b>markup</b></p></description>",
        lambda: f"<dcterms:modified>{draw(DATES)}</dcterms:modified>",
        lambda: f"<summary>{draw(TEXTS)}</summary><abstract>{draw(TEXTS)}</abstract>",
        lambda: f"<media:group><media:description>{draw(TEXTS)}</media:description></media:group>",
        lambda: f"<Title>{draw(TEXTS)}</Title><PubDate>{draw(DATES)}</PubDate>",
        lambda: f"<foo:title>{draw(TEXTS)}</foo:title>",
    ]
    chosen = draw(st.lists(st.sampled_from(range(len(builders))), max_size=9))
    return [builders[i]() for i in chosen]


@st.composite
def rss_documents(draw: st.DrawFn) -> bytes:
    items = "".join(
        f"<item{_attrs(xml_lang=draw(LANGS))}>{''.join(draw(rss_item_elements()))}</item>"
        for _ in range(draw(st.integers(0, 4)))
    )
    channel = [
        f"<title>{draw(TEXTS)}</title>" if draw(st.booleans()) else "",
        f"<language>{draw(LANGS) or ''}</language>" if draw(st.booleans()) else "",
        "<link>https://news.example.org/</link><description>About</description>",
        '<atom:link rel="self" type="application/rss+xml" href="https://x.example/f"/>',
        "<image><url>https://x.example/logo.png</url><title>Logo</title>"
        "<link>https://x.example/</link></image>"
        if draw(st.booleans())
        else "",
    ]
    body = "".join(draw(st.permutations(channel))) + items
    declaration = draw(
        st.sampled_from(["", '<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-8"?>'])
    )
    namespaces = (
        'xmlns:atom="http://www.w3.org/2005/Atom" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" '
        'xmlns:foo="https://unknown.example/ns" '
        'xmlns:thr="http://purl.org/syndication/thread/1.0"'
    )
    root_lang = _attrs(xml_lang=draw(LANGS))
    text = (
        f'{declaration}<rss version="2.0" {namespaces}{root_lang}><channel>{body}</channel></rss>'
    )
    return text.encode()


@st.composite
def atom_documents(draw: st.DrawFn) -> bytes:
    def text_construct(tag: str) -> str:
        kind = draw(TEXT_TYPE)
        if kind == "xhtml":
            return f'<{tag} type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">X</div></{tag}>'
        return f"<{tag}{_attrs(type=kind, xml_lang=draw(LANGS))}>{draw(TEXTS)}</{tag}>"

    def entry() -> str:
        builders = [
            lambda: text_construct("title"),
            lambda: text_construct("summary"),
            lambda: text_construct("content"),
            lambda: f'<link{_attrs(rel=draw(REL), type=draw(LINK_TYPE))} href="{draw(LINKS)}"/>',
            lambda: f"<id>{draw(LINKS)}</id>",
            lambda: f"<updated>{draw(DATES)}</updated>",
            lambda: f"<published>{draw(DATES)}</published>",
            lambda: "<author><name>A</name><email>a@example.org</email></author>",
            lambda: '<category term="cars"/>',
            lambda: "<source><title>Elsewhere</title><id>urn:x</id></source>",
            lambda: f'<content src="{draw(LINKS)}"/>',
            lambda: f"<link>{draw(LINKS)}</link>",
            lambda: f'<link rel="alternate" href="{draw(LINKS)}"/><link href="{draw(LINKS)}"/>',
            lambda: f"<rights>{draw(TEXTS)}</rights><subtitle>{draw(TEXTS)}</subtitle>",
        ]
        chosen = draw(st.lists(st.sampled_from(range(len(builders))), max_size=8))
        inside = "".join(builders[i]() for i in chosen)
        return f"<entry{_attrs(xml_lang=draw(LANGS))}>{inside}</entry>"

    entries = "".join(entry() for _ in range(draw(st.integers(0, 4))))
    title = text_construct("title") if draw(st.booleans()) else ""
    root_lang = _attrs(xml_lang=draw(LANGS))
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"'
        f"{root_lang}>{title}<id>urn:feed</id><updated>2025-06-01T00:00:00Z</updated>"
        f"{entries}</feed>"
    ).encode()


@st.composite
def rdf_documents(draw: st.DrawFn) -> bytes:
    items = "".join(
        f'<item rdf:about="{draw(LINKS)}"><title>{draw(TEXTS)}</title>'
        f"<link>{draw(LINKS)}</link><description>{draw(TEXTS)}</description>"
        f"<dc:date>{draw(DATES)}</dc:date></item>"
        for _ in range(draw(st.integers(0, 3)))
    )
    language = f"<dc:language>{draw(LANGS) or ''}</dc:language>" if draw(st.booleans()) else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<channel rdf:about="https://x.example/"><title>{draw(TEXTS)}</title>'
        f"<link>https://x.example/</link>{language}</channel>{items}</rdf:RDF>"
    ).encode()


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.one_of(rss_documents(), atom_documents(), rdf_documents()), st.sampled_from(HEADERS))
def test_both_paths_read_generated_feeds_alike(document: bytes, headers: dict[str, str]) -> None:
    slow, fast = both_ways(document, headers)
    assert fast == slow


def test_many_generated_feeds_take_the_fast_path() -> None:
    """Otherwise the property above would prove little; feedparser gets the rest."""
    taken: list[bool] = []

    @settings(max_examples=150, deadline=None, derandomize=True)
    @given(st.one_of(rss_documents(), atom_documents(), rdf_documents()))
    def record(document: bytes) -> None:
        taken.append(takes_fast_path(document))

    record()
    assert 0.25 < sum(taken) / len(taken) < 0.95
