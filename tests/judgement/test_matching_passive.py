"""German "wird"/"werden" make a passive with a participle, a future with an infinitive."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import bundled_matcher
from timeline.model import EvidenceKind

TOLLS = "eurovignette-zev-exemption"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return bundled_matcher()


def kind(matcher: Matcher, title: str) -> EvidenceKind:
    (match,) = [m for m in matcher.match(title, language="de") if m.milestone_id == TOLLS]
    return match.kind


@pytest.mark.parametrize(
    "title",
    [
        "Mautbefreiung für emissionsfreie Lkw wird bis 2031 verlängert",
        "Mautbefreiungen für emissionsfreie Lkw werden verlängert",
    ],
)
def test_a_passive_reports_what_was_done(matcher: Matcher, title: str) -> None:
    assert kind(matcher, title) is EvidenceKind.DELIVERED


@pytest.mark.parametrize(
    "title",
    [
        "Brüssel wird die Mautbefreiung für emissionsfreie Lkw verlängern",
        "Mautbefreiung für emissionsfreie Lkw soll bis 2031 verlängert werden",
        "Die Kommission wird nächste Woche die Mautbefreiung für E-Lkw vorlegen",
    ],
)
def test_a_future_or_a_modal_is_still_a_plan(matcher: Matcher, title: str) -> None:
    assert kind(matcher, title) is EvidenceKind.MENTION
