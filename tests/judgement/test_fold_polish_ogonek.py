"""A Polish word-final "ą" keeps its verb's number, and so its tense, after folding.

Folding took the ogonek off, so "przedstawią" (they will present, perfective) read as
"przedstawia" (presents): "Ministrowie zatwierdzą ..." was the ministers approving. The word-final
"ą" folds to "om" now, which the Polish stemmer strips as it stripped the "a" ("umową" and
"umowa" keep one stem), and the plural perfective futures are listed as futures.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from monitor.judgement.matching.fold import fold
from monitor.judgement.polish import stem
from tests.milestone_support import bundled_matcher
from timeline.model import EvidenceKind


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return bundled_matcher()


def test_a_final_ogonek_is_kept_apart_and_an_inner_one_is_not() -> None:
    assert fold("przedstawią") != fold("przedstawia")
    assert fold("Zatwierdzą") != fold("zatwierdza")
    assert fold("wiążące") == "wiazace"


@pytest.mark.parametrize(
    ("inflected", "base"),
    [
        ("umową", "umowa"),
        ("elektryczną", "elektryczna"),
        ("ciężarówką", "ciężarówka"),
        ("elastycznością", "elastyczność"),
        ("Komisją", "Komisja"),
    ],
)
def test_an_instrumental_keeps_the_stem_of_its_base_form(inflected: str, base: str) -> None:
    assert stem(fold(inflected)) == stem(fold(base))


def kind(matcher: Matcher, milestone: str, title: str, summary: str = "") -> EvidenceKind:
    matches = {m.milestone_id: m for m in matcher.match(title, summary, language="pl")}
    assert milestone in matches, matches
    return matches[milestone].kind


def test_ministers_who_will_approve_have_not_approved(matcher: Matcher) -> None:
    title = "Ministrowie zatwierdzą zwolnienie z opłat drogowych dla elektrycznych ciężarówek"
    assert kind(matcher, "eurovignette-zev-exemption", title) is EvidenceKind.MENTION


def test_commissioners_who_will_present_make_the_headlines_deed_a_plan(matcher: Matcher) -> None:
    title = "Bruksela łagodzi kary CO2 dla producentów aut"
    summary = "Komisarze przedstawią propozycję w środę."
    assert kind(matcher, "co2-standards-flexibility", title, summary) is EvidenceKind.MENTION


def test_the_singular_present_is_still_a_deed(matcher: Matcher) -> None:
    title = "Komisja przedstawia przedłużenie zwolnienia z opłat drogowych dla e-ciężarówek"
    assert kind(matcher, "eurovignette-zev-exemption", title) is EvidenceKind.DELIVERED
