"""A headline's act with no actor takes its author from a lead that names the responsible actor.

"Przyjęto zalecenie w sprawie ubóstwa transportowego" (a recommendation was adopted) names no
one: it may be the Council's. A lead that goes on to the act's content with the Commission as
its subject ("Komisja Europejska zachęca w nim ...", "The Commission asks member states ...")
says whose act it is, though it reports no deed of its own.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from quality.matching import AUTO_ACCEPT
from tests.milestone_support import milestone
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceKind, Responsible

TERMS = {"en": ("demand incentives",), "pl": ("zachęt popytowych",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    adoption = Deed(DeedKind.ADOPTION, Responsible.COMMISSION)
    return Matcher(
        [milestone("incentives", TERMS, deed=adoption, kind=DeliverableKind.RECOMMENDATION)]
    )


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "Przyjęto zalecenie w sprawie zachęt popytowych",
            "Komisja Europejska zachęca w nim rządy do obniżenia podatków od aut elektrycznych.",
            "pl",
        ),
        (
            "Recommendation on demand incentives adopted",
            "The Commission asks member states to cut taxes on zero-emission cars.",
            "en",
        ),
    ],
)
def test_the_lead_names_the_author_of_an_actorless_act(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    (match,) = matcher.match(title, summary, language=language)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
    assert match.confidence >= AUTO_ACCEPT, match.explanation


@pytest.mark.parametrize(
    "summary",
    [
        "The Council asks member states to cut taxes on zero-emission cars.",
        "The Commission will ask member states to cut taxes on zero-emission cars.",
        "Carmakers welcomed the text on Tuesday.",
    ],
)
def test_another_actor_or_a_hedged_lead_leaves_it_for_review(
    matcher: Matcher, summary: str
) -> None:
    (match,) = matcher.match("Recommendation on demand incentives adopted", summary, language="en")
    assert match.confidence < AUTO_ACCEPT or match.kind is not EvidenceKind.DELIVERED
