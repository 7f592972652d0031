"""A cut dated to an earlier year is background, a forecast by analysts is no announcement,
a year before a figure is not the figure, and a number of years opening a headline is no
company: forms a fresh batch of invented items showed.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from monitor.judgement.joblosses.calibration import ACCEPT
from tests.joblosses_support import read

LOOKED_BACK = [
    ("en", "Kessler Guss, which cut 900 jobs in 2021, opens a new paint line", ""),
    ("fr", "Cerval, qui avait supprimé 350 postes en 2022, annonce un bénéfice record", ""),
    ("en", "Analysts expect Marlow Electrics to shed up to 700 jobs", ""),
    ("nl", "Vijf jaar na het schrappen van 400 banen groeit Velsen Accu weer", ""),
    ("it", "Cinque anni fa la Fonderia Sarda licenziava 300 operai", ""),
]


@pytest.mark.parametrize(("lang", "title", "summary"), LOOKED_BACK)
def test_a_cut_looked_back_on_or_forecast_is_not_accepted(
    watchlist: Watchlist, lang: str, title: str, summary: str
) -> None:
    found = read(watchlist, lang, title, summary)
    assert found is None or found.confidence < ACCEPT


def test_the_figure_of_today_beats_one_dated_to_an_earlier_year(watchlist: Watchlist) -> None:
    title = "Talleres Duero, que despidió a 300 trabajadores en 2022, contratará a 90 técnicos"
    found = read(watchlist, "es", title)
    assert found is not None
    assert found.jobs is not None
    assert found.jobs.value == 90


def test_a_year_before_the_figure_is_not_the_figure(watchlist: Watchlist) -> None:
    found = read(watchlist, "de", "Pruss Elektronik streicht 2026 rund 400 Stellen")
    assert found is not None
    assert found.jobs is not None
    assert found.jobs.value == 400


def test_a_number_of_years_opening_a_headline_is_no_company(watchlist: Watchlist) -> None:
    found = read(watchlist, "pl", "Dwa lata po zwolnieniu 250 osób Kordex znów zatrudnia")
    assert found is None or found.company != "Dwa"
