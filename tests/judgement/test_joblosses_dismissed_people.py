"""People counted by the word for what is done to them (`dismissed_people`): "300 licenziati",
"300 despedidos", "300 zwolnionych", "180 afectados por el ERE", "400 unità in esubero". A
figure with no job noun counts them all the same; a temporary scheme's affected, units
produced and people involved in anything but a cut stay no job loss.

Every sentence here was written for these tests; the companies are invented.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from monitor.judgement.joblosses.dismissed_people import dismissed_noun
from tests.joblosses_support import read, read_found

FOUND = [
    ("it", "Stellantis, 300 licenziati a Termoli", "Stellantis", 300),
    ("it", "La Electrolux di Porcia: 400 unità in esubero", "Electrolux", 400),
    ("es", "Nissan: 300 despedidos en Ávila", "Nissan", 300),
    ("es", "Acerinox: 180 afectados por el ERE", "Acerinox", 180),
    ("pl", "Amica: 300 zwolnionych", "Amica", 300),
]


@pytest.mark.parametrize(("lang", "title", "company", "jobs"), FOUND)
def test_the_dismissed_are_counted(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    name, value, kind = read_found(watchlist, lang, title, "")
    assert company in name
    assert (value, kind) == (jobs, "loss")


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("es", "Renault: 2.000 afectados por el ERTE en Valladolid"),
        ("it", "Stellantis, 300 unità prodotte in più a Melfi"),
        ("es", "Nissan: 300 afectados por las inundaciones en Ávila pierden sus casas"),
        ("pl", "Gmina zwolni z podatku 300 firm. Amica: 300 zwolnionych z opłat"),
    ],
)
def test_a_near_miss_is_no_announcement(watchlist: Watchlist, lang: str, title: str) -> None:
    assert read(watchlist, lang, title, "") is None


def test_only_the_word_right_after_the_number_counts() -> None:
    assert dismissed_noun("a casa 300 licenziati", 10) is not None
    assert dismissed_noun("300 unita prodotte", 3) is None
    assert dismissed_noun("180 afectados por el ere", 3) is not None
    assert dismissed_noun("180 afectados en", 3) is None
