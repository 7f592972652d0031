"""A deed done "in the framework of" the milestone is the milestone's, not part of a wider plan.

"Nell'ambito di", "en el marco de", "in het kader van", "w ramach" are container words: what
follows them is the whole. When what follows is the milestone itself ("selected 40 projects in
the framework of the charging fund"), the deed was done under it; when it is something else
(the action plan), the milestone is one part of that, and the deed is the wider one's.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    terms = {
        "it": ("fondo per la ricarica",),
        "es": ("fondo para la recarga",),
        "nl": ("laadfonds",),
        "pl": ("funduszu ładowania",),
    }
    return Matcher([milestone("charging-fund", terms)])


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("La Commissione ha selezionato 40 progetti nell'ambito del fondo per la ricarica", "it"),
        ("La Comisión ha seleccionado 40 proyectos en el marco del fondo para la recarga", "es"),
        ("De Commissie selecteerde 40 projecten in het kader van het laadfonds", "nl"),
    ],
)
def test_a_deed_within_the_milestone_itself_is_delivered(
    matcher: Matcher, title: str, language: str
) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


def test_a_deed_within_a_wider_plan_is_still_part_of_it(matcher: Matcher) -> None:
    title = "La Commissione vara nell'ambito del piano d'azione il fondo per la ricarica"
    (match,) = matcher.match(title, "", language="it")
    assert match.kind is EvidenceKind.MENTION, match.explanation
