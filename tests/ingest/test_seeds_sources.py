"""The bundled source list: well-formed, honest about what was checked, and documented."""

from __future__ import annotations

import re
import tomllib
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import pytest

from conftest import ROOT

SOURCES_FILE = ROOT / "seeds" / "sources.toml"
SOURCES_DOC = ROOT / "docs" / "sources.md"

FIELDS = {
    "name": str,
    "title": str,
    "url": str,
    "kind": str,
    "language": str,
    "interval": str,
    "enabled": bool,
    "verified": bool,
    "confidence": str,
    "documented_at": str,
    "notes": str,
}
KINDS = {"rss", "atom", "jsonfeed", "erm-csv"}
CONFIDENCES = {"high", "medium", "low"}
INTERVAL = re.compile(r"^(\d+)([mhd])$")
UNITS = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1)}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Hosts that are not news outlets: the institutions, Eurofound, the industry associations.
NOT_NEWS = (".europa.eu", "eurofound.mynewsdesk.com", "acea.auto", "clepa.eu")
INSTITUTIONS = (
    "ec.europa.eu",
    "eur-lex.europa.eu",
    "www.europarl.europa.eu",
    "www.consilium.europa.eu",
)
LANGUAGES = ("en", "fr", "de", "it", "es", "nl", "pl")  # the monitor's seven


def _load() -> list[dict[str, Any]]:
    with SOURCES_FILE.open("rb") as f:
        data = tomllib.load(f)
    sources = data["source"]
    assert isinstance(sources, list)
    return sources


SOURCES = _load()
BY_NAME = {s["name"]: s for s in SOURCES}
per_source = pytest.mark.parametrize("source", SOURCES, ids=[s["name"] for s in SOURCES])


def _interval(text: str) -> timedelta:
    match = INTERVAL.match(text)
    assert match, f"interval {text!r} is not a number followed by m, h or d"
    return int(match[1]) * UNITS[match[2]]


def _host(source: dict[str, Any]) -> str:
    return urlsplit(source["url"]).hostname or ""


def test_the_file_holds_only_a_list_of_sources() -> None:
    with SOURCES_FILE.open("rb") as f:
        data = tomllib.load(f)
    assert list(data) == ["source"]
    assert len(SOURCES) >= 30


@per_source
def test_every_source_has_exactly_the_documented_fields(source: dict[str, Any]) -> None:
    assert set(source) == set(FIELDS)
    for key, kind in FIELDS.items():
        assert isinstance(source[key], kind), f"{source['name']}.{key} should be {kind.__name__}"


def test_names_are_unique_slugs() -> None:
    names = [s["name"] for s in SOURCES]
    assert len(names) == len(set(names))
    assert all(SLUG.match(name) for name in names), [n for n in names if not SLUG.match(n)]


@per_source
def test_urls_are_absolute_http_or_https(source: dict[str, Any]) -> None:
    for key in ("url", "documented_at"):
        if key == "documented_at" and source[key] == "":
            continue
        parts = urlsplit(source[key])
        assert parts.scheme in {"http", "https"}, f"{source['name']}.{key}: {source[key]!r}"
        assert parts.hostname, f"{source['name']}.{key}: {source[key]!r}"


def test_urls_are_unique() -> None:
    urls = [s["url"] for s in SOURCES]
    assert len(urls) == len(set(urls))


@per_source
def test_kind_confidence_and_language_take_known_values(source: dict[str, Any]) -> None:
    assert source["kind"] in KINDS
    assert source["confidence"] in CONFIDENCES
    assert re.fullmatch(r"[a-z]{2}|", source["language"])


@per_source
def test_interval_is_at_least_five_minutes(source: dict[str, Any]) -> None:
    assert _interval(source["interval"]) >= timedelta(minutes=5)


@per_source
def test_no_enabled_source_polls_more_often_than_every_half_hour(source: dict[str, Any]) -> None:
    if source["enabled"]:
        assert _interval(source["interval"]) >= timedelta(minutes=30)


@per_source
def test_enabled_sources_are_verified(source: dict[str, Any]) -> None:
    if source["enabled"]:
        assert source["verified"], f"{source['name']} is enabled but not verified"


@per_source
def test_verified_sources_name_the_page_that_documents_them(source: dict[str, Any]) -> None:
    if source["verified"]:
        assert source["documented_at"].startswith(("https://", "http://"))


@per_source
def test_low_confidence_sources_ship_disabled(source: dict[str, Any]) -> None:
    if source["confidence"] == "low":
        assert not source["enabled"]
        assert source["notes"], "a disabled source says why in its notes"


