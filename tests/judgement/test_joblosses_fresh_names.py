"""Forms of real job-loss news a fresh batch showed missing: roles that "will go", a union
speaking before the figure, a collective-layoff noun with its adjective before the company,
a place's adjective before a descriptor and its name, a subject after a headline's topic
with its verb in the future tense, a surname's particle after an event word, a works' noun alone as
the subject, and descriptors of firms outside the car industry.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read

READS = [
    # roles that "will go", "are to go": a loss, even when a union tells it
    ("en", "About 140 roles will go at Thornby Plastics", "", "Thornby Plastics", 140, "loss"),
    ("en", "GMB says 90 positions are to go at Ashcombe Trim", "", "Ashcombe Trim", 90, "loss"),
    # a collective-layoff noun and its adjective, then the company
    ("pl", "Zwolnienia grupowe w Kordex. Pracę straci 120 osób", "", "Kordex", 120, "loss"),
    ("es", "Despidos colectivos en Cromados Ebro: 70 trabajadores a la calle", "",
     "Cromados Ebro", 70, "loss"),
    # a place's adjective before the descriptor, the name after it
    ("nl", "Dertig banen weg bij Brugse kunststofverwerker Claeys Polymers", "",
     "Claeys Polymers", 30, "loss"),
    # a topic before the colon, then a subject and its verb in the future tense
    ("fr", "Hydrogène : Hylane recrutera 300 personnes à Belfort", "", "Hylane", 300,
     "creation"),
    ("en", "Batteries: Corvane will hire 450 staff in Teesside", "", "Corvane", 450, "creation"),
    # a surname's particle after an event word opens the name
    ("nl", "Faillissement Van der Linde Koelbouw: 65 banen weg", "", "Van der Linde Koelbouw",
     65, "loss"),
    # the works' noun alone is no name: the legal name in the lead is
    ("de", "Gießerei im Harz macht dicht",
     "Die Harzer Metallguss GmbH entlässt alle 140 Beschäftigten.", "Harzer Metallguss", 140,
     "loss"),
    ("it", "Fonderia in Brianza chiude", "La Getti Lombardi S.r.l. licenzierà 90 dipendenti.",
     "Getti Lombardi", 90, "loss"),
    # firms outside the car industry, named after what they are
    ("en", "Lender Ashford Finance to cut 300 jobs", "", "Ashford Finance", 300, "loss"),
    ("en", "Retailer Penmore Stores to cut 600 jobs", "", "Penmore Stores", 600, "loss"),
    ("de", "Versicherer Hanse Assekuranz streicht 250 Stellen", "", "Hanse Assekuranz", 250,
     "loss"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "summary", "company", "jobs", "kind"), READS)
def test_the_company_and_figure_are_read(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int, kind: str
) -> None:
    found = read(watchlist, lang, title, summary)
    assert found is not None
    assert found.company == company
    assert found.jobs is not None
    assert found.jobs.value == jobs
    assert found.jobs_kind.value == kind


def test_a_union_that_speaks_is_no_rival_subject(watchlist: Watchlist) -> None:
    found = read(watchlist, "en", "Unite says 150 posts will go at Thornby Plastics")
    assert found is not None
    assert not any("another company is the subject" in cue for cue in found.cues)
