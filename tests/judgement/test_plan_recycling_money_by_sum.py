"""EU money for recycling told by its sum: "la Commission accorde 180 millions d'euros" to
battery recycling plants is the recycling-facilities funding, though no funding word ("aides",
"subventions") stands in the same sentence. A company's own sum, with no EU word, is not it.
"""

from __future__ import annotations

from monitor.judgement.matching import Matcher
from quality.matching import DEFAULT_PLAN
from timeline.model import EvidenceKind
from timeline.plan import load_plan

MATCHER = Matcher(load_plan(DEFAULT_PLAN).milestones)


def found(title: str, language: str) -> dict[str, EvidenceKind]:
    return {m.milestone_id: m.kind for m in MATCHER.match(title, "", language=language)}


def test_the_eus_sum_for_battery_recycling() -> None:
    kinds = found(
        "Recyclage des batteries : la Commission accorde 180 millions d'euros à six usines", "fr"
    )
    assert kinds.get("recycling-facilities-funding") is EvidenceKind.DELIVERED, kinds


def test_a_companys_own_sum_is_not_it() -> None:
    kinds = found("Recyclage des batteries : Orano investit 180 millions d'euros à Dunkerque", "fr")
    assert "recycling-facilities-funding" not in kinds, kinds
