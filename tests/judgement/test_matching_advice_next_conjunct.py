"""Advice that follows a verb-last participle and has a deed verb of its own is the next
conjunct's object: "hat einen Auto-Omnibus vorgeschlagen und eine Empfehlung ... angenommen"
proposes the omnibus (a law) and adopts the recommendation; the proposal is not said of advice.
Advice right after a verb that comes before the term still is ("legt eine Empfehlung zum
Omnibus vor")."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("omnibus", {"de": ("Auto-Omnibus",)})])


def test_the_advice_of_the_next_conjunct(matcher: Matcher) -> None:
    (match,) = matcher.match(
        "Neues Paket für die Autoindustrie",
        "Die EU-Kommission hat am Dienstag einen Auto-Omnibus vorgeschlagen und eine Empfehlung"
        " zu Kaufanreizen angenommen.",
        language="de",
    )
    assert match.kind is EvidenceKind.DELIVERED
    assert match.confidence >= 0.8


def test_advice_that_the_verb_presents(matcher: Matcher) -> None:
    (match,) = matcher.match(
        "Kommission legt eine Empfehlung zum Auto-Omnibus vor", "", language="de"
    )
    assert match.kind is not EvidenceKind.DELIVERED
