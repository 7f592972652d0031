"""A separable verb's particle is the last of its particles in the clause.

"Brussel stelt voorstel voor bedrijfsvloten uit tot 2026" (postpones the proposal) was read as a
delivery: the preposition "voor" after "stelt" was taken for the particle of "stelt voor"
(proposes), though the clause's own particle, "uit", comes later. A main clause puts the
particle after the verb's objects, so the last of the verb's particles is its own; one right
before the infinitive marker ("uit te breiden") belongs to the infinitive.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {"nl": ("bedrijfsvloten",), "de": ("Firmenflotten",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("fleets", TERMS)])


@pytest.mark.parametrize(
    "title",
    [
        "Brussel stelt voorstel voor bedrijfsvloten uit tot 2026",
        "Commissie stelt wetsvoorstel voor bedrijfsvloten uit",
        "Commissie stelde quota voor bedrijfsvloten opnieuw uit",
    ],
)
def test_a_later_particle_is_the_verbs_own(matcher: Matcher, title: str) -> None:
    (match,) = matcher.match(title, "", language="nl")
    assert match.kind is not EvidenceKind.DELIVERED, match.explanation


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Commissie stelt quota voor bedrijfsvloten voor", "nl"),
        ("Commissie stelt voor de quota voor bedrijfsvloten uit te breiden", "nl"),
        ("Kommission stellt Quote für Firmenflotten vor", "de"),
    ],
)
def test_the_particle_at_the_end_or_before_an_infinitive_still_reads(
    matcher: Matcher, title: str, language: str
) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
