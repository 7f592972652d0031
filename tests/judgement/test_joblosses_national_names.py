"""A country's adjective that opens a company's name ("Polskie Zakłady Kablowe", "Nederlandse
Kabelfabriek") is the name's own when a trade's noun follows it with no article; before a
proper name ("het Noorse Fjord Cells") or a kind of company ("Deutsche Zulieferer") it stays a
word of origin.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read, read_found


@pytest.mark.parametrize(
    ("lang", "title", "company"),
    [
        ("pl", "Polskie Zakłady Łożysk zwolnią 180 pracowników", "Polskie Zakłady Łożysk"),
        ("pl", "Pracę straci 90 osób w firmie Polskie Tłocznie Blach", "Polskie Tłocznie Blach"),
        ("nl", "Nederlandse Bandenfabriek schrapt 120 banen", "Nederlandse Bandenfabriek"),
        ("de", "Deutsche Federnwerke streichen 140 Stellen", "Deutsche Federnwerke"),
    ],
)
def test_the_adjective_before_a_trade_noun_opens_the_name(
    watchlist: Watchlist, lang: str, title: str, company: str
) -> None:
    assert read_found(watchlist, lang, title, "")[0] == company


@pytest.mark.parametrize(
    ("lang", "title", "company"),
    [
        ("nl", "Het Noorse Fjord Accu schrapt 300 banen", "Fjord Accu"),
        ("en", "Italian carmaker Velo to cut 300 jobs", "Velo"),
    ],
)
def test_before_a_proper_name_the_adjective_is_a_word_of_origin(
    watchlist: Watchlist, lang: str, title: str, company: str
) -> None:
    assert read_found(watchlist, lang, title, "")[0] == company


def test_a_kind_of_company_after_the_adjective_names_no_company(watchlist: Watchlist) -> None:
    found = read(watchlist, "de", "Deutsche Zulieferer streichen 5.000 Stellen")
    assert found is None or found.company != "Deutsche Zulieferer"
