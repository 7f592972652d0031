"""A headline that names a step and, in another clause, its outcome, a deal, reports the deal.

"Si è chiuso il trilogo sul regolamento veicoli fuori uso: c'è l'accordo" was read as the
trilogue, a step: the term's clause names it, and the deal stood in the clause after the colon.
For a milestone the co-legislators deliver, the deal is the news and the step how it came.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceKind, Responsible

TERMS = {"en": ("end-of-life vehicles",), "it": ("veicoli fuori uso",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    deal = Deed(DeedKind.AGREEMENT, Responsible.COLEGISLATORS)
    return Matcher([milestone("elv", TERMS, deed=deal, kind=DeliverableKind.OTHER)])


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("End-of-life vehicles trilogue ends: deal reached", "en"),
        ("Trilogo sui veicoli fuori uso, raggiunto l'accordo", "it"),
    ],
)
def test_a_step_and_its_deal_in_the_headline_is_the_deal(
    matcher: Matcher, title: str, language: str
) -> None:
    (match,) = matcher.match(title, language=language)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


def test_a_step_without_a_deal_stays_a_step(matcher: Matcher) -> None:
    (match,) = matcher.match("End-of-life vehicles trilogue: no deal yet", language="en")
    assert match.kind is not EvidenceKind.DELIVERED, match.explanation
