"""A share of a workforce read as the figure cut, in seven languages, with its qualifier.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from monitor.judgement.joblosses._fold import fold
from monitor.judgement.joblosses.numbers import find_numbers
from monitor.judgement.joblosses.shares import as_share
from monitor.model.joblosses import Qualifier
from tests.joblosses_support import read


@pytest.mark.parametrize(
    ("lang", "title", "jobs", "written"),
    [
        ("en", "Calder Friction to axe a fifth of its 2,000 workers", 400, "a fifth of its 2,000"),
        ("fr", "Jurafil supprime un tiers de ses 900 postes", 300, "un tiers de ses 900"),
        ("de", "Weber Metallbau streicht die Hälfte der 600 Stellen", 300, "die Hälfte der 600"),
        ("it", "La Sala Freni taglia la metà dei 300 dipendenti", 150, "la metà dei 300"),
        (
            "es",
            "Forjas Turia despedirá a la mitad de sus 240 trabajadores",
            120,
            "la mitad de sus 240",
        ),
        ("nl", "Bakker Kabels schrapt een kwart van de 400 banen", 100, "een kwart van de 400"),
        ("pl", "Firma Kabelmar zwolni połowę z 400 pracowników", 200, "połowę z 400"),
        ("de", "Bei Vogel Achsen fällt jeder dritte der 900 Jobs weg", 300, "jeder dritte der 900"),
    ],
)
def test_a_share_of_the_workforce_is_the_figure_cut(
    watchlist: Watchlist, lang: str, title: str, jobs: int, written: str
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert found.jobs is not None
    assert (found.jobs.value, found.jobs.text) == (jobs, written)


def test_a_qualifier_before_the_share_qualifies_the_figure(watchlist: Watchlist) -> None:
    found = read(
        watchlist, "de", "Kahlschlag bei Vogel Achsen: Fast die Hälfte der 600 Jobs fällt weg"
    )
    assert found is not None
    assert found.jobs is not None
    assert (found.company, found.jobs.value, found.jobs.qualifier) == (
        "Vogel Achsen",
        300,
        Qualifier.ABOUT,
    )


def test_a_number_with_no_share_before_it_is_left_alone() -> None:
    text = fold("the plant's 2,000 workers").text
    (mention,) = find_numbers(text, "en")
    assert as_share(text, mention) is None


def test_half_a_workforce_without_a_cut_is_no_announcement(watchlist: Watchlist) -> None:
    assert read(watchlist, "en", "Half of the 600 employees at Ketley Gears are women") is None
