"""A cut made in stages: the stage done is named with a past period ("after 140 last year",
"im Vorjahr", "vorig jaar", "w ubiegłym roku") and the new one as a further figure ("weitere
75", "nog eens 45", "kolejnych 60"). The further figure is the news; a past period beside the
only figure (a cut after a bad year) still leaves the figure read.

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
            "Weiterer Abbau bei Dichtungshersteller in Franken",
            "Nachdem bereits im Vorjahr 140 Stellen weggefallen waren, streicht die Ansbach"
            " Dichtungen GmbH weitere 75 Arbeitsplätze.",
            75,
        ),
        (
            "pl",
            "Druga fala zwolnień w Rzeszowie",
            "Po zwolnieniu 120 osób w ubiegłym roku firma Rzeszowskie Sprężyny zwolni kolejnych"
            " 60 pracowników.",
            60,
        ),
        (
            "nl",
            "Nieuwe ronde ontslagen bij Maas Kunststoffen",
            "Na 110 ontslagen vorig jaar schrapt het bedrijf nog eens 45 banen in Venlo.",
            45,
        ),
        (
            "en",
            "Cuts at Derby axle plant",
            "Stratton Mobility said 300 jobs would go after sales fell 20% last year.",
            300,
        ),
    ],
)
def test_the_further_stage_is_read(
    watchlist: Watchlist, lang: str, title: str, summary: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, summary)[1] == jobs
