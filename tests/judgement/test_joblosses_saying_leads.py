"""A lead that opens with the company and a past verb of saying or announcing ("X comunicó",
"X meldde", "X poinformowała", "X teilte mit") names the company a headline without a name
is about.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read_found


@pytest.mark.parametrize(
    ("lang", "title", "summary", "company", "jobs"),
    [
        (
            "es",
            "Golpe al empleo en Palencia",
            "Tornillería Carrión anunció el martes un ERE que afectará a 85 trabajadores.",
            "Tornillería Carrión",
            85,
        ),
        (
            "nl",
            "Slecht nieuws in Venlo",
            "Maas Profielen meldde woensdag dat 70 van de 300 medewerkers moeten vertrekken.",
            "Maas Profielen",
            70,
        ),
        (
            "pl",
            "Trudny rok w Mielcu",
            "Kabelmet Serwis poinformował, że zwolni 130 pracowników.",
            "Kabelmet Serwis",
            130,
        ),
    ],
)
def test_the_lead_names_the_company_before_its_verb_of_saying(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, summary)[:2] == (company, jobs)


def test_a_service_tail_closes_a_name_after_a_preposition_of_place(watchlist: Watchlist) -> None:
    found = read_found(
        watchlist,
        "pl",
        "Ciężki rok w Metalex Serwis",
        "Firma poinformowała, że zwolni 80 osób.",
    )
    assert found[:2] == ("Metalex Serwis", 80)
