"""A lead that names the company only as "the company" ("Het bedrijf schrapt 180 functies",
"Das Unternehmen will 350 Stellen streichen", "La compañía negocia la salida de 140") means
the name that opens the headline, whatever idiom the headline says it with. A headline's first
word is no name when the headline names someone in capitals later.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read, read_found


@pytest.mark.parametrize(
    ("lang", "title", "summary", "company", "jobs"),
    [
        ("nl", "Brinkhorst Trailers grijpt in na verliesjaar",
         "Het bedrijf schrapt dit jaar 160 functies in Oss.", "Brinkhorst Trailers", 160),
        ("de", "Harnisch Guss zieht die Reißleine",
         "Das Unternehmen will 350 Stellen streichen.", "Harnisch Guss", 350),
        ("es", "Tubos Duero ajusta su plantilla",
         "La compañía negocia la salida de 140 trabajadores.", "Tubos Duero", 140),
    ],
)  # fmt: skip
def test_the_company_of_the_lead_is_the_headlines_opening_name(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, summary) == (company, jobs, "loss")


def test_a_headlines_first_word_is_no_name_before_a_capitalised_name(
    watchlist: Watchlist,
) -> None:
    found = read(watchlist, "pl", "Trudne chwile w Ferropol Serwis", "Firma zwolni 100 osób.")
    assert found is None or found.company != "Trudne"
