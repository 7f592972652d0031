"""The fair transition observatory is reported by what it watches: car industry jobs, at EU level.

Headlines rarely say "fair transition"; they say the EU set up an observatory of jobs in the
car industry. A region's or a trade body's own observatory of the same jobs is not it.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from quality.matching import AUTO_ACCEPT, DEFAULT_PLAN
from timeline.model import EvidenceKind
from timeline.plan import load_plan

MATCHER = Matcher(load_plan(DEFAULT_PLAN).milestones)
OBSERVATORY = "fair-transition-observatory"


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Brussels sets up an observatory to follow car industry jobs", "en"),
        ("La Commissione istituisce un osservatorio sull'occupazione nel settore auto", "it"),
    ],
)
def test_an_eu_observatory_of_car_jobs_is_the_milestone(title: str, language: str) -> None:
    found = {m.milestone_id: m for m in MATCHER.match(title, "", language=language)}
    assert found[OBSERVATORY].kind is EvidenceKind.DELIVERED, found


def test_a_regional_observatory_of_car_jobs_is_not_accepted() -> None:
    title = "Piemonte, la Regione lancia un osservatorio sul lavoro nell'automotive"
    found = {m.milestone_id: m for m in MATCHER.match(title, "", language="it")}
    match = found.get(OBSERVATORY)
    assert match is None or match.confidence < AUTO_ACCEPT, match
