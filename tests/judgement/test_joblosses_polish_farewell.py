"""Polish says work is lost as a farewell to it: "z pracą pożegna się 250 pracowników",
"120 osób pożegna się z pracą" (say goodbye to work), a cue of losing jobs like "straci pracę".

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read_found


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Elkabel Polska: 140 osób pożegna się z pracą", ""),
        ("Elkabel Polska tnie koszty", "Z pracą pożegna się 140 pracowników zakładu w Mielcu."),
    ],
)
def test_a_farewell_to_work_is_a_loss(watchlist: Watchlist, title: str, summary: str) -> None:
    assert read_found(watchlist, "pl", title, summary) == ("Elkabel Polska", 140, "loss")
