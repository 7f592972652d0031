"""A partial description still picks the milestone when the text also cites an act several
milestones amend.

"Emissioni, la Commissione concede tre anni alle case auto" with the lead "La proposta di
modifica del regolamento (UE) 2019/631 passa ora a Parlamento e Consiglio" was left to review
as either CO2 milestone: the citation of 2019/631 (which both amend) counted as a theme, so
the headline's description short of one concept (no CO2 word) was no longer looked for,
though the headline alone is read as the flexibility delivered. An anchor shared by several
milestones says none of them; the partial description may still say which.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from quality.matching import DEFAULT_PLAN
from timeline.model import EvidenceKind
from timeline.plan import load_plan

MATCHER = Matcher(load_plan(DEFAULT_PLAN).milestones)
LEAD = "La proposta di modifica del regolamento (UE) 2019/631 passa ora a Parlamento e Consiglio."


@pytest.mark.parametrize("summary", ["", LEAD])
def test_the_headlines_partial_description_outweighs_a_shared_anchor(summary: str) -> None:
    title = "Emissioni, la Commissione concede tre anni alle case auto"
    found = {m.milestone_id: m for m in MATCHER.match(title, summary, language="it")}
    assert set(found) == {"co2-standards-flexibility"}, found
    match = found["co2-standards-flexibility"]
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
    assert match.confidence >= 0.8, match.explanation


def test_a_shared_anchor_alone_still_waits_for_review() -> None:
    title = "La Commissione modifica il regolamento (UE) 2019/631"
    found = {m.milestone_id for m in MATCHER.match(title, "", language="it")}
    assert found == {"co2-standards-flexibility", "co2-standards-review"}, found
