"""A capitalised Polish works' noun with a capitalised genitive or adjective after it
("Fabryka Amortyzatorów Krosno", "Grupa Motoryzacyjna Wisła") opens the company's name;
before a bare name ("Fabryka Kabelmar") it stays a descriptor.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read_found


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("Fabryka Resorów Nysa zwolni 140 osób", "Fabryka Resorów Nysa"),
        ("Grupa Odlewnicza Warta zwolni 260 pracowników", "Grupa Odlewnicza Warta"),
        ("Fabryka Kabelmar zwolni 300 osób", "Kabelmar"),
    ],
)
def test_the_works_noun_opens_the_name_before_its_complement(
    watchlist: Watchlist, title: str, company: str
) -> None:
    assert read_found(watchlist, "pl", title, "")[0] == company
