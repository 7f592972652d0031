"""A workforce said in an apposition after the company ("X, con 3.400 empleados, ...", "X,
met 2.100 medewerkers, ...") is the company's size, not the figure cut: the cut is the figure
named later in the sentence.

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
            "es",
            "Golpe al metal en Ourense",
            "Forjas Miño, con 1.900 empleados y una facturación de 300 millones de euros en"
            " 2023, plantea un ERE para 140 trabajadores en su planta de Ourense.",
            140,
        ),
        (
            "nl",
            "Banen weg bij toeleverancier in Limburg",
            "De toeleverancier Maas Assemblage, met 1.700 medewerkers en een omzet van 300"
            " miljoen euro in 2023, schrapt 90 banen in zijn fabriek in Venlo.",
            90,
        ),
    ],
)
def test_the_cut_is_read_and_not_the_workforce_in_apposition(
    watchlist: Watchlist, lang: str, title: str, summary: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, summary)[1] == jobs
