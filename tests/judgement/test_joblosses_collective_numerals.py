"""The collective numerals of tens are rounded figures, as "une centaine" is: "une
soixantaine de salariés" is about 60, "una sessantina di lavoratori", "una veintena de
trabajadores", "een dertigtal werknemers" the same.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from monitor.judgement.joblosses.number_words import find_word_numbers
from tests.joblosses_support import bundled_watchlist, read


@pytest.fixture(scope="module")
def watchlist() -> Watchlist:
    return bundled_watchlist()


@pytest.mark.parametrize(
    ("lang", "title", "jobs"),
    [
        ("fr", "Pralon va supprimer une cinquantaine de postes à Vierzon", 50),
        ("it", "La Gatti Ricambi licenzia una settantina di operai", 70),
        ("es", "Tubos Duero despide a una treintena de trabajadores", 30),
        ("nl", "Brinkhorst Trailers ontslaat een veertigtal werknemers", 40),
    ],
)
def test_a_collective_numeral_is_an_about_figure(
    watchlist: Watchlist, lang: str, title: str, jobs: int
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert found.jobs is not None
    assert (found.jobs.value, found.jobs.qualifier.value) == (jobs, "about")


def test_a_collective_numeral_needs_its_article() -> None:
    assert find_word_numbers("la quarantaine est levee", "fr") == []
