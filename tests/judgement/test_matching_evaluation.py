"""The Commission's evaluation of the act a milestone revises is a step before the revision.

"La Commission publie l'évaluation du règlement d'exemption par catégorie" was read as a
document beside the act, a mention. For a milestone that amends that act, its evaluation is the
first step of the revision (a progress); a study, or an evaluation for a milestone that amends
nothing, stays a document about the subject.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from quality.matching import DEFAULT_PLAN
from tests.milestone_support import milestone
from timeline.model import EvidenceKind
from timeline.plan import load_plan

PLAN = Matcher(load_plan(DEFAULT_PLAN).milestones)
BLOCK_EXEMPTION = "motor-vehicle-block-exemption-review"


def kinds(matcher: Matcher, title: str, language: str) -> dict[str, EvidenceKind]:
    return {m.milestone_id: m.kind for m in matcher.match(title, "", language=language)}


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Commission publishes evaluation of the motor vehicle block exemption regulation", "en"),
        ("Kommission veröffentlicht Evaluierung der Kfz-GVO", "de"),
        ("Commissie publiceert evaluatie van groepsvrijstellingsverordening motorvoertuigen", "nl"),
    ],
)
def test_an_evaluation_of_the_act_to_revise_is_a_step(title: str, language: str) -> None:
    assert kinds(PLAN, title, language)[BLOCK_EXEMPTION] is EvidenceKind.PROGRESS


def test_a_study_of_the_same_act_stays_a_mention() -> None:
    title = "Commission publishes study on the motor vehicle block exemption regulation"
    assert kinds(PLAN, title, "en")[BLOCK_EXEMPTION] is EvidenceKind.MENTION


def test_an_evaluation_for_a_milestone_that_amends_nothing_stays_a_mention() -> None:
    matcher = Matcher([milestone("fleets", {"en": ("corporate fleets",)})])
    title = "Commission publishes evaluation of corporate fleets"
    assert kinds(matcher, title, "en")["fleets"] is EvidenceKind.MENTION
