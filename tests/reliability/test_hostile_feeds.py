"""The hostile-feed corpus (tests/fixtures/hostile/): every document, parsed and polled.

Each row of CASES names a document, the headers it is served with and what must come of it:
entries kept (at least so many, with these titles) or a clear error. Every document goes through
`parse_feed` under a memory bound and through a real poll against a server on 127.0.0.1, where
an unreadable document must end as the source's recorded error, never as a crash.
"""

from __future__ import annotations

import dataclasses
import re
import tracemalloc
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from monitor.app import Monitor
from monitor.config import Config
from monitor.ingest.parsing import FeedEntry, FeedParseError, ParsedFeed, parse_feed
from monitor.storage.schema import entries, sources

from conftest import FIXTURES, FrozenClock
from sites import Site, serve

CORPUS = FIXTURES / "hostile"
NOW = datetime(2025, 9, 1, 12, 0, tzinfo=UTC)
RSS = "application/rss+xml"
PEAK_BYTES = 64 * 1024 * 1024  # generous: no document in the corpus is larger than 300 KB
SECRET = "TOPSECRET-5f3c9a-must-never-be-read"
PASSWD_LINE = re.compile(r"root:[^:\s]*:0:0:")
# What no stored text may hold: C0/C1 controls (tab and newline aside) and lone surrogates.
UNSAFE_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

FR = "Stellantis supprime 1 100 postes à Poissy : « coût élevé » de l’électrique, 25 € l’unité"
FR_15 = FR.replace("’", "'")  # ISO-8859-15 has the euro sign but no curly apostrophe
DE = "Volkswagen streicht 7.600 Stellen in Zwickau: Größe und Übergänge"
RU = "Автопром: завод закрывает линию"


@dataclass(frozen=True)
class Case:
    """One document and its expected outcome: `error` set means no feed can be read."""

    file: str
    content_type: str = RSS
    entries: int = 0  # at least this many entries kept
    titles: tuple[str, ...] = ()  # titles that must be read exactly
    error: str = ""  # words of the recorded error
    label: str = ""

    @property
    def id(self) -> str:
        return f"{self.file}[{self.label}]" if self.label else self.file


def _conflict(file: str, charset: str, entries: int, *titles: str) -> Case:
    return Case(file, f"{RSS}; charset={charset}", entries, titles, label=f"http-{charset}")


