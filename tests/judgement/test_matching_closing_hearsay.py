"""Hearsay that closes a sentence makes what comes before it hearsay: "..., heißt es in Brüssel".

Wire copy attributes at the end: "The Commission presents its proposal on Wednesday, sources
said", "Die Kommission legt ... am Mittwoch vor, heißt es in Brüssel". The attribution is a clause
of its own after a comma, so the deed before it was read as done.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {"en": ("corporate fleets",), "de": ("Firmenflotten",), "es": ("flotas corporativas",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("fleets", TERMS)])


@pytest.mark.parametrize(
    ("summary", "language"),
    [
        (
            "The Commission presents its proposal on corporate fleets on Wednesday, sources said.",
            "en",
        ),
        (
            "Die Kommission legt den Vorschlag zu Firmenflotten am Mittwoch vor, heißt es in"
            " Brüssel.",
            "de",
        ),
        (
            "La Comisión presenta el miércoles su propuesta sobre flotas corporativas, según"
            " fuentes comunitarias.",
            "es",
        ),
    ],
)
def test_a_deed_before_closing_hearsay_is_only_said(
    matcher: Matcher, summary: str, language: str
) -> None:
    (match,) = matcher.match("", summary, language=language)
    assert match.kind is EvidenceKind.MENTION, match.explanation


def test_an_attribution_to_the_actor_itself_is_no_hearsay(matcher: Matcher) -> None:
    summary = (
        "The Commission tabled its proposal on corporate fleets on Wednesday, a spokesman said."
    )
    (match,) = matcher.match("", summary, language="en")
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


def test_a_long_clause_after_the_deed_is_no_attribution(matcher: Matcher) -> None:
    summary = (
        "The Commission presented its proposal on corporate fleets on Wednesday, after sources"
        " had reported for weeks that it would slip."
    )
    (match,) = matcher.match("", summary, language="en")
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
