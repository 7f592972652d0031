"""A conditional right after the Commission's act named as a noun says what the act does.

"Commission proposal would let carmakers average CO2 targets over three years" was read as a
plan: "would" scoped the headline. After the act's noun the conditional is the act's content
(the proposal exists; what it would do once law is the news), unless a verb of making the act
follows ("Commission proposal would be unveiled next week"). "Will" after the noun stays a
future: it also dates the act ("Commission proposal will come in June").
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {"en": ("corporate fleets",), "de": ("Firmenflotten",), "nl": ("bedrijfsvloten",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("fleets", TERMS)])


def judged(matcher: Matcher, title: str, language: str) -> EvidenceKind:
    (match,) = matcher.match(title, language=language)
    return match.kind


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Commission proposal would give corporate fleets a zero-emission quota", "en"),
        ("Kommissionsvorschlag würde Firmenflotten zu E-Autos verpflichten", "de"),
        ("Voorstel van de Commissie zou bedrijfsvloten verplichten elektrisch te rijden", "nl"),
    ],
)
def test_a_conditional_after_the_acts_noun_is_its_content(
    matcher: Matcher, title: str, language: str
) -> None:
    assert judged(matcher, title, language) is EvidenceKind.DELIVERED


@pytest.mark.parametrize(
    "title",
    [
        "Commission proposal would be unveiled next week on corporate fleets",
        "Commission proposal will come in June for corporate fleets",
        "Brussels would give corporate fleets a zero-emission quota",
    ],
)
def test_a_future_of_the_act_itself_stays_a_plan(matcher: Matcher, title: str) -> None:
    assert judged(matcher, title, "en") is EvidenceKind.MENTION
