"""A denial is judged by the one nearest the figure: a headline that rules out dismissals and
a lead that puts the figure on short time and excludes dismissals again make no cut, though
the headline's denial stands far from the figure.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read


@pytest.mark.parametrize(
    ("lang", "title", "summary"),
    [
        (
            "it",
            "Firmata l'intesa in Regione: nessun licenziamento alla Pedretti",
            "L'intesa firmata in Regione prevede la cassa integrazione per 250 lavoratori della"
            " Pedretti Ricambi di Cremona ed esclude licenziamenti fino al 2027.",
        ),
        (
            "es",
            "Acuerdo en la mesa: ningún despido en Forjas Sil",
            "El acuerdo firmado con los sindicatos aplica un ERTE a 180 trabajadores de Forjas"
            " Sil en Ponferrada y descarta despidos hasta 2026.",
        ),
    ],
)
def test_a_figure_beside_a_late_denial_is_no_cut(
    watchlist: Watchlist, lang: str, title: str, summary: str
) -> None:
    found = read(watchlist, lang, title, summary)
    assert found is None
