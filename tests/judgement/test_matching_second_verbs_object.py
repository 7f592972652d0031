"""A container after a second deed verb is that verb's object, not around the label's act.

"Ómnibus del automóvil: Bruselas simplifica la homologación y lanza un plan de 1.800 millones
para las baterías" was read as the omnibus being part of something wider ('un plan'): the clause
holds no term and is read for the headline's label, to its end, so the battery plan that the
second verb ("lanza") launches stood between the deed and the label's stand-in.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("omnibus", {"es": ("ómnibus del automóvil",)})])


def judged(matcher: Matcher, title: str) -> EvidenceKind:
    (match,) = matcher.match(title, language="es")
    return match.kind


def test_a_plan_launched_by_a_second_verb_is_beside_the_deed(matcher: Matcher) -> None:
    title = (
        "Ómnibus del automóvil: Bruselas simplifica la homologación y lanza un plan para las"
        " baterías"
    )
    assert judged(matcher, title) is EvidenceKind.DELIVERED


def test_a_plan_the_deed_itself_is_done_in_stays_wider(matcher: Matcher) -> None:
    title = (
        "Ómnibus del automóvil: Bruselas simplifica la homologación en un plan para la industria"
    )
    assert judged(matcher, title) is EvidenceKind.MENTION
