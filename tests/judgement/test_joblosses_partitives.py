"""A part named with its whole ("350 der 1.900 Stellen"): the part is the figure, the whole
the workforce it comes from, in the languages the monitor reads.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from monitor.judgement.joblosses._fold import fold
from monitor.judgement.joblosses.numbers import find_numbers
from monitor.judgement.joblosses.partitives import partitive_pairs
from tests.joblosses_support import read_found


@pytest.mark.parametrize(
    ("lang", "title", "jobs"),
    [
        ("fr", "Tôlerie Vidal : 240 des 900 salariés concernés par le plan social", 240),
        ("it", "Stampaggi Morelli, a casa 180 dei 700 dipendenti di Brescia", 180),
        ("de", "Lorenz Kunststoff: 150 der rund 800 Arbeitsplätze fallen weg", 150),
        ("nl", "Drenthe Profielen schrapt 90 van de 600 banen", 90),
        ("es", "Troqueles Duero despedirá a 75 de sus 410 trabajadores", 75),
        ("en", "Ashby Gears to lay off 140 of the roughly 900 workers at its Derby plant", 140),
    ],
)
def test_the_part_is_the_figure_and_not_the_whole(
    watchlist: Watchlist, lang: str, title: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, "")[1] == jobs


def test_a_percentage_of_a_whole_is_left_to_the_share_reader() -> None:
    text = fold("Lorenz Kunststoff streicht 20 Prozent der 1.500 Stellen").text
    assert partitive_pairs(text, find_numbers(text, "de")) == {}


def test_a_smaller_second_number_is_no_whole() -> None:
    text = fold("Stampaggi Morelli: 900 dei 300 nuovi assunti").text
    assert partitive_pairs(text, find_numbers(text, "it")) == {}


@pytest.mark.parametrize(
    ("summary", "jobs"),
    [
        ("Van de 800 banen verdwijnen er ruim 150, meldt de directie.", 150),
        ("Van de 640 functies vervallen er 90.", 90),
    ],
)
def test_dutch_er_counts_the_noun_said_before_it(
    watchlist: Watchlist, summary: str, jobs: int
) -> None:
    found = read_found(watchlist, "nl", "Banenverlies bij Drenthe Profielen", summary)
    assert found[1] == jobs


def test_er_after_a_verb_of_working_is_a_workforce(watchlist: Watchlist) -> None:
    title = "Drenthe Profielen schrapt 60 banen"
    summary = "Van alle banen in Emmen werken er nu 400 in de fabriek."
    assert read_found(watchlist, "nl", title, summary)[1] == 60
