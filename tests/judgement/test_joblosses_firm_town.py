"""The Italian press names a firm with its town ("la Bruno Motori di Asti"): the town is no
part of the name, also when a trade opens the name ("Fonderia Gatti di Cremona" is Fonderia
Gatti). A trade alone before "di" keeps the place as its name ("Officine di Cuneo").

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read_found


@pytest.mark.parametrize(
    ("title", "company", "jobs"),
    [
        ("Circa 70 esuberi alla Fonderia Bellini di Crema", "Fonderia Bellini", 70),
        ("La Stampaggi Rota di Lecco licenzia 55 operai", "Stampaggi Rota", 55),
        ("La Officine di Cuneo licenzia 80 operai", "Officine di Cuneo", 80),
    ],
)
def test_a_firms_town_after_di_is_no_part_of_its_name(
    watchlist: Watchlist, title: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, "it", title, "") == (company, jobs, "loss")
