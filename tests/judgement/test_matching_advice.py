"""A recommendation or guidelines are advice: published, they are no law the Commission proposes.

A milestone delivered by a legislative proposal (the revision of a directive) is not delivered
by the Commission's recommendation on the same subject, however clearly that is published. A
milestone that is itself a recommendation is (the rule does not touch it).
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceKind, Responsible

TERMS = {"en": ("tyre labelling",), "fr": ("étiquetage des pneus",), "de": ("Reifenkennzeichnung",)}


@pytest.fixture(scope="module")
def law() -> Matcher:
    return Matcher([milestone("tyre-label-revision", TERMS)])


@pytest.fixture(scope="module")
def advice() -> Matcher:
    adoption = Deed(DeedKind.ADOPTION, Responsible.COMMISSION)
    return Matcher(
        [milestone("tyre-label-advice", TERMS, adoption, DeliverableKind.RECOMMENDATION)]
    )


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Commission publishes guidelines on tyre labelling", "en"),
        ("Étiquetage des pneus : une recommandation publiée par la Commission", "fr"),
        ("Kommission veröffentlicht Empfehlung zur Reifenkennzeichnung", "de"),
    ],
)
def test_advice_published_is_no_law_proposed(law: Matcher, title: str, language: str) -> None:
    (match,) = law.match(title, "", language=language)
    assert match.kind is EvidenceKind.MENTION, match.explanation


def test_advice_published_delivers_a_milestone_of_advice(advice: Matcher) -> None:
    (match,) = advice.match("Commission publishes guidelines on tyre labelling", "")
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


def test_a_proposal_on_the_subject_is_still_the_law(law: Matcher) -> None:
    (match,) = law.match("Commission proposes to revise tyre labelling rules", "")
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
