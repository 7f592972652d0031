"""An institution named as the place where someone acts is not the one who acts.

"Het kabinet zal de tolvrijstelling in de Raad steunen": the government says what it will do in
the Council; no step of the procedure was taken. The Council after a preposition of place is
no subject when another actor stands before it; with no one before it, it still is.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {"nl": ("tolvrijstelling",), "de": ("Mautbefreiung",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("tolls", TERMS)])


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Het kabinet zal de tolvrijstelling voor bussen in de Raad steunen", "nl"),
        ("Die Bundesregierung will die Mautbefreiung für Busse im Rat unterstützen", "de"),
    ],
)
def test_a_government_acting_in_the_council_takes_no_step(
    matcher: Matcher, title: str, language: str
) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is EvidenceKind.MENTION


def test_the_council_with_no_one_before_it_still_acts(matcher: Matcher) -> None:
    (match,) = matcher.match("De Raad steunt de tolvrijstelling voor bussen", "", language="nl")
    assert match.kind is EvidenceKind.PROGRESS
