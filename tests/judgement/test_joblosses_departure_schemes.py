"""A scheme of voluntary departure in a company's words ("a programme of voluntary
departures for up to 180 staff", "een vrijwillige vertrekregeling", "önkéntes távozási
program") cuts the jobs it counts, by agreement: the figure is a loss.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import JobsKind, Watchlist
from tests.joblosses_support import read

SCHEMES = [
    ("en", "Corwen Plastics opens a voluntary redundancy scheme for 120 staff at Chester", 120),
    ("en", "Tilbury Glass launches a programme of voluntary departures for up to 90 workers", 90),
    ("nl", "Rijnmond Gietwerk biedt 75 medewerkers een vrijwillige vertrekregeling aan", 75),
]


@pytest.mark.parametrize(("lang", "title", "jobs"), SCHEMES)
def test_a_voluntary_departure_scheme_is_a_loss(
    watchlist: Watchlist, lang: str, title: str, jobs: int
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert found.jobs is not None
    assert found.jobs.value == jobs
    assert found.jobs_kind is JobsKind.LOSS
