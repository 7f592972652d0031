"""Dutch press words for the 2035 combustion-engine ban undone: "een streep door" the ban
(cancelled), cars that "mogen verkopen" after 2035 (still allowed on sale). With the act both
CO2 milestones amend (2019/631) cited in the lead, that is the review, not the flexibility."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from quality.matching import DEFAULT_PLAN
from timeline.plan import load_plan

MATCHER = Matcher(load_plan(DEFAULT_PLAN).milestones)
LEAD = "De Commissie wil Verordening (EU) 2019/631 wijzigen."


@pytest.mark.parametrize(
    "title",
    [
        "Europa zet een streep door het verbod op de verbrandingsmotor",
        "Na 2035 mogen fabrikanten dieselauto's blijven verkopen",
        "Ook na 2035 blijven verkopen: plug-in hybrides gered",
    ],
)
def test_the_ban_undone_in_dutch_is_the_review(title: str) -> None:
    found = {m.milestone_id for m in MATCHER.match(title, LEAD, language="nl")}
    assert "co2-standards-review" in found, found
    assert "co2-standards-flexibility" not in found, found
