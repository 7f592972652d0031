"""A regional headline that opens with a place, an emotion or a question and names the company
last is read for its closing name, when the lead tells the cut of "the company" (or its
management) and names no one else; a town closing the headline after "in"/"w" is no company.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read, read_found


@pytest.mark.parametrize(
    ("lang", "title", "summary", "company", "jobs"),
    [
        ("it", "Che ne sarà dei 200 della Bassani Freni?",
         "L'azienda ha annunciato la chiusura del sito. Sono 200 i lavoratori che perderanno"
         " il posto.", "Bassani Freni", 200),
        ("it", "Crisi a Frosinone, la città perde la Lorenzi Cavi",
         "L'azienda trasferirà la produzione all'estero. Saranno 130 i posti cancellati.",
         "Lorenzi Cavi", 130),
        ("nl", "Ongerustheid in Zwolle over toekomst Smit Koeltechniek",
         "De directie wil kosten besparen. Zo'n 65 banen worden geschrapt.",
         "Smit Koeltechniek", 65),
        ("pl", "Wałbrzych traci fabrykę Kormet",
         "Firma przenosi produkcję za granicę. Zwolnionych zostanie 115 osób.", "Kormet", 115),
    ],
)  # fmt: skip
def test_the_name_closing_the_headline_is_the_company(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, summary)[:2] == (company, jobs)


def test_a_town_closing_the_headline_is_no_company(watchlist: Watchlist) -> None:
    found = read(
        watchlist, "pl", "Niepokój wśród pracowników w Legnicy",
        "Firma przenosi produkcję za granicę. Zwolnionych zostanie 115 osób.",
    )  # fmt: skip
    assert found is None or found.company != "Legnicy"


def test_a_lead_naming_someone_else_keeps_its_own_company(watchlist: Watchlist) -> None:
    found = read(
        watchlist, "nl", "Onrust in Venlo over toekomst Smit Koeltechniek",
        "De directie van moederbedrijf Jansen Holding wil 65 banen schrappen.",
    )  # fmt: skip
    assert found is None or found.company != "Smit Koeltechniek"
