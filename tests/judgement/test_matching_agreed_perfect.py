"""The German perfect of agreeing puts the participle last: "Parlament und Rat haben sich in
der Nacht auf die Reform geeinigt", "... sich auf einen Kompromiss verständigt". The participle
alone is the agreement; one side agreeing alone is still its position. Under a headline of a
green light that names no legislator ("Grünes Licht im Trilog"), such a lead says the green
light was the deal."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceKind, Responsible

TERMS = {"de": ("Reifenkennzeichnung",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    deal = Deed(DeedKind.AGREEMENT, Responsible.COLEGISLATORS)
    return Matcher([milestone("tyre-label-deal", TERMS, deal, DeliverableKind.OTHER)])


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Reifen bekommen ein neues Etikett",
            "Unterhändler von Europaparlament und Rat haben sich in der Nacht auf die Reform der"
            " Reifenkennzeichnung geeinigt.",
        ),
        (
            "Grünes Licht im Trilog: Reifen bekommen ein neues Etikett",
            "Parlament und Mitgliedstaaten haben sich auf die neue Reifenkennzeichnung"
            " verständigt.",
        ),
    ],
)
def test_the_perfect_of_agreeing_is_the_deal(matcher: Matcher, title: str, summary: str) -> None:
    (match,) = matcher.match(title, summary, language="de")
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


def test_one_side_agreeing_is_its_position(matcher: Matcher) -> None:
    (match,) = matcher.match(
        "Reifenkennzeichnung",
        "Die Verkehrsminister haben sich am Donnerstag auf ihre Position zur Reifenkennzeichnung"
        " geeinigt.",
        language="de",
    )
    assert match.kind is EvidenceKind.PROGRESS, match.explanation
