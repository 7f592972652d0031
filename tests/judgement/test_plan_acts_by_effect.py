"""Deliveries named by what the act does: rules updated, a proposal tabled, a probe opened.

Rules in force that the Commission updates are adopted rules (the cybersecurity of vehicles);
a Commission proposal on corporate fleets is the fleet legislation, not the earlier
communication; a trade-defence probe into Chinese batteries is the batteries' trade defence,
even where it names the electric cars they go into, and not the duties on Chinese cars. A
headline whose modal governs no deed ("... soll bis 2031 gelten") states the content of the act
its lead names; a body starting its work is launched; the Commission consulting is a step.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from quality.matching import DEFAULT_PLAN
from timeline.model import EvidenceKind
from timeline.plan import load_plan

MATCHER = Matcher(load_plan(DEFAULT_PLAN).milestones)


def _found(title: str, summary: str, language: str) -> dict[str, EvidenceKind]:
    return {m.milestone_id: m.kind for m in MATCHER.match(title, summary, language=language)}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Commission updates the cybersecurity rules for connected vehicles"),
        ("fr", "La Commission met à jour les règles de cybersécurité des véhicules"),
        ("de", "Kommission aktualisiert die Regeln zur Cybersicherheit von Fahrzeugen"),
        ("it", "La Commissione aggiorna le norme sulla cibersicurezza dei veicoli"),
        ("es", "La Comisión actualiza las normas de ciberseguridad de los vehículos"),
    ],
)
def test_rules_the_commission_updates_are_adopted(language: str, title: str) -> None:
    found = _found(title, "", language)
    assert found.get("vehicle-cybersecurity") is EvidenceKind.DELIVERED, found


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Company fleets: the Commission tables its proposal"),
        ("es", "Coches de empresa: la Comisión presenta su propuesta"),
        ("it", "Flotte aziendali, la Commissione presenta la sua proposta"),
    ],
)
def test_a_commission_proposal_on_corporate_fleets_is_the_legislation(
    language: str, title: str
) -> None:
    found = _found(title, "", language)
    assert found.get("corporate-fleets-legislation") is EvidenceKind.DELIVERED, found
    assert "corporate-fleets-communication" not in found, found


def test_a_communication_on_corporate_fleets_stays_the_communication() -> None:
    found = _found("Commission adopts a communication on corporate fleets", "", "en")
    assert "corporate-fleets-legislation" not in found, found


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        ("en", "EU launches anti-subsidy investigation into Chinese batteries", ""),
        (
            "de",
            "EU leitet Antidumpingverfahren gegen Batteriezellen aus China ein",
            "Die Zellen werden vor allem in Elektroautos verbaut.",
        ),
        ("es", "Bruselas abre una investigación antidumping a las baterías chinas", ""),
    ],
)
def test_a_probe_into_chinese_batteries_is_the_batteries_trade_defence(
    language: str, title: str, summary: str
) -> None:
    found = _found(title, summary, language)
    assert found.get("batteries-parts-trade-defence") is EvidenceKind.DELIVERED, found
    assert "chinese-ev-duties-monitoring" not in found, found


def test_duties_on_chinese_electric_cars_stay_the_duties() -> None:
    found = _found("EU imposes anti-subsidy duties on Chinese electric cars", "", "en")
    assert "chinese-ev-duties-monitoring" in found, found
    assert "batteries-parts-trade-defence" not in found, found


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "de",
            "Lkw-Maut: Befreiung für emissionsfreie Lkw soll bis 2031 gelten",
            "Das steht in einem Vorschlag der EU-Kommission, der am Dienstag vorgestellt wurde.",
        ),
        (
            "fr",
            "Péages : l'exonération des camions zéro émission devrait durer jusqu'en 2031",
            "C'est ce que prévoit la proposition de la Commission, présentée mardi.",
        ),
    ],
)
def test_a_headline_stating_the_acts_content_gives_way_to_the_lead_naming_the_act(
    language: str, title: str, summary: str
) -> None:
    found = _found(title, summary, language)
    assert found.get("eurovignette-zev-exemption") is EvidenceKind.DELIVERED, found


def test_a_headline_modal_on_a_deed_stays_a_plan_under_a_lead_naming_the_act() -> None:
    found = _found(
        "Kommission soll die Lkw-Mautbefreiung für E-Lkw verlängern",
        "Ein Vorschlag der EU-Kommission wird im Herbst erwartet.",
        "de",
    )
    assert found.get("eurovignette-zev-exemption") is not EvidenceKind.DELIVERED, found


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("de", "Allianz für vernetztes und automatisiertes Fahren nimmt ihre Arbeit auf"),
        ("fr", "L'alliance pour les véhicules connectés et autonomes entame ses travaux"),
        ("nl", "Alliantie voor verbonden en autonome voertuigen gaat aan de slag"),
    ],
)
def test_a_body_starting_its_work_is_launched(language: str, title: str) -> None:
    found = _found(title, "", language)
    assert found.get("connected-autonomous-vehicle-alliance") is EvidenceKind.DELIVERED, found


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("de", "Kommission konsultiert zu Quoten für Firmenflotten"),
        ("en", "Commission consults on a zero-emission mandate for corporate fleets"),
    ],
)
def test_the_commission_consulting_is_a_step(language: str, title: str) -> None:
    found = _found(title, "", language)
    assert found.get("corporate-fleets-legislation") is EvidenceKind.PROGRESS, found


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("de", "Kommission erlaubt unbegrenzte Serien automatisierter Fahrzeuge"),
        ("fr", "La Commission autorise les séries illimitées de véhicules automatisés"),
        ("en", "Commission allows unlimited series of automated vehicles"),
    ],
)
def test_the_commission_allowing_what_rules_forbade_adopts_it(language: str, title: str) -> None:
    found = _found(title, "", language)
    assert found.get("automated-driving-unlimited-series") is EvidenceKind.DELIVERED, found


def test_an_act_two_milestones_amend_cited_alone_waits_for_a_person() -> None:
    matches = MATCHER.match("Commission amends Regulation (EU) 2019/631", "", language="en")
    found = {m.milestone_id: m for m in matches}
    assert set(found) == {"co2-standards-flexibility", "co2-standards-review"}, found
    assert all(m.kind is EvidenceKind.DELIVERED for m in matches), found
    assert all(m.confidence < 0.5 for m in matches), found
    assert all("a person decides" in " ".join(m.signals) for m in matches), found


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "La Commission modifie le règlement (UE) 2019/631 pour donner trois ans"),
        ("de", "Verordnung (EU) 2019/631: Kommission schlägt Dreijahresdurchschnitt vor"),
    ],
)
def test_the_shared_act_with_one_milestones_words_is_that_milestone_only(
    language: str, title: str
) -> None:
    found = _found(title, "", language)
    assert found == {"co2-standards-flexibility": EvidenceKind.DELIVERED}, found
