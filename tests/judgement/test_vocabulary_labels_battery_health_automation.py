"""Press words for the car label, battery health and automated driving rules, and the EU's
rules told apart from a city's permit.

The car label is reported by its kind ("energy label", "CO2-Label", "etykiety energetyczne")
next to a car word, or by the directive's subject in its title's words ("consumer information
on fuel economy", "informazioni sul risparmio di carburante"); without them the proposal's
"revision of the 1999 directive ... CO2 emissions" read as the CO2 standards review, delivered.
A regulation that obliges sellers to "reveal" a battery's state of health ("rivelare",
"inzicht in") is access to that data. A city's or a country's permit for driverless trials
names no EU actor, so it is not the EU's testing or deployment rules. Dutch "eenvoudigere" and
Polish "upraszczający" are simplifying words, and Polish "producentów aut" is the industry.
Polish robotaxis are "robotaksówki". The EU's rules on a battery's health ("la norma sobre el
estado de salud", "regels voor batterijgezondheid") are the milestone, and a Dutch "leaseauto"
is a company's car.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import bundled_matcher, found
from timeline.model import EvidenceKind

LABEL = "car-labelling-directive-revision"
HEALTH = "battery-passport-state-of-health"
SIMPLIFY = "regulatory-simplification"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return bundled_matcher()


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "en",
            "Brussels proposes new energy label for cars",
            "The European Commission put forward a revision of the 1999 directive so that buyers"
            " see electricity use, range and CO2 emissions on one EU label.",
        ),
        (
            "de",
            "Kommission schlägt neues CO2-Label für Neuwagen vor",
            "Käufer sollen künftig EU-weit Verbrauch, Reichweite und Emissionen auf einem"
            " einheitlichen Etikett sehen.",
        ),
        (
            "pl",
            "KE proponuje nowe etykiety energetyczne dla samochodów",
            "Komisja Europejska przedstawiła projekt zmiany dyrektywy z 1999 r.: etykieta pokaże"
            " zużycie energii, zasięg i emisje CO2.",
        ),
    ],
)
def test_an_energy_label_for_cars_is_the_car_label_not_the_co2_review(
    matcher: Matcher, language: str, title: str, summary: str
) -> None:
    matches = found(matcher, title, language, summary)
    assert set(matches) == {LABEL}
    assert matches[LABEL].kind is EvidenceKind.DELIVERED


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "en",
            "Commission proposes overhaul of consumer information on fuel economy and CO2"
            " emissions of new cars",
            "The revision of the 1999 directive would add electricity use and range for electric"
            " models.",
        ),
        (
            "it",
            "Bruxelles propone di rivedere la direttiva sulle informazioni sul risparmio di"
            " carburante delle auto",
            "La Commissione ha presentato la revisione della norma del 1999 sulle emissioni di CO2"
            " e i consumi delle autovetture nuove.",
        ),
        (
            "nl",
            "Brussel herziet regels voor consumenteninformatie over brandstofverbruik en"
            " CO2-uitstoot van nieuwe auto's",
            "De Europese Commissie stelde een herziening voor van de richtlijn uit 1999.",
        ),
        (
            "pl",
            "KE chce zmienić przepisy o informacjach dla konsumentów o zużyciu paliwa i emisji CO2"
            " nowych samochodów",
            "Komisja Europejska zaproponowała przegląd dyrektywy z 1999 roku.",
        ),
    ],
)
def test_the_label_directive_by_its_title_is_not_the_co2_review(
    matcher: Matcher, language: str, title: str, summary: str
) -> None:
    matches = found(matcher, title, language, summary)
    assert set(matches) == {LABEL}
    assert matches[LABEL].kind is EvidenceKind.DELIVERED


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "it",
            "Auto elettriche usate, Bruxelles obbliga a rivelare lo stato di salute della batteria",
            "La Commissione ha adottato le nuove norme: chi compra un'auto elettrica usata potrà"
            " conoscere la capacità residua.",
        ),
        (
            "nl",
            "Brussel verplicht inzicht in batterijgezondheid van tweedehands elektrische auto's",
            "De Europese Commissie heeft regels aangenomen waardoor kopers de resterende"
            " capaciteit van de accu kunnen zien.",
        ),
    ],
)
def test_revealing_a_batterys_health_is_access_to_it(
    matcher: Matcher, language: str, title: str, summary: str
) -> None:
    matches = found(matcher, title, language, summary)
    assert set(matches) == {HEALTH}
    assert matches[HEALTH].kind is EvidenceKind.DELIVERED


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "es",
            "Faconauto pide a Bruselas que acelere la norma sobre el estado de salud de las"
            " baterías",
            "Los concesionarios quieren que los compradores de coches eléctricos usados conozcan"
            " la capacidad restante.",
        ),
        (
            "nl",
            "ANWB wil dat Brussel haast maakt met regels voor batterijgezondheid",
            "De automobilistenclub vindt dat kopers van tweedehands elektrische auto's de"
            " conditie van de accu moeten kunnen zien.",
        ),
    ],
)
def test_the_eus_rules_on_battery_health_are_the_milestone(
    matcher: Matcher, language: str, title: str, summary: str
) -> None:
    matches = found(matcher, title, language, summary)
    assert set(matches) == {HEALTH}
    assert matches[HEALTH].kind is EvidenceKind.MENTION


def test_a_dutch_lease_car_is_a_company_fleet(matcher: Matcher) -> None:
    matches = found(matcher, "EU wil verplicht quotum voor elektrische leaseauto's", "nl")
    assert set(matches) == {"corporate-fleets-legislation"}


def test_a_citys_driverless_trial_is_not_the_eus_testing_rules(matcher: Matcher) -> None:
    summary = (
        "Il Comune ha autorizzato la sperimentazione di navette senza conducente in base al"
        " decreto Smart Road del ministero."
    )
    assert found(matcher, "Torino, via libera ai robotaxi nel centro", "it", summary) == {}


def test_the_eus_testing_rules_still_name_brussels(matcher: Matcher) -> None:
    summary = (
        "Die Kommission hat harmonisierte Vorschriften für die Erprobung automatisierter"
        " Fahrsysteme auf öffentlichen Straßen angenommen."
    )
    matches = found(
        matcher, "Brüssel vereinheitlicht Regeln für Tests selbstfahrender Autos", "de", summary
    )
    assert set(matches) == {"automated-driving-road-testing-rules"}
    assert matches["automated-driving-road-testing-rules"].kind is EvidenceKind.DELIVERED


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "nl",
            "Autopakket: Europees Parlement stemt in met eenvoudigere typegoedkeuring",
            "Europarlementariërs steunden het voorstel van de Commissie om"
            " rapportageverplichtingen voor autofabrikanten te schrappen.",
        ),
        (
            "pl",
            "Pakiet motoryzacyjny: Bruksela tnie biurokrację dla producentów aut",
            "Komisja Europejska przedstawiła omnibus upraszczający homologację typu i"
            " zmniejszający obciążenia administracyjne.",
        ),
    ],
)
def test_simpler_and_simplifying_are_the_simplification(
    matcher: Matcher, language: str, title: str, summary: str
) -> None:
    assert set(found(matcher, title, language, summary)) == {SIMPLIFY}


def test_polish_robotaxis_admitted_to_traffic_are_the_deployment_rules(matcher: Matcher) -> None:
    # "robotaksówka" is the Polish word; "dopuszczania ... do ruchu" splits the phrase
    summary = (
        "Komisja Europejska przedstawiła wniosek, który ujednolici zasady dopuszczania"
        " robotaksówek do ruchu w całej Unii."
    )
    title = "Robotaksówki w całej UE? KE proponuje wspólne przepisy"
    matches = found(matcher, title, "pl", summary)
    assert set(matches) == {"automated-driving-eu-deployment-rules"}
    assert matches["automated-driving-eu-deployment-rules"].kind is EvidenceKind.DELIVERED


def test_a_call_for_testbed_proposals_is_a_step(matcher: Matcher) -> None:
    summary = (
        "The Commission opened a call for proposals for large-scale cross-border testbeds where"
        " autonomous vehicles would run across national borders."
    )
    matches = found(
        matcher, "EU opens call for cross-border robotaxi test corridors", "en", summary
    )
    assert matches["autonomous-vehicle-testbeds"].kind is EvidenceKind.PROGRESS
