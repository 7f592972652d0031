"""Plans shown to others: officials briefing, a plan presented to an audience, a call opened.

"Commission officials present Battery Booster plans to industry": officials are the
Commission's staff, not the College that adopts its acts; a plan presented to stakeholders
("aux industriels", "a los fabricantes", "aan autofabrikanten", "der Autoindustrie") is shown
to them, not adopted. Who a plan helps ("to support battery cell makers", "para ayudar a los
fabricantes") is no audience, and "propose aux constructeurs" offers them the deed. A call
opened ("EU opens call for ... test corridors") is a step towards what it calls for.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import bundled_matcher, found
from timeline.model import EvidenceKind

BOOSTER = "battery-booster"
TESTBEDS = "autonomous-vehicle-testbeds"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return bundled_matcher()


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Commission officials present Battery Booster plans to industry"),
        ("de", "EU-Beamte stellen der Branche den Battery Booster vor"),
        ("it", "Funzionari della Commissione presentano il Battery Booster"),
        ("pl", "Urzędnicy Komisji przedstawili plan Battery Booster"),
        ("es", "Funcionarios de la Comisión presentan el Battery Booster"),
    ],
)
def test_officials_presenting_are_no_adoption(matcher: Matcher, language: str, title: str) -> None:
    assert found(matcher, title, language)[BOOSTER].kind is EvidenceKind.MENTION


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "La Commission présente le Battery Booster aux industriels"),
        ("es", "La Comisión presenta a los fabricantes su plan Battery Booster"),
        ("nl", "Commissie presenteert Battery Booster aan autofabrikanten"),
        ("de", "Kommission stellt der Autoindustrie den Battery Booster vor"),
        ("en", "Commission presents Battery Booster to carmakers"),
    ],
)
def test_a_plan_presented_to_an_audience_is_no_adoption(
    matcher: Matcher, language: str, title: str
) -> None:
    match = found(matcher, title, language)[BOOSTER]
    assert match.kind is EvidenceKind.MENTION
    assert "shown to others" in match.explanation


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Commission presents Battery Booster to support battery cell makers"),
        ("es", "La Comisión presenta su Battery Booster para ayudar a los fabricantes"),
        ("de", "Kommission stellt Battery Booster für die Autoindustrie vor"),
        ("en", "Commission presents Battery Booster"),
    ],
)
def test_who_a_plan_helps_is_no_audience(matcher: Matcher, language: str, title: str) -> None:
    assert found(matcher, title, language)[BOOSTER].kind is EvidenceKind.DELIVERED


def test_proposing_to_carmakers_offers_them_the_deed(matcher: Matcher) -> None:
    title = "Bruxelles propose aux constructeurs trois ans pour atteindre les objectifs CO2"
    summary = "La Commission veut calculer la moyenne des émissions des voitures sur 2025-2027."
    match = found(matcher, title, "fr", summary)["co2-standards-flexibility"]
    assert match.kind is EvidenceKind.DELIVERED


def test_a_call_opened_is_a_step(matcher: Matcher) -> None:
    title = "EU opens call for autonomous vehicle testbeds"
    assert found(matcher, title, "en")[TESTBEDS].kind is EvidenceKind.PROGRESS


def test_testbeds_selected_are_launched(matcher: Matcher) -> None:
    title = "EU selects cross-border testbeds for autonomous vehicles"
    assert found(matcher, title, "en")[TESTBEDS].kind is EvidenceKind.DELIVERED
