"""English "keep" + "-ing" goes on doing; it keeps no rule in place.

"Carmakers may keep selling hybrids" is what a softer 2035 ban allows, so it must not read as
"keeps the 2035 ban", the concept that tells the 2025-2027 flexibility (ban kept) apart from the
review (ban softened).
"""

from __future__ import annotations

from monitor.judgement.matching import Matcher
from quality.matching import DEFAULT_PLAN
from timeline.model import EvidenceKind
from timeline.plan import load_plan

MATCHER = Matcher(load_plan(DEFAULT_PLAN).milestones)


def _found(title: str) -> dict[str, EvidenceKind]:
    return {m.milestone_id: m.kind for m in MATCHER.match(title, "", language="en")}


def test_going_on_selling_is_no_ban_kept() -> None:
    found = _found(
        "Commission softens 2035 combustion engine ban so carmakers keep selling hybrids"
    )
    assert found.get("co2-standards-review") is EvidenceKind.DELIVERED, found


def test_a_ban_kept_is_still_kept() -> None:
    found = _found(
        "Commission softens CO2 rules for carmakers but keeps the 2035 combustion engine ban"
    )
    assert "co2-standards-review" not in found, found
