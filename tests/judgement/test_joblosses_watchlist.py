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


def test_an_included_file_adds_companies_and_places(tmp_path: Path) -> None:
    (tmp_path / "main.toml").write_text(
        'include = ["more.toml"]\n[places]\nSochaux = "FR"\n'
        '[[companies]]\nid = "a"\nname = "Alphacar"\nkind = "maker"\ncountry = "FR"\n'
    )
    (tmp_path / "more.toml").write_text(
        "companies = [\n"
        '{ id = "b", name = "Betaparts", kind = "supplier", country = "DE", parent = "a",'
        ' sites = ["Kelheim"] },\n]\n[places]\nKelheim = "DE"\n'
    )
    watchlist = load_watchlist(tmp_path / "main.toml")
    assert [c.id for c in watchlist.companies] == ["a", "b"]
    assert watchlist.by_id("b").sites == {"Kelheim": "DE"}


def test_a_bad_entry_is_reported_with_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "main.toml").write_text('include = ["more.toml"]\n')
    (tmp_path / "more.toml").write_text(
        "companies = [\n"
        '{ id = "a", name = "Alphacar", kind = "maker", country = "FR" },\n'
        '{ id = "b", name = "Betaparts", kind = "vendor", country = "DE" },\n]\n'
    )
    with pytest.raises(WatchlistError, match=r"more\.toml:3 \(b\): kind must be one of"):
        load_watchlist(tmp_path / "main.toml")


def test_an_unknown_parent_or_field_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    path.write_text(
        'companies = [{ id = "a", name = "A", kind = "maker", country = "FR", parent = "z" }]\n'
    )
    with pytest.raises(WatchlistError, match="parent 'z' is no company id"):
        load_watchlist(path)
    path.write_text(
        'companies = [{ id = "a", name = "A", kind = "maker", country = "FR", brand = "x" }]\n'
    )
    with pytest.raises(WatchlistError, match=r"w\.toml:1 \(a\): unknown field\(s\) brand"):
        load_watchlist(path)


def test_the_bundled_list_holds_the_industry() -> None:
    watchlist = load_watchlist(SEED)
    assert len(watchlist.companies) >= 300
    kinds = {c.kind for c in watchlist.companies}
    assert kinds == {"maker", "supplier"}
    assert sum(bool(c.parent) for c in watchlist.companies) >= 30
