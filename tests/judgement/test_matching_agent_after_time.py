"""The agent of a passive participle after a short adverbial of time.

"adoptado el miércoles por la Comisión", "adopted on Tuesday by the Commission": the day stands
between the participle and "by", and the agent is still the one who did it. An agent who is not
the responsible actor is read as such, not as an unnamed one.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {"es": ("exención de peajes",), "en": ("toll exemption",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("tolls", TERMS)])


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Exención de peajes aprobada el martes por la Comisión para los autobuses", "es"),
        ("Toll exemption adopted on Tuesday by the Commission covers electric buses", "en"),
    ],
)
def test_an_agent_after_the_day_is_the_subject(matcher: Matcher, title: str, language: str) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is EvidenceKind.DELIVERED
    assert match.confidence >= 0.8


def test_another_actor_after_the_day_is_the_subject_too(matcher: Matcher) -> None:
    (match,) = matcher.match(
        "Toll exemption proposed on Tuesday by hauliers for electric buses", "", language="en"
    )
    assert match.kind is EvidenceKind.MENTION
