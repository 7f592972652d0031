"""A headline of approval that names no legislator, and a lead that says whose it was.

"Via libera Ue a ...", "Zielone światło dla ...", "Groen licht voor ...", "Luz verde a ..." are
what Parliament and the Council give, unless the lead says the responsible actor itself did the
deed: then the green light was the Commission's adoption of its proposal. A lead in which anyone
else acts, or a headline that names the legislator, keeps the step.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {
    "it": ("esenzione dai pedaggi",),
    "pl": ("zwolnienie z opłat",),
    "nl": ("tolvrijstelling",),
    "es": ("exención de peajes",),
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("tolls", TERMS)])


def judged(matcher: Matcher, title: str, summary: str, language: str) -> tuple[EvidenceKind, float]:
    (match,) = matcher.match(title, summary, language=language)
    return match.kind, match.confidence


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "Via libera Ue all'esenzione dai pedaggi per i furgoni elettrici",
            "La Commissione europea ha adottato martedì la proposta di modifica della direttiva.",
            "it",
        ),
        (
            "Zielone światło dla zwolnienie z opłat autobusów elektrycznych",
            "Komisja Europejska przyjęła we wtorek wniosek w tej sprawie.",
            "pl",
        ),
        (
            "Groen licht voor tolvrijstelling van elektrische bussen",
            "De Europese Commissie heeft dinsdag het voorstel aangenomen.",
            "nl",
        ),
    ],
)
def test_the_lead_names_the_responsible_actor_as_the_one_who_approved(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    kind, confidence = judged(matcher, title, summary, language)
    assert kind is EvidenceKind.DELIVERED
    assert confidence >= 0.8


def test_a_lead_in_which_parliament_votes_keeps_the_step(matcher: Matcher) -> None:
    kind, _ = judged(
        matcher,
        "Via libera Ue all'esenzione dai pedaggi per i furgoni elettrici",
        "Il Parlamento europeo ha approvato martedì la sua posizione negoziale.",
        "it",
    )
    assert kind is EvidenceKind.PROGRESS


def test_a_headline_naming_the_council_keeps_the_step(matcher: Matcher) -> None:
    kind, _ = judged(
        matcher,
        "Luz verde del Consejo a la exención de peajes para autobuses eléctricos",
        "La Comisión Europea había adoptado la propuesta en abril.",
        "es",
    )
    assert kind is EvidenceKind.PROGRESS


def test_without_a_lead_the_green_light_is_a_step(matcher: Matcher) -> None:
    kind, _ = judged(matcher, "Groen licht voor tolvrijstelling van elektrische bussen", "", "nl")
    assert kind is EvidenceKind.PROGRESS
