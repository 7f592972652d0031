"""A title that opens with an act's citation can be the act itself (EUR-Lex, the Official
Journal); an act cited further on in the title is what others discuss, not the entry."""

from __future__ import annotations

from monitor.judgement.matching import Matcher
from quality.matching import DEFAULT_PLAN
from timeline.model import EvidenceKind
from timeline.plan import load_plan

MATCHER = Matcher(load_plan(DEFAULT_PLAN).milestones)


def kind(title: str, summary: str, language: str) -> EvidenceKind | None:
    found = {m.milestone_id: m.kind for m in MATCHER.match(title, summary, language=language)}
    return found.get("co2-standards-flexibility")


def test_an_act_discussed_further_in_the_title_is_no_delivery() -> None:
    got = kind(
        "Los concesionarios estudian el Reglamento (UE) 2025/1214",
        "Las marcas reparten las emisiones entre tres años.",
        "es",
    )
    assert got is not EvidenceKind.DELIVERED


def test_an_act_at_the_head_of_the_title_is_still_the_document() -> None:
    got = kind(
        "Reglamento (UE) 2025/1214 del Parlamento Europeo y del Consejo",
        "Por el que se modifica el Reglamento (UE) 2019/631.",
        "es",
    )
    assert got is EvidenceKind.DELIVERED
