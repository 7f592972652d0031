"""A draft put out for comments is a step of the procedure, not hearsay and not the act.

"Bruselas somete a consulta el borrador de las normas ...", "Commissie vraagt feedback op
ontwerpregels ...", "la Commission publie un projet de lignes directrices et appelle aux
commentaires" were read as hearsay (the draft word), as a call ("vraagt") or as the act
published. A `drafts` word with a `consult` word in its clause is the consultation on the
draft; a leak ("según un borrador filtrado") or a consultation still to come stays a mention.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceKind, Responsible

TERMS = {
    "es": ("vehículos autónomos",),
    "nl": ("zelfrijdende auto's",),
    "fr": ("véhicules autonomes",),
    "it": ("veicoli autonomi",),
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    adoption = Deed(DeedKind.ADOPTION, Responsible.COMMISSION)
    return Matcher([milestone("testing", TERMS, adoption, DeliverableKind.IMPLEMENTING_ACT)])


def judged(matcher: Matcher, title: str, language: str) -> EvidenceKind:
    (match,) = matcher.match(title, language=language)
    return match.kind


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Bruselas somete a consulta el borrador de las normas sobre vehículos autónomos", "es"),
        ("Commissie vraagt feedback op ontwerpregels voor zelfrijdende auto's", "nl"),
        (
            "La Commission publie un projet de règles sur les véhicules autonomes et appelle aux"
            " commentaires",
            "fr",
        ),
        ("Veicoli autonomi, la Commissione mette in consultazione la bozza delle regole", "it"),
    ],
)
def test_a_draft_out_for_comments_is_a_step(matcher: Matcher, title: str, language: str) -> None:
    assert judged(matcher, title, language) is EvidenceKind.PROGRESS


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Un borrador filtrado sobre vehículos autónomos, en consulta interna en Bruselas", "es"),
        ("Bruselas publicará el borrador de normas de vehículos autónomos para consulta", "es"),
    ],
)
def test_a_leaked_or_coming_consultation_stays_a_mention(
    matcher: Matcher, title: str, language: str
) -> None:
    assert judged(matcher, title, language) is EvidenceKind.MENTION
