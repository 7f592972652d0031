"""A round of cuts that brings a running total to a figure ("bringing total cuts to 700",
"bringt die Gesamtzahl auf 900") is a loss of the round's figure: "bring" there hires no one.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read_found


@pytest.mark.parametrize(
    ("lang", "title", "jobs"),
    [
        ("en", "Corby Tubes to shed a further 180 jobs, bringing total cuts to 520", 180),
        ("en", "Wexford Trim to axe another 90 roles, bringing the tally to 400", 90),
        ("nl", "Twentse Lakfabriek schrapt nog eens 60 banen, brengt het totaal op 210", 60),
    ],
)
def test_the_round_is_a_loss_and_the_total_no_hire(
    watchlist: Watchlist, lang: str, title: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, "")[1:] == (jobs, "loss")
