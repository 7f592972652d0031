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
from monitor.judgement.joblosses.numbers import find_numbers
from tests.joblosses_support import read


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


# "per"/"pour" before a number word make a rate ("per cento"), not before a rounded figure with
# its article ("per una sessantina di lavoratori", "pour une centaine de salariés").
@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("it", "la procedura per una quarantina di lavoratori", [40]),
        ("fr", "un plan pour une centaine de salaries", [100]),
        ("it", "cinque per cento dei lavoratori", []),
    ],
)
def test_a_rounded_figure_after_per_is_read(lang: str, text: str, values: list[int]) -> None:
    assert [m.value for m in find_numbers(text, lang)] == values
