"""German and Dutch put the subject after the verb when a time opens the sentence ("Am
Dienstag kündigte X an", "Dinsdag maakte X bekend"): the name third is the lead's subject, and
the day is no company. German "abzubauen", the zu-infinitive of "abbauen", cuts jobs.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read, read_found

READS = [
    ("de", "Eisenach trauert",
     "Am Dienstag kündigte Stadler Antriebe an, 300 Stellen zu streichen.", "Stadler Antriebe",
     300),
    ("nl", "Helmond geschokt",
     "Dinsdag maakte Verhoeven Aandrijftechniek bekend dat 260 banen verdwijnen.",
     "Verhoeven Aandrijftechniek", 260),
    ("nl", "Klap in Born", "Vandaag liet Dekker Carrosserie weten dat 600 banen verdwijnen.",
     "Dekker Carrosserie", 600),
    ("de", "Schock in Zwickau", "Gestern teilte Brandauer mit, 300 Arbeitsplätze abzubauen.",
     "Brandauer", 300),
    ("de", "Brandauer plant, 300 Arbeitsplätze abzubauen", "", "Brandauer", 300),
    ("de", "Brandauer kündigt an, 300 Stellen abzubauen", "", "Brandauer", 300),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "summary", "company", "jobs"), READS)
def test_the_subject_after_a_time_and_its_verb_is_read(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, summary) == (company, jobs, "loss")


def test_a_works_council_after_the_verb_is_no_company(watchlist: Watchlist) -> None:
    found = read(
        watchlist,
        "de",
        "Eisenach trauert",
        "Am Dienstag kündigte der Betriebsrat an, gegen den Abbau von 300 Stellen zu kämpfen.",
    )
    assert found is None


def test_a_total_cut_over_past_years_is_still_no_announcement(watchlist: Watchlist) -> None:
    found = read(
        watchlist,
        "de",
        "Kessler Antriebstechnik hat in den vergangenen zehn Jahren 3.000 Stellen abgebaut",
        "Heute beschäftigt das Unternehmen 4.500 Menschen.",
    )
    assert found is None
