"""A cut made without (forced) dismissals is a cut: "schrapt 200 banen zonder gedwongen
ontslagen", "taglia 400 posti senza licenziamenti". The negation says how the jobs go; without
a figure a verb of cutting governs, it still denies ("reorganisatie zonder gedwongen
ontslagen", "Kurzarbeit ... ohne Kündigungen"). A verb of closing before a year closes the
year ("chiude il 2024 con 400 dipendenti").

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read, read_found

CUTS = [
    ("nl", "Dekker Carrosserie schrapt 200 banen zonder gedwongen ontslagen", "",
     "Dekker Carrosserie", 200),
    ("es", "Frenos Tajo suprimirá 300 empleos sin despidos forzosos", "", "Frenos Tajo", 300),
    ("it", "La Vesco Componenti taglia 400 posti senza licenziamenti", "", "Vesco Componenti",
     400),
    ("fr", "Sorel Câbles supprime 120 postes sans licenciements secs", "", "Sorel Câbles", 120),
    ("pl", "Ferrox zlikwiduje 300 etatów bez zwolnień grupowych", "", "Ferrox", 300),
    ("de", "Kessling Innenraum baut 300 Stellen sozialverträglich und ohne Kündigungen ab", "",
     "Kessling Innenraum", 300),
    ("en", "Harcastle Interiors to shed 300 jobs without layoffs", "", "Harcastle Interiors",
     300),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "summary", "company", "jobs"), CUTS)
def test_a_cut_without_dismissals_is_a_cut(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, summary) == (company, jobs, "loss")


NOTHING = [
    ("nl", "Ondernemingsraad Hendrix Wielen stemt in met reorganisatie zonder gedwongen ontslagen",
     ""),
    ("de", "Kurzarbeit für 1.200 Beschäftigte ohne Kündigungen bei Kessling Innenraum", ""),
    ("nl", "Dekker Carrosserie: 700 medewerkers blijven, zonder ontslagen", ""),
    ("de", "Kessling Innenraum beschäftigt 2.000 Mitarbeiter und kommt ohne Kündigungen durch die"
     " Krise", ""),
    ("it", "La Vesco Componenti chiude il 2024 con 400 dipendenti e senza licenziamenti", ""),
    ("es", "Frenos Tajo cierra el 2024 con 900 empleados y sin despidos", ""),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "summary"), NOTHING)
def test_no_dismissals_without_a_cut_announces_nothing(
    watchlist: Watchlist, lang: str, title: str, summary: str
) -> None:
    assert read(watchlist, lang, title, summary) is None
