"""A court's decree of liquidation names the company after it ("decreta la liquidación de
X"): that company is the one whose staff lose their jobs, not the court that speaks.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read


def test_the_company_liquidated_is_the_actor(watchlist: Watchlist) -> None:
    title = (
        "El juzgado de lo mercantil de Oviedo decreta la liquidación de Aceros Nalón: sus 130"
        " trabajadores perderán su empleo"
    )
    found = read(watchlist, "es", title)
    assert found is not None
    assert found.company == "Aceros Nalón"
    assert found.jobs is not None
    assert found.jobs.value == 130
