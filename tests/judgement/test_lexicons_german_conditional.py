"""German conditional and reported future are no deed: "würde ... vorgelegt", "werde ...".

"Die Überprüfung ... würde dann schon im Herbst vorgelegt" was read as the review presented:
"würde" (would) was no future word, so the participle stood alone as the Commission's deed.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("fleets", {"de": ("Firmenflotten",)})])


@pytest.mark.parametrize(
    "summary",
    [
        "Der Vorschlag zu Firmenflotten würde im Herbst vorgelegt.",
        "Der Vorschlag zu Firmenflotten werde am Mittwoch vorgestellt, sagte ein Sprecher.",
    ],
)
def test_a_conditional_or_a_reported_future_is_no_deed(matcher: Matcher, summary: str) -> None:
    (match,) = matcher.match("", summary, language="de")
    assert match.kind is EvidenceKind.MENTION, match.explanation


def test_the_past_passive_still_reports_the_deed(matcher: Matcher) -> None:
    summary = "Der Vorschlag zu Firmenflotten wurde am Dienstag von der Kommission vorgelegt."
    (match,) = matcher.match("", summary, language="de")
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
