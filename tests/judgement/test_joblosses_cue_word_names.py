"""A word of the story opening a sentence in capitals names no company: German puts the
participle first ("Betroffen ist der Zulieferer X", "Entlassen werden 300 Mitarbeiter bei X"),
and the company is named further on.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read_found


@pytest.mark.parametrize(
    ("title", "summary", "company", "jobs"),
    [
        ("Das Werk in Gotha, in dem 520 Menschen arbeiten, soll geschlossen werden",
         "Betroffen ist der Getriebehersteller Harnisch Antriebe.", "Harnisch Antriebe", 520),
        ("In Gotha fallen 310 Stellen weg", "Betroffen ist der Zulieferer Ostwind Zellen.",
         "Ostwind Zellen", 310),
    ],
)  # fmt: skip
def test_a_participle_opening_a_sentence_is_no_company(
    watchlist: Watchlist, title: str, summary: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, "de", title, summary) == (company, jobs, "loss")
