"""Forms a fresh batch of press-style items (Dutch, French, Italian, Polish weighted) showed
missing: short-time schemes named with their own modifiers, a denial in the future tense,
temporary staff's assignments ended, the Dutch social plan, and a cue noun's capitalised
first word taken for a name.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read, read_found

READS = [
    # temporary staff's assignments or contracts ended: their jobs are lost
    ("fr", "Fin de mission pour 250 intérimaires chez Valrose Plastiques", "", "Valrose Plastiques",
     250, "loss"),
    ("pl", "Koniec umów dla 320 pracowników agencyjnych w firmie Zamrex", "", "Zamrex", 320,
     "loss"),
    ("de", "Brauner Kabel will 200 Leiharbeiter abmelden", "", "Brauner Kabel", 200, "loss"),
    # the Dutch social plan is a cut, and its first word no company
    ("nl", "Sociaal plan voor 90 werknemers van Kortman Veren", "", "Kortman Veren", 90, "loss"),
    # the company is what people leave: "lasciano la X", "odejdzie z X", "verlaten X"
    ("it", "Contratti non rinnovati: 120 operai lasciano la Bonetti Lamiere", "", "Bonetti Lamiere",
     120, "loss"),
    ("pl", "Do końca roku 150 pracowników odejdzie z Kalmet", "", "Kalmet", 150, "loss"),
    ("nl", "Contracten niet verlengd: 80 uitzendkrachten verlaten Pronk Aandrijvingen", "",
     "Pronk Aandrijvingen", 80, "loss"),
    # a lead's inverted subject after a clitic names the company
    ("it", "Automotive, 90 esuberi nel Bresciano",
     "Li ha comunicati la Rota Pressofusi ai sindacati.", "Rota Pressofusi", 90, "loss"),
    # a restructuring "w" a company
    ("pl", "Restrukturyzacja w Dromex: pracę straci 140 osób", "", "Dromex", 140, "loss"),
    # a company "z" its town: the town is no subject
    ("pl", "Zwolnienia w branży motoryzacyjnej",
     "Firma Kalmet z Ostrowa Wielkopolskiego zapowiedziała zwolnienie 130 osób.", "Kalmet", 130,
     "loss"),
    # a bankruptcy declared "of" a company, a court the sentence's subject
    ("it", "Il tribunale di Ancona dichiara il fallimento della Rota Pressofusi: 160 posti persi",
     "", "Rota Pressofusi", 160, "loss"),
    # a round number elided onto its noun
    ("fr", "Lumiauto annonce la suppression d'une cinquantaine d'emplois à Vesoul", "",
     "Lumiauto", 50, "loss"),
    # a relative clause counts the workforce, its verb last: the cut is the other figure
    ("nl", "Kortman Veren stoot personeel af",
     "Het bedrijf, dat 350 mensen in dienst heeft, gaat 70 banen schrappen.", "Kortman Veren",
     70, "loss"),
    ("nl", "Kortman Veren stoot personeel af",
     "In de fabriek in Tiel, waar 350 mensen werken, verdwijnen 70 banen.", "Kortman Veren", 70,
     "loss"),
    ("de", "Brauner Kabel baut Personal ab",
     "Das Unternehmen, das 600 Mitarbeiter beschäftigt, will 90 Stellen streichen.",
     "Brauner Kabel", 90, "loss"),
    # the staff first, then the share it is cut by, of a workforce given once
    ("fr", "Valrose Plastiques va réduire ses effectifs de 20 %",
     "L'entreprise emploie 400 salariés à Oyonnax.", "Valrose Plastiques", 80, "loss"),
    ("it", "La Bonetti Lamiere taglia l'organico del 10%",
     "L'azienda conta 600 dipendenti.", "Bonetti Lamiere", 60, "loss"),
    # the Italian "in" of a count of people
    ("it", "Chiude la Bonetti Lamiere: a casa in 140", "", "Bonetti Lamiere", 140, "loss"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "summary", "company", "jobs", "kind"), READS)
def test_round29_forms_are_read(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int, kind: str
) -> None:
    assert read_found(watchlist, lang, title, summary) == (company, jobs, kind)


NOTHING = [
    # a short-time scheme with its own modifiers keeps the jobs
    ("it", "Cassa integrazione a zero ore per 220 operai della Bonfanti Molle",
     "I sindacati temono i licenziamenti."),
    ("it", "Cassa integrazione in deroga per 140 dipendenti della Ruggeri Pompe",
     "Si cerca di evitare gli esuberi."),
    ("nl", "Werktijdverkorting voor 180 medewerkers van Pronk Aandrijvingen",
     "Banen staan niet op het spel."),
    # the jobs are said to stay, in the future tense
    ("it", "Fermo produttivo alla Bonfanti Molle per 300 lavoratori",
     "L'azienda assicura che non ci saranno licenziamenti."),
]  # fmt: skip


def test_a_public_body_is_no_employer(watchlist: Watchlist) -> None:
    """A region or a town hall confirming the cuts is not the company that makes them."""
    found = read(
        watchlist, "it", "Crisi dell'auto, 120 esuberi nel Cuneese",
        "Lo ha confermato la Regione Piemonte al tavolo con i sindacati.",
    )  # fmt: skip
    assert found is None or found.company != "Regione Piemonte"


@pytest.mark.parametrize(("lang", "title", "summary"), NOTHING)
def test_round29_temporary_measures_announce_nothing(
    watchlist: Watchlist, lang: str, title: str, summary: str
) -> None:
    assert read(watchlist, lang, title, summary) is None


def test_a_labour_shortage_opening_a_headline_is_no_company(watchlist: Watchlist) -> None:
    """ "Fachkräftemangel: ..." is the topic of a headline about vacancies, not an employer."""
    for title in (
        "Fachkräftemangel: Autobranche in Sachsen sucht 3.000 Monteure",
        "Personalmangel: Autobranche sucht 900 Mechatroniker",
    ):
        found = read(watchlist, "de", title)
        assert found is None or found.company not in ("Fachkräftemangel", "Personalmangel")