CASES = [
    # structure
    Case("illformed_unclosed.xml", entries=1, titles=("First & only bold",)),
    Case("truncated_cdata.xml", entries=2, titles=("Complete item before the cut", "Cut off")),
    Case("undeclared_entities.xml", entries=1),
    Case("nul_bytes.xml", entries=2, titles=("Nul in title", "After the nul")),
    Case("deep_nesting.xml", entries=1, titles=("Deep",)),
    Case("rss_no_items.xml", entries=0),
    # entity expansion and external entities
    Case("billion_laughs.xml", entries=1),
    Case("billion_laughs_params.xml", entries=1),
    Case("quadratic_blowup.xml", entries=1),
    Case("xxe_passwd.xml", entries=1),
    Case("xxe_secret.xml", entries=1),
    Case("xxe_secret_comment_trick.xml", entries=1),
    Case("xxe_secret_parameter.xml", entries=1, titles=("Parameter",)),
    Case("xxe_secret_external_dtd.xml", entries=1, titles=("External DTD",)),
    Case("xxe_secret_xinclude.xml", entries=1, titles=("XInclude",)),
    Case("xxe_secret_utf16.xml", entries=1),
    # encodings, declared or not, with and without a byte-order mark
    Case("utf8_declared.xml", entries=2, titles=(FR, DE)),
    Case("utf8_undeclared.xml", entries=2, titles=(FR, DE)),
    Case("utf8_bom.xml", entries=2, titles=(FR, DE)),
    Case("utf8_bom_declared_latin1.xml", entries=2, titles=(FR, DE)),
    Case("utf8_declared_utf16.xml", entries=2, titles=(FR, DE)),
    Case("double_bom.xml", entries=2, titles=(FR, DE)),
    Case("utf16le_bom.xml", entries=2, titles=(FR, DE)),
    Case("utf16be_bom.xml", entries=2, titles=(FR, DE)),
    Case("utf16le_bom_undeclared.xml", entries=2, titles=(FR, DE)),
    Case("utf16le_no_bom_declared.xml", entries=2, titles=(FR, DE)),
    Case("latin1_declared.xml", entries=1, titles=(DE,)),
    Case("latin1_undeclared.xml", entries=1, titles=(DE,)),
    Case("cp1252_declared.xml", entries=2, titles=(FR, DE)),
    Case("iso8859_15_declared.xml", entries=2, titles=(FR_15, DE)),
    Case("koi8r_declared.xml", entries=1, titles=(RU,)),
    Case("cp1251_declared.xml", entries=1, titles=(RU,)),
    Case("shift_jis_declared.xml", entries=1, titles=("自動車産業の行動計画",)),
    # the HTTP charset contradicts the document: read it right where the bytes allow
    _conflict("koi8r_declared.xml", "utf-8", 1, RU),
    _conflict("cp1252_declared.xml", "utf-8", 2, FR, DE),
    _conflict("utf16le_bom.xml", "utf-8", 2, FR, DE),
    _conflict("utf8_declared.xml", "iso-8859-1", 2, FR, DE),
    _conflict("utf8_undeclared.xml", "bogus-charset", 2, FR, DE),
    _conflict("shift_jis_declared.xml", "koi8-r", 1),  # any byte is KOI8-R: mojibake, kept
    _conflict("cp1251_declared.xml", "koi8-r", 1),
    # not feeds at all
    Case("html_page.html", "text/html; charset=utf-8", error="returned an HTML page"),
    Case("html_page.html", RSS, error="returned an HTML page", label="served-as-rss"),
    Case("html_without_doctype.xml", error="returned an HTML page"),
    Case("empty.xml", error="empty body"),
    Case("whitespace_only.xml", error="empty body"),
    Case("bom_only.xml", error="empty body"),
    Case("binary_png.xml", "image/png", error="not a feed"),
    Case("gzip_inside.xml", error="not a feed"),
    Case("xml_not_a_feed.xml", "application/xml", error="root element <Error>"),
    # JSON
    Case("jsonfeed_valid.json", "application/feed+json", 2, (FR, "Numeric id")),
    Case("jsonfeed_valid.json", "text/html", 2, (FR,), label="served-as-html"),
    Case("jsonfeed_wrong_types.json", "application/json", entries=2, titles=("Good item",)),
    Case("jsonfeed_broken_dates.json", "application/json", entries=9),
    Case("jsonfeed_surrogates.json", "application/json", entries=1),
    Case("jsonfeed_truncated.json", "application/json", error="invalid JSON"),
    Case("jsonfeed_not_a_feed.json", "application/json", error="not a JSON Feed"),
    Case("json_array.json", "application/json", error="not a JSON Feed"),
    Case("jsonfeed_huge_number.json", "application/json", error="unreadable JSON"),
    Case("jsonfeed_deep.json", "application/json", error="unreadable JSON"),
    # text and dates
    Case("huge_title.xml", entries=1),
    Case("control_characters.xml", entries=3, titles=("Raw bytes", "Surrogate \ufffd ref \ufffd")),
    Case("dates_broken.xml", entries=15),
    Case("atom_broken_dates.xml", "application/atom+xml", entries=15),
]


@pytest.fixture(scope="module")
def secret_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("secret") / "secret.txt"
    path.write_text(f"{SECRET}\nroot:x:0:0:root:/root:/bin/bash\n")
    return path


def document(case: Case, secret_file: Path) -> bytes:
    """The corpus file, its external-entity placeholders pointing at the secret file."""
    body = (CORPUS / case.file).read_bytes()
    path = str(secret_file)
    return body.replace(b"SECRET_PATH", path.encode()).replace(
        "SECRET_PATH".encode("utf-16-le"), path.encode("utf-16-le")
    )


def texts(feed: ParsedFeed) -> Iterator[str]:
    yield feed.title
    yield from feed.warnings
    for entry in feed.entries:
        yield from (entry.entry_id, entry.url or "", entry.title, entry.summary)


def assert_clean(entry: FeedEntry) -> None:
    for text in (entry.entry_id, entry.url or "", entry.title, entry.summary):
        assert not UNSAFE_TEXT.search(text), repr(text[:200])
    assert len(entry.title) <= 1_000
    assert len(entry.summary) <= 20_000
    assert entry.url is None or entry.url.startswith(("http://", "https://"))
    assert entry.published.tzinfo is not None
    assert entry.published <= NOW + timedelta(days=2)


def test_every_corpus_file_is_in_the_table() -> None:
    assert {p.name for p in CORPUS.iterdir()} == {c.file for c in CASES}


@pytest.mark.timeout(30)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_document_parses_within_bounds_to_its_expected_outcome(
    case: Case, secret_file: Path
) -> None:
    body = document(case, secret_file)
    tracemalloc.start()
    try:
        try:
            feed = parse_feed(
                body,
                url=f"https://hostile.example/{case.file}",
                headers={"Content-Type": case.content_type},
                now=NOW,
                source="hostile",
            )
        except FeedParseError as exc:
            feed, error = None, str(exc)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert peak < PEAK_BYTES
    if case.error:
        assert feed is None, f"expected an error saying {case.error!r}"
        assert case.error in error
        assert error.startswith(f"https://hostile.example/{case.file} ")
        return
    assert feed is not None, error
    assert len(feed.entries) >= case.entries
    titles = {entry.title for entry in feed.entries}
    for title in case.titles:
        assert title in titles
    for entry in feed.entries:
        assert_clean(entry)
    for text in texts(feed):
        assert SECRET not in text
        assert not PASSWD_LINE.search(text)
        assert "lol" * 20 not in text
        assert "A" * 2_000 not in text


