"""A company's statement that it has no plans to reduce or downsize its workforce denies the
cut a report gave: "X says it has no plans to reduce its workforce. Reports of 300
redundancies were speculation" announces nothing.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

from monitor.judgement.joblosses import Watchlist
from monitor.judgement.joblosses.calibration import ACCEPT
from tests.joblosses_support import read


def test_no_plans_to_reduce_the_workforce_is_a_denial(watchlist: Watchlist) -> None:
    found = read(
        watchlist,
        "en",
        "Hexham Coatings says it has no plans to reduce its workforce at Gateshead",
        "Reports of 200 redundancies were wrong, the company said.",
    )
    assert found is None or found.confidence < ACCEPT
