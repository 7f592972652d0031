"""A deed verb a headline uses as a noun, right before a negation, is what is postponed.

"Battery Booster unveiling delayed to January" was read as a delivery: "unveiling" is a deed
verb with no actor, and the negation after it did not count, as an English negation after
the verb usually qualifies something else ("proposes delaying the ban"). Right after a verb
with no subject, the negation is that noun's predicate: the deed is put off.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {"en": ("Battery Booster",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("booster", TERMS)])


@pytest.mark.parametrize(
    "title",
    [
        "Battery Booster unveiling delayed to January",
        "Battery Booster launch postponed until spring",
    ],
)
def test_a_deed_noun_before_a_negation_is_put_off(matcher: Matcher, title: str) -> None:
    (match,) = matcher.match(title, "", language="en")
    assert match.kind is EvidenceKind.MENTION, match.explanation


def test_an_actors_deed_of_delaying_something_else_is_still_the_deed(matcher: Matcher) -> None:
    title = "Commission proposes delaying the Battery Booster's second phase"
    (match,) = matcher.match(title, "", language="en")
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
