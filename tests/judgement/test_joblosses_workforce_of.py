"""A workforce "of" a company names it ("die Belegschaft von X", "the workforce of X",
"l'organico della X"): the lead's "the company" then means X.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read_found


@pytest.mark.parametrize(
    ("lang", "title", "summary", "company"),
    [
        (
            "de",
            "Bange Tage für die Belegschaft von Rother Federn",
            "Das Unternehmen will 140 Stellen streichen.",
            "Rother Federn",
        ),
        (
            "it",
            "Giorni difficili per l'organico della Bianchi Trafile",
            "L'azienda taglierà 60 posti.",
            "Bianchi Trafile",
        ),
    ],
)
def test_the_workforce_of_names_the_company(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str
) -> None:
    assert read_found(watchlist, lang, title, summary)[0] == company
