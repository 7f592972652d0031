"""Hard negatives and figures that are no cut: temporary measures, cuts called off, union
action that follows an announcement up, and a figure revised in the same sentence.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from monitor.judgement.joblosses.calibration import ACCEPT
from tests.joblosses_support import read


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("nl", "Ravelo zet 400 werknemers op technische werkloosheid"),
        ("nl", "Economische werkloosheid voor 250 arbeiders bij Ravelo"),
        ("nl", "Bij Ravelo zijn 600 werknemers tijdelijk werkloos door een gebrek aan onderdelen"),
        ("nl", "Ravelo vraagt werkloosheid om economische redenen aan voor 300 arbeiders"),
        ("fr", "Dorval : 500 salariés au chômage temporaire faute de commandes"),
        ("es", "Auriga aplica un ERTO a 700 trabajadores de su planta de Vigo"),
        ("sv", "Lindgren Fordon permitterar 300 anställda i två veckor"),
        ("ro", "Popescu Auto trimite 400 de angajați în șomaj tehnic"),
    ],
)
def test_a_temporary_measure_is_no_cut(watchlist: Watchlist, lang: str, title: str) -> None:
    assert read(watchlist, lang, title) is None


@pytest.mark.parametrize(
    ("lang", "title", "jobs"),
    [
        ("de", "Kranich streicht 300 Stellen und schickt 1.200 Beschäftigte in Kurzarbeit", 300),
        ("en", "Kelvar to cut 500 jobs and put 2,000 workers on short-time work", 500),
        ("nl", "Ravelo schrapt 200 banen, 900 werknemers gaan in tijdelijke werkloosheid", 200),
        ("es", "Auriga cambia el despido de 300 empleados por un ERTE y reduce los despidos a 120",
         120),
    ],
)  # fmt: skip
def test_the_figure_a_temporary_measure_is_said_of_gives_way_to_the_cut(
    watchlist: Watchlist, lang: str, title: str, jobs: int
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert found.jobs is not None
    assert found.jobs.value == jobs


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Kelvar scraps plans to cut 500 jobs at Leeds plant"),
        ("fr", "Dorval renonce à supprimer 300 postes à Amiens"),
        ("de", "Kranich nimmt den Abbau von 900 Stellen zurück"),
        ("de", "Stellenabbau bei Kranich vom Tisch: 900 Jobs bleiben"),
        ("it", "Ferlini ritira i licenziamenti di 200 dipendenti"),
        ("es", "Auriga retira el ERE que afectaba a 150 trabajadores"),
        ("nl", "Ravelo trekt de ontslagen van 300 werknemers in"),
        ("nl", "Ontslag van 300 werknemers bij Ravelo van de baan"),
        ("pl", "Tarbud wycofuje się ze zwolnień 400 pracowników"),
    ],
)
def test_a_cut_called_off_is_no_announcement(watchlist: Watchlist, lang: str, title: str) -> None:
    assert read(watchlist, lang, title) is None


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("nl", "Vakbonden voeren actie bij Ravelo na aankondiging van 600 ontslagen"),
        ("nl", "Werknemers van Ravelo leggen het werk neer tegen 600 ontslagen"),
        ("fr", "Débrayage chez Dorval contre la suppression de 300 postes"),
        ("de", "Kundgebung bei Kranich gegen den Abbau von 900 Stellen"),
    ],
)
def test_union_action_against_a_cut_waits_in_review(
    watchlist: Watchlist, lang: str, title: str
) -> None:
    found = read(watchlist, lang, title)
    assert found is None or found.confidence < ACCEPT


@pytest.mark.parametrize(
    ("lang", "title", "jobs"),
    [
        ("es", "Auriga acepta reducir de 1.500 a 600 los despidos en Vigo", 600),
        ("en", "Kelvar agrees to reduce layoffs from 1,500 to 600", 600),
        ("fr", "Dorval ramène les suppressions de postes de 900 à 450", 450),
    ],
)
def test_a_figure_revised_in_the_sentence_is_the_new_one(
    watchlist: Watchlist, lang: str, title: str, jobs: int
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert found.jobs is not None
    assert found.jobs.value == jobs


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Kelvar to end production at its Leeds plant"),
        ("en", "Kelvar to wind down its Leeds factory"),
        ("de", "Kranich gibt den Standort Passau auf"),
        ("de", "Kranich stellt die Produktion in Passau Ende 2025 ein"),
        ("fr", "Dorval cesse son activité à Amiens"),
        ("it", "Ferlini chiude i battenti a Brescia"),
        ("es", "Auriga cerrará su planta de Vigo"),
        ("nl", "Ravelo sluit de deuren van zijn fabriek in Genk"),
        ("pl", "Tarbud wygasza zakład w Radomiu"),
    ],
)
def test_a_plant_given_up_for_good_is_a_loss_without_a_figure(
    watchlist: Watchlist, lang: str, title: str
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert (found.jobs, found.jobs_kind.value) == (None, "loss")
    assert found.confidence < ACCEPT  # no figure: a person looks first


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("de", "Kranich stellt die Produktion in Passau vorübergehend ein"),
        ("en", "Kelvar temporarily lays off 300 workers at Leeds"),
        ("fr", "Dorval ferme temporairement son usine d'Amiens"),
        ("it", "Ferlini chiude temporaneamente lo stabilimento di Brescia"),
    ],
)
def test_a_stop_said_to_be_temporary_is_no_announcement(
    watchlist: Watchlist, lang: str, title: str
) -> None:
    assert read(watchlist, lang, title) is None


@pytest.mark.parametrize(
    ("lang", "title", "company", "jobs"),
    [
        ("fr", "Pour sauver l'usine, Dorval supprime 300 postes", "Dorval", 300),
        ("fr", "Plan de sauvegarde de l'emploi chez Dorval : 300 postes supprimés", "Dorval", 300),
        ("de", "Um den Standort zu retten, streicht Kranich 500 Stellen", "Kranich", 500),
        ("nl", "Om de fabriek te redden schrapt Ravelo 300 banen", "Ravelo", 300),
        ("it", "Per salvare lo stabilimento, Ferlini taglia 200 posti", "Ferlini", 200),
        ("es", "Para salvar la planta, Auriga despedirá a 150 trabajadores", "Auriga", 150),
    ],
)
def test_saving_the_plant_as_a_motive_or_the_french_layoff_plan_is_no_denial(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert (found.company, found.jobs.value if found.jobs else None) == (company, jobs)


def test_jobs_saved_still_deny(watchlist: Watchlist) -> None:
    assert read(watchlist, "fr", "Dorval sauve 300 emplois à Amiens") is None


@pytest.mark.parametrize(
    ("lang", "title", "jobs"),
    [
        ("es", "Auriga cierra en Vigo: 600 despidos directos y 2.000 empleos indirectos en el aire",
         600),
        ("en", "Kelvar to close Leeds plant: 2,000 indirect jobs and 500 direct jobs at stake",
         500),
        ("fr", "Fermeture de l'usine Dorval : 3 000 emplois indirects menacés, 400 licenciements",
         400),
        ("it", "Ferlini chiude: 1.500 posti nell'indotto a rischio e 300 licenziamenti", 300),
    ],
)  # fmt: skip
def test_indirect_jobs_give_way_to_the_company_s_own(
    watchlist: Watchlist, lang: str, title: str, jobs: int
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert found.jobs is not None
    assert found.jobs.value == jobs


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Court rules dismissal of 300 Kelvar workers unlawful"),
        ("nl", "Rechter: ontslag van 300 werknemers Ravelo onterecht"),
        ("de", "Gericht: Kündigung von 300 Kranich-Mitarbeitern unwirksam"),
        ("fr", "La justice annule le licenciement de 300 salariés de Dorval"),
        ("it", "Ferlini, il tribunale annulla 300 licenziamenti"),
        ("es", "Un juez anula el despido de 300 trabajadores de Auriga"),
    ],
)
def test_a_court_ruling_on_dismissals_waits_in_review(
    watchlist: Watchlist, lang: str, title: str
) -> None:
    found = read(watchlist, lang, title)
    assert found is None or found.confidence < ACCEPT


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("nl", "Doorstart bij Ravelo: 400 banen blijven behouden"),
        ("it", "Ferlini, salvati 600 posti di lavoro"),
        ("fr", "Reprise par Dorval : 300 emplois maintenus"),
    ],
)
def test_jobs_kept_are_no_cut(watchlist: Watchlist, lang: str, title: str) -> None:
    assert read(watchlist, lang, title) is None


@pytest.mark.parametrize(
    ("lang", "title", "jobs"),
    [
        ("de", "Kranich streicht 500 Stellen, 1.000 Arbeitsplätze bleiben erhalten", 500),
        ("nl", "Ravelo schrapt 300 banen, 900 banen blijven behouden", 300),
        ("es", "Auriga despide a 200 trabajadores y 800 empleos salvados", 200),
        ("en", "Kelvar cuts 300 jobs; 1,200 jobs retained", 300),
    ],
)
def test_the_figure_of_jobs_kept_gives_way_to_the_cut(
    watchlist: Watchlist, lang: str, title: str, jobs: int
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert found.jobs is not None
    assert found.jobs.value == jobs


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Kelvar pulls the plug on its Leeds factory"),
        ("fr", "Dorval baisse le rideau à Amiens"),
        ("de", "Bei Kranich in Passau gehen die Lichter aus"),
        ("it", "Ferlini chiude i cancelli a Brescia"),
        ("nl", "Ravelo Genk: het doek valt na zestig jaar"),
        ("pl", "Koniec fabryki Tarbud w Radomiu"),
    ],
)
def test_the_idioms_of_a_closure_are_a_loss_without_a_figure(
    watchlist: Watchlist, lang: str, title: str
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert (found.jobs, found.jobs_kind.value) == (None, "loss")


@pytest.mark.parametrize(
    ("lang", "title", "summary"),
    [
        ("es", "Gestamp mejora sus ventas en el trimestre", "La empresa tiene 3.000 trabajadores."),
        (
            "fr",
            "Valeo : le chiffre d'affaires du trimestre progresse",
            "Le groupe compte 2 000 salariés.",
        ),
        ("it", "Brembo, utile del trimestre in crescita", "L'azienda impiega 1.200 dipendenti."),
    ],
)
def test_a_quarter_is_no_trim(watchlist: Watchlist, lang: str, title: str, summary: str) -> None:
    """ "trimestre" (a quarter) begins like "trim": quarterly results and a headcount are no cut."""
    assert read(watchlist, lang, title, summary) is None


def test_trimmed_jobs_are_still_a_cut(watchlist: Watchlist) -> None:
    found = read(watchlist, "en", "Gestamp trims 300 jobs at its Vigo plant")
    assert found is not None
    assert found.jobs is not None
    assert found.jobs.value == 300
