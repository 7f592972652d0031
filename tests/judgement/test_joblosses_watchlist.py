"""Reading the watch list and finding its names in text."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.judgement.joblosses import WatchlistError, load_watchlist, parse_watchlist
from monitor.judgement.joblosses._fold import fold

from conftest import ROOT

SEED = ROOT / "seeds" / "watchlists" / "automotive.toml"


def test_the_seed_lists_makers_and_suppliers_with_sites() -> None:
    watchlist = load_watchlist(SEED)
    kinds = {c.kind for c in watchlist.companies}
    assert kinds == {"maker", "supplier"}
    assert len(watchlist.companies) >= 50
    assert watchlist.by_id("volkswagen").sites["Zwickau"] == "DE"
    assert watchlist.by_id("stellantis").sites["Sochaux"] == "FR"


def test_the_longest_name_wins() -> None:
    watchlist = load_watchlist(SEED)
    found = watchlist.find_companies(fold("Volvo Group and Ford Otosan, not Volvo or Ford"))
    assert [m.company.id for m in found] == ["volvo-group", "ford-otosan", "volvo-cars", "ford"]


def test_names_match_across_case_and_accents() -> None:
    watchlist = load_watchlist(SEED)
    found = watchlist.find_companies(fold("EBERSPAECHER and eberspächer and citroen"))
    assert [(m.company.id, m.brand) for m in found] == [
        ("eberspaecher", None), ("eberspaecher", None), ("stellantis", "Citroën"),
    ]  # fmt: skip


def test_german_place_adjectives_and_aliases_are_places() -> None:
    watchlist = load_watchlist(SEED)
    found = watchlist.find_places(fold("Zwickauer Werk, Köln and Göteborg"))
    assert [m.place.name for m in found] == ["Zwickau", "Cologne", "Gothenburg"]


def test_cased_names_need_their_case() -> None:
    watchlist = load_watchlist(SEED)
    assert watchlist.find_companies(fold("a seat maker with continental reach")) == []
    assert [m.company.id for m in watchlist.find_companies(fold("SEAT and Continental"))] == [
        "seat", "continental",
    ]  # fmt: skip


def test_a_site_missing_from_places_is_reported_with_the_fix() -> None:
    text = """
[places]
Sochaux = "FR"
[[companies]]
id = "x"
name = "X"
kind = "maker"
country = "FR"
sites = ["Mulhouse"]
"""
    with pytest.raises(WatchlistError, match=r"wl.toml.*'Mulhouse' is not in \[places\]"):
        parse_watchlist(text, "wl.toml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[companies]]\nid = "x"\nname = "X"\nkind = "dealer"\ncountry = "FR"', "kind must be"),
        ('[[companies]]\nid = "x"\nname = "X"\nkind = "maker"\ncountry = "France"', "ISO"),
        ('[[companies]]\nid = "x"\nname = "X"\nkind = "maker"', "missing text field 'country'"),
        ("[places\n", "not valid TOML"),
    ],
)
def test_bad_files_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(WatchlistError, match=message):
        parse_watchlist(text)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(WatchlistError, match=r"nope\.toml"):
        load_watchlist(tmp_path / "nope.toml")


def test_duplicate_ids_are_refused() -> None:
    one = '[[companies]]\nid = "x"\nname = "X"\nkind = "maker"\ncountry = "FR"\n'
    with pytest.raises(WatchlistError, match="listed twice"):
        parse_watchlist(one + one)
