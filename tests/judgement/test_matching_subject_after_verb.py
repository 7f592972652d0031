"""An actor right after a deed verb is its subject ("legt die Kommission ... vor"), unless
another verb stands between them: then the actor is that verb's object or subject.

"The recommendation adopted today asks member states to help ..." was read as the member
states adopting it, a step of the procedure; "asks" stands between, so they are what the
recommendation asks, and nobody is named as the one who adopted it.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceKind, Responsible

TERMS = {
    "en": ("transport poverty",),
    "de": ("verkehrsarmut",),
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    adoption = Deed(DeedKind.ADOPTION, Responsible.COMMISSION)
    return Matcher(
        [milestone("poverty", TERMS, deed=adoption, kind=DeliverableKind.RECOMMENDATION)]
    )


def judged(matcher: Matcher, summary: str, language: str) -> EvidenceKind:
    (match,) = matcher.match("", summary, language=language)
    return match.kind


def test_an_actor_behind_another_verb_is_not_the_subject_of_the_deed(matcher: Matcher) -> None:
    summary = "The transport poverty recommendation adopted today asks member states to act."
    assert judged(matcher, summary, "en") is EvidenceKind.DELIVERED


def test_an_actor_right_after_the_verb_still_is_its_subject(matcher: Matcher) -> None:
    summary = "Heute legt der Rat die Empfehlung zur Verkehrsarmut vor."
    assert judged(matcher, summary, "de") is EvidenceKind.PROGRESS
