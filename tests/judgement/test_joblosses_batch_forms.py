"""Forms a fresh batch of press-style items (December 2026) showed missing: Dutch posts that
"vervallen" or are "opgeheven", a plant that "gaat dicht" and people who "raken hun baan
kwijt", a Polish nominal headline ("Redukcja etatów w X"), a Polish infinitive after a modal
("chce zlikwidować"), a workforce "cut" ("tnie zatrudnienie"), German skilled staff
"angeworben", a maker called "-fertiger", Polish short time, a Spanish plant named by its town,
jobs "auf dem Spiel" / "op het spel" / "in gioco", and a company a headline only describes by
its area ("un sous-traitant de la vallée de l'Arve") named in the lead ("Il s'agit de X"),
"la disparition de N emplois", Dutch "vacatures", and number words whose accents folding drops
("zweihundertfünfzig", "veintidós").

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from monitor.judgement.joblosses._fold import fold
from monitor.judgement.joblosses.number_words import find_word_numbers
from tests.joblosses_support import read

READS = [
    # Dutch: posts ("functies") that lapse, are lifted, a plant that closes, a job lost
    ("nl", "Bij Kraaijeveld Assemblage vervallen 75 functies", "", "Kraaijeveld Assemblage", 75,
     "loss"),
    ("nl", "Hoogland Metaal gaat in Zwolle 60 arbeidsplaatsen opheffen", "", "Hoogland Metaal",
     60, "loss"),
    ("nl", "Vestiging van Dorrestijn Profielen in Kampen gaat dicht, 85 mensen raken hun baan"
     " kwijt", "", "Dorrestijn Profielen", 85, "loss"),
    # Polish: a nominal headline, an infinitive after a modal, a workforce cut
    ("pl", "Redukcja zatrudnienia w Stalmex Automotive. Odejdzie 60 osób", "",
     "Stalmex Automotive", 60, "loss"),
    ("pl", "Solidarność: Metalbud chce zlikwidować 90 etatów", "", "Metalbud", 90, "loss"),
    ("pl", "Termex tnie zatrudnienie o 45 osób", "", "Termex", 45, "loss"),
    # German: skilled staff recruited; a maker named "-fertiger" before its name
    ("de", "Teilefertiger Brandl Präzision baut 90 Stellen ab", "", "Brandl Präzision", 90, "loss"),
    ("de", "Batteriehersteller Voltwerk will in Cottbus 250 Fachkräfte anwerben", "", "Voltwerk",
     250, "creation"),
    # Spanish: "la planta de Aranda" names the plant's town, the company is named before
    ("es", "Unos 150 trabajadores de Aceros Duero pierden su empleo con el cierre de la planta"
     " de Aranda", "", "Aceros Duero", 150, "loss"),
    # jobs "at stake"
    ("de", "Bei Kessel Armaturen stehen 120 Arbeitsplätze auf dem Spiel", "", "Kessel Armaturen",
     120, "loss"),
    ("nl", "Bij Hoekman Staal staan 90 banen op het spel", "", "Hoekman Staal", 90, "loss"),
    ("it", "Alla Ferri Trafilati sono in gioco 70 posti di lavoro", "", "Ferri Trafilati", 70,
     "loss"),
    # a headline that only describes the company by its area, named in the lead
    ("fr", "Un équipementier de la région de Lyon va supprimer 80 postes",
     "Il s'agit de Rhône Plastiques, qui perd un gros client.", "Rhône Plastiques", 80, "loss"),
    ("es", "Un fabricante de la comarca del Bierzo despedirá a 60 trabajadores",
     "Se trata de Metales Sil, que pierde su principal cliente.", "Metales Sil", 60, "loss"),
    # a loss named by its noun; vacancies opened
    ("fr", "Chez Sorbier Plasturgie, la direction confirme la disparition de 75 emplois", "",
     "Sorbier Plasturgie", 75, "loss"),
    ("nl", "Tweehonderd vacatures bij batterijmaker Zuidas Energy in Vlissingen", "",
     "Zuidas Energy", 200, "creation"),
    # German and Spanish number words whose accents folding dropped
    ("de", "Zweihundertfünfzig Stellen fallen bei Ostmann Guss weg", "", "Ostmann Guss", 250,
     "loss"),
    ("es", "Frenos Ebro despedirá a veintidós trabajadores en Logroño", "", "Frenos Ebro", 22,
     "loss"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "summary", "company", "jobs", "kind"), READS)
def test_batch_forms_are_read(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int, kind: str
) -> None:
    found = read(watchlist, lang, title, summary)
    assert found is not None
    assert found.jobs is not None
    assert (found.company, found.jobs.value, found.jobs_kind.value) == (company, jobs, kind)


NOTHING = [
    # short time keeps the jobs
    ("pl", "Skrócony czas pracy dla 300 pracowników fabryki Termex", ""),
    ("pl", "Termex wprowadza obniżony wymiar czasu pracy dla 250 osób", ""),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "summary"), NOTHING)
def test_short_time_announces_nothing(
    watchlist: Watchlist, lang: str, title: str, summary: str
) -> None:
    assert read(watchlist, lang, title, summary) is None


@pytest.mark.parametrize(
    ("lang", "words", "value"),
    [("de", "fünfhundert", 500), ("de", "zwölfhundert", 1200), ("es", "veintitrés", 23)],
)
def test_number_words_read_after_folding(lang: str, words: str, value: int) -> None:
    found = find_word_numbers(fold(words).text, lang)
    assert [n.value for n in found] == [value]
