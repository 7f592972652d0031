"""A headline opened by a mayor's title or by a town's mood before its colon names no company:
the company is the one the headline or lead names after it.

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
            "de",
            "Bürgermeister von Eisenach: „Ein schwarzer Tag für unsere Stadt“",
            "Der Sitzhersteller Wartburg Polster baut dreihundert Arbeitsplätze ab.",
            "Wartburg Polster",
            300,
        ),
        (
            "de",
            "Oberbürgermeisterin von Zwickau: „Ein bitterer Tag“",
            "Die Mulde Kolben GmbH streicht 140 Stellen in ihrem Werk.",
            "Mulde Kolben",
            140,
        ),
        (
            "hu",
            "Csalódottság Szentgotthárdon: az Őrség Motor 300 dolgozót bocsát el",
            "",
            "Őrség Motor",
            300,
        ),
    ],
)
def test_a_title_or_a_mood_before_the_colon_is_no_company(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, summary) == (company, jobs, "loss")
