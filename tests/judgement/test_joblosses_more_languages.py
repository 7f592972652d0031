"""Cue words beyond the seven main languages (HU PT CS SK RO SV), more verbs in the seven, and
the name that opens a headline as its subject.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.judgement.joblosses import Watchlist, extract_announcement
from tests.joblosses_support import read


def _read(watchlist: Watchlist, lang: str, title: str, summary: str = "") -> tuple | None:
    found = read(watchlist, lang, title, summary)
    if found is None:
        return None
    return found.company, found.jobs.value if found.jobs else None, found.jobs_kind.value


OTHER_LANGUAGES = [
    ("hu", "A Kardos Autóalkatrész Kft. 300 dolgozót bocsát el", "Kardos Autóalkatrész", 300,
     "loss"),
    ("hu", "Bezárja győri üzemét a Tornai Zrt., 350 dolgozó veszíti el állását", "Tornai", 350,
     "loss"),
    ("pt", "A Ferraz Componentes vai despedir 300 trabalhadores", "Ferraz Componentes", 300,
     "loss"),
    ("pt", "A Tavares Auto vai criar 400 postos de trabalho em Aveiro", "Tavares Auto", 400,
     "creation"),
    ("cs", "Automobilka Dvořák Motors propustí 800 zaměstnanců", "Dvořák Motors", 800, "loss"),
    ("cs", "Firma Horák Kovo zruší 300 pracovních míst", "Horák Kovo", 300, "loss"),
    ("cs", "Kratochvíl Auto vytvoří 600 nových pracovních míst", "Kratochvíl Auto", 600,
     "creation"),
    ("sk", "Automobilka Kováč Motors prepustí 400 zamestnancov", "Kováč Motors", 400, "loss"),
    ("sk", "Baláž Auto prijme 700 nových zamestnancov", "Baláž Auto", 700, "creation"),
    ("ro", "Fabrica Popescu Auto concediază 300 de angajați", "Popescu Auto", 300, "loss"),
    ("ro", "Ionescu Componente disponibilizează 450 de salariați", "Ionescu Componente", 450,
     "loss"),
    ("ro", "Stanciu Auto va angaja 500 de oameni la noua fabrică", "Stanciu Auto", 500,
     "creation"),
    ("sv", "Lindgren Fordon varslar 400 anställda", "Lindgren Fordon", 400, "loss"),
    ("sv", "Bergström Komponenter säger upp 250 personer", "Bergström Komponenter", 250, "loss"),
    ("sv", "Holmqvist Batteri anställer 600 medarbetare i Skellefteå", "Holmqvist Batteri", 600,
     "creation"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "company", "jobs", "kind"), OTHER_LANGUAGES)
def test_reads_hungarian_portuguese_czech_slovak_romanian_swedish(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int, kind: str
) -> None:
    assert _read(watchlist, lang, title) == (company, jobs, kind)


MORE_VERBS = [
    ("de", "Autozulieferer Wendler trennt sich von 600 Mitarbeitern", "Wendler", 600),
    ("de", "Kessler Antriebe kürzt 450 Arbeitsplätze", "Kessler Antriebe", 450),
    ("de", "Bei Falkner Kunststoff gehen 300 Arbeitsplätze verloren", "Falkner Kunststoff", 300),
    ("de", "Ronders setzt 200 Leiharbeiter vor die Tür", "Ronders", 200),
    ("nl", "Drenth Metaal vraagt collectief ontslag aan voor 140 werknemers", "Drenth Metaal",
     140),
    ("en", "Harlow Engineering to make 300 staff redundant", "Harlow Engineering", 300),
    ("en", "Brightwater Parts is letting go of 200 workers", "Brightwater Parts", 200),
    ("it", "Grandi Motori apre la procedura di mobilità per 150 dipendenti", "Grandi Motori", 150),
    ("pl", "Zakład Nowex w Radomiu: pracę straci 300 osób", "Nowex", 300),
    ("pl", "Marpol zwolni trzystu pracowników", "Marpol", 300),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "company", "jobs"), MORE_VERBS)
def test_reads_more_cut_verbs(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    assert _read(watchlist, lang, title) == (company, jobs, "loss")


HEADLINE_SUBJECTS = [
    ("de", "Tessmer Guss spricht 180 Kündigungen aus", "Tessmer Guss", 180, "loss"),
    ("fr", "Mardelle Industrie prévoit 140 départs dans son usine de Rouen", "Mardelle Industrie",
     140, "loss"),
    ("nl", "Hoekstra Kunststof zegt 90 werknemers de wacht aan, ontslagen volgen",
     "Hoekstra Kunststof", 90, "loss"),
    ("es", "Metalúrgica Ordóñez plantea 120 despidos en Burgos", "Metalúrgica Ordóñez", 120,
     "loss"),
    ("nl", "Brouwers Carrosserie gaat 70 mensen ontslaan", "Brouwers Carrosserie", 70, "loss"),
    ("hu", "A Szalai Gépgyár 200 embert épít le Győrben", "Szalai Gépgyár", 200, "loss"),
    ("hu", "A Molnár Motor 500 új munkatársat vesz fel", "Molnár Motor", 500, "creation"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "company", "jobs", "kind"), HEADLINE_SUBJECTS)
def test_the_name_that_opens_the_headline_is_its_subject(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int, kind: str
) -> None:
    assert _read(watchlist, lang, title) == (company, jobs, kind)


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "As part of the plan, 400 employees will leave and two sites will close"),
        ("es", "Ola de cierres y despidos en la industria: 900 empleos perdidos"),
        ("de", "Kahlschlag bei den Zulieferern: 5.000 Jobs fallen weg"),
        ("pl", "Pracę straci 150 osób w regionie"),
    ],
)
def test_an_opening_noun_or_phrase_is_no_company(
    watchlist: Watchlist, lang: str, title: str
) -> None:
    assert _read(watchlist, lang, title) is None


def test_a_number_followed_by_a_word_that_starts_with_a_unit_is_still_read(
    watchlist: Watchlist,
) -> None:
    # "ans" (French years) opens "anställda": only the whole word is a unit
    assert _read(watchlist, "sv", "Lindgren Fordon varslar 400 anställda") == (
        "Lindgren Fordon",
        400,
        "loss",
    )


DEPARTURES = [
    ("es", "El ERE de Auriga contempla 400 extinciones de contrato", "Auriga", 400),
    ("es", "Auriga ofrece 500 salidas incentivadas", "Auriga", 500),
    ("it", "Ferlini, accordo per 300 esodi incentivati", "Ferlini", 300),
    ("it", "Ferlini: 200 prepensionamenti a Brescia", "Ferlini", 200),
    ("fr", "Dorval : 400 ruptures conventionnelles", "Dorval", 400),
    ("nl", "Ravelo: 300 afvloeiingen in Genk", "Ravelo", 300),
    ("en", "Kelvar offers 500 early retirements at Leeds", "Kelvar", 500),
    ("pl", "Tarbud: 300 dobrowolnych odejść", "Tarbud", 300),
    ("nl", "Bij Ravelo moeten 1.500 werknemers vertrekken", "Ravelo", 1500),
    ("en", "At Kelvar, 1,800 employees will exit the company", "Kelvar", 1800),
]


@pytest.mark.parametrize(("lang", "title", "company", "jobs"), DEPARTURES)
def test_departures_by_agreement_and_leaving_are_cuts(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    assert _read(watchlist, lang, title) == (company, jobs, "loss")


def test_a_dismissal_letter_is_a_loss_without_a_figure(watchlist: Watchlist) -> None:
    assert _read(watchlist, "nl", "Ravelo-personeel krijgt collectief ontslag aangezegd") == (
        "Ravelo",
        None,
        "loss",
    )


@pytest.mark.parametrize(
    ("lang", "title", "company"),
    [
        ("en", "Kelvar to hire thousands of workers in Leeds", "Kelvar"),
        ("fr", "Dorval va créer des centaines d'emplois à Douai", "Dorval"),
        ("de", "Kranich schafft Tausende neue Arbeitsplätze in Passau", "Kranich"),
        ("es", "Auriga creará miles de empleos en Valladolid", "Auriga"),
        ("pl", "Tarbud stworzy tysiące miejsc pracy w Radomiu", "Tarbud"),
        ("hu", "A Vadas Autó több ezer új munkahelyet teremt Debrecenben", "Vadas Autó"),
    ],
)
def test_many_jobs_without_a_number_is_a_creation_without_a_figure(
    watchlist: Watchlist, lang: str, title: str, company: str
) -> None:
    assert _read(watchlist, lang, title) == (company, None, "creation")


@pytest.mark.parametrize(
    ("lang", "title", "company"),
    [
        ("fr", "Dorval va réduire ses effectifs en France", "Dorval"),
        ("fr", "Dorval annonce un plan de départs volontaires", "Dorval"),
        ("de", "Kranich will Personal abbauen", "Kranich"),
        ("de", "Kranich plant Stellenstreichungen in Passau", "Kranich"),
        ("it", "Ferlini riduce il personale", "Ferlini"),
        ("es", "Auriga presenta un ERE en Vigo", "Auriga"),
        ("es", "Auriga reducirá su plantilla en Vigo", "Auriga"),
        ("nl", "Ravelo gaat personeel ontslaan", "Ravelo"),
        ("pl", "Tarbud redukuje zatrudnienie", "Tarbud"),
        ("pl", "Tarbud tnie etaty", "Tarbud"),
    ],
)
def test_a_workforce_reduced_in_so_many_words_is_a_loss_without_a_figure(
    watchlist: Watchlist, lang: str, title: str, company: str
) -> None:
    assert _read(watchlist, lang, title) == (company, None, "loss")


def test_a_new_era_is_no_spanish_layoff_procedure(watchlist: Watchlist) -> None:
    assert _read(watchlist, "fr", "Dorval entre dans une nouvelle ère à Amiens") is None


@pytest.mark.parametrize(
    ("lang", "title", "company", "jobs"),
    [
        ("de", "Schaefflers Werk in Passau: 500 Jobs weg", "Schaeffler", 500),
        ("es", "En la planta de Auriga en Vigo sobran 1.100 trabajadores", "Auriga", 1100),
        ("es", "La plantilla de Auriga en Ávila pierde 300 empleos", "Auriga", 300),
        ("it", "Ferlini dichiara 200 eccedenze a Brescia", "Ferlini", 200),
    ],
)
def test_surplus_losing_and_a_genitive_name(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    assert _read(watchlist, lang, title) == (company, jobs, "loss")


@pytest.mark.parametrize(
    ("lang", "title", "qualifier"),
    [
        ("hu", "A Kardos Kft. mintegy 300 dolgozót bocsát el", "about"),
        ("pt", "A Ferraz Componentes vai despedir mais de 300 trabalhadores", "more_than"),
        ("cs", "Automobilka Dvořák Motors propustí zhruba 800 zaměstnanců", "about"),
        ("sk", "Automobilka Kováč Motors prepustí najmenej 400 zamestnancov", "at_least"),
        ("ro", "Fabrica Popescu Auto concediază peste 300 de angajați", "more_than"),
        ("sv", "Lindgren Fordon varslar upp till 400 anställda", "up_to"),
    ],
)
def test_qualifiers_in_the_other_languages(
    watchlist: Watchlist, lang: str, title: str, qualifier: str
) -> None:
    found = extract_announcement(
        title, "", published=dt.date(2024, 5, 1), language=lang, watchlist=watchlist
    )
    assert found is not None
    assert found.jobs is not None
    assert found.jobs.qualifier.value == qualifier


def test_a_share_of_the_workforce_cut_is_a_loss_without_a_figure(watchlist: Watchlist) -> None:
    assert _read(
        watchlist, "de", "Kahlschlag bei Kranich: Zulieferer streicht jede vierte Stelle"
    ) == (
        "Kranich",
        None,
        "loss",
    )
