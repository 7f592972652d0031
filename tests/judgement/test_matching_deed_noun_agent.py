"""The deed named as a noun with its agent: "Adoption par la Commission de la recommandation",
"adoption by the Commission of its guidance", "Annahme durch die Kommission". A headline in
nominal style reports the act done, as a verb would; hedged, it is still a plan."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceKind, Responsible

TERMS = {
    "en": ("tyre labelling",),
    "fr": ("étiquetage des pneus",),
    "de": ("Reifenkennzeichnung",),
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    adoption = Deed(DeedKind.ADOPTION, Responsible.COMMISSION)
    return Matcher(
        [milestone("tyre-label-advice", TERMS, adoption, DeliverableKind.RECOMMENDATION)]
    )


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Adoption par la Commission des orientations sur l'étiquetage des pneus", "fr"),
        ("Présentation par la Commission européenne de ses règles d'étiquetage des pneus", "fr"),
        ("Tyre labelling: adoption by the Commission of the new guidance", "en"),
        ("Reifenkennzeichnung: Annahme durch die Kommission", "de"),
    ],
)
def test_the_deed_as_a_noun_with_its_agent_is_done(
    matcher: Matcher, title: str, language: str
) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


def test_the_deed_as_a_noun_still_waits_when_expected(matcher: Matcher) -> None:
    (match,) = matcher.match(
        "Étiquetage des pneus : l'adoption par la Commission est attendue en juin",
        "",
        language="fr",
    )
    assert match.kind is not EvidenceKind.DELIVERED, match.explanation
