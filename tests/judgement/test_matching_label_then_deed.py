"""A headline of a topic label and a deed with no actor ("Kfz-GVO: Es ist beschlossen",
"Règlement X : le texte a été adopté") leaves the author to the lead. The clause after the label
is about the label, so a lead in which the responsible actor did the deed makes it done, as it
does under a headline whose deed clause holds the term ("Toll exemption extended")."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceKind, Responsible

TERMS = {"fr": ("étiquetage des pneus",), "de": ("Reifenkennzeichnung",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    adoption = Deed(DeedKind.ADOPTION, Responsible.COMMISSION)
    return Matcher([milestone("tyre-label-rules", TERMS, adoption, DeliverableKind.OTHER)])


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "Étiquetage des pneus : le nouveau règlement a été adopté",
            "La Commission a prolongé jeudi les règles, qui entrent en vigueur en mars.",
            "fr",
        ),
        (
            "Reifenkennzeichnung: Es ist beschlossen",
            "Die EU-Kommission hat die Regeln am Donnerstag um fünf Jahre verlängert.",
            "de",
        ),
    ],
)
def test_the_lead_names_who_did_the_labelled_deed(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    (match,) = matcher.match(title, summary, language=language)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
    assert match.confidence >= 0.8, match.explanation


def test_a_lead_with_another_actor_leaves_it_unsettled(matcher: Matcher) -> None:
    (match,) = matcher.match(
        "Reifenkennzeichnung: Es ist beschlossen",
        "Die Autoindustrie hat die Regeln am Donnerstag kritisiert.",
        language="de",
    )
    assert not (match.kind is EvidenceKind.DELIVERED and match.confidence >= 0.8), match
