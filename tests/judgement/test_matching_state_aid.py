"""A member state's aid that the Commission clears is no deed of the EU's own programme.

"Commission approves German state aid for a battery plant" is a competition decision on one
state's support for one company; a milestone whose deed is the Commission adopting an EU
package on the same subject is only mentioned by it, whichever part names the package.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceKind, Responsible

TERMS = {
    "en": ("Cell Fund",),
    "de": ("Zellenfonds",),
    "it": ("Fondo celle",),
    "pl": ("Fundusz Ogniw",),
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    adoption = Deed(DeedKind.ADOPTION, Responsible.COMMISSION)
    return Matcher([milestone("cell-fund", TERMS, adoption, DeliverableKind.FUNDING)])


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "Commission approves German state aid for battery plant",
            "The decision is separate from the Cell Fund the EU promised.",
            "en",
        ),
        (
            "Kommission genehmigt staatliche Beihilfe für Batteriefabrik",
            "Der Zellenfonds lässt weiter auf sich warten.",
            "de",
        ),
        (
            "La Commissione approva aiuti di Stato per la gigafactory",
            "Il Fondo celle è atteso a fine anno.",
            "it",
        ),
        (
            "Komisja zatwierdziła pomoc publiczną dla fabryki baterii",
            "Fundusz Ogniw jest dopiero zapowiadany.",
            "pl",
        ),
    ],
)
def test_state_aid_cleared_is_no_delivery(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    (match,) = matcher.match(title, summary, language=language)
    assert match.kind is EvidenceKind.MENTION, match.explanation


def test_the_eu_programme_adopted_is_still_delivered(matcher: Matcher) -> None:
    (match,) = matcher.match(
        "Commission adopts the Cell Fund", "It supports battery production.", language="en"
    )
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
