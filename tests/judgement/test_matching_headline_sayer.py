"""A headline that states a deed and closes on someone else saying it quotes that speaker.

"Commission has delivered on tyre labelling, Parliament rapporteur says" is the rapporteur's
claim, not the press reporting the deed; the same headline closing on the Commission itself
is left to the reading of its own report.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {"en": ("tyre labelling",), "nl": ("bandenetikettering",), "de": ("Reifenkennzeichnung",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("tyre-label-revision", TERMS)])


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Commission has delivered on tyre labelling, Parliament rapporteur says", "en"),
        ("Commissie stelt herziening van bandenetikettering voor, zegt de industrie", "nl"),
        ("Kommission hat bei der Reifenkennzeichnung geliefert, sagt der Verband", "de"),
    ],
)
def test_a_deed_closed_on_another_speaker_is_a_mention(
    matcher: Matcher, title: str, language: str
) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is EvidenceKind.MENTION, match.explanation


def test_a_deed_with_no_speaker_is_still_delivered(matcher: Matcher) -> None:
    (match,) = matcher.match("Commission proposes revision of tyre labelling", "", language="en")
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
