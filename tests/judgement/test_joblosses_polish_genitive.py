"""A Polish company name in the genitive after a noun that governs it ("Upadłość Ferromexu",
"pracownicy Kabelmaru") is reported in the nominative; a name not so governed keeps its
spelling.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from monitor.judgement.joblosses.polish_genitive import nominative
from tests.joblosses_support import read_found


@pytest.mark.parametrize(
    ("title", "summary", "company"),
    [
        ("Upadłość Ferromexu. Pracę traci 240 osób", "", "Ferromex"),
        ("Pracownicy Stalbudu tracą pracę", "Firma zwolni 130 osób.", "Stalbud"),
    ],
)
def test_the_governed_genitive_is_undone(
    watchlist: Watchlist, title: str, summary: str, company: str
) -> None:
    assert read_found(watchlist, "pl", title, summary)[0] == company


def test_an_ungoverned_name_keeps_its_ending() -> None:
    assert nominative("Kabelmaru", "firma ") == "Kabelmaru"
    assert nominative("Kabelmaru", "upadlosc ") == "Kabelmar"
    assert nominative("Kalisu Auto", "upadlosc ") == "Kalisu Auto"
