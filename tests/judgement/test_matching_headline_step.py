"""A headline's deed with no actor, over a lead in which an institution acts, is that step.

"Carmakers spared the fines | EU lawmakers rubber-stamped on Thursday the three-year averaging
..." was read as a weak delivery by no one: the lead says who did it, the Parliament, and its
act is a step of the procedure, not the Commission's proposal.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {"en": ("corporate fleets",), "es": ("flotas corporativas",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("fleets", TERMS)])


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "Corporate fleets spared",
            "EU lawmakers voted on Thursday to water down the quotas.",
            "en",
        ),
        (
            "Flotas corporativas: cuotas suavizadas",
            "Los eurodiputados votaron el jueves a favor de rebajar las cuotas.",
            "es",
        ),
    ],
)
def test_an_institutions_act_in_the_lead_makes_the_headline_a_step(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    (match,) = matcher.match(title, summary, language=language)
    assert match.kind is EvidenceKind.PROGRESS, match.explanation


def test_a_lead_with_the_commission_acting_keeps_the_deed(matcher: Matcher) -> None:
    summary = "The Commission proposed on Thursday to cut the quotas."
    (match,) = matcher.match("Corporate fleets spared", summary, language="en")
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
