"""Letters or notices counted beside a word of dismissal ("Licenziamenti alla X: 90 lettere
in arrivo", "Despidos en X: 60 cartas") count the people dismissed; letters with no dismissal
near them count nothing.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read, read_found


@pytest.mark.parametrize(
    ("lang", "title", "jobs"),
    [
        ("it", "Licenziamenti alla Bulloneria Sesia: 90 lettere in arrivo", 90),
        ("es", "Despidos en Muelles Bierzo: la empresa envía 60 cartas", 60),
        ("fr", "Licenciements chez Tissages Morand : 45 lettres envoyées", 45),
    ],
)
def test_letters_beside_a_dismissal_count_the_people_dismissed(
    watchlist: Watchlist, lang: str, title: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, "")[1] == jobs


def test_letters_without_a_dismissal_count_nothing(watchlist: Watchlist) -> None:
    found = read(watchlist, "en", "Penrith Pumps sends 200 letters to customers over a recall")
    assert found is None or found.jobs is None
