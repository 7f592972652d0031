"""Forms of names and figures that news in inflected languages uses, read right.

Every sentence here was written for these tests; companies not on the watch list are
invented and all figures are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.judgement.joblosses import Watchlist, extract_announcement
from monitor.judgement.joblosses.calibration import ACCEPT
from monitor.model.joblosses import Announcement
from tests.joblosses_support import read


def company_and_jobs(found: Announcement | None) -> tuple[str, int | None] | None:
    if found is None:
        return None
    return found.company, found.jobs.value if found.jobs else None


def test_a_town_in_its_polish_locative_is_no_company(watchlist: Watchlist) -> None:
    found = read(
        watchlist,
        "pl",
        "Zwolnienia w Tychach",
        "Koncern Kalmar poinformował, że z zakładu w Tychach odejdzie 400 pracowników.",
    )
    assert company_and_jobs(found) == ("Kalmar", 400)


def test_the_gazetteer_knows_declined_place_names(watchlist: Watchlist) -> None:
    assert watchlist.inflected_place("Gliwicach") is not None
    assert watchlist.inflected_place("Poznaniu") is not None
    assert watchlist.inflected_place("Kalmar") is None


def test_a_polish_genitive_that_drops_a_vowel_names_the_brand(watchlist: Watchlist) -> None:
    found = read(watchlist, "pl", "Fabryka Opla w Gliwicach zwolni 300 pracowników")
    assert company_and_jobs(found) == ("Stellantis", 300)


def test_a_name_that_opens_with_van_keeps_it(watchlist: Watchlist) -> None:
    found = read(watchlist, "nl", "Van Hool schrapt 200 banen in Koningshooikt")
    assert company_and_jobs(found) == ("Van Hool", 200)


def test_a_subsidiary_named_after_its_group_is_the_employer(watchlist: Watchlist) -> None:
    found = read(watchlist, "de", "Volkswagens Tochter Nordwerk streicht 300 Stellen")
    assert company_and_jobs(found) == ("Nordwerk", 300)


def test_the_name_after_the_plant_of_is_found(watchlist: Watchlist) -> None:
    found = read(watchlist, "it", "Chiude la fabbrica della Ferrantelli: 120 lavoratori licenziati")
    assert company_and_jobs(found) == ("Ferrantelli", 120)


def test_the_bankrupt_company_is_the_one_that_loses_jobs(watchlist: Watchlist) -> None:
    found = read(watchlist, "nl", "Groep Hendrix neemt failliete trailerbouwer Kordaal over")
    assert company_and_jobs(found) == ("Kordaal", None)


def test_a_year_after_until_is_no_job_figure(watchlist: Watchlist) -> None:
    found = read(watchlist, "de", "Mercedes-Benz will bis 2030 Tausende Stellen abbauen")
    assert company_and_jobs(found) == ("Mercedes-Benz", None)


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("de", "Kranich schließt Werk: 400 Beschäftigte bangen um ihre Jobs"),
        ("it", "Ferrantelli annuncia la chiusura: tremano 400 dipendenti"),
    ],
)
def test_workers_who_fear_for_their_jobs_are_no_cut_to_accept(
    watchlist: Watchlist, lang: str, title: str
) -> None:
    found = read(watchlist, lang, title)
    assert found is None or found.confidence < ACCEPT


@pytest.mark.parametrize(
    ("lang", "title", "summary", "expected"),
    [
        (
            "de",
            "Zulieferer in der Krise",
            "Der Zulieferer Kranich will am Stammsitz rund 500 seiner 3.000 Stellen streichen.",
            ("Kranich", 500),
        ),
        ("en", "Kelvar Components to cut 400 of its 2,500 jobs", "", ("Kelvar Components", 400)),
        ("fr", "Dorval va supprimer 120 de ses 900 postes", "", ("Dorval", 120)),
    ],
)
def test_a_cut_out_of_a_workforce_is_the_cut(
    watchlist: Watchlist, lang: str, title: str, summary: str, expected: tuple[str, int]
) -> None:
    assert company_and_jobs(read(watchlist, lang, title, summary)) == expected


def test_temporary_workers_shown_the_door_are_a_cut(watchlist: Watchlist) -> None:
    found = read(watchlist, "nl", "Kordaal zet 450 uitzendkrachten aan de deur")
    assert company_and_jobs(found) == ("Kordaal", 450)


def test_a_town_after_w_is_no_subject(watchlist: Watchlist) -> None:
    found = read(
        watchlist,
        "pl",
        "Fabryka w Jaworze zatrudni 1,2 tys. pracowników",
        "Mercedes-Benz rozbudowuje zakład.",
    )
    assert company_and_jobs(found) == ("Mercedes-Benz", 1200)


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("it", "Stellantis smentisce la chiusura di Cassino: i 3.000 dipendenti restano"),
        ("es", "Gestamp desmiente el cierre de su planta y los 400 despidos"),
        ("nl", "VDL Nedcar ontkent dat 200 banen verdwijnen"),
        ("pl", "Stellantis zaprzecza doniesieniom o zwolnieniu 300 osób"),
    ],
)
def test_a_denial_is_no_announcement(watchlist: Watchlist, lang: str, title: str) -> None:
    assert read(watchlist, lang, title) is None


def test_unions_who_fear_cuts_make_no_case(watchlist: Watchlist) -> None:
    found = read(watchlist, "it", "I sindacati temono 400 esuberi alla Marelli")
    assert found is None or found.confidence < ACCEPT


@pytest.mark.parametrize(
    ("lang", "title", "summary"),
    [
        ("en", "Two years after closing its plant, Bosch site still empty",
         "The 900 workers laid off then are still looking for jobs."),
        ("fr", "Michelin : un an après la fermeture, les 300 anciens salariés en reconversion", ""),
        ("nl", "Een jaar na de sluiting van Ford Genk: waar zijn de 800 werknemers?", ""),
        ("en", "Volkswagen and unions resume talks on 2,000 job cuts", ""),
        ("fr", "Forvia : les négociations sur les 500 suppressions de postes s'ouvrent", ""),
        ("de", "Conti-Aktie bricht ein",
         "Der Zulieferer hatte vor einer Woche den Abbau von 700 Stellen angekündigt."),
    ],
)  # fmt: skip
def test_a_look_back_at_an_earlier_announcement_waits_in_review(
    watchlist: Watchlist, lang: str, title: str, summary: str
) -> None:
    found = read(watchlist, lang, title, summary)
    assert found is None or found.confidence < ACCEPT
    assert (
        found is None
        or "why:the item follows up an earlier announcement (a look back, talks, protests)"
        in found.cues
    )


def test_a_company_named_only_in_the_address_is_found_but_waits(watchlist: Watchlist) -> None:
    found = extract_announcement(
        "Tweeduizend banen weg bij autofabriek in Born",
        "",
        published=dt.date(2024, 5, 1),
        language="nl",
        watchlist=watchlist,
        url="https://news.example.nl/economie/2024/nedcar-schrapt-banen-in-born",
    )
    assert company_and_jobs(found) == ("VDL Nedcar", 2000)
    assert found is not None
    assert found.confidence < ACCEPT
    assert "why:the company is named only in the item's address" in found.cues


def test_an_address_is_no_company_when_the_text_names_one(watchlist: Watchlist) -> None:
    found = extract_announcement(
        "Bosch schrapt 300 banen",
        "",
        published=dt.date(2024, 5, 1),
        language="nl",
        watchlist=watchlist,
        url="https://news.example.nl/economie/nedcar-en-bosch-schrappen-banen",
    )
    assert company_and_jobs(found) == ("Bosch", 300)


@pytest.mark.parametrize(
    ("lang", "title", "expected"),
    [
        ("de", "Kranich: Belegschaft in Lindau soll auf 2.500 wachsen", ("Kranich", 2500)),
        ("de", "Kranich stellt in Lindau weitere 1.000 Mitarbeiter ein", ("Kranich", 1000)),
        ("de", "Neues Werk: Kranich will in Lindau 1.000 Menschen beschäftigen", ("Kranich", 1000)),
        ("de", "Kranich will in Lindau 5.000 Arbeitsplätze aufbauen", ("Kranich", 5000)),
        ("de", "Northvolt-Fabrik in Heide soll 3.000 Jobs bringen", ("Northvolt", 3000)),
        ("en", "Kelvar Components to grow its workforce to 1,800", ("Kelvar Components", 1800)),
    ],
)
def test_hiring_in_the_forms_plans_use(
    watchlist: Watchlist, lang: str, title: str, expected: tuple[str, int]
) -> None:
    found = read(watchlist, lang, title)
    assert company_and_jobs(found) == expected
    assert found is not None
    assert found.jobs_kind.value == "creation"


def test_a_cut_announced_after_a_denial_and_a_but_is_read(watchlist: Watchlist) -> None:
    found = read(
        watchlist, "de", "Einigung bei Kranich: Keine Werksschließungen, aber 900 Stellen weg"
    )
    assert company_and_jobs(found) == ("Kranich", 900)


def test_a_temporary_measure_after_the_but_is_still_none(watchlist: Watchlist) -> None:
    found = read(
        watchlist, "de", "Keine Kündigungen bei Kranich, aber Kurzarbeit für 2.000 Beschäftigte"
    )
    assert found is None


def test_a_polish_verb_with_its_perfective_prefix_is_a_cut(watchlist: Watchlist) -> None:
    found = read(watchlist, "pl", "Kalmar zlikwiduje 3,5 tys. miejsc pracy w Niemczech")
    assert company_and_jobs(found) == ("Kalmar", 3500)


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("de", "Protest gegen Stellenabbau bei Bosch: 5.000 Beschäftigte demonstrieren"),
        ("fr", "Valeo : les 868 suppressions de postes contestées par les syndicats"),
        ("it", "Sciopero alla Marelli contro i 550 esuberi"),
    ],
)
def test_a_protest_against_cuts_is_a_follow_up_to_review(
    watchlist: Watchlist, lang: str, title: str
) -> None:
    found = read(watchlist, lang, title)
    assert found is None or found.confidence < ACCEPT


def test_an_industry_association_is_no_company(watchlist: Watchlist) -> None:
    found = read(watchlist, "en", "Automotive suppliers shed 86,000 jobs since 2020, Clepa says")
    assert found is None or (found.company != "Clepa" and found.confidence < ACCEPT)


@pytest.mark.parametrize(
    ("lang", "title", "expected"),
    [
        ("pl", "Koniec produkcji. 470 pracowników Kalmaru odejdzie z pracy", ("Kalmar", 470)),
        ("pl", "Grupowe zwolnienia u Northvoltu w Gdańsku: 150 osób", ("Northvolt", 150)),
        ("pl", "Nowa fabryka Mercedesa w Jaworze da pracę 300 osobom", ("Mercedes-Benz", 300)),
        ("pl", "Nowa fabryka Mercedesa w Jaworze. Praca dla 300 osób", ("Mercedes-Benz", 300)),
        (
            "pl",
            "W Jaworze powstanie fabryka baterii Mercedesa. Zatrudnienie znajdzie 300 osób",
            ("Mercedes-Benz", 300),
        ),
        ("pl", "Stellantis zamknie zakład w Bielsku-Białej", ("Stellantis", None)),
    ],
)
def test_polish_reports_of_leaving_hiring_and_closing(
    watchlist: Watchlist, lang: str, title: str, expected: tuple[str, int | None]
) -> None:
    assert company_and_jobs(read(watchlist, lang, title)) == expected


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Kelvar Components to build first European plant in Hungary, thousands of jobs"),
        ("fr", "Dorval va construire une usine en Hongrie et des centaines d'emplois"),
        ("de", "Neues Werk: Kranich baut Fabrik in Ungarn mit Tausenden Arbeitsplätzen"),
        ("it", "Ferrantelli costruirà una nuova fabbrica in Polonia: centinaia di posti di lavoro"),
        ("nl", "Kordaal bouwt nieuwe fabriek in Slowakije, honderden banen"),
        ("pl", "Kalmar zbuduje nową fabrykę baterii w Jaworze"),
    ],
)
def test_a_new_plant_is_a_creation_without_a_figure_that_waits(
    watchlist: Watchlist, lang: str, title: str
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert (found.jobs_kind.value, found.jobs) == ("creation", None)
    assert found.confidence < ACCEPT


def test_a_new_plant_with_no_word_of_jobs_is_an_investment(watchlist: Watchlist) -> None:
    assert read(watchlist, "de", "Kranich investiert 500 Millionen Euro in neues Werk") is None
