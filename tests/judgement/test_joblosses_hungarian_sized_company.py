"""A Hungarian company sized before its name ("a 900 fős Őrség Motor") is the headline's
subject, and a share of it that is cut ("harmadát") makes the figure of that size.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read_found


@pytest.mark.parametrize(
    ("title", "company", "jobs"),
    [
        ("A 900 fős Őrség Motor harmadát elbocsátja", "Őrség Motor", 300),
        ("Az 1 200 fős Bakony Fém negyedét elbocsátja", "Bakony Fém", 300),
    ],
)
def test_a_company_sized_before_its_name_and_its_share(
    watchlist: Watchlist, title: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, "hu", title, "") == (company, jobs, "loss")


@pytest.mark.parametrize(
    ("title", "jobs"),
    [
        # "the 400-strong Zala Kábel lays off 80": the size is the company's, the 80 go
        ("A 400 fős Zala Kábel 80 dolgozót bocsát el", 80),
        ("Leépítés: a 400 fős Zala Kábel 80 dolgozót bocsát el", 80),
        # "a 300-person cut at Zala Kábel": "fős" before a cut is the cut's size
        ("300 fős leépítés a Zala Kábelnél", 300),
    ],
)
def test_a_size_in_fos_is_the_company_s_unless_a_cut_follows(
    watchlist: Watchlist, title: str, jobs: int
) -> None:
    summary = "A cég a kereslet visszaesésére hivatkozott."
    assert read_found(watchlist, "hu", title, summary) == ("Zala Kábel", jobs, "loss")
