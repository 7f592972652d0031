"""A headline adoption with no word of which text is settled by a lead reporting the deal.

"Heavier e-trucks cleared as negotiators seal weights and dimensions deal" was read as one
institution's step: "negotiators ... cleared" says someone adopted something, and no word said
it was the final text, though the lead reports the provisional agreement. Under such a
headline, a lead clause in which the co-legislators agree says the adoption was the deal; a
lead that only gives one side's position leaves the step.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceKind, Responsible

TERMS = {"en": ("heavier lorries",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    deal = Deed(DeedKind.AGREEMENT, Responsible.COLEGISLATORS)
    return Matcher([milestone("lorries", TERMS, deal, DeliverableKind.OTHER)])


@pytest.mark.parametrize(
    "title",
    [
        "Heavier lorries cleared as negotiators seal truck deal",
        "Negotiators approve heavier lorries",
    ],
)
def test_a_lead_reporting_the_agreement_settles_the_headline(matcher: Matcher, title: str) -> None:
    summary = "Parliament and Council negotiators reached a provisional agreement on Thursday."
    (match,) = matcher.match(title, summary, language="en")
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


def test_a_lead_giving_one_sides_position_leaves_the_step(matcher: Matcher) -> None:
    summary = "Transport ministers agreed their negotiating position on Thursday."
    (match,) = matcher.match("Council approves heavier lorries", summary, language="en")
    assert match.kind is EvidenceKind.PROGRESS, match.explanation
