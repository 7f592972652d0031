"""German writes its nouns with a capital, so the word before a verb may be a noun, not a
company: a job noun ("rund 480 Arbeitsplätze abbauen") or a works' compound
("Batteriezellfabrik in Salzgitter sucht") is no company's name; the company the text names
by its trade is read.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read_found


@pytest.mark.parametrize(
    ("title", "summary", "company", "jobs"),
    [
        (
            "Zulieferer streicht Hunderte Stellen in Sachsen",
            "Der Autozulieferer Pleißner Antriebe, der mit 2.800 Beschäftigten im vergangenen"
            " Jahr 600 Millionen Euro umsetzte und in Meerane jährlich 200.000 Achsen fertigt,"
            " will dort bis 2026 rund 310 Arbeitsplätze abbauen.",
            "Pleißner Antriebe",
            310,
        ),
        (
            "Motorenfabrik in Kassel sucht 400 Mitarbeiter",
            "Der Motorenhersteller Fulda Antriebe will für sein Werk in Kassel bis 2026 rund 400"
            " neue Mitarbeiter einstellen.",
            "Fulda Antriebe",
            400,
        ),
    ],
)
def test_a_capitalised_noun_is_no_company(
    watchlist: Watchlist, title: str, summary: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, "de", title, summary)[:2] == (company, jobs)
