"""A Dutch separable particle that is also a preposition counts only at the clause's end.

"De Commissie stelde dinsdag het nieuwe centrum officieel in" sets the centre up: a main clause
puts the particle last, however far from its verb. "stelt in een brief" is "in" the
preposition: the verb there states, it sets nothing up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceKind, Responsible

TERMS = {"nl": ("waarnemingscentrum",)}
LAUNCH = Deed(DeedKind.LAUNCH, Responsible.COMMISSION)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("centre", TERMS, LAUNCH, DeliverableKind.INITIATIVE)])


def test_a_particle_closing_the_clause_makes_the_deed(matcher: Matcher) -> None:
    (match,) = matcher.match(
        "Nieuw centrum voor werkgelegenheid",
        "De Europese Commissie stelde dinsdag het waarnemingscentrum dat ontslagen moet"
        " volgen officieel in.",
        language="nl",
    )
    assert match.kind is EvidenceKind.DELIVERED


def test_the_preposition_inside_the_clause_is_no_particle(matcher: Matcher) -> None:
    (match,) = matcher.match(
        "De Commissie stelt in een brief dat een waarnemingscentrum nodig is", "", language="nl"
    )
    assert match.kind is not EvidenceKind.DELIVERED
