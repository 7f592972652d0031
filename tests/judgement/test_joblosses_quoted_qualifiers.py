"""A quoted headline keeps the qualifier that opens its quote: "'Ruim 300 banen weg'" is more
than 300, "'Circa 200 esuberi'" about 200, as they are without the quote.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read


@pytest.mark.parametrize(
    ("lang", "title", "jobs", "qualifier"),
    [
        ("nl", "'Ruim vierhonderd banen weg bij Kessels Trailers'", 400, "more_than"),
        ("it", "'Circa 90 esuberi alla Gatti Ricambi', denuncia la Fiom", 90, "about"),
        ("pl", "'Około 120 osób straci pracę w Elkabel Polska'", 120, "about"),
    ],
)
def test_a_qualifier_opening_a_quote_is_kept(
    watchlist: Watchlist, lang: str, title: str, jobs: int, qualifier: str
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert found.jobs is not None
    assert (found.jobs.value, found.jobs.qualifier.value) == (jobs, qualifier)
