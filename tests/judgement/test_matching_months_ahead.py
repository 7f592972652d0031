"""A deed dated by a month still to come when the item is published is a schedule, not a
delivery: "Commission presents Battery Booster in December", read in November. A month past,
or the item's own month before its day, leaves the deed done.

The sentences were written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.judgement.matching import Matcher
from monitor.judgement.matching.months import ahead, month_mentions
from timeline.model import EvidenceKind
from timeline.plan import load_plans

from conftest import BUNDLED_PLAN

NOVEMBER = dt.date(2025, 11, 20)


@pytest.fixture(scope="module")
def bundled_matcher() -> Matcher:
    return Matcher([m for plan in load_plans([BUNDLED_PLAN]) for m in plan.milestones])


def kinds(matcher: Matcher, lang: str, title: str, published: dt.date) -> list[EvidenceKind]:
    return [m.kind for m in matcher.match(title, language=lang, published=published)]


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Commission presents Battery Booster in December"),
        ("de", "Kommission legt Batterie-Booster am 16. Dezember vor"),
        ("es", "La Comisión presenta el Battery Booster el 16 de diciembre"),
        ("pl", "KE przedstawia Battery Booster w grudniu"),
        ("it", "La Commissione presenta il Battery Booster a dicembre"),
    ],
)
def test_a_deed_dated_ahead_is_a_schedule(bundled_matcher: Matcher, lang: str, title: str) -> None:
    assert EvidenceKind.DELIVERED not in kinds(bundled_matcher, lang, title, NOVEMBER)


def test_the_same_deed_read_after_the_date_is_delivered(bundled_matcher: Matcher) -> None:
    title = "Commission presents Battery Booster on 16 December"
    assert kinds(bundled_matcher, "en", title, dt.date(2025, 12, 17)) == [EvidenceKind.DELIVERED]


@pytest.mark.parametrize(
    ("words", "published", "expected"),
    [
        ("in december", NOVEMBER, True),
        ("in march", NOVEMBER, True),  # four months on
        ("in may", NOVEMBER, False),  # six months on: more likely the May before
        ("in june", NOVEMBER, False),
        ("16 december 2024", NOVEMBER, False),
        ("16 january 2026", NOVEMBER, True),
        ("on 21 november", NOVEMBER, True),
        ("on 19 november", NOVEMBER, False),
        ("in november", NOVEMBER, False),  # the item's own month, no day
    ],
)
def test_a_month_is_ahead_by_the_publication_date(
    words: str, published: dt.date, expected: bool
) -> None:
    (mention,) = month_mentions(words.split(), "en")
    assert ahead(mention, published) is expected


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("the december package", "en"),  # a name
        ("the commission may present", "en"),  # the verb
        ("de mei bloeit", "nl"),
    ],
)
def test_a_month_word_that_dates_nothing_is_no_mention(words: str, lang: str) -> None:
    assert list(month_mentions(words.split(), lang)) == []
