"""A review of the CO2 standards said of cars describes the car CO2 review in every language.

English finds it by the term "CO2 standards"; the other languages name it by its concepts, and
"co2 + review" with a car word is whole. Trucks have CO2 standards and a review too, so the
review without a car word stays undescribed, and the car label's revision is not this review.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Match, Matcher
from tests.milestone_support import bundled_matcher

REVIEW = "co2-standards-review"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return bundled_matcher()


def found(matcher: Matcher, title: str, summary: str, language: str) -> dict[str, Match]:
    return {m.milestone_id: m for m in matcher.match(title, summary, language=language)}


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        ("Commissie ontkent uitstel van herziening CO2-normen", "Het gaat om auto's.", "nl"),
        ("La Comisión niega aplazar la revisión de las normas de CO2", "Para coches.", "es"),
        ("Komisja zaprzecza opóźnieniu przeglądu norm CO2", "Dla samochodów.", "pl"),
    ],
)
def test_a_car_co2_review_is_described(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    assert REVIEW in found(matcher, title, summary, language)


def test_a_review_of_truck_co2_standards_is_not_the_car_review(matcher: Matcher) -> None:
    title = "Herziening van de CO2-normen voor vrachtwagens"
    assert REVIEW not in found(matcher, title, "", "nl")
