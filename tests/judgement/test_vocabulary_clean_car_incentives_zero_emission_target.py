"""Words the bundled vocabulary lacked for two milestones, in Dutch and Italian.

Dutch "fiscale prikkels voor schone auto's" (incentives for clean cars, as English "incentives
for electric cars") named only the taxation concept, so a recommendation on them read as a
partial description of the corporate-fleets communication, delivered. Italian "l'obiettivo di
zero emissioni" (the zero-emission target with its article's "di") named no CO2 concept, so a
package softening it "al 2035" did not reach the CO2 review.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import bundled_matcher, found
from timeline.model import EvidenceKind


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return bundled_matcher()


def test_dutch_incentives_for_clean_cars_are_the_demand_recommendation(matcher: Matcher) -> None:
    matches = found(
        matcher, "Europese Commissie neemt aanbeveling aan over prikkels voor schone auto's", "nl"
    )
    assert set(matches) == {"demand-incentives-recommendation"}
    assert matches["demand-incentives-recommendation"].kind is EvidenceKind.DELIVERED


def test_the_italian_zero_emission_target_with_di_is_the_co2_review(matcher: Matcher) -> None:
    summary = (
        "La Commissione ha presentato oggi un pacchetto che ammorbidisce l'obiettivo di zero"
        " emissioni al 2035."
    )
    matches = found(matcher, "Pacchetto automotive, Bruxelles rivede il 2035", "it", summary)
    assert "co2-standards-review" in matches
    assert matches["co2-standards-review"].kind is EvidenceKind.DELIVERED
    assert "obiettivo di zero emissioni" in matches["co2-standards-review"].terms