def test_entities_declared_by_a_feed_are_never_expanded() -> None:
    """A small plain-text entity is the same mechanism as the quadratic blowup: not kept."""
    body = (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY co "Stellantis">\n]>\n'
        b'<rss version="2.0"><channel><item><guid>e</guid><title>&co; cuts</title></item>'
        b"</channel></rss>"
    )
    feed = parse_feed(body, url="https://e.example/f", headers={}, now=NOW, source="s")
    assert [e.title for e in feed.entries] == ["&co; cuts"]
    assert "undefined entity" in feed.warnings[0]


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        (b"&#55357;&#56832;", "\ufffd\ufffd"),  # an emoji written as two surrogate references
        (b"&#xDFFF;", "\ufffd"),
        (b"&#x110000;", "\ufffd"),
        (b"&#" + b"9" * 5_000 + b";", "\ufffd"),
        (b"&#128512; &#xE9;", "😀 é"),  # good references are untouched
    ],
)
def test_unusable_character_references_become_replacement_characters(
    reference: bytes, expected: str
) -> None:
    body = (
        b'<rss version="2.0"><channel><item><guid>r</guid><title>a '
        + reference
        + b" b</title></item><item><guid>s</guid><title>Second</title></item></channel></rss>"
    )
    feed = parse_feed(body, url="https://r.example/f", headers={}, now=NOW, source="s")
    assert [e.title for e in feed.entries] == [f"a {expected} b", "Second"]


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        yield running


def _serve_corpus(site: Site, secret_file: Path) -> dict[str, Case]:
    by_path = {}
    for number, case in enumerate(CASES):
        path = f"/{number}/{case.file}"
        body = document(case, secret_file)
        headers = {"Content-Type": case.content_type, "Content-Length": str(len(body))}
        site.raw(path, body, headers)
        by_path[path] = case
    return by_path


def _watch(config: Config, site: Site, paths: Mapping[str, Case]) -> Monitor:
    feeds = [
        {"name": f"hostile-{n}", "url": site.url(path), "interval": "30m"}
        for n, path in enumerate(paths)
    ]
    sections: dict[str, dict[str, Any]] = {
        "sources": {"defaults": False, "feed": feeds},
        "fetch": {"timeout": 5.0},
    }
    monitor = Monitor(dataclasses.replace(config, sections=sections))
    monitor.init()
    return monitor


@dataclass
class Stored:
    by_source: dict[str, int] = field(default_factory=dict)
    by_link: dict[str, int] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)


def _stored(monitor: Monitor) -> Stored:
    stored = Stored()
    query = sa.select(
        sources.c.url, entries.c.url.label("link"), entries.c.title, entries.c.summary
    ).join(sources, sources.c.id == entries.c.source_id)
    with monitor.db.read() as conn:
        for row in conn.execute(query):
            stored.by_source[row.url] = stored.by_source.get(row.url, 0) + 1
            folder = (row.link or "").split("/")[3:4]
            if folder:
                stored.by_link[folder[0]] = stored.by_link.get(folder[0], 0) + 1
            stored.text += [row.link or "", row.title, row.summary]
    return stored


@pytest.mark.timeout(120)
def test_whole_corpus_polled_records_an_error_or_stores_entries(
    config: Config, site: Site, frozen_clock: FrozenClock, secret_file: Path
) -> None:
    by_path = _serve_corpus(site, secret_file)
    monitor = _watch(config, site, by_path)
    try:
        report = {s.url: s for s in monitor.poll().sources}
        state = {s.url: s for s in monitor.sources()}
        stored = _stored(monitor)
    finally:
        monitor.close()

    assert len(report) == len(CASES)
    for path, case in by_path.items():
        url = site.url(path)
        result, source = report[url], state[url]
        if case.error:
            assert result.status == "error", case.id
            assert case.error in (source.last_error or ""), case.id
            assert source.failures == 1
            assert source.next_poll is not None
            assert source.next_poll > frozen_clock()
            continue
        assert result.status == "ok", (case.id, result.error)
        assert source.failures == 0, case.id
        assert not source.last_error, case.id
        # The same article served by two sources is stored once, under either of them.
        kept = stored.by_source.get(url, 0) + stored.by_link.get(case.file.split(".")[0], 0)
        assert kept >= case.entries, case.id
    for text in stored.text:
        assert SECRET not in text
        assert not PASSWD_LINE.search(text)
        assert not UNSAFE_TEXT.search(text)
