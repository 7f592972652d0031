"""A headline whose deed has another milestone's name as its object, read for a milestone the
headline does not name (or names in a clause of its own): the deed is the other's.

"Kommission schlägt Änderung der Eurovignetten-Richtlinie vor", over a lead that only
announces the car-label revision, delivers the Eurovignette change, not the label; "Commission
proposes EGF changes; observatory to follow" proposes no observatory. A lead that says what a
package contains ("Het pakket bevat ... de Battery Booster") has the package's deed deliver
its contents, and a word of a description is no name.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(
        [
            milestone("toll", {"de": ("Eurovignette*",), "en": ("EGF",), "nl": ("omnibus",)}),
            milestone(
                "label",
                {"de": ("Pkw-Label",), "en": ("observatory",), "nl": ("Battery Booster",)},
            ),
        ]
    )


def kinds(matcher: Matcher, title: str, summary: str, language: str) -> dict[str, EvidenceKind]:
    return {m.milestone_id: m.kind for m in matcher.match(title, summary, language=language)}


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "Kommission schlägt Änderung der Eurovignette-Richtlinie vor",
            "Zugleich kündigte die Behörde an, im Herbst das Pkw-Label zu überarbeiten.",
            "de",
        ),
        (
            "Commission proposes EGF and ESF+ changes; observatory to follow",
            "The Commission said it would set up an observatory later this year.",
            "en",
        ),
    ],
)
def test_the_headline_deed_is_the_named_milestones(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    found = kinds(matcher, title, summary, language)
    assert found["toll"] is EvidenceKind.DELIVERED
    assert found["label"] is not EvidenceKind.DELIVERED


def test_a_package_told_by_its_contents_delivers_them(matcher: Matcher) -> None:
    found = kinds(
        matcher,
        "Brussel presenteert omnibus voor autofabrikanten",
        "Het pakket van de Europese Commissie bevat de Battery Booster voor batterijcellen.",
        "nl",
    )
    assert found == {"toll": EvidenceKind.DELIVERED, "label": EvidenceKind.DELIVERED}
