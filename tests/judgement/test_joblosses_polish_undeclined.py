"""A company name Polish does not decline, after "w" in a headline: "Pracę w Metalex straci 600
osób", "W Ferrox zostanie zlikwidowanych 300 etatów". A place after "w" stands in the locative,
which does not end in a consonant but for a plural's or an adjective's ending ("w Gliwicach",
"w Zielonej Górze", "w Nowym Sączu").

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from monitor.judgement.joblosses.polish_genitive import undeclined
from tests.joblosses_support import read_found

READS = [
    ("Pracę w Metalex straci 600 osób", "Metalex", 600),
    ("W Ferrox zostanie zlikwidowanych 300 etatów", "Ferrox", 300),
    ("Prawie pięćset miejsc pracy do likwidacji w Plastmet", "Plastmet", 500),
]


@pytest.mark.parametrize(("title", "company", "jobs"), READS)
def test_an_undeclined_name_after_w_is_the_company(
    watchlist: Watchlist, title: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, "pl", title, "") == (company, jobs, "loss")


@pytest.mark.parametrize(
    ("preposition", "word", "expected"),
    [
        ("w ", "Plastmet", True),
        ("we ", "Ferrox:", True),
        ("w ", "Gliwicach", False),
        ("w ", "Mielcu", False),
        ("w ", "Zielonej", False),
        ("w ", "Nowym", False),
        ("w ", "USA", False),
        ("in ", "Plastmet", False),  # another language's preposition puts a place after it
    ],
)
def test_undeclined_tells_a_name_from_a_locative(
    preposition: str, word: str, expected: bool
) -> None:
    assert undeclined(preposition, word) is expected
