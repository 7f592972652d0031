"""What the Commission "wants" or "calls for", with the milestone's own document cited, is
delivered: a COM number is given when the Commission adopts the document, and a
recommendation's content is a call on member states. The document may stand in the lead."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from quality.matching import DEFAULT_PLAN
from timeline.model import EvidenceKind
from timeline.plan import load_plan

MATCHER = Matcher(load_plan(DEFAULT_PLAN).milestones)


def kinds(title: str, summary: str, language: str) -> dict[str, EvidenceKind]:
    return {m.milestone_id: m.kind for m in MATCHER.match(title, summary, language=language)}


@pytest.mark.parametrize(
    ("language", "title", "summary", "milestone"),
    [
        (
            "it",
            "Bruxelles vuole prorogare l'esenzione dai pedaggi per i camion elettrici",
            "Lo prevede la proposta COM(2025) 348.",
            "eurovignette-zev-exemption",
        ),
        (
            "nl",
            "Commissie wil ontslagen werknemers eerder steunen uit globaliseringsfonds",
            "Het gaat om voorstel COM(2025) 140.",
            "egf-esf-plus-amendments",
        ),
        (
            "es",
            "La Comisión pide a los Estados miembros ayudar a los hogares con el leasing social",
            "Lo hace en la Recomendación (UE) 2025/1021 sobre la pobreza de transporte.",
            "transport-poverty-recommendation",
        ),
    ],
)
def test_an_intent_beside_the_own_document_is_delivered(
    language: str, title: str, summary: str, milestone: str
) -> None:
    assert kinds(title, summary, language).get(milestone) is EvidenceKind.DELIVERED


def test_an_intent_without_the_own_document_stays_a_mention() -> None:
    found = kinds(
        "Bruxelles vuole prorogare l'esenzione dai pedaggi per i camion elettrici",
        "La proposta arriverà in estate.",
        "it",
    )
    assert found.get("eurovignette-zev-exemption") is not EvidenceKind.DELIVERED, found


@pytest.mark.parametrize(
    ("language", "title", "summary", "milestone"),
    [
        (
            "pl",
            "Zwolnieni pracownicy dostaną pomoc szybciej",
            "Wniosek 2025/0073(COD) zmienia rozporządzenie (UE) 2021/691.",
            "egf-esf-plus-amendments",
        ),
        (
            "en",
            "Electric lorries to stay exempt from tolls",
            "The text, 2025/0188(COD), amends the Eurovignette directive.",
            "eurovignette-zev-exemption",
        ),
    ],
)
def test_a_deed_without_its_actor_beside_the_proposal_procedure_is_accepted(
    language: str, title: str, summary: str, milestone: str
) -> None:
    found = {m.milestone_id: m for m in MATCHER.match(title, summary, language=language)}
    assert found[milestone].kind is EvidenceKind.DELIVERED, found
    assert found[milestone].confidence >= 0.8, found[milestone]
