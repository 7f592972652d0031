"""A call right after the act named as a noun is what the act asks, not a call for the act.

"La raccomandazione invita gli Stati membri a ..." tells what the recommendation the headline
reports says to member states; it is no one urging the Commission, so it leaves the headline's
deed standing. A call with a campaigner as its subject still makes the item a mention.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceKind, Responsible

TERMS = {"it": ("incentivi fiscali",), "fr": ("incitations fiscales",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    adoption = Deed(DeedKind.ADOPTION, Responsible.COMMISSION)
    return Matcher(
        [milestone("incentives-advice", TERMS, adoption, DeliverableKind.RECOMMENDATION)]
    )


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "La Commissione adotta la raccomandazione sui veicoli puliti",
            "La raccomandazione invita gli Stati membri a usare incentivi fiscali.",
            "it",
        ),
        (
            "La Commission adopte une recommandation sur les véhicules propres",
            "La recommandation invite les États membres à des incitations fiscales.",
            "fr",
        ),
    ],
)
def test_what_the_recommendation_asks_leaves_its_adoption(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    (match,) = matcher.match(title, summary, language=language)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


def test_a_campaigner_calling_is_still_a_call(matcher: Matcher) -> None:
    (match,) = matcher.match(
        "Le associazioni invitano Bruxelles a proporre incentivi fiscali", "", language="it"
    )
    assert match.kind is EvidenceKind.MENTION, match.explanation
