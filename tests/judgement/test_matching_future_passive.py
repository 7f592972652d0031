"""The French passive in the future or the conditional ("sera présentée", "serait adopté") is
a plan: what will or would be done is not done. A relative clause saying what will follow a
deed done ("a adopté le règlement, qui sera publié ...") leaves that deed done."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {"fr": ("étiquetage des pneus",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("tyre-label-revision", TERMS)])


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Pneus : Bruxelles prépare le terrain",
            "La commissaire a confirmé qu'une révision de l'étiquetage des pneus sera présentée"
            " en novembre.",
        ),
        (
            "Étiquetage des pneus : une proposition serait adoptée par la Commission en juin",
            "",
        ),
        (
            "Automobile : le calendrier de Bruxelles",
            "Les nouvelles règles sur l'étiquetage des pneus seront dévoilées par la Commission"
            " après l'été.",
        ),
    ],
)
def test_a_passive_future_is_a_plan(matcher: Matcher, title: str, summary: str) -> None:
    (match,) = matcher.match(title, summary, language="fr")
    assert match.kind is not EvidenceKind.DELIVERED, match.explanation


def test_a_deed_done_with_a_publication_to_come(matcher: Matcher) -> None:
    (match,) = matcher.match(
        "Étiquetage des pneus : la Commission a présenté sa proposition",
        "Le texte, qui sera examiné par le Parlement à l'automne, impose une note d'adhérence.",
        language="fr",
    )
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
