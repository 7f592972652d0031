"""Items that announce no job loss and no hiring, in forms a fresh batch showed turning into
cases: a hiring halted or put off, a third party's demand, a rumour called unfounded or
rejected, no plans for cuts, a cut taken off the table, staff redeployed.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read

HALTED_HIRING = [
    ("en", "Dornfield Axles puts hiring of 250 engineers on hold", ""),
    ("en", "Marlow Electrics halts recruitment of 400 workers for its new line", ""),
    ("fr", "Cerval suspend l'embauche de 180 opérateurs prévue à Metz", ""),
    ("de", "Pruss Elektronik stoppt die Einstellung von 300 Mitarbeitern in Gera", ""),
    ("it", "La Brembo Forgiati sospende le 220 assunzioni annunciate a Bergamo", ""),
    ("es", "Talleres Duero aplaza la contratación de 160 técnicos hasta 2025", ""),
    ("nl", "Velsen Accu stelt werving van 200 medewerkers uit", ""),
    ("pl", "Elbatt zawiesza rekrutację 350 pracowników w Opolu", ""),
    ("fr", "Garnier Pièces reporte l'embauche de 120 techniciens à Douai", ""),
]


@pytest.mark.parametrize(("lang", "title", "summary"), HALTED_HIRING)
def test_a_hiring_halted_or_put_off_is_no_creation(
    watchlist: Watchlist, lang: str, title: str, summary: str
) -> None:
    assert read(watchlist, lang, title, summary) is None


def test_a_hiring_reported_in_english_is_no_hiring_put_off(watchlist: Watchlist) -> None:
    """French "reporte" (puts off) is no English "reportedly"."""
    found = read(watchlist, "en", "Stellantis is reportedly recruiting 300 engineers", "")
    assert found is not None
    assert found.jobs is not None
    assert found.jobs.value == 300


DEMANDED = [
    ("en", "Union calls for 300 new jobs at Dornfield Axles", ""),
    ("it", "I sindacati chiedono 250 assunzioni alla Fonderie Orobiche", ""),
    ("fr", "La CGT réclame 120 embauches chez Cerval", ""),
    ("de", "IG Metall fordert 400 neue Stellen bei Pruss Elektronik", ""),
    ("es", "UGT exige la contratación de 200 trabajadores en Talleres Duero", ""),
]


@pytest.mark.parametrize(("lang", "title", "summary"), DEMANDED)
def test_a_figure_a_third_party_demands_is_not_announced(
    watchlist: Watchlist, lang: str, title: str, summary: str
) -> None:
    assert read(watchlist, lang, title, summary) is None


def test_a_company_that_demands_cuts_still_announces_them(watchlist: Watchlist) -> None:
    found = read(watchlist, "it", "La Fonderie Orobiche chiede 140 esuberi a Bergamo")
    assert found is not None
    assert found.jobs is not None
    assert found.jobs.value == 140


DENIED = [
    ("en", "Reports of 600 job cuts at Marlow Electrics are baseless, company says", ""),
    ("fr", "Cerval : les rumeurs de 300 suppressions de postes sont infondées", ""),
    ("it", "Voci infondate sui 200 esuberi alla Fonderie Orobiche, dice l'azienda", ""),
    ("de", "Pruss Elektronik weist Berichte über den Abbau von 500 Stellen zurück", ""),
    ("en", "Dornfield Axles rejects reports it will cut 450 jobs", ""),
    ("en", "Marlow Electrics has no plans for redundancies at its 900-strong plant", ""),
    ("en", "Dornfield Axles says no jobs will be cut when it moves 300 staff", ""),
    ("de", "Abbau von 350 Stellen bei Pruss Elektronik ist vom Tisch", ""),
]


@pytest.mark.parametrize(("lang", "title", "summary"), DENIED)
def test_a_cut_denied_or_called_off_is_no_case(
    watchlist: Watchlist, lang: str, title: str, summary: str
) -> None:
    assert read(watchlist, lang, title, summary) is None


REDEPLOYED = [
    ("es", "Talleres Duero reubicará a sus 140 empleados de Soria en otras plantas", ""),
    ("en", "Marlow Electrics will redeploy 200 workers when it shuts its paint shop", ""),
    ("it", "I 180 dipendenti della Fonderie Orobiche saranno ricollocati a Brescia", ""),
]


@pytest.mark.parametrize(("lang", "title", "summary"), REDEPLOYED)
def test_staff_redeployed_keep_their_jobs(
    watchlist: Watchlist, lang: str, title: str, summary: str
) -> None:
    found = read(watchlist, lang, title, summary)
    assert found is None or found.jobs is None
