"""A company named with its owner ("X, a subsidiary of the Swedish group Y AB", "la X, di
proprietà del gruppo tedesco Y", "X, eine Tochter des Konzerns Y GmbH"): the reader names X,
the unit that cuts; the owner is read only when the item names no other company.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read_found


@pytest.mark.parametrize(
    ("lang", "title", "summary", "company"),
    [
        (
            "en",
            "Blow for Teesside as supplier confirms closure",
            "The Tier-1 supplier Redcar Mouldings, a subsidiary of the Danish group Aalborg"
            " Plast A/S, will close its Middlesbrough works next year, putting 150 jobs at risk.",
            "Redcar Mouldings",
        ),
        (
            "it",
            "Chiude una fonderia a Lecco, a casa 120 lavoratori",
            "La Fonderia Brivio, di proprietà del gruppo austriaco Steiner, cesserà l'attività"
            " entro marzo: i 120 dipendenti saranno licenziati.",
            "Fonderia Brivio",
        ),
    ],
)
def test_the_unit_is_read_not_its_owner(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str
) -> None:
    assert read_found(watchlist, lang, title, summary)[0] == company


def test_the_owner_is_read_when_no_other_company_is_named(watchlist: Watchlist) -> None:
    found = read_found(
        watchlist,
        "en",
        "Plant owned by Aalborg Plast to shed 90 jobs",
        "The Danish group said the cuts would fall at its Hartlepool site.",
    )
    assert found[:2] == ("Aalborg Plast", 90)
