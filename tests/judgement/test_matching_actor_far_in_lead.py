"""The actor of a description may open the lead's sentence far from what it acts on.

A lead puts "the European Commission" first and the thing it presented thirty words on, after
a relative clause. The concepts that say what the text is about must stand within the window;
the actor concept only in the same part (title or summary).
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import bundled_matcher

FLEETS = "corporate-fleets-communication"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return bundled_matcher()


def found(matcher: Matcher, title: str, summary: str, language: str) -> set[str]:
    return {m.milestone_id for m in matcher.match(title, summary, language=language)}


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "Voitures électriques : un coup de pouce fiscal",
            "La Commission européenne a présenté mercredi une feuille de route destinée à"
            " soutenir l'industrie automobile du continent et qui prévoit notamment des"
            " incitations fiscales pour l'achat de voitures électriques dans les flottes"
            " d'entreprise.",
            "fr",
        ),
        (
            "A tax nudge for electric cars",
            "The European Commission on Wednesday presented a roadmap meant to support the"
            " continent's struggling car industry that among other things foresees tax"
            " incentives for buying electric cars in corporate fleets.",
            "en",
        ),
    ],
)
def test_the_actor_opening_a_long_lead_completes_the_description(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    assert FLEETS in found(matcher, title, summary, language)


def test_what_the_text_is_about_must_still_stand_together(matcher: Matcher) -> None:
    summary = (
        "The European Commission said corporate fleets account for most new car sales in the"
        " union, and in a separate chapter of the long report on the industry's prospects it"
        " discussed tax incentives."
    )
    assert FLEETS not in found(matcher, "Car market outlook", summary, "en")
