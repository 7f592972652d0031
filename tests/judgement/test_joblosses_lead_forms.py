"""A headline without a figure and a lead that gives it, in forms probing showed missing: a
Dutch plant that stops production at a place ("stopt met productie in Born") is closed, its
workforce the figure; "gaat snijden in personeel" names its subject; contracts not renewed
"with" so many people ("nie zostaną przedłużone z 500 pracownikami") count those people, not
a workforce. A stop for a while, a model's production ended and costs cut stay no report.

Every sentence here was written for these tests; the companies are invented where the
watch list has none.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read, read_found

FOUND = [
    (
        "nl",
        "Gieterij Twente stopt met productie in Hengelo",
        "De 180 medewerkers verliezen hun baan.",
        "Gieterij Twente",
        180,
    ),
    (
        "nl",
        "VDL Nedcar stopt met productie in Born",
        "Bij de autofabriek werken ongeveer 4.000 mensen.",
        "VDL Nedcar",
        4000,
    ),
    (
        "nl",
        "Philips gaat fors snijden in personeel",
        "Wereldwijd verdwijnen 6.000 banen.",
        "Philips",
        6000,
    ),
    (
        "pl",
        "Fabryka Volkswagena we Wrześni redukuje zatrudnienie",
        "Umowy nie zostaną przedłużone z 500 pracownikami tymczasowymi.",
        "Volkswagen",
        500,
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary", "company", "jobs"), FOUND)
def test_the_leads_figure_is_read(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int
) -> None:
    name, value, kind = read_found(watchlist, lang, title, summary)
    assert company in name
    assert (value, kind) == (jobs, "loss")


NOT_FOUND = [
    (
        "nl",
        "VDL Nedcar stopt tijdelijk met productie in Born",
        "Door een tekort aan onderdelen staan de lijnen twee weken stil.",
    ),
    ("nl", "Philips stopt met de productie van de oude scanner", "Er komt een nieuw model."),
    ("nl", "Philips gaat snijden in de kosten", "Het bedrijf wil 200 miljoen besparen."),
    ("pl", "Amica przedłuży umowy z 300 pracownikami", "Spółka ma nowe zamówienia."),
]


@pytest.mark.parametrize(("lang", "title", "summary"), NOT_FOUND)
def test_a_near_miss_is_no_announcement(
    watchlist: Watchlist, lang: str, title: str, summary: str
) -> None:
    assert read(watchlist, lang, title, summary) is None
