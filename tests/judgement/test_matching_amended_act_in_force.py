"""The entry into force or the transposition of an act a milestone only amends is that act's
life, not a step of the milestone: a national transposition debate on the Eurovignette
directive, or a decree transposing the old end-of-life vehicles directive, is a mention."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from quality.matching import DEFAULT_PLAN
from timeline.model import EvidenceKind
from timeline.plan import load_plan

MATCHER = Matcher(load_plan(DEFAULT_PLAN).milestones)


def kinds(title: str, summary: str, language: str) -> dict[str, EvidenceKind]:
    return {m.milestone_id: m.kind for m in MATCHER.match(title, summary, language=language)}


@pytest.mark.parametrize(
    ("language", "title", "summary", "milestone"),
    [
        (
            "nl",
            "Omzetting van Richtlijn 1999/62/EG in Belgisch recht",
            "De regering legt de wet in het voorjaar voor.",
            "eurovignette-zev-exemption",
        ),
        (
            "it",
            "Demolitori contro il recepimento della direttiva 2000/53/CE",
            "Le associazioni chiedono di rivedere le autorizzazioni agli impianti.",
            "end-of-life-vehicles-regulation",
        ),
    ],
)
def test_the_transposition_of_an_amended_act_is_a_mention(
    language: str, title: str, summary: str, milestone: str
) -> None:
    assert kinds(title, summary, language).get(milestone) is EvidenceKind.MENTION


def test_the_transposition_beside_the_milestone_document_stays_a_step() -> None:
    found = kinds(
        "Demolitori contro il recepimento della direttiva 2000/53/CE",
        "Intanto la proposta COM(2023) 451 resta in discussione.",
        "it",
    )
    assert found.get("end-of-life-vehicles-regulation") is EvidenceKind.PROGRESS, found
