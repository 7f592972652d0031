"""A headline of a delay may report what the act does: "EU delays 2035 ban on new petrol
cars", "Brüssel verschiebt das Verbot", when the lead says the responsible actor did the deed,
in the clause of the term. A lead that hedges ("said it would present the review next year")
keeps the delay, and so does a headline that denies ("not yet")."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {
    "en": ("tyre labelling", "old tyre label"),
    "de": ("Reifenkennzeichnung", "Reifenetikett*"),
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("tyre-label-revision", TERMS)])


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "EU delays the end of the old tyre label",
            "The Commission proposed a revision of tyre labelling on Wednesday that keeps"
            " the old labels until 2030.",
            "en",
        ),
        (
            "Brüssel verschiebt das Aus für das alte Reifenetikett",
            "Die Kommission hat am Mittwoch ihre Reform der Reifenkennzeichnung vorgelegt.",
            "de",
        ),
    ],
)
def test_a_delay_the_act_makes_is_its_delivery(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    (match,) = matcher.match(title, summary, language=language)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Commission delays tyre labelling revision to 2026",
            "The EU executive said on Tuesday it would present the revision of tyre labelling"
            " early next year.",
        ),
        (
            "Tyre labelling revision not yet adopted",
            "The Commission proposed a revision of tyre labelling in March.",
        ),
        (
            "EU delays tyre labelling revision",
            "The Commission presented its automotive package on Tuesday, without the tyre rules.",
        ),
    ],
)
def test_a_delay_of_the_act_itself_is_not(matcher: Matcher, title: str, summary: str) -> None:
    (match,) = matcher.match(title, summary, language="en")
    assert not (match.kind is EvidenceKind.DELIVERED and match.confidence >= 0.8), match
