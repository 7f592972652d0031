"""Forms a fresh batch of press-style items showed missing: an owner's word before the name,
a programme or a wave opening a headline, departures "in" a company, a particle inside a
legal name, a workforce grown or cut "by" a figure, Dutch job loss nouns, a place's
adjective and a town "uit", a hub named by its company, a works council "of" a company,
staff moved to another site, and nobody let go.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read

READS = [
    # an owner's word before the name is a descriptor, not part of it
    ("nl", "Sluiting van onderdelenfabriek in Zwolle: 90 banen weg",
     "Eigenaar Brink Polymeren B.V. vond geen koper.", "Brink Polymeren", 90, "loss"),
    ("it", "Chiude la fonderia di Lecco: 140 posti persi",
     "Il proprietario Ferri Getti S.r.l. non ha trovato acquirenti.", "Ferri Getti", 140, "loss"),
    # a programme or a wave opens the headline; the company follows "w"
    ("pl", "Program dobrowolnych odejść w Kabrex. Firma zmniejszy zatrudnienie o 120 etatów", "",
     "Kabrex", 120, "loss"),
    ("pl", "Fala zwolnień w Amortex. Pracę straci 150 osób", "", "Amortex", 150, "loss"),
    ("fr", "Vague de licenciements chez Lumiauto : 150 postes supprimés", "", "Lumiauto", 150,
     "loss"),
    # a particle inside a name a legal form closes
    ("fr", "Plan social chez Ateliers de Bretagne SAS : 160 postes supprimés", "",
     "Ateliers de Bretagne", 160, "loss"),
    ("fr", "Fermeture de Nordalu SAS : 180 postes supprimés", "", "Nordalu", 180, "loss"),
    # a workforce grown or cut by a figure
    ("pl", "Producent ogniw Voltpak zwiększy zatrudnienie o 250 osób w Jaworznie", "",
     "Voltpak", 250, "creation"),
    ("fr", "Voltéa va augmenter ses effectifs de 250 personnes à Dunkerque", "", "Voltéa", 250,
     "creation"),
    ("en", "Harrow Cells to increase its workforce by 400 people at Sunderland", "",
     "Harrow Cells", 400, "creation"),
    ("pl", "Fabryka opon Radopol ograniczy zatrudnienie o 230 osób", "", "Radopol", 230, "loss"),
    # a Dutch adjective of a place before a descriptor is no name; the town a company is "uit"
    ("nl", "Ruim honderd banen weg bij Twentse kunststofverwerker",
     "Kunststoffen Oldenzaal uit Almelo ontslaat 110 van de 400 werknemers.",
     "Kunststoffen Oldenzaal", 100, "loss"),
    ("de", "Zulieferer Brandt Guss aus Hof streicht 140 Stellen", "", "Brandt Guss", 140, "loss"),
    # a hub named by its company, what it makes linked by "delle"
    ("it", "Nasce a Lodi il polo delle batterie di Celvana: 350 nuovi posti", "", "Celvana", 350,
     "creation"),
    # a works council "of" a company names it, as its management does
    ("nl", "Ondernemingsraad van Brink Polymeren stemt in: 130 arbeidsplaatsen verdwijnen", "",
     "Brink Polymeren", 130, "loss"),
    ("fr", "Le CSE de Lumiauto informé de la suppression de 140 postes", "", "Lumiauto", 140,
     "loss"),
    ("it", "Le Rsu della Plastiroll: «120 licenziamenti in arrivo»", "", "Plastiroll", 120, "loss"),
    # the Dutch nouns of losing jobs, and people "weg"
    ("nl", "Banenverlies bij Hendriks Towing: 150 mensen weg", "", "Hendriks Towing", 150, "loss"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "summary", "company", "jobs", "kind"), READS)
def test_fresh_forms_are_read(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int, kind: str
) -> None:
    found = read(watchlist, lang, title, summary)
    assert found is not None
    assert found.jobs is not None
    assert (found.company, found.jobs.value, found.jobs_kind.value) == (company, jobs, kind)


NOTHING = [
    # staff moved to another site of the company keep their jobs
    ("pl", "Radopol przeniesie 200 pracowników do nowego zakładu w Zielonej Górze", ""),
    ("nl", "Brink Polymeren verhuist 150 kantoormedewerkers naar nieuw hoofdkantoor", ""),
    ("en", "Harwood to move 300 workers to its new Coventry plant", ""),
    ("fr", "Lumiauto : 300 salariés mutés sur le site de Vesoul", ""),
    # nobody is let go
    ("nl", "Vacaturestop bij toeleverancier Koster Parts",
     "Het bedrijf telt 600 medewerkers en wil niemand ontslaan."),
    ("it", "La Corradi Powertrain riorganizza i reparti: nessuno perderà il posto", ""),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "summary"), NOTHING)
def test_moves_and_no_one_let_go_announce_nothing(
    watchlist: Watchlist, lang: str, title: str, summary: str
) -> None:
    assert read(watchlist, lang, title, summary) is None


def test_a_cut_beside_staff_moved_is_still_a_cut(watchlist: Watchlist) -> None:
    found = read(watchlist, "pl", "Amortex zwolni 300 osób, a 200 pracowników przeniesie do Gliwic")
    assert found is not None
    assert found.jobs is not None
    assert (found.jobs.value, found.jobs_kind.value) == (300, "loss")
