"""A deed in a quotation that someone else is said to say is their opinion, not a report.

"'Brussels has delivered', says the carmakers' chief" tells what the industry thinks of the
Commission's act; the sayer's verb ("says", "sagt") makes the clause an opinion in German as in
English, and the deed quoted beside it is not accepted as reported.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {"en": ("tyre labelling",), "de": ("Reifenkennzeichnung",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("tyre-label-revision", TERMS)])


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("'Brussels has delivered', says industry chief on tyre labelling", "en"),
        ("„Brüssel hat geliefert“, sagt Verbandschefin zur Reifenkennzeichnung", "de"),
        ("„Brüssel hat geliefert“, sagte der Verbandschef zur Reifenkennzeichnung", "de"),
    ],
)
def test_a_quoted_deed_with_its_sayer_is_an_opinion(
    matcher: Matcher, title: str, language: str
) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is EvidenceKind.MENTION, match.explanation


def test_the_commission_proposing_is_still_delivered(matcher: Matcher) -> None:
    (match,) = matcher.match(
        "Kommission schlägt Revision der Reifenkennzeichnung vor", "", language="de"
    )
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
