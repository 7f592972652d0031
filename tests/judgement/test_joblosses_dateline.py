"""A headline opened by its town, as regional press writes it ("Termoli, la Gatti Ricambi
lascia a casa 45 operai"): the company after the town is the headline's subject, as it would
be at the headline's start. An opening that is no known place is left alone.

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
        ("it", "Termoli, la Gatti Ricambi lascia a casa 45 operai", "Gatti Ricambi", 45),
        ("es", "Vigo, Cables Norte deja en la calle a 90 operarios", "Cables Norte", 90),
    ],
)
def test_the_subject_after_the_town_opening_a_headline_is_the_company(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, "") == (company, jobs, "loss")
