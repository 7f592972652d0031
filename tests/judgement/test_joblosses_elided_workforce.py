"""A workforce cut or grown by a figure, its noun elided to its article: "ridurrà l'organico di
260 unità", "aumenterà l'organico di 150 unità". The figure counts the jobs, with no job noun
after it.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import JobsKind, Watchlist
from tests.joblosses_support import read

ELIDED = [
    ("Adige Stampi ridurrà l'organico di 140 unità entro l'anno", 140, JobsKind.LOSS),
    ("Brenta Ruote aumenterà l'organico di 150 unità nel nuovo stabilimento", 150,
     JobsKind.CREATION),
]  # fmt: skip


@pytest.mark.parametrize(("title", "jobs", "kind"), ELIDED)
def test_a_workforce_changed_by_a_figure_counts_it(
    watchlist: Watchlist, title: str, jobs: int, kind: JobsKind
) -> None:
    found = read(watchlist, "it", title)
    assert found is not None
    assert found.jobs is not None
    assert found.jobs.value == jobs
    assert found.jobs_kind is kind
