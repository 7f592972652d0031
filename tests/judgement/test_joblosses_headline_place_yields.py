"""A headline that names no company puts a region, a demonym or a town after its preposition
("redundancies at Cornish foundry", "despidos en Soria"); the lead names the company as its
subject, perhaps only once and with a long clause about it before its verb. The lead's
company is read, not the headline's word; a headline name the lead repeats is kept.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read_found


@pytest.mark.parametrize(
    ("lang", "title", "summary", "company", "jobs"),
    [
        (
            "en",
            "Fresh redundancies at Cornish foundry",
            "Trevose Castings, which already shed 90 posts last spring, will cut 70 jobs at its"
            " Bodmin works, the company said.",
            "Trevose Castings",
            70,
        ),
        (
            "en",
            "Hundreds of jobs to go at Cumbrian parts plant",
            "Penrith Axles, which employs 1,900 people at three sites and had sales of £400"
            " million in 2023, said on Monday that it would cut 260 jobs at its Carlisle plant,"
            " where output fell 12% last year.",
            "Penrith Axles",
            260,
        ),
        (
            "es",
            "Cierre: 140 despidos en Soria",
            "Muelles Duero, que fabrica suspensiones desde 1974, despedirá a 140 trabajadores en"
            " Soria.",
            "Muelles Duero",
            140,
        ),
    ],
)
def test_the_leads_company_is_read_not_the_headlines_place(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, summary)[:2] == (company, jobs)


def test_a_headline_name_the_lead_repeats_is_kept(watchlist: Watchlist) -> None:
    found = read_found(
        watchlist,
        "en",
        "120 jobs to go at Kelvin Seating",
        "Kelvin, which makes seats for buses, said its Glasgow plant would shed 120 posts.",
    )
    assert found[:2] == ("Kelvin Seating", 120)
