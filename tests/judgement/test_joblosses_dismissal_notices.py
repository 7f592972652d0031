"""A company filing a notice of collective dismissal with an authority is the subject of the
cut, not the authority that receives it: "X notifies the Insolvency Service of 150
redundancies", "X zeigt bei der Agentur für Arbeit die Entlassung von 120 Beschäftigten an",
"X doet melding collectief ontslag bij UWV", "X zgłosiła do urzędu pracy".

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read

NOTICES = [
    (
        "en",
        "Morley Pressings notifies the Insolvency Service of 150 redundancies at Leeds works",
        "Morley Pressings",
        150,
    ),
    (
        "de",
        "Saale Gusstechnik zeigt bei der Agentur für Arbeit in Halle die Entlassung von 120"
        " Beschäftigten an",
        "Saale Gusstechnik",
        120,
    ),
    (
        "nl",
        "Twente Profielen doet melding collectief ontslag voor 60 medewerkers bij UWV Enschede",
        "Twente Profielen",
        60,
    ),
]


@pytest.mark.parametrize(("lang", "title", "company", "jobs"), NOTICES)
def test_the_company_filing_the_notice_is_the_actor(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert found.company == company
    assert found.jobs is not None
    assert found.jobs.value == jobs
