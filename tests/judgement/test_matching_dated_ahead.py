"""A present deed with a date a week or a month ahead is a schedule: "presenteert volgende week".

"Commissie presenteert volgende week haar autopakket" was read as the package presented: a
future word counted only before the verb (or after an announcing verb), and Dutch, Spanish,
Italian and English put the date after the present tense that tells the schedule. Only the
near dates of `dates_ahead` do: "from next year" after a deed dates the content
(test_matching_announced_for_later).
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {
    "en": ("corporate fleets",),
    "nl": ("bedrijfsvloten",),
    "es": ("flotas corporativas",),
    "it": ("flotte aziendali",),
    "pl": ("flot firmowych",),
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("fleets", TERMS)])


def judged(matcher: Matcher, title: str, language: str) -> EvidenceKind:
    (match,) = matcher.match(title, language=language)
    return match.kind


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Commission presents corporate fleets rules next week", "en"),
        ("Commissie presenteert volgende week regels voor bedrijfsvloten", "nl"),
        ("La Comisión presenta la próxima semana su propuesta sobre flotas corporativas", "es"),
        ("La Commissione presenta la prossima settimana le regole sulle flotte aziendali", "it"),
        ("KE przedstawia w przyszłym tygodniu przepisy dotyczące flot firmowych", "pl"),
    ],
)
def test_a_deed_dated_next_week_is_a_plan(matcher: Matcher, title: str, language: str) -> None:
    assert judged(matcher, title, language) is EvidenceKind.MENTION


def test_the_same_deed_with_no_date_is_done(matcher: Matcher) -> None:
    title = "Commissie presenteert regels voor bedrijfsvloten"
    assert judged(matcher, title, "nl") is EvidenceKind.DELIVERED
