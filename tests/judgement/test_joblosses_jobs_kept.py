"""Jobs kept or saved beside jobs cut ("keeps 300 jobs and cuts 120", "mantendrá 150 empleos
y despedirá a 60"): the kept figure is no cut, and the cut is read.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read, read_found


@pytest.mark.parametrize(
    ("lang", "title", "jobs"),
    [
        ("en", "Wexford Seats keeps 260 jobs but cuts 90", 90),
        ("es", "Radiadores Turia mantendrá 180 empleos y despedirá a 45", 45),
        ("fr", "Tissages Morand conserve 300 postes mais supprime 70 emplois", 70),
    ],
)
def test_the_kept_figure_gives_way_to_the_cut(
    watchlist: Watchlist, lang: str, title: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, "")[1] == jobs


def test_jobs_saved_alone_make_no_cut(watchlist: Watchlist) -> None:
    found = read(watchlist, "en", "Rescue deal saves 400 jobs at Wexford Seats")
    assert found is None or found.jobs is None
