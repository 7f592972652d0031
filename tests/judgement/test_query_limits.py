"""Query hits that the milestone's own vocabulary rules out: a national authority's act, and
a term another vehicle class qualifies.

A query (a term near a context word) has no exclusions, so "Bundesnetzagentur ... Netzanschlüsse
... Leitlinien" read as the EU's grid-connection guidance, and "the heavy-duty vehicle CO2
standards ... review" as the cars' CO2 review. A concept most of the milestone's descriptions
exclude now rules out its query hits too, and a term next to another vehicle class than the
one its descriptions name is another act; the same class next to a partial or whole
description rules that out as well.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import bundled_matcher, found
from timeline.model import EvidenceKind

REVIEW = "co2-standards-review"
GRID = "grid-connection-guidance"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return bundled_matcher()


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        ("en", "Commission opens review of CO2 standards for heavy-duty vehicles", ""),
        ("de", "Kommission überprüft CO2-Flottengrenzwerte für Lkw", ""),
        ("fr", "Bruxelles lance le réexamen des normes CO2 des poids lourds", ""),
        (
            "en",
            "EU reviews CO2 rules for heavy trucks",
            "The review of the trucks' targets starts.",
        ),
    ],
)
def test_another_vehicle_class_next_to_the_term_is_another_act(
    matcher: Matcher, language: str, title: str, summary: str
) -> None:
    assert REVIEW not in found(matcher, title, language, summary)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Brussels brings forward review of CO2 standards for cars and vans"),
        ("en", "Commission reviews CO2 standards for cars and trucks"),
        ("de", "Kommission legt Überprüfung der CO2-Flottengrenzwerte für Pkw vor"),
    ],
)
def test_the_milestones_own_class_keeps_the_term(
    matcher: Matcher, language: str, title: str
) -> None:
    assert REVIEW in found(matcher, title, language)


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "de",
            "Bundesnetzagentur legt Leitlinien für schnellere Netzanschlüsse von Ladeparks vor",
            "",
        ),
        (
            "en",
            "Ofgem sets out guidance to speed up grid connections for charging hubs",
            "The regulator wants network operators to prioritise truck depots.",
        ),
    ],
)
def test_a_national_authoritys_guidance_is_not_the_eus(
    matcher: Matcher, language: str, title: str, summary: str
) -> None:
    assert found(matcher, title, language, summary) == {}


def test_the_commissions_guidance_is_still_delivered(matcher: Matcher) -> None:
    title = "Commission issues guidance to speed up grid connections for charging points"
    assert found(matcher, title, "en")[GRID].kind is EvidenceKind.DELIVERED
