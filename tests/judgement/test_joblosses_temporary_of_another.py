"""Short time said of its own figure leaves the cut beside it a cut (`not_cuts.temporary`):
"Kurzarbeit für 800, 200 Stellen fallen weg", "1.935 esuberi, cassa integrazione per gli
altri 3.000". A short-time scheme's length ("per 3 mesi", "für sechs Wochen") is no figure of
its own, so the people on it stay no job loss.

Every sentence here was written for these tests; the companies are invented where the
watch list has none.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read, read_found

FOUND = [
    ("it", "Beko: 1.935 esuberi, cassa integrazione per gli altri 3.000", "Beko", 1935),
    ("de", "Rheinform: Kurzarbeit für 800, 200 Stellen fallen weg", "Rheinform", 200),
    ("fr", "Alvéa Composites : chômage partiel pour 400, 120 postes supprimés", "Alvéa", 120),
]


@pytest.mark.parametrize(("lang", "title", "company", "jobs"), FOUND)
def test_the_cut_beside_short_time_is_read(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    name, value, kind = read_found(watchlist, lang, title, "")
    assert company in name
    assert (value, kind) == (jobs, "loss")


NOT_FOUND = [
    ("it", "Beko, 300 lavoratori in cassa integrazione per 3 mesi"),
    ("de", "Rheinform schickt 800 Beschäftigte in Kurzarbeit für sechs Wochen"),
    ("es", "Seat: 1.200 trabajadores en ERTE para 3 semanas"),
]


@pytest.mark.parametrize(("lang", "title"), NOT_FOUND)
def test_people_on_short_time_for_a_while_are_no_cut(
    watchlist: Watchlist, lang: str, title: str
) -> None:
    assert read(watchlist, lang, title, "") is None
