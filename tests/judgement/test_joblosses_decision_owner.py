"""A ministry, a regional government or a union reporting a company's move names the
company after its decision or its representatives ("the decision of X to close", "die
Entscheidung von X", "het besluit van X om", "les représentants de X", "z zarządem X"), or
English puts it first ("X's decision to close"): that company is the one cutting, not the
speaker opening the headline. An announcement names its maker when the speaker reacts to it
("dopo l'annuncio di X").

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read

OWNED = [
    (
        "en",
        "Scottish Government regrets Dalkeith Glazing's decision to close its Livingston plant"
        " with the loss of 210 jobs",
        "Dalkeith Glazing",
        210,
    ),
    (
        "de",
        "Die Staatsregierung kritisiert die Entscheidung von Ammer Kunststoff, in Landshut 350"
        " Stellen zu streichen",
        "Ammer Kunststoff",
        350,
    ),
    (
        "fr",
        "La préfète a reçu les représentants de Loiret Plastiques après l'annonce de 140"
        " suppressions de postes",
        "Loiret Plastiques",
        140,
    ),
    (
        "it",
        "Il sindaco convoca un tavolo dopo l'annuncio di Brenta Meccanica: 160 esuberi a Bassano",
        "Brenta Meccanica",
        160,
    ),
    (
        "nl",
        "Gemeente Tilburg teleurgesteld over besluit van Kempen Coating om 90 banen te schrappen",
        "Kempen Coating",
        90,
    ),
    (
        "pl",
        "Wojewoda spotkał się z zarządem Radmetu po zapowiedzi likwidacji 300 miejsc pracy",
        "Radmet",
        300,
    ),
]


@pytest.mark.parametrize(("lang", "title", "company", "jobs"), OWNED)
def test_the_company_whose_decision_is_reported_is_the_actor(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert found.company == company
    assert found.jobs is not None
    assert found.jobs.value == jobs


FRONTED = [
    ("de", "Nach der Entscheidung von Kessler streicht Hagen Guss 300 Stellen", "Hagen Guss"),
    ("it", "Dopo l'annuncio di Kessler, la Cuneo Ruote taglia 250 posti", "Cuneo Ruote"),
]


@pytest.mark.parametrize(("lang", "title", "company"), FRONTED)
def test_a_decision_in_a_sentence_opened_by_after_is_background(
    watchlist: Watchlist, lang: str, title: str, company: str
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert found.company == company
