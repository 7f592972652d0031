"""A revised figure said before the one it replaces, the job noun after the old one ("nun 700
statt der bisher genannten 450 Stellen", "650 instead of the 400 jobs announced"): the noun
is the new figure's too, and the new figure is read.

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
            "de",
            "IG Metall: Abbau bei Lagerhersteller größer als gedacht",
            "Nach Angaben der IG Metall will die Rhön Lager GmbH in Fulda nun 380 statt der"
            " bisher genannten 250 Stellen streichen.",
            380,
        ),
        (
            "en",
            "Union says cuts at Crewe plant are deeper",
            "Cheshire Axles will now cut 420 rather than the 300 jobs it announced in May.",
            420,
        ),
    ],
)
def test_the_new_figure_takes_the_replaced_ones_noun(
    watchlist: Watchlist, lang: str, title: str, summary: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, summary)[1] == jobs
