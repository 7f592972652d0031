"""The German state of being presented: "Der Vorschlag liegt vor", "Batterie-Booster liegt vor".
With the particle right after the verb it says the act is out; with a recipient between them
("liegt dem Handelsblatt vor", "..., der der Zeitung vorliegt") it is the leak formula, a draft
in a newspaper's hands, and no deed."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {"de": ("Reifenkennzeichnung",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("tyre-label-revision", TERMS)])


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Reform der Reifenkennzeichnung liegt vor", ""),
        ("Neue Reifenkennzeichnung: Die Vorschläge aus Brüssel liegen vor", ""),
    ],
)
def test_lying_before_us_is_out(matcher: Matcher, title: str, summary: str) -> None:
    (match,) = matcher.match(title, summary, language="de")
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Reifenkennzeichnung", "Der Entwurf liegt dem Handelsblatt seit Montag vor."),
        (
            "Reifenkennzeichnung",
            "Das geht aus einem Papier der Kommission hervor, das der Zeitung vorliegt.",
        ),
    ],
)
def test_lying_before_a_newspaper_is_a_leak(matcher: Matcher, title: str, summary: str) -> None:
    (match,) = matcher.match(title, summary, language="de")
    assert not (match.kind is EvidenceKind.DELIVERED and match.confidence >= 0.8), match
