"""A workforce and the cut named in one item: the workforce said with a verb of working
("lavorano 650 persone", "trabajan 400 personas", "arbeiten 900 Menschen") is no figure; the
cut said with a verb of losing ("perderá 100 puestos", "verliert 120 Stellen") or a copula
after a noun of cutting ("gli esuberi sono 130") is.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read_found


@pytest.mark.parametrize(
    ("lang", "title", "summary", "jobs"),
    [
        (
            "it",
            "Esuberi alla Viterie Canavese",
            "A Ivrea lavorano 480 persone: gli esuberi sono 95.",
            95,
        ),
        (
            "es",
            "ERE en Muelles Bierzo",
            "La fábrica de Ponferrada, con 400 trabajadores, perderá 70 puestos.",
            70,
        ),
        (
            "de",
            "Stellenabbau bei Ostalb Dichtungen",
            "In Aalen arbeiten 900 Menschen; das Werk verliert 120 Stellen.",
            120,
        ),
    ],
)
def test_the_cut_is_read_and_not_the_workforce(
    watchlist: Watchlist, lang: str, title: str, summary: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, summary)[1] == jobs
