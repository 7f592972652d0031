"""An announcement with a date still ahead in its clause is a plan: "kündigt ... vor Jahresende an".

"Séjourné kündigt Auto-Omnibus vor Jahresende an" was read as the omnibus presented: a future
word counted only before the verb, and the date comes after it. Announcing is the one deed verb
whose date ahead says that what is announced is still to come; "proposes quotas for next year"
dates the quotas, not the proposal.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {"en": ("corporate fleets",), "de": ("Firmenflotten",), "nl": ("bedrijfsvloten",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("fleets", TERMS)])


def judged(matcher: Matcher, title: str, language: str) -> EvidenceKind:
    (match,) = matcher.match(title, language=language)
    return match.kind


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Commissioner announces corporate fleets rules by the end of the year", "en"),
        ("Kommissar kündigt Regeln für Firmenflotten noch in diesem Jahr an", "de"),
        ("Eurocommissaris kondigt regels voor bedrijfsvloten aan voor volgend jaar", "nl"),
    ],
)
def test_an_announcement_dated_ahead_is_a_plan(matcher: Matcher, title: str, language: str) -> None:
    assert judged(matcher, title, language) is EvidenceKind.MENTION


def test_an_announcement_with_no_date_stays_a_deed(matcher: Matcher) -> None:
    assert judged(matcher, "Commission announces rules on corporate fleets", "en") is (
        EvidenceKind.DELIVERED
    )


def test_a_date_ahead_after_another_deed_verb_dates_the_content(matcher: Matcher) -> None:
    title = "Commission proposes corporate fleets quotas from next year"
    assert judged(matcher, title, "en") is EvidenceKind.DELIVERED
