"""A member state's regulator or government acting on the plan's themes is not the EU's act.

A national energy regulator's guidance on connecting chargers ("la CRE publie ses orientations
sur le raccordement", "ACM geeft netbeheerders richtsnoeren") read as the Commission's
grid-connection guidance, delivered; the descriptions now rule out a national authority named
in the item. Conditions on foreign investment need the EU: a joint venture that one
government subsidises ("CATL y Stellantis crean una empresa conjunta") is not them. A national
audit court recommending to scrap a purchase bonus is no Commission recommendation; a
government funding a battery recycling plant is no EU money (the query's context now asks
for the EU's); and approving state aid is no type-approval of vehicles.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from quality.matching import AUTO_ACCEPT
from tests.milestone_support import bundled_matcher, found
from timeline.model import EvidenceKind

GRID = "grid-connection-guidance"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return bundled_matcher()


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "fr",
            "La CRE publie ses orientations sur le raccordement des bornes de recharge",
            "Le régulateur demande aux gestionnaires de réseau de raccourcir les délais de"
            " raccordement.",
        ),
        (
            "it",
            "Arera, nuove regole per gli allacci delle colonnine di ricarica",
            "L'autorità ha pubblicato le linee guida per accelerare le connessioni alla rete dei"
            " punti di ricarica.",
        ),
        (
            "es",
            "La CNMC publica su guía para acelerar la conexión a la red de los puntos de recarga",
            "El regulador pide a las distribuidoras priorizar las solicitudes de las"
            " electrolineras.",
        ),
        (
            "nl",
            "ACM geeft netbeheerders richtsnoeren voor voorrang bij netaansluiting",
            "De toezichthouder wil dat laadpleinen en maatschappelijke functies sneller worden"
            " aangesloten.",
        ),
        (
            "pl",
            "URE: szybsze przyłączanie stacji ładowania do sieci",
            "Prezes Urzędu Regulacji Energetyki opublikował wytyczne dla operatorów sieci"
            " dystrybucyjnych.",
        ),
    ],
)
def test_a_national_regulators_connection_guidance_is_not_the_eus(
    matcher: Matcher, language: str, title: str, summary: str
) -> None:
    assert found(matcher, title, language, summary) == {}


def test_the_commissions_connection_guidance_is_still_delivered(matcher: Matcher) -> None:
    summary = (
        "The Commission adopted guidance as part of its grids package, urging regulators to"
        " prioritise connection requests for truck charging points."
    )
    title = "Brussels tells member states to fast-track grid connections for charging hubs"
    matches = found(matcher, title, "en", summary)
    assert set(matches) == {GRID}
    assert matches[GRID].kind is EvidenceKind.DELIVERED


def test_a_subsidised_joint_venture_is_no_eu_investment_condition(matcher: Matcher) -> None:
    summary = (
        "La inversión china de 4.100 millones recibirá ayudas públicas del Gobierno para fabricar"
        " baterías de litio-ferrofosfato."
    )
    title = "CATL y Stellantis crean una empresa conjunta para la gigafactoría de Zaragoza"
    assert found(matcher, title, "es", summary) == {}


def test_the_eus_investment_conditions_are_still_found(matcher: Matcher) -> None:
    summary = (
        "Die Kommission hat Bedingungen für ausländische Investitionen in der Autoindustrie"
        " vorgeschlagen: Wer Subventionen erhält, muss Technologie teilen und europäische"
        " Zulieferer einbinden."
    )
    title = "Brüssel knüpft chinesische Investitionen in Autowerke an Technologietransfer"
    matches = found(matcher, title, "de", summary)
    assert set(matches) == {"inbound-investment-conditions"}
    assert matches["inbound-investment-conditions"].kind is EvidenceKind.DELIVERED


def test_an_audit_courts_advice_on_purchase_bonuses_is_no_recommendation(
    matcher: Matcher,
) -> None:
    summary = (
        "Dans son rapport, la juridiction juge les aides à l'achat de voitures électriques trop"
        " coûteuses pour les finances publiques."
    )
    title = "La Cour des comptes recommande de supprimer le bonus écologique"
    assert found(matcher, title, "fr", summary) == {}


def test_a_national_recycling_grant_is_no_accepted_eu_funding(matcher: Matcher) -> None:
    summary = (
        "Das Bundeswirtschaftsministerium unterstützt das Werk, das Lithium aus alten Akkus"
        " zurückgewinnen soll."
    )
    title = "Bund fördert Batterierecycling-Anlage in Sachsen mit 30 Millionen Euro"
    matches = found(matcher, title, "de", summary)
    assert all(m.confidence < AUTO_ACCEPT for m in matches.values())


def test_simplifying_the_approval_of_state_aid_is_not_the_automotive_simplification(
    matcher: Matcher,
) -> None:
    summary = (
        "The new framework streamlines the approval of national subsidies for battery and solar"
        " plants."
    )
    title = "Commission simplifies approval of state aid for clean-tech factories"
    assert found(matcher, title, "en", summary) == {}


def test_the_commissions_recycling_money_is_still_delivered(matcher: Matcher) -> None:
    summary = (
        "Die Kommission wählte aus dem Innovationsfonds sieben Projekte für Recyclinganlagen für"
        " Lithium-Ionen-Batterien aus."
    )
    matches = found(matcher, "EU fördert Batterierecycling mit 200 Millionen Euro", "de", summary)
    assert matches["recycling-facilities-funding"].kind is EvidenceKind.DELIVERED
    assert matches["recycling-facilities-funding"].confidence >= AUTO_ACCEPT


def test_the_german_grid_regulators_guidance_is_not_the_eus(matcher: Matcher) -> None:
    summary = (
        "Die Behörde legte Leitlinien vor, nach denen Netzbetreiber Anschlussanfragen schneller"
        " bearbeiten sollen."
    )
    title = "Bundesnetzagentur will Netzanschlüsse für Ladeparks beschleunigen"
    assert found(matcher, title, "de", summary) == {}
