"""The share "one in N" of a workforce as the figure cut, for every N up to ten and (German)
every case of "jeder N-te": "jeden fünften seiner 1.500 Jobs", "uno su cinque dei 650 posti".

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read_found


@pytest.mark.parametrize(
    ("lang", "title", "jobs"),
    [
        ("de", "Hertel Lager will jeden fünften seiner 2.000 Arbeitsplätze streichen", 400),
        ("de", "Bei Sommer Gummi fällt jede zehnte der 3.000 Stellen weg", 300),
        ("it", "La Bulloneria Sesia taglia uno su cinque dei 450 dipendenti", 90),
        ("fr", "Tissages Morand supprime un sur cinq de ses 500 postes", 100),
        ("es", "Radiadores Turia despedirá a uno de cada cinco de sus 300 trabajadores", 60),
        ("nl", "Gelders Gietwerk schrapt een op de vijf van de 800 banen", 160),
        ("en", "Penrith Pumps to cut one in six of its 1,200 jobs", 200),
    ],
)
def test_one_in_n_of_a_workforce_is_the_share_cut(
    watchlist: Watchlist, lang: str, title: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, "")[1] == jobs
