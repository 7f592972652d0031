"""Dutch press words for the corporate fleets and for a mandate told as a compound.

The Dutch press writes of company fleets as "zakelijke wagenparken" and "leasevloten", and of
the mandate as a "-plicht" compound ("elektrificatieplicht", "aankoopplicht"); none of them
reached the fleet legislation, so its reports went unseen. A bare "wagenpark" is any fleet
(a bus operator's, a town's) and still names none.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import bundled_matcher

FLEETS = "corporate-fleets-legislation"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return bundled_matcher()


def found(matcher: Matcher, title: str, summary: str = "") -> set[str]:
    return {m.milestone_id for m in matcher.match(title, summary, language="nl")}


@pytest.mark.parametrize(
    "title",
    [
        "Verplichte quota voor elektrische auto's in zakelijke wagenparken",
        "Europese Commissie presenteert elektrificatieplicht voor leasevloten",
        "Brussel legt aankoopplicht voor emissievrije auto's op aan het zakelijk wagenpark",
    ],
)
def test_business_fleets_and_a_plicht_compound_name_the_fleet_legislation(
    matcher: Matcher, title: str
) -> None:
    assert FLEETS in found(matcher, title)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Busmaatschappij Arriva vernieuwt wagenpark met 200 elektrische bussen",
            "De nieuwe bussen rijden vanaf volgend jaar in Limburg.",
        ),
        (
            "Gemeente verplicht eigen wagenpark elektrisch te maken",
            "De gemeenteraad stemde in met een plan om alle dienstauto's te vervangen.",
        ),
    ],
)
def test_a_bare_wagenpark_names_no_fleet_legislation(
    matcher: Matcher, title: str, summary: str
) -> None:
    assert FLEETS not in found(matcher, title, summary)
