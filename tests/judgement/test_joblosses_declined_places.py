"""Places in the case forms of the languages that decline them ("w Tychach", "we
Wrocławiu", "w Bielsku-Białej", "v Jihlavě"), found as the plant's place and its country;
texts in other languages are not read so.

Every sentence here was written for these tests; the companies are invented unless the
watch list knows them, and the figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from monitor.judgement.joblosses.declined_places import DeclinedIndex
from tests.joblosses_support import read


@pytest.fixture
def index() -> DeclinedIndex[str]:
    built: DeclinedIndex[str] = DeclinedIndex()
    for name in ("tychy", "mielec", "bielsko-biala", "gorzow wielkopolski", "plzen"):
        built.add(name, name)
    return built


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zwolnienia w tychach", "tychy"),
        ("fabryka w mielcu", "mielec"),  # the fleeting "e" of Mielec
        ("w bielsku-bialej i okolicach", "bielsko-biala"),
        ("zaklad w gorzowie wielkopolskim", "gorzow wielkopolski"),
        ("zavod v plzni", "plzen"),
    ],
)
def test_a_declined_name_is_found(index: DeclinedIndex[str], text: str, expected: str) -> None:
    assert [target for target, _, _ in index.find(text)] == [expected]


def test_the_span_covers_both_words_of_a_two_word_name(index: DeclinedIndex[str]) -> None:
    text = "w bielsku-bialej"
    ((_, start, end),) = index.find(text)
    assert text[start:end] == "bielsku-bialej"


def test_a_word_that_shares_no_stem_is_no_place(index: DeclinedIndex[str]) -> None:
    assert index.find("zwolnienia w fabryce samochodow") == []


@pytest.mark.parametrize(
    ("lang", "title", "site", "country"),
    [
        ("pl", "Kowalski Motoryzacja zwolni 200 osób w Mielcu", "Mielec", "PL"),
        ("pl", "Stellantis zwolni 300 osób w Tychach", "Tychy", "PL"),
        (
            "pl",
            "Zwolnienia grupowe w Bielsku-Białej: Stellantis tnie 300 etatów",
            "Bielsko-Biała",
            "PL",
        ),
        ("pl", "Kowalski Motoryzacja zwolni 150 osób we Wrocławiu", "Wrocław", "PL"),
        ("cs", "Bosch propustí 300 zaměstnanců v Jihlavě", "Jihlava", "CZ"),
    ],
)
def test_the_plants_place_and_country_from_a_declined_name(
    watchlist: Watchlist, lang: str, title: str, site: str, country: str
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert (found.site, found.country) == (site, country)


def test_other_languages_are_not_read_declined(watchlist: Watchlist) -> None:
    # "rennen" would be Rennes declined; in German it is a verb
    title = "Kranwerk streicht 300 Stellen, die Mitarbeiter rennen zur Betriebsversammlung"
    found = read(watchlist, "de", title)
    assert found is not None
    assert found.site is None
