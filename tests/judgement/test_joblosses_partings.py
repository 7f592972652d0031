"""Cuts told without a cut verb (`partings`): a company parting with people or ending their
contracts, the blade falling on jobs, jobs destroyed, jobs that "jump" or "fall", and jobs
counted as fewer. The figure after "with", "z", "su", "von" is the people cut, not a
workforce's size. Near misses stay negative: parting with a manager, a market or a supplier,
a plant "with 300 workers", the axe of a government on subsidies.

Every sentence here was written for these tests; the companies are invented.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from monitor.judgement.joblosses.partings import parted_with
from tests.joblosses_support import read, read_found

FOUND = [
    # parting with people
    ("en", "Harwood Castings to part ways with 300 staff", "Harwood Castings", 300),
    ("en", "Harwood Castings to say goodbye to 240 workers", "Harwood Castings", 240),
    ("de", "Gießerei Halberg verabschiedet sich von 310 Mitarbeitern", "Gießerei Halberg", 310),
    ("nl", "Philips neemt afscheid van 300 medewerkers", "Philips", 300),
    ("pl", "Polmot Brzeg pożegna się z 300 pracownikami", "Polmot Brzeg", 300),
    ("pl", "Amica żegna się z 1,2 tys. pracowników", "Amica", 1200),
    # contracts ended
    ("en", "Harwood Castings will terminate the contracts of 300 agency workers", "Harwood", 300),
    ("fr", "Les Forges de Bologne mettent fin aux contrats de 140 intérimaires", "Forges", 140),
    ("de", "Gießerei Halberg löst Verträge mit 260 Leiharbeitern auf", "Gießerei Halberg", 260),
    ("pl", "Amica rozwiąże umowy o pracę z 300 pracownikami", "Amica", 300),
    ("pl", "Amica wypowie umowy 250 pracownikom", "Amica", 250),
    ("pl", "Amica zakończy współpracę z 300 pracownikami tymczasowymi", "Amica", 300),
    ("pl", "Amica nie przedłuży umów z 200 pracownikami", "Amica", 200),
    # the blade falls
    ("it", "Scure su 260 posti alla Beko di Cassinetta", "Beko", 260),
    ("it", "Marelli, scure sui 180 addetti di Crevalcore", "Marelli", 180),
    ("en", "Harwood Castings puts 300 jobs on the chopping block", "Harwood Castings", 300),
    # jobs destroyed
    ("es", "Tubos Reunidos destruirá 250 empleos", "Tubos Reunidos", 250),
    ("de", "Gießerei Halberg vernichtet 300 Arbeitsplätze", "Gießerei Halberg", 300),
    ("fr", "Les Forges de Bologne détruisent 300 emplois", "Forges de Bologne", 300),
    # jobs that jump or fall, jobs fewer
    ("it", "Alla Vitesco di Pisa saltano 700 posti", "Vitesco", 700),
    ("nl", "Tata Steel heft 800 functies op", "Tata Steel", 800),
    ("nl", "Tata Steel IJmuiden: 800 fte minder", "Tata Steel", 800),
    ("en", "Harwood Castings announces 1,000 fewer jobs in Coventry", "Harwood Castings", 1000),
    ("en", "Harwood Castings to shrink workforce by 300", "Harwood Castings", 300),
    ("it", "Mobilità per 120 alla Fonderia Zanardi", "Zanardi", 120),
    # farewells, the door shown, the knife put in, the work at risk
    ("it", "Sanden Italia dice addio a 300 lavoratori", "Sanden Italia", 300),
    ("es", "Sanden Ibérica, adiós a 300 empleos", "Sanden Ibérica", 300),
    ("nl", "Sanden Benelux stuurt 300 mensen de laan uit", "Sanden Benelux", 300),
    ("nl", "Sanden Benelux zet het mes in 300 banen", "Sanden Benelux", 300),
    ("it", "Sanden Italia, 300 lavoratori rischiano il posto", "Sanden Italia", 300),
    # rid of people, sent home, trimmed
    ("fr", "Alvéa Composites se débarrasse de 90 salariés", "Alvéa Composites", 90),
    ("it", "Sanden Italia si libera di 200 dipendenti", "Sanden Italia", 200),
    ("es", "Sanden Ibérica se deshace de 200 trabajadores", "Sanden Ibérica", 200),
    ("pl", "Sanden Polska pozbędzie się 200 pracowników", "Sanden Polska", 200),
    ("nl", "Sanden Benelux ontdoet zich van 200 medewerkers", "Sanden Benelux", 200),
    ("es", "Sanden Ibérica manda al paro a 200 trabajadores", "Sanden Ibérica", 200),
    ("de", "Rheinform schickt 300 Mitarbeiter nach Hause", "Rheinform", 300),
    ("en", "Calder Axles to offload 300 workers", "Calder Axles", 300),
    ("pl", "Sanden Polska: 200 osób na wylocie", "Sanden Polska", 200),
    ("nl", "Sanden Benelux: 200 banen op de schop", "Sanden Benelux", 200),
    ("de", "Rheinform spart 300 Stellen ein", "Rheinform", 300),
    ("it", "Sanden Italia, sforbiciata da 200 posti", "Sanden Italia", 200),
    ("pl", "Sanden Polska: 200 etatów mniej", "Sanden Polska", 200),
]


@pytest.mark.parametrize(("lang", "title", "company", "jobs"), FOUND)
def test_the_parting_is_read_as_a_loss_of_its_figure(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    name, value, kind = read_found(watchlist, lang, title, "")
    assert company in name
    assert (value, kind) == (jobs, "loss")


IN_THE_LEAD = [
    ("pl", "Zwolnienia w firmie Sanden", "Decyzja oznacza utratę pracy dla 300 osób.", 300),
    ("nl", "Sanden Benelux reorganiseert", "Het kost 300 mensen hun baan.", 300),
    (
        "it",
        "Sanden Italia, piano di riorganizzazione",
        "La ristrutturazione interesserà 300 lavoratori.",
        300,
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary", "jobs"), IN_THE_LEAD)
def test_the_work_lost_is_a_loss_not_work_given(
    watchlist: Watchlist, lang: str, title: str, summary: str, jobs: int
) -> None:
    name, value, kind = read_found(watchlist, lang, title, summary)
    assert name.startswith("Sanden")
    assert (value, kind) == (jobs, "loss")


def test_work_given_is_still_a_creation(watchlist: Watchlist) -> None:
    found = read_found(watchlist, "pl", "Sanden da pracę 300 osobom w nowej hali", "")
    assert found == ("Sanden", 300, "creation")


NOT_FOUND = [
    ("en", "Weak demand for car parts could cost 30,000 jobs, industry body warns"),
    ("it", "Sanden Italia dice addio al diesel"),
    ("nl", "Sanden Benelux zet het mes in de kosten"),
    ("fr", "Alvéa Composites se débarrasse de ses actifs non stratégiques"),
    ("it", "Sanden Italia si libera di 200 milioni di debiti"),
    ("pl", "Sanden Polska pozbędzie się 200 ton odpadów"),
    ("nl", "Sanden Benelux ontdoet zich van 200 vrachtwagens"),
    ("de", "Rheinform spart 300 Millionen Euro ein"),
    ("en", "Calder Axles to offload 300 vans from its fleet"),
    ("pl", "Statystyka: w branży pracuje o 3 tys. osób mniej niż przed rokiem"),
    ("en", "Harwood Castings parts ways with its chief executive"),
    ("en", "Harwood Castings says goodbye to diesel engines"),
    ("en", "Harwood Castings, a plant with 300 workers, wins new order"),
    ("pl", "Amica żegna się z rynkiem rosyjskim"),
    ("pl", "Amica podpisała umowy z 300 dostawcami"),
    ("pl", "Zakład z 300 pracownikami otwiera nową halę"),
    ("pl", "Amica zakończy współpracę z siecią Biedronka"),
    ("nl", "Philips neemt afscheid van topman Roy Jakobs"),
    ("nl", "Philips heft de dividendbeperking op"),
    ("nl", "Record sneuvelt: Philips verkoopt 300 scanners"),
    ("it", "Scure del governo sugli incentivi auto"),
    ("it", "Alla Ferrari saltano 3 gare"),
    ("it", "Mobilità sostenibile per 120 comuni"),
    ("es", "Seat destruye 300 coches defectuosos"),
    ("de", "Gießerei Halberg verabschiedet sich von seinem Chef"),
    ("de", "Gießerei Halberg vernichtet 300 Tonnen Altmetall"),
    ("fr", "Les Forges de Bologne mettent fin à la grève"),
]


@pytest.mark.parametrize(("lang", "title"), NOT_FOUND)
def test_a_near_miss_is_no_announcement(watchlist: Watchlist, lang: str, title: str) -> None:
    assert read(watchlist, lang, title, "") is None


def test_the_figure_after_a_parting_is_no_workforce() -> None:
    assert parted_with("polmot pozegna sie z ")
    assert parted_with("scure sui ")
    assert not parted_with("zaklad z ")
    assert not parted_with("a plant with ")
