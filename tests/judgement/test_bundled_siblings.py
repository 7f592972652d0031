"""The bundled plan tells sibling milestones apart (own sentences, in the seven languages)."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import bundled_matcher, found
from timeline.model import EvidenceKind


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return bundled_matcher()


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Company car fleets and their tax treatment: the Commission's advice", "en"),
        ("Flottes d'entreprise : l'UE mise sur la fiscalité", "fr"),
        ("Dienstwagenbesteuerung: Brüssel blickt auf Firmenflotten", "de"),
        ("Flotte aziendali, Bruxelles guarda alle agevolazioni fiscali", "it"),
        ("La UE y los incentivos fiscales para las flotas de empresa", "es"),
        ("Brussel over fiscale prikkels voor de zakelijke vloot", "nl"),
        ("Bruksela o ulgach podatkowych dla flot firmowych", "pl"),
    ],
)
def test_fleets_and_their_taxation_describe_the_fleets_communication(
    matcher: Matcher, title: str, language: str
) -> None:
    matches = found(matcher, title, language)
    assert "corporate-fleets-communication" in matches
    assert "corporate-fleets-legislation" not in matches


def test_a_country_taxing_its_company_cars_is_not_the_eu_communication(
    matcher: Matcher,
) -> None:
    assert found(matcher, "Germany extends tax incentives for company cars", "en") == {}
    title = "La France réduit les avantages fiscaux des voitures de société"
    assert found(matcher, title, "fr") == {}


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "Commission to propose a mandate for corporate fleets by the end of the year",
            "The Commission published a communication on corporate fleets on Wednesday.",
            "en",
        ),
        (
            "Flottes d'entreprise : Bruxelles veut imposer des quotas d'ici la fin de l'année",
            "La Commission a publié mercredi une communication sur les flottes d'entreprise.",
            "fr",
        ),
        (
            "Firmenflotten: EU-Kommission will bis Jahresende eine Quote vorschlagen",
            "Die Kommission hat am Mittwoch eine Mitteilung zu Firmenflotten veröffentlicht.",
            "de",
        ),
    ],
)
def test_a_lead_reporting_a_siblings_act_does_not_deliver_the_milestone_the_headline_plans(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    matches = found(matcher, title, language, summary)
    assert matches["corporate-fleets-legislation"].kind is not EvidenceKind.DELIVERED
    assert matches["corporate-fleets-communication"].kind is EvidenceKind.DELIVERED


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Carmakers face weaker targets on CO2 as Brussels listens", "en"),
        ("CO2 : des objectifs moins stricts pour les constructeurs", "fr"),
        ("Weniger strenge CO2-Ziele für die Autohersteller", "de"),
        ("Obiettivi CO2 meno stringenti per i costruttori", "it"),
        ("Objetivos de CO2 más débiles para los fabricantes", "es"),
        ("Minder strenge CO2-doelen voor autofabrikanten", "nl"),
        ("Łagodniejsze cele CO2 dla producentów samochodów", "pl"),
    ],
)
def test_rules_named_by_their_softer_comparative_describe_the_co2_flexibility(
    matcher: Matcher, title: str, language: str
) -> None:
    assert "co2-standards-flexibility" in found(matcher, title, language)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Conservatives want to abolish the combustion engine ban", "en"),
        ("La droite européenne veut l'abrogation de l'interdiction des moteurs thermiques", "fr"),
        ("Union will Verbrenner-Verbot abschaffen", "de"),
        ("Il Ppe chiede l'abolizione del divieto dei motori termici", "it"),
        ("El PPE pide la derogación de la prohibición de los motores de combustión", "es"),
        ("Grootste fractie wil af van verbod op verbrandingsmotor", "nl"),
        ("Prawica chce zniesienie zakazu silników spalinowych", "pl"),
    ],
)
def test_a_ban_abolished_describes_the_co2_review(
    matcher: Matcher, title: str, language: str
) -> None:
    matches = found(matcher, title, language)
    assert "co2-standards-review" in matches
    assert matches["co2-standards-review"].kind is not EvidenceKind.DELIVERED


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Brussels eases carmakers' CO2 targets over three years but keeps the 2035 ban", "en"),
        (
            "Bruxelles assouplit les objectifs CO2 sur trois ans et maintient la fin du thermique",
            "fr",
        ),
        ("Kommission lockert CO2-Ziele für drei Jahre, am Verbrenner-Aus hält sie fest", "de"),
        ("Bruxelles allenta i target CO2 per tre anni, lo stop ai motori termici resta", "it"),
        (
            "Bruselas flexibiliza el CO2 tres años y mantiene el veto a la combustión",
            "es",
        ),
        (
            "Brussel versoepelt CO2-doelen over drie jaar, verbod op verbrandingsmotor ongewijzigd",
            "nl",
        ),
        ("Bruksela łagodzi cele CO2 na trzy lata, zakaz silników spalinowych bez zmian", "pl"),
    ],
)
def test_easing_the_2025_targets_next_to_the_2035_ban_is_the_flexibility_not_the_review(
    matcher: Matcher, title: str, language: str
) -> None:
    matches = found(matcher, title, language)
    assert matches["co2-standards-flexibility"].kind is EvidenceKind.DELIVERED
    assert "co2-standards-review" not in matches


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("EU eases CO2 rules for carmakers but sticks to 2035 combustion engine ban", "en"),
        (
            "Bruxelles assouplit les objectifs CO2 mais maintient la fin du moteur thermique",
            "fr",
        ),
        ("EU-Kommission lockert CO2-Vorgaben, am Verbrenner-Aus 2035 hält sie fest", "de"),
    ],
)
def test_a_softening_next_to_the_2035_ban_kept_does_not_deliver_the_review(
    matcher: Matcher, title: str, language: str
) -> None:
    review = found(matcher, title, language).get("co2-standards-review")
    assert review is None or review.kind is not EvidenceKind.DELIVERED


def test_the_2035_ban_softened_is_still_the_review(matcher: Matcher) -> None:
    title = "Commission proposes to soften the 2035 combustion engine ban"
    assert found(matcher, title, "en")["co2-standards-review"].kind is EvidenceKind.DELIVERED


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Commission publishes communication on corporate fleets, legislation later", "en"),
        ("La Commission publie une communication sur les flottes d'entreprise", "fr"),
        ("EU-Kommission veröffentlicht Mitteilung zu Firmenflotten", "de"),
        ("La Commissione pubblica una comunicazione sulle flotte aziendali", "it"),
        ("La Comisión publica una comunicación sobre las flotas de empresa", "es"),
        ("Europese Commissie publiceert mededeling over bedrijfsvloten", "nl"),
        ("Komisja Europejska opublikowała komunikat w sprawie flot firmowych", "pl"),
    ],
)
def test_a_deed_whose_object_is_a_sibling_milestone_delivers_that_one_only(
    matcher: Matcher, title: str, language: str
) -> None:
    matches = found(matcher, title, language)
    assert matches["corporate-fleets-communication"].kind is EvidenceKind.DELIVERED
    legislation = matches.get("corporate-fleets-legislation")
    assert legislation is None or legislation.kind is not EvidenceKind.DELIVERED


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Social leasing: Commission recommends member states help low-income drivers", "en"),
        ("Leasing social : Bruxelles recommande aux Etats d'aider les ménages modestes", "fr"),
        ("Sozialleasing: Empfehlung der Kommission an die Mitgliedstaaten", "de"),
        ("Leasing sociale, la Commissione raccomanda aiuti alle famiglie", "it"),
        ("Leasing social: Bruselas recomienda ayudas a los hogares", "es"),
        ("Sociale lease: aanbeveling van Brussel aan de lidstaten", "nl"),
        ("Leasing socjalny: Komisja zaleca wsparcie dla gospodarstw domowych", "pl"),
    ],
)
def test_social_leasing_recommended_describes_the_transport_poverty_recommendation(
    matcher: Matcher, title: str, language: str
) -> None:
    assert "transport-poverty-recommendation" in found(matcher, title, language)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        (
            "Les députés adoptent leur position sur le règlement sur les véhicules hors d'usage",
            "fr",
        ),
        (
            "Los diputados aprueban su posición sobre el reglamento de vehículos al final de su"
            " vida útil",
            "es",
        ),
    ],
)
def test_deputies_are_parliament_and_their_vote_a_step(
    matcher: Matcher, title: str, language: str
) -> None:
    elv = found(matcher, title, language)["end-of-life-vehicles-regulation"]
    assert elv.kind is EvidenceKind.PROGRESS


PLAN_DAY = dt.date(2025, 3, 5)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Commission proposes legislation to green corporate fleets", "en"),
        ("La Commission propose une législation sur les flottes d'entreprise", "fr"),
        ("EU-Kommission schlägt Gesetz für Firmenflotten vor", "de"),
    ],
)
def test_news_of_the_plans_day_reports_its_promise_for_a_milestone_not_yet_under_way(
    matcher: Matcher, title: str, language: str
) -> None:
    def kind(published: dt.date) -> EvidenceKind:
        (match,) = [
            m
            for m in matcher.match(title, language=language, published=published)
            if m.milestone_id == "corporate-fleets-legislation"
        ]
        return match.kind

    assert kind(PLAN_DAY) is EvidenceKind.MENTION
    assert kind(dt.date(2025, 11, 26)) is EvidenceKind.DELIVERED


def test_an_act_due_in_the_plans_own_quarter_is_delivered_with_it(matcher: Matcher) -> None:
    title = "Commission publishes communication on corporate fleets"
    (match,) = [
        m
        for m in matcher.match(title, language="en", published=PLAN_DAY)
        if m.milestone_id == "corporate-fleets-communication"
    ]
    assert match.kind is EvidenceKind.DELIVERED


def test_news_of_the_plans_day_does_not_launch_what_is_due_later_that_year(
    matcher: Matcher,
) -> None:
    title = "Commission launches alliance for connected and autonomous vehicles"
    (match,) = [
        m
        for m in matcher.match(title, language="en", published=PLAN_DAY)
        if m.milestone_id == "connected-autonomous-vehicle-alliance"
    ]
    assert match.kind is EvidenceKind.MENTION


@pytest.mark.parametrize(
    ("title", "language", "milestone"),
    [
        (
            "Minzatu proposes to widen the Globalisation Adjustment Fund",
            "en",
            "egf-esf-plus-amendments",
        ),
        (
            "Henna Virkkunen lance l'alliance européenne pour les véhicules connectés et autonomes",
            "fr",
            "connected-autonomous-vehicle-alliance",
        ),
    ],
)
def test_a_commissioner_named_is_the_commission(
    matcher: Matcher, title: str, language: str, milestone: str
) -> None:
    match = found(matcher, title, language)[milestone]
    assert match.kind is EvidenceKind.DELIVERED
    assert match.confidence >= 0.8


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("EU-Kommission schlägt Durchrechnungszeitraum für CO2-Flottengrenzwerte vor", "de"),
        ("Atempause für Autobauer: Kommission streckt CO2-Ziele über drei Jahre", "de"),
        ("Commission proposes a three-year compliance window for carmakers' CO2 targets", "en"),
    ],
)
def test_an_averaging_period_named_as_the_press_names_it_is_the_flexibility(
    matcher: Matcher, title: str, language: str
) -> None:
    assert (
        found(matcher, title, language)["co2-standards-flexibility"].kind is EvidenceKind.DELIVERED
    )


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Bruxelles suspend les amendes CO2 des constructeurs", "fr"),
        ("Brussels suspends CO2 fines for carmakers", "en"),
        ("Bruselas suspende las multas de CO2 a los fabricantes", "es"),
    ],
)
def test_fines_suspended_describe_the_flexibility(
    matcher: Matcher, title: str, language: str
) -> None:
    assert "co2-standards-flexibility" in found(matcher, title, language)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Europa lockert die CO2-Ziele der Autobauer über drei Jahre", "de"),
        ("L'Union assouplit les objectifs CO2 des constructeurs sur trois ans", "fr"),
        ("La vice-présidente exécutive propose trois ans de flexibilité CO2", "fr"),
    ],
)
def test_the_eu_or_the_commission_named_otherwise_does_the_deed(
    matcher: Matcher, title: str, language: str
) -> None:
    match = found(matcher, title, language)["co2-standards-flexibility"]
    assert match.kind is EvidenceKind.DELIVERED
