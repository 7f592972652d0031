"""The press's words for a deed done at last, with no verb of the act: "Brüssel hat geliefert"
(the promise kept), "la Commission a tranché" (has decided). Only the perfect: "liefert" is
also what a supplier does, "tranche" also the noun (a tranche of funding)."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {"fr": ("étiquetage des pneus",), "de": ("Reifenkennzeichnung",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("tyre-label-revision", TERMS)])


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Reifenkennzeichnung: Die Kommission hat geliefert", "de"),
        ("Étiquetage des pneus : la Commission a tranché", "fr"),
    ],
)
def test_a_promise_kept_is_done(matcher: Matcher, title: str, language: str) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Reifenkennzeichnung: Michelin liefert neue Etiketten", "de"),
        ("Étiquetage des pneus : la Commission n'a pas encore tranché", "fr"),
        ("Étiquetage des pneus : une première tranche de règles", "fr"),
    ],
)
def test_supplies_a_tranche_or_a_denial_are_not(
    matcher: Matcher, title: str, language: str
) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert not (match.kind is EvidenceKind.DELIVERED and match.confidence >= 0.8), match
