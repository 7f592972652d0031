"""The bundled plan's concepts know the words headlines use for them.

"Car emissions": headlines say "Emissioni auto, ..." or "Car emissions: ..." rather than
"CO2 standards"; with the three-year window and the carmakers, that is the 2025-2027
flexibility, and the act both CO2 milestones amend (2019/631), cited in the lead, no longer
points at the review too. "Heavier" lorries agreed by Parliament and Council are the weights
and dimensions deal.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from quality.matching import DEFAULT_PLAN
from timeline.model import EvidenceKind
from timeline.plan import load_plan

MATCHER = Matcher(load_plan(DEFAULT_PLAN).milestones)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Car emissions: Brussels gives carmakers three years"),
        ("it", "Emissioni auto, Bruxelles concede tre anni ai costruttori"),
        ("es", "Emisiones de los coches: Bruselas da tres años a los fabricantes"),
        ("pl", "Emisje samochodów: Bruksela daje producentom aut trzy lata"),
    ],
)
def test_car_emissions_with_the_three_year_window_are_the_flexibility(
    language: str, title: str
) -> None:
    found = {
        m.milestone_id: m.kind
        for m in MATCHER.match(title, "Il regolamento 2019/631 è modificato.", language=language)
    }
    assert found.get("co2-standards-flexibility") is EvidenceKind.DELIVERED, found
    assert "co2-standards-review" not in found, found


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Heavier zero-emission trucks: deal between Parliament and Council"),
        ("fr", "Camions zéro émission plus lourds : accord entre le Parlement et le Conseil"),
        ("de", "Schwerere emissionsfreie Lkw: Parlament und Rat einigen sich"),
        ("it", "Camion più pesanti a emissioni zero, intesa tra Parlamento e Consiglio"),
        ("es", "Camiones más pesados de cero emisiones: acuerdo entre Parlamento y Consejo"),
        ("nl", "Zwaardere emissievrije vrachtwagens: akkoord tussen Parlement en Raad"),
        ("pl", "Cięższe ciężarówki bezemisyjne: porozumienie Parlamentu i Rady"),
    ],
)
def test_heavier_zero_emission_trucks_agreed_are_the_weights_and_dimensions_deal(
    language: str, title: str
) -> None:
    found = {m.milestone_id: m.kind for m in MATCHER.match(title, "", language=language)}
    assert found == {"weights-dimensions-agreement": EvidenceKind.DELIVERED}, found


@pytest.mark.parametrize(
    ("language", "title"),
    [
        (
            "it",
            "La Commissione propone tre anni per i target CO2 e chiede al Parlamento la"
            " procedura d'urgenza",
        ),
        (
            "fr",
            "La Commission propose trois ans pour les objectifs CO2 et demande la procédure"
            " d'urgence",
        ),
    ],
)
def test_a_step_asked_for_after_the_deed_leaves_the_deed_whole(language: str, title: str) -> None:
    # the urgent procedure is what the Commission asks for, not a step already taken
    [match] = MATCHER.match(title, "", language=language)
    assert match.milestone_id == "co2-standards-flexibility"
    assert match.kind is EvidenceKind.DELIVERED
    assert match.confidence >= 0.8, match.explanation


@pytest.mark.parametrize(
    ("language", "title", "kind"),
    [
        ("es", "Aplazamiento de las multas de CO2 para los fabricantes: Bruselas lo propone", "D"),
        ("it", "Rinvio delle multe CO2 per i costruttori, la Commissione lo propone", "D"),
        ("nl", "Europarlement keurt uitstel CO2-boetes voor autofabrikanten goed", "P"),
        ("nl", "Europese Commissie komt autosector tegemoet met soepelere CO2-regels", "D"),
    ],
)
def test_fines_postponed_for_carmakers_are_the_flexibility(
    language: str, title: str, kind: str
) -> None:
    wanted = {"D": EvidenceKind.DELIVERED, "P": EvidenceKind.PROGRESS}[kind]
    found = {m.milestone_id: m.kind for m in MATCHER.match(title, "", language=language)}
    assert found == {"co2-standards-flexibility": wanted}, found


def test_a_shared_act_goes_to_the_milestone_whose_own_act_is_cited() -> None:
    found = {
        m.milestone_id: m.kind
        for m in MATCHER.match(
            "Regulation (EU) 2025/1214 published in the Official Journal",
            "It amends Regulation (EU) 2019/631.",
            language="en",
        )
    }
    assert found == {"co2-standards-flexibility": EvidenceKind.PROGRESS}


def test_the_eu_in_a_citation_is_no_actor() -> None:
    # "(EU)" in "Regulation (EU) 2019/631" once read as the EU doing what the sentence says
    (match,) = MATCHER.match(
        "Carmakers get three years to meet CO2 targets",
        "The amendment of Regulation (EU) 2019/631 gives car and van makers until 2027.",
        language="en",
    )
    assert match.milestone_id == "co2-standards-flexibility"
    assert "'eu'" not in match.explanation, match.explanation


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "es",
            "La UE concede 570 millones para electrolineras y estaciones de hidrógeno",
            "La Comisión eligió los proyectos del Mecanismo para Infraestructuras de"
            " Combustibles Alternativos.",
        ),
        (
            "nl",
            "EU trekt 570 miljoen uit voor snelladers en waterstofstations",
            "Het geld komt uit de faciliteit voor infrastructuur voor alternatieve brandstoffen.",
        ),
    ],
)
def test_the_eu_granting_the_money_is_the_funding(language: str, title: str, summary: str) -> None:
    found = {m.milestone_id: m for m in MATCHER.match(title, summary, language=language)}
    match = found["afif-570-million"]
    assert (match.kind, match.confidence >= 0.8) == (EvidenceKind.DELIVERED, True), match


def test_the_headline_reports_the_deed_of_a_description_the_lead_completes() -> None:
    # the headline holds toll and truck, the lead the zero emission: the headline's verb is
    # the deed, not the lead's "befreit bleiben"
    (match,) = MATCHER.match(
        "Brüssel beschließt Vorschlag zur Lkw-Maut, jetzt beraten Parlament und Rat",
        "Emissionsfreie Lkw sollen bis 2031 von der Maut befreit bleiben.",
        language="de",
    )
    assert match.milestone_id == "eurovignette-zev-exemption"
    assert (match.kind, match.confidence >= 0.8) == (EvidenceKind.DELIVERED, True), match


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "de",
            "EU und Vietnam einigen sich auf Freihandelsabkommen für Autos und Autoteile",
            "",
        ),
        ("fr", "L'UE et le Vietnam concluent un accord de libre-échange sur les voitures", ""),
        (
            "it",
            "La Ue firma un partenariato strategico sulle materie prime con la Namibia",
            "L'intesa riguarda il litio per le batterie.",
        ),
    ],
)
def test_an_agreement_the_eu_concludes_is_the_deed_itself(
    language: str, title: str, summary: str
) -> None:
    found = {m.milestone_id: m for m in MATCHER.match(title, summary, language=language)}
    (match,) = found.values()
    assert match.milestone_id in ("free-trade-agreements", "clean-trade-investment-partnerships")
    assert (match.kind, match.confidence >= 0.8) == (EvidenceKind.DELIVERED, True), match


def test_a_call_for_an_agreement_is_no_agreement() -> None:
    found = MATCHER.match(
        "Carmakers urge EU to seal free-trade agreement with India on vehicles", "", language="en"
    )
    assert all(m.kind is not EvidenceKind.DELIVERED for m in found), found


def test_a_citation_hides_its_own_words_only() -> None:
    # the citation is placed at its number; the verb before its act word is still the deed
    found = {
        m.milestone_id: m
        for m in MATCHER.match(
            "Commission amends Directive 1999/62/EC to keep zero-emission trucks toll-free",
            "",
            language="en",
        )
    }
    match = found["eurovignette-zev-exemption"]
    assert match.kind is EvidenceKind.DELIVERED
    assert "amends" in match.explanation, match.explanation


def test_the_headline_deed_stands_over_the_leads_modal_of_purpose() -> None:
    # the headline names no milestone but says the Commission presented it; the lead names
    # it with "soll" (what it is for), which is no plan of presenting it
    found = {
        m.milestone_id: m
        for m in MATCHER.match(
            "Kommission stellt Milliardenprogramm für Batteriezellen vor",
            "Der Battery Booster soll die Zellfertigung in Europa stärken.",
            language="de",
        )
    }
    match = found["battery-booster"]
    assert (match.kind, match.confidence >= 0.8) == (EvidenceKind.DELIVERED, True), match


def test_a_reaction_to_the_commissions_proposal_reports_it_for_review() -> None:
    (match,) = MATCHER.match(
        "Carmakers' association ACEA welcomes the Commission's proposal on CO2 averaging",
        "",
        language="en",
    )
    assert match.milestone_id == "co2-standards-flexibility"
    assert match.kind is EvidenceKind.DELIVERED
    assert "second-hand" in match.explanation, match.explanation


def test_a_reaction_with_no_act_named_stays_a_mention() -> None:
    found = MATCHER.match("ACEA welcomes talks on CO2 averaging for carmakers", "", language="en")
    assert all(m.kind is not EvidenceKind.DELIVERED for m in found), found
