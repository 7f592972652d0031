"""Headline openings a fresh batch of press-style items showed misread: a question word before
the company ("Pourquoi X ferme", "Warum X ... streicht"), the reflexive pronoun of an
impersonal passive read as a subject ("Se suprimirán 310 empleos"), the German verb "kappen",
and a Dutch separable verb around a share of the staff ("stoot een kwart van de 800 banen af").

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read, read_found

READS = [
    # a question word opens the headline: the company is what follows it
    ("fr", "Pourquoi Garnier Freinage ferme son usine de Vesoul",
     "La fermeture entraînera la suppression de 230 emplois d'ici à l'été.",
     "Garnier Freinage", 230, "loss"),
    ("en", "Why Harcastle Interiors is closing its Sunderland plant",
     "The closure will cost 420 jobs.", "Harcastle Interiors", 420, "loss"),
    ("de", "Warum Kessling Innenraum 900 Stellen streicht", "", "Kessling Innenraum", 900, "loss"),
    ("nl", "Waarom Dekker Carrosserie 600 banen schrapt", "", "Dekker Carrosserie", 600, "loss"),
    ("pl", "Dlaczego Ferrox zwalnia 300 osób", "", "Ferrox", 300, "loss"),
    ("fr", "Comment Sorel Câbles va supprimer 120 emplois", "", "Sorel Câbles", 120, "loss"),
    # the impersonal passive's pronoun is no company: the one after "en" is
    ("es", "Se suprimirán 310 empleos en la planta de Forjas Ibarra", "", "Forjas Ibarra", 310,
     "loss"),
    ("es", "Se perderán 300 empleos en Frenos Tajo", "", "Frenos Tajo", 300, "loss"),
    ("es", "Se despedirá a 230 trabajadores en Componentes Ribeira", "", "Componentes Ribeira",
     230, "loss"),
    # "kappen", as "streichen"
    ("de", "Zulieferer Brandauer kappt 300 Stellen in Zwickau", "", "Brandauer", 300, "loss"),
    ("de", "Bei Ruppert Fahrwerk werden 300 Stellen gekappt", "", "Ruppert Fahrwerk", 300, "loss"),
    ("de", "Leuwen Elektrik kappt ein Drittel der 1.500 Jobs", "", "Leuwen Elektrik", 500, "loss"),
    # a separable verb closing round a share of the staff
    ("nl", "Jansma Remsystemen stoot een kwart van de 800 banen af", "", "Jansma Remsystemen",
     200, "loss"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "summary", "company", "jobs", "kind"), READS)
def test_question_and_passive_openings_are_read(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int, kind: str
) -> None:
    assert read_found(watchlist, lang, title, summary) == (company, jobs, kind)


OPENED = [
    # a procedure of dismissals opened, told in the lead under a headline of the town's shock
    ("it", "Melfi, doccia fredda per l'indotto",
     "La Carraro Stampaggi ha aperto una procedura di licenziamento collettivo per 140 dipendenti.",
     "Carraro Stampaggi", 140),
    ("es", "Golpe al sector en Vigo",
     "Componentes Ribeira ha abierto un expediente de regulación de empleo para 230 trabajadores.",
     "Componentes Ribeira", 230),
    ("fr", "Coup dur pour Douai",
     "Vernault Systèmes a ouvert un plan de sauvegarde de l'emploi portant sur 280 postes.",
     "Vernault Systèmes", 280),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "summary", "company", "jobs"), OPENED)
def test_the_company_that_opened_a_procedure_is_read(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, summary) == (company, jobs, "loss")


@pytest.mark.parametrize(
    ("title", "summary", "company"),
    [
        ("Vesoul abasourdi", "Mardi, Garnier Freinage a annoncé la suppression de 230 postes.",
         "Garnier Freinage"),
        ("Vesoul abasourdi", "Garnier Freinage a confirmé mardi 230 suppressions de postes.",
         "Garnier Freinage"),
    ],
)  # fmt: skip
def test_the_subject_of_a_french_perfect_is_read(
    watchlist: Watchlist, title: str, summary: str, company: str
) -> None:
    assert read_found(watchlist, "fr", title, summary) == (company, 230, "loss")


def test_a_german_date_opening_the_lead_is_no_company(watchlist: Watchlist) -> None:
    found = read(
        watchlist,
        "de",
        "Eisenach trauert",
        "Am Dienstag kündigte Stadler Antriebe an, 300 Stellen zu streichen.",
    )
    assert found is None or found.company != "Am Dienstag"
