"""An English headline drops the passive's auxiliary: "Carmakers spared CO2 fines",
"Truckers granted toll exemption". Headlines tell what someone does in the present tense, so a
participle right after an actor outside the EU says what was done to that actor, not what it
did; the deed's author is named elsewhere, or not at all. In a lead, the same words are the
past tense ("Carmakers welcomed ..." is what they did)."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {"en": ("tyre labelling",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("tyre-label-revision", TERMS)])


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Carmakers spared tougher tyre labelling rules",
            "The Commission on Wednesday proposed a lighter revision of the label.",
        ),
        ("Carmakers granted more time on tyre labelling as EU proposes revision", ""),
    ],
)
def test_a_participle_after_an_outside_actor_is_a_passive(
    matcher: Matcher, title: str, summary: str
) -> None:
    (match,) = matcher.match(title, summary, language="en")
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


def test_an_outside_actor_acting_in_the_present_still_acts(matcher: Matcher) -> None:
    (match,) = matcher.match("Carmakers launch their own tyre labelling scheme", "", language="en")
    assert match.kind is not EvidenceKind.DELIVERED, match.explanation


def test_in_the_lead_the_past_tense_is_the_actor_s(matcher: Matcher) -> None:
    (match,) = matcher.match(
        "Tyre labelling",
        "Carmakers launched a voluntary tyre labelling scheme last year.",
        language="en",
    )
    assert match.kind is not EvidenceKind.DELIVERED, match.explanation
