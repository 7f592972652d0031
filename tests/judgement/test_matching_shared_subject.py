"""A clause that opens with "and" and a verb shares the subject of the clause before it.

Wire leads list two deeds of one actor: "The European Commission on Wednesday adopted a
recommendation on ..., and issued guidance on ...". The comma made the second verb a clause of
its own with no actor, so its deed waited for review though the Commission did both.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {
    "en": ("corporate fleets",),
    "fr": ("flottes d'entreprise",),
    "es": ("flotas corporativas",),
    "pl": ("flot firmowych",),
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("fleets", TERMS)])


def judged(matcher: Matcher, summary: str, language: str) -> tuple[EvidenceKind, float, str]:
    (match,) = matcher.match("", summary, language=language)
    return match.kind, match.confidence, match.explanation


@pytest.mark.parametrize(
    ("summary", "language"),
    [
        (
            "The Commission adopted its work programme on Tuesday, and on Wednesday tabled a"
            " proposal on corporate fleets.",
            "en",
        ),
        (
            "La Commission a adopté mardi son programme de travail, et a présenté sa proposition"
            " sur les flottes d'entreprise.",
            "fr",
        ),
        (
            "La Comisión aprobó el martes su programa de trabajo, y presentó su propuesta sobre"
            " flotas corporativas.",
            "es",
        ),
        (
            "Komisja Europejska przyjęła we wtorek program prac, oraz przedstawiła wniosek w"
            " sprawie flot firmowych.",
            "pl",
        ),
    ],
)
def test_a_verb_after_and_shares_the_subject_before(
    matcher: Matcher, summary: str, language: str
) -> None:
    kind, confidence, why = judged(matcher, summary, language)
    assert kind is EvidenceKind.DELIVERED, why
    assert confidence >= 0.8, why


def test_the_shared_subject_may_be_someone_else(matcher: Matcher) -> None:
    summary = "Carmakers welcomed the plan, and presented their ideas on corporate fleets."
    assert judged(matcher, summary, "en")[0] is EvidenceKind.MENTION


def test_an_actor_after_and_is_the_verbs_own(matcher: Matcher) -> None:
    summary = (
        "The Commission adopted its work programme, and MEPs backed a text on corporate fleets."
    )
    assert judged(matcher, summary, "en")[0] is EvidenceKind.PROGRESS
