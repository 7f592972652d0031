"""The Commission's call for evidence on a review is a step of the review, not its delivery.

German press writes the call for evidence "Aufruf zur Stellungnahme" as well as the official
"Aufforderung zur Stellungnahme": started, it opens the review, it does not conclude it.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceKind, Responsible

TERMS = {"de": ("Reifenkennzeichnung",), "en": ("tyre labelling",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    adoption = Deed(DeedKind.ADOPTION, Responsible.COMMISSION)
    return Matcher([milestone("tyre-review", TERMS, adoption, DeliverableKind.OTHER)])


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Kommission startet Aufruf zur Stellungnahme zur Reifenkennzeichnung", "de"),
        ("Commission launches call for evidence on tyre labelling", "en"),
    ],
)
def test_a_call_for_evidence_is_a_step(matcher: Matcher, title: str, language: str) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is EvidenceKind.PROGRESS, match.explanation
