"""Italian, Spanish, French and Polish write an adjective of origin in lower case ("la tedesca
Brenner", "la alemana Brenner"): capitalised there, the word is a surname that opens the
company's name ("Tedeschi Clima", "alla Tedesco Clima"). English and Dutch capitalise their
adjectives ("German Brenner AG", "het Noorse Fjord Cells"), which stay words of origin.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read_found

READS = [
    ("it", "Pordenone in allarme", "Alla Tedesco Clima sono 260 gli esuberi annunciati.",
     "Tedesco Clima"),
    ("it", "A rischio 260 posti a Pordenone",
     "Il produttore Tedeschi Clima trasferirà la produzione in Romania.", "Tedeschi Clima"),
    ("it", "La tedesca Brenner chiude a Pordenone: 260 esuberi", "", "Brenner"),
    ("es", "La alemana Brenner despide a 260 trabajadores", "", "Brenner"),
    ("en", "German Brenner AG to cut 260 jobs", "", "Brenner"),
    ("nl", "Het Noorse Fjord Cells schrapt 260 banen", "", "Fjord Cells"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "summary", "company"), READS)
def test_a_capitalised_origin_opens_a_name_where_origins_are_lower_case(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str
) -> None:
    assert read_found(watchlist, lang, title, summary) == (company, 260, "loss")