GUESSED_BY_ANALOGY = (
    "ep-committee-tran",
    "ep-committee-empl",
    "ec-press-nl",
    "ep-press-pl",
    "eurlex-com-proposals-it",
    "eurlex-oj-c-it",
    "eurlex-ep-council-acts-pl",
)


def test_feeds_guessed_by_analogy_ship_disabled_and_unverified() -> None:
    guessed = [s for s in SOURCES if "by analogy" in s["notes"]]
    assert {s["name"] for s in guessed} >= set(GUESSED_BY_ANALOGY)
    for source in guessed:
        assert not source["enabled"], source["name"]
        assert not source["verified"], source["name"]
        assert source["confidence"] == "low", source["name"]
        assert source["documented_at"] == "", source["name"]


def test_the_erm_export_is_opt_in_daily_and_says_its_terms() -> None:
    (erm,) = [s for s in SOURCES if s["kind"] == "erm-csv"]
    assert not erm["enabled"]
    assert _interval(erm["interval"]) >= timedelta(days=1)
    assert "non-commercial" in erm["notes"]


def test_eurlex_proposal_and_legislation_feeds_warn_about_swapped_labels() -> None:
    for rss_id in ("161", "162"):
        feeds = [s for s in SOURCES if s["url"].endswith(f"rssId={rss_id}")]
        assert {s["language"] for s in feeds} == {"en", "it", "es", "nl", "pl"}
        for feed in feeds:
            assert "swap" in feed["notes"], feed["name"]


def test_eurlex_feeds_differ_only_by_their_language_segment() -> None:
    for source in SOURCES:
        if _host(source) != "eur-lex.europa.eu":
            continue
        segment = urlsplit(source["url"]).path.split("/")[1]
        assert segment == source["language"].upper(), source["name"]


@pytest.mark.parametrize(
    ("publisher", "host"),
    [
        ("European Commission", "ec.europa.eu"),
        ("EUR-Lex", "eur-lex.europa.eu"),
        ("European Parliament", "www.europarl.europa.eu"),
        ("Council of the EU", "www.consilium.europa.eu"),
        ("Eurofound", "eurofound.mynewsdesk.com"),
    ],
)
def test_each_institution_has_an_enabled_source(publisher: str, host: str) -> None:
    assert any(s["enabled"] and _host(s) == host for s in SOURCES), publisher


def test_the_commission_and_parliament_are_listed_in_all_seven_languages() -> None:
    for host in ("ec.europa.eu", "www.europarl.europa.eu"):
        languages = {s["language"] for s in SOURCES if _host(s) == host}
        assert set(LANGUAGES) <= languages, host


def test_the_commission_and_parliament_are_followed_in_english_french_and_german() -> None:
    for host in ("ec.europa.eu", "www.europarl.europa.eu"):
        languages = {s["language"] for s in SOURCES if s["enabled"] and _host(s) == host}
        assert {"en", "fr", "de"} <= languages, host


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_eu_institution_is_followed_in_every_language(language: str) -> None:
    """Only feeds guessed by analogy wait disabled; each language keeps one that is shown."""
    assert any(
        s["enabled"] and s["language"] == language and _host(s) in INSTITUTIONS for s in SOURCES
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_is_enabled_in_every_language(language: str) -> None:
    news = [s for s in SOURCES if s["enabled"] and not _host(s).endswith(NOT_NEWS)]
    assert any(s["language"] == language for s in news)


@pytest.mark.parametrize("language", ["it", "es", "nl", "pl"])
def test_at_least_three_press_feeds_are_enabled_in_each_new_language(language: str) -> None:
    news = [s for s in SOURCES if s["enabled"] and not _host(s).endswith(NOT_NEWS)]
    assert len([s for s in news if s["language"] == language]) >= 3


def _doc_rows() -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for line in SOURCES_DOC.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\| `([^`]+)` \|", line)
        if match:
            assert match[1] not in rows, f"docs/sources.md lists {match[1]} twice"
            rows[match[1]] = [cell.strip() for cell in line.strip().strip("|").split("|")]
    return rows


def test_the_docs_table_lists_exactly_the_seeded_sources() -> None:
    assert list(_doc_rows()) == [s["name"] for s in SOURCES]


@per_source
def test_the_docs_table_row_matches_the_seed(source: dict[str, Any]) -> None:
    def yes(flag: bool) -> str:
        return "yes" if flag else "no"

    documented = f"<{source['documented_at']}>" if source["documented_at"] else "—"
    expected = [
        f"`{source['name']}`",
        source["kind"],
        source["language"] or "mixed",
        source["interval"],
        yes(source["enabled"]),
        yes(source["verified"]),
        documented,
    ]
    assert _doc_rows()[source["name"]] == expected
