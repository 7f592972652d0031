"""A workforce named by its noun and "of" ("su un organico di 300 persone", "een
personeelsbestand van 600") is the size of the staff, not the cut beside it.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read_found


@pytest.mark.parametrize(
    ("lang", "title", "company", "jobs"),
    [
        ("it", "Gatti Ricambi, la crisi morde", "Gatti Ricambi", 85),
        ("nl", "Brinkhorst Trailers onder druk", "Brinkhorst Trailers", 70),
    ],
)
def test_the_staff_of_is_no_cut(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    summary = {
        "it": "L'azienda ha comunicato 85 esuberi su un organico di 300 persone.",
        "nl": "Het bedrijf schrapt 70 banen op een personeelsbestand van 450 medewerkers.",
    }[lang]
    assert read_found(watchlist, lang, title, summary) == (company, jobs, "loss")
