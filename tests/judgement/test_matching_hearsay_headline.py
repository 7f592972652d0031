"""A headline of hearsay or the conditional gives way to a lead in which the actor did it.

Italian press writes a proposal's content in the conditional ("le case avrebbero tre anni"), the
mood it also uses for hearsay; "È quanto prevede la proposta presentata martedì dalla
Commissione" then says the act exists. The headline's hedge read the item as a mention. Only a
lead whose own subject is the responsible actor, with a deed of its own, overrules it.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {"it": ("flotte aziendali",), "en": ("corporate fleets",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("fleets", TERMS)])


def test_a_conditional_headline_over_the_actors_deed_is_delivered(matcher: Matcher) -> None:
    title = "Flotte aziendali, le grandi imprese avrebbero quote di auto elettriche"
    summary = "Lo prevede la proposta presentata giovedì dalla Commissione europea."
    (match,) = matcher.match(title, summary, language="it")
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
    assert match.confidence >= 0.8, match.explanation


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "Flotte aziendali, le grandi imprese avrebbero quote di auto elettriche",
            "La proposta è stata presentata giovedì.",
            "it",
        ),
        (
            "Corporate fleets face quotas, sources say",
            "Carmakers presented their own plan on Thursday.",
            "en",
        ),
    ],
)
def test_a_hearsay_headline_needs_the_actor_in_the_lead(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    (match,) = matcher.match(title, summary, language=language)
    accepted = match.kind is EvidenceKind.DELIVERED and match.confidence >= 0.8
    assert not accepted, match.explanation
