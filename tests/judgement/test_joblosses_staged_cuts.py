"""A cut made in stages: the stage done is named with a past period ("after 140 last year",
"im Vorjahr", "vorig jaar", "w ubiegłym roku") and the new one as a further figure ("weitere
75", "nog eens 45", "kolejnych 60"). The further figure is the news; a past period beside the
only figure makes the item a look back at a cut done ("record profit after cutting 2,000 jobs
last year"), unless the period is another number's ("after sales fell 20% last year").

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from monitor.judgement.joblosses.calibration import ACCEPT
from tests.joblosses_support import read, read_found


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


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Renault posts record profit after cutting 2,000 jobs last year"),
        ("de", "Bosch steigert den Gewinn, nachdem im Vorjahr 2.000 Stellen wegfielen"),
        ("fr", "Renault renoue avec les bénéfices après avoir supprimé 2 000 postes l'an dernier"),
        ("it", "Stellantis torna all'utile dopo aver tagliato 2.000 posti l'anno scorso"),
        ("nl", "Ford boekt winst na het schrappen van 2.000 banen vorig jaar"),
    ],
)
def test_the_only_figure_told_of_a_past_period_is_a_look_back(
    watchlist: Watchlist, lang: str, title: str
) -> None:
    found = read(watchlist, lang, title)
    assert found is None or found.confidence < ACCEPT, found


def test_a_past_period_of_another_number_leaves_the_figure_news(watchlist: Watchlist) -> None:
    found = read(
        watchlist,
        "en",
        "Cuts at Derby axle plant",
        "Stratton Mobility said 300 jobs would go after sales fell 20% last year.",
    )
    assert found is not None
    assert not any("follows up" in cue for cue in found.cues)
