"""A revised figure said before the one it replaces, the job noun after the old one ("1.500
statt 1.000 Stellen", "450 au lieu de 300 postes"): the noun is the new figure's too, and the
new figure is read.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read_found


@pytest.mark.parametrize(
    ("lang", "title", "jobs"),
    [
        ("de", "Lorenz Kunststoff streicht nun 1.800 statt 1.500 Stellen", 1800),
        ("en", "Ashby Gears: 650 instead of 400 jobs to go", 650),
        ("fr", "Tôlerie Vidal : 220 au lieu de 150 postes supprimés", 220),
        ("nl", "Drenthe Profielen: 140 in plaats van 90 banen weg", 140),
    ],
)
def test_the_new_figure_takes_the_noun_after_the_old(
    watchlist: Watchlist, lang: str, title: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, "")[1] == jobs
