"""A plant said to close with an aside set off by commas between it and its verb ("the plant,
which employs 800, will close"), and a workforce told by a participle ("zatrudniająca 250
osób": employing, not hiring).

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read, read_found


# The aside holds the workforce the closure puts out of work, whatever language it is in.
@pytest.mark.parametrize(
    ("lang", "title", "company", "jobs"),
    [
        ("fr", "L'usine Pralon de Vierzon, qui emploie 380 personnes, va fermer", "Pralon", 380),
        ("de", "Das Werk von Kessler Antriebe in Gotha, in dem 640 Menschen arbeiten, soll "
         "geschlossen werden", "Kessler Antriebe", 640),
        ("it", "Lo stabilimento della Merlo Guarnizioni di Vasto, che impiega 210 persone, "
         "chiuderà", "Merlo Guarnizioni", 210),
        ("es", "La planta de Tubos Duero en Palencia, que emplea a 170 personas, cerrará en "
         "marzo", "Tubos Duero", 170),
    ],
)  # fmt: skip
def test_a_plant_closed_after_an_aside_loses_its_workforce(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, "") == (company, jobs, "loss")


# A negated verb after the aside closes nothing.
@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("fr", "L'usine Pralon de Vierzon, qui emploie 380 personnes, ne fermera pas"),
        ("de", "Das Werk von Kessler Antriebe in Gotha, in dem 640 Menschen arbeiten, wird "
         "nicht geschlossen"),
    ],
)  # fmt: skip
def test_a_plant_not_closed_after_an_aside_is_no_case(
    watchlist: Watchlist, lang: str, title: str
) -> None:
    assert read(watchlist, lang, title) is None


# "zatrudniająca 250 osób" (employing 250) is the plant's workforce: a closure loses it.
def test_a_polish_participle_of_employing_is_a_workforce_not_a_hiring(
    watchlist: Watchlist,
) -> None:
    title = "Zakład Bednarek Opony w Koninie, zatrudniający 320 osób, zostanie zamknięty"
    assert read_found(watchlist, "pl", title, "") == ("Bednarek Opony", 320, "loss")


# Its head count without commas ("das Werk ... mit 520 Beschäftigten soll geschlossen werden")
# is bridged as well.
@pytest.mark.parametrize(
    ("lang", "title", "company", "jobs"),
    [
        ("de", "Das Werk von Kessler Antriebe in Gotha mit 640 Beschäftigten soll geschlossen "
         "werden", "Kessler Antriebe", 640),
        ("pl", "Zakład Bednarek Opony w Koninie z 320 pracownikami zostanie zamknięty",
         "Bednarek Opony", 320),
    ],
)  # fmt: skip
def test_a_plant_with_its_head_count_closed_loses_it(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, "") == (company, jobs, "loss")


# A plant shut for a while is no closure.
@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("de", "Werk in Gotha mit 640 Beschäftigten schließt im Sommer für zwei Wochen"),
        ("fr", "L'usine Pralon de Vierzon, qui emploie 380 personnes, va fermer pendant deux "
         "semaines"),
    ],
)  # fmt: skip
def test_a_plant_shut_for_a_while_is_no_case(watchlist: Watchlist, lang: str, title: str) -> None:
    assert read(watchlist, lang, title) is None
