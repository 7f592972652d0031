"""A company named only as the first part of a hyphenated compound with a noun of its kind
("het Veldkamp-concern", "der Harnisch-Konzern") is that name; a hyphenated compound with no
noun of a company's kind ("de Limburg-fabriek") names no company by it.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read, read_found


@pytest.mark.parametrize(
    ("lang", "title", "summary", "company"),
    [
        ("nl", "Hoe moet het verder met de 'lakstraat' in Weert?",
         "De fabriek van het Ostendorp-concern gaat dicht. Ruim 140 medewerkers staan op"
         " straat.", "Ostendorp"),
        ("nl", "Onzekerheid in Tiel",
         "Het Brakel-concern sluit zijn fabriek. Zo'n 90 banen gaan verloren.", "Brakel"),
    ],
)  # fmt: skip
def test_the_name_before_the_hyphen_is_the_company(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str
) -> None:
    assert read_found(watchlist, lang, title, summary)[0] == company


def test_a_compound_of_no_company_noun_names_no_one(watchlist: Watchlist) -> None:
    found = read(
        watchlist, "nl", "Hoe moet het verder met de 'lakstraat' in Weert?",
        "De Limburg-fabriek gaat dicht. Ruim 140 medewerkers staan op straat.",
    )  # fmt: skip
    assert found is None or found.company != "Limburg"
