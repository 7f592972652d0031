"""Polish says where work is lost with "w": "200 osób straci pracę w Kabelpol" is Kabelpol's
cut, while "w Gliwicach" is a town's and names no company.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read, read_found


@pytest.mark.parametrize(
    ("title", "company", "jobs"),
    [
        ("Trzysta osób straci pracę w Ferropol Serwis", "Ferropol Serwis", 300),
        ("Prawie 150 pracowników straci pracę w Elkabel Polska", "Elkabel Polska", 150),
    ],
)
def test_work_lost_at_a_company_names_it(
    watchlist: Watchlist, title: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, "pl", title, "") == (company, jobs, "loss")


def test_work_lost_in_a_town_names_no_company(watchlist: Watchlist) -> None:
    assert read(watchlist, "pl", "200 osób straci pracę w Gliwicach") is None
