"""German and Dutch put the negation after the finite verb; it still says nothing was done."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("tolls", {"de": ("Mautbefreiung",), "nl": ("tolvrijstelling",)})])


@pytest.mark.parametrize(
    ("title", "language", "kind"),
    [
        ("Brüssel verlängert die Mautbefreiung für E-Lkw nicht", "de", EvidenceKind.MENTION),
        ("Brussel verlengt de tolvrijstelling voor e-trucks niet", "nl", EvidenceKind.MENTION),
        ("Brüssel verlängert die Mautbefreiung für E-Lkw", "de", EvidenceKind.DELIVERED),
        ("Brussel verlengt de tolvrijstelling voor e-trucks", "nl", EvidenceKind.DELIVERED),
    ],
)
def test_a_negation_after_the_verb_says_it_is_not_done(
    matcher: Matcher, title: str, language: str, kind: EvidenceKind
) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is kind
