"""Cuts the press tells with a verb or a metaphor of its own, which the cue lexicon lacked:
"culls 300 roles", "300 jobs on the line", "Kahlschlag", "Aderlass", "sfoltisce", "echará a
300", "tijeretazo", "ajusta su plantilla", "snoeit 200 banen", "banenkaalslag", "laat 200
mensen gaan", "odchudza załogę", "le couperet tombe", "ridimensiona", "apre la mobilità per
240", "da la carta de despido a 240". The ambiguous ones are read only beside jobs: a shift's
workers "on the line" and a company that "snoeit in de kosten" cut nothing.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read, read_found

READS = [
    ("en", "Corrin Plastics culls 300 roles", "Corrin Plastics", 300),
    ("en", "300 jobs on the line at Corrin Plastics", "Corrin Plastics", 300),
    ("de", "Aderlass bei Hollmann Kunststofftechnik: 300 Jobs", "Hollmann Kunststofftechnik", 300),
    ("de", "Kahlschlag bei Hollmann: 300 Stellen", "Hollmann", 300),
    ("it", "Moretti Trasmissioni sfoltisce 260 posti", "Moretti Trasmissioni", 260),
    ("es", "Frenos Tajo echará a 300 empleados", "Frenos Tajo", 300),
    ("es", "Tijeretazo en Frenos Tajo: 300 empleos", "Frenos Tajo", 300),
    ("es", "Frenos Tajo ajusta su plantilla en 300 empleos", "Frenos Tajo", 300),
    ("nl", "Smeets Gietwerk snoeit 200 banen", "Smeets Gietwerk", 200),
    ("nl", "Banenkaalslag bij Smeets Gietwerk: 200 banen", "Smeets Gietwerk", 200),
    ("nl", "Smeets Gietwerk laat 200 mensen gaan", "Smeets Gietwerk", 200),
    ("pl", "Ferrox odchudza załogę o 300 osób", "Ferrox", 300),
    ("fr", "Le couperet tombe chez Ashby France : 240 postes", "Ashby France", 240),
    ("it", "Ashby Italia apre la mobilità per 240 lavoratori", "Ashby Italia", 240),
    ("it", "Ashby Italia ridimensiona: fuori 240 addetti", "Ashby Italia", 240),
    ("es", "Ashby Ibérica da la carta de despido a 240 empleados", "Ashby Ibérica", 240),
    # parting with staff, and a plan told in Dutch with "van plan"
    ("de", "Brandauer will sich von 300 Beschäftigten trennen", "Brandauer", 300),
    ("nl", "Dekker Carrosserie wil van 300 medewerkers af", "Dekker Carrosserie", 300),
    ("nl", "Dekker Carrosserie is van plan 300 banen te schrappen", "Dekker Carrosserie", 300),
]


@pytest.mark.parametrize(("lang", "title", "company", "jobs"), READS)
def test_a_cut_told_by_its_own_verb_or_metaphor_is_read(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, "") == (company, jobs, "loss")


NOTHING = [
    ("en", "Strike halts output at Corrin Plastics as 300 workers on the line walk out"),
    ("nl", "Smeets Gietwerk snoeit in de kosten, de 900 medewerkers blijven"),
    ("nl", "Smeets Gietwerk laat weten dat de 900 medewerkers blijven"),
    ("it", "Ashby Italia investe nella mobilità elettrica: 240 dipendenti a Torino"),
    # "culls" and "kappt" said of something else than jobs, beside a workforce kept
    ("en", "Corrin Plastics culls unprofitable models, keeps all 1,200 staff"),
    ("de", "Kessling Innenraum kappt Prognose, 2.100 Mitarbeiter bleiben"),
    ("pl", "Ferrox odchudza ofertę, 900 pracowników zostaje"),
    ("nl", "Smeets Gietwerk laat oude ovens gaan, 900 medewerkers blijven"),
    ("it", "La Vesco sfoltisce la gamma, restano tutti i 900 dipendenti"),
    ("it", "La Vesco ridimensiona gli investimenti: i 900 dipendenti restano"),
]


@pytest.mark.parametrize(("lang", "title"), NOTHING)
def test_the_same_words_beside_no_cut_announce_nothing(
    watchlist: Watchlist, lang: str, title: str
) -> None:
    assert read(watchlist, lang, title, "") is None
