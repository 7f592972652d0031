"""A modal of obligation can state what a rule requires, not call for anything (German, English).

"Neuwagen müssen ab 2035 ... senken", "carmakers must cut emissions by 90%": no EU actor stands
before the modal and no deed follows it, so it is the content of the act, and another clause
may say who made the act. With the Commission before it ("Die Kommission muss nachlegen"), or a
deed after it ("must be presented by June"), it is still a call.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {
    "en": ("tyre labelling",),
    "de": ("Reifenkennzeichnung",),
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("tyre-label-revision", TERMS)])


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "Strengere Regeln für Reifen",
            "Nach der neuen Reifenkennzeichnung müssen Reifen ab 2027 ihren Abrieb ausweisen."
            " Die Kommission legte den Vorschlag am Mittwoch vor.",
            "de",
        ),
        (
            "Tougher rules for tyres",
            "Under the new tyre labelling rules, tyre makers must print abrasion data on every"
            " label. The Commission tabled the proposal on Wednesday.",
            "en",
        ),
    ],
)
def test_an_obligation_of_the_rule_leaves_the_deed_done(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    (match,) = matcher.match(title, summary, language=language)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Die Kommission muss bei der Reifenkennzeichnung nachlegen", "de"),
        ("Reifenkennzeichnung: Der Vorschlag muss bis Juni vorgelegt werden", "de"),
        ("Tyre labelling proposal must be presented by June, industry says", "en"),
        ("EU must revise tyre labelling now", "en"),
    ],
)
def test_an_obligation_on_the_actor_or_the_deed_is_a_call(
    matcher: Matcher, title: str, language: str
) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is not EvidenceKind.DELIVERED, match.explanation
