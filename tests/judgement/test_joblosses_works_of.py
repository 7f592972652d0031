"""A plant's noun and "of" before a company name the company's plant, not the company:
"Zellfabrik von NordVolt" is NordVolt's, "het werk van Brink" Brink's. A foundry heads names of
its own ("Fonderie de l'Aisne"), so it stays.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read_found


@pytest.mark.parametrize(
    ("lang", "title", "company", "jobs", "kind"),
    [
        ("de", "Batteriefabrik von Ostwind Zellen schafft 900 neue Arbeitsplätze", "Ostwind Zellen",
         900, "creation"),
        ("de", "Das Getriebewerk von Harnisch Antriebe streicht 260 Stellen", "Harnisch Antriebe",
         260, "loss"),
        ("nl", "Bussenfabriek van Verhoef Mobility schrapt 140 banen", "Verhoef Mobility", 140,
         "loss"),
        ("fr", "Fonderie de l'Aisne supprime 80 emplois", "Fonderie de l'Aisne", 80, "loss"),
    ],
)  # fmt: skip
def test_a_plant_of_a_company_names_the_company(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int, kind: str
) -> None:
    assert read_found(watchlist, lang, title, "") == (company, jobs, kind)
