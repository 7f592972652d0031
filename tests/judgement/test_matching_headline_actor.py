"""Headlines that say who acted outside the clause with the milestone's words.

"Brussels: toll exemption extended" opens with its actor as a label; "Toll exemption
extended, Commission proposes" closes with it. Either way the actor did what the headline
reports, as if it were the clause's subject.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {
    "en": ("toll exemption",),
    "it": ("esenzione dai pedaggi",),
    "nl": ("tolvrijstelling",),
    "es": ("exención de peajes",),
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("tolls", TERMS)])


def judged(matcher: Matcher, title: str, language: str = "en") -> tuple[EvidenceKind, float]:
    (match,) = matcher.match(title, "", language=language)
    return match.kind, match.confidence


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Brussels: toll exemption for electric lorries extended", "en"),
        ("Bruxelles: esenzione dai pedaggi per i camion elettrici prorogata", "it"),
        ("Brussel: tolvrijstelling voor elektrische vrachtwagens verlengd", "nl"),
        ("Bruselas: exención de peajes para camiones eléctricos prorrogada", "es"),
    ],
)
def test_an_actor_label_is_the_subject_of_a_verb_that_has_none(
    matcher: Matcher, title: str, language: str
) -> None:
    kind, confidence = judged(matcher, title, language)
    assert kind is EvidenceKind.DELIVERED
    assert confidence >= 0.8


def test_without_the_label_nobody_did_it_and_a_person_decides(matcher: Matcher) -> None:
    kind, confidence = judged(matcher, "Toll exemption for electric lorries extended")
    assert kind is EvidenceKind.DELIVERED
    assert confidence < 0.8


def test_a_label_does_not_override_a_subject_of_the_clause(matcher: Matcher) -> None:
    kind, _ = judged(matcher, "Brussels: hauliers call for toll exemption to be extended")
    assert kind is EvidenceKind.MENTION


def test_an_actor_closing_the_headline_did_what_it_reports(matcher: Matcher) -> None:
    kind, confidence = judged(matcher, "Toll exemption for e-lorries extended, Commission proposes")
    assert kind is EvidenceKind.DELIVERED
    assert confidence >= 0.8


def test_others_closing_the_headline_do_not_deliver(matcher: Matcher) -> None:
    kind, confidence = judged(matcher, "Toll exemption for e-lorries extended, hauliers say")
    assert kind is not EvidenceKind.DELIVERED or confidence < 0.8
