"""Cutting red tape is what a simplification act does.

"Commission slashes red tape for carmakers with automotive omnibus" was read as a mention:
"slashes" is no deed word, and the press words a simplification by what it cuts. The
lexicons list the red-tape idioms ("cuts red tape", "recorta la burocracia", "allège la
paperasse", "vermindert de regeldruk", "tnie biurokrację") as acts; a call for it or a plan
("urge ... to cut red tape") stays what it was.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {
    "en": ("omnibus",),
    "es": ("ómnibus",),
    "fr": ("omnibus",),
    "nl": ("omnibus",),
    "pl": ("omnibus*",),
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("omnibus", TERMS)])


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Commission slashes red tape for carmakers with automotive omnibus", "en"),
        ("Commission cuts red tape for carmakers in new omnibus", "en"),
        ("La Comisión recorta la burocracia del automóvil con un ómnibus", "es"),
        ("La Commission allège la paperasse des constructeurs avec son omnibus", "fr"),
        ("Commissie vermindert de regeldruk voor autobouwers met omnibus", "nl"),
        ("Komisja tnie biurokrację dla producentów aut w nowym omnibusie", "pl"),
    ],
)
def test_cutting_red_tape_is_the_act(matcher: Matcher, title: str, language: str) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


@pytest.mark.parametrize(
    "title",
    [
        "Carmakers urge Commission to cut red tape in automotive omnibus",
        "Commission to cut red tape for carmakers with automotive omnibus",
    ],
)
def test_a_call_or_a_plan_to_cut_red_tape_is_no_delivery(matcher: Matcher, title: str) -> None:
    (match,) = matcher.match(title, "", language="en")
    assert match.kind is not EvidenceKind.DELIVERED, match.explanation
