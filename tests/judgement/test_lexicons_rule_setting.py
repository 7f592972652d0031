"""Verbs of setting rules are deeds: "Commission sets rules on ...", "Kommission regelt ...",
"Komisja ustala zasady ...". A delegated or implementing act is reported by what it lays
down, and the press names it with the verb of rule-making, not with "adopts".

The act itself as the subject ("Die Verordnung regelt ...") names no actor: it may describe
rules in force, so a person decides.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import Deed, DeedKind, EvidenceKind, Responsible

AUTO = 0.8  # the confidence above which a match is accepted without a person
TERMS = {
    "en": ("state of health",),
    "de": ("alterungszustand",),
    "pl": ("stan zdrowia", "stanie zdrowia"),
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    adoption = Deed(DeedKind.ADOPTION, Responsible.COMMISSION)
    return Matcher([milestone("health", TERMS, deed=adoption)])


def judged(matcher: Matcher, title: str, language: str) -> tuple[EvidenceKind, float]:
    (match,) = matcher.match(title, "", language=language)
    return match.kind, match.confidence


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Commission sets rules on access to battery state of health data", "en"),
        ("The Commission lays down who may read a battery's state of health", "en"),
        ("Kommission regelt Zugang zu Daten über den Alterungszustand von Akkus", "de"),
        ("Komisja ustala zasady dostępu do danych o stanie zdrowia baterii", "pl"),
    ],
)
def test_the_commission_setting_rules_delivers_its_act(
    matcher: Matcher, title: str, language: str
) -> None:
    kind, confidence = judged(matcher, title, language)
    assert kind is EvidenceKind.DELIVERED
    assert confidence >= AUTO


def test_rules_that_an_act_sets_name_no_actor(matcher: Matcher) -> None:
    kind, confidence = judged(
        matcher, "Die Verordnung regelt den Zugang zu Daten über den Alterungszustand", "de"
    )
    assert kind is EvidenceKind.DELIVERED
    assert confidence < AUTO
