"""Grid-connection guidance is found when the press splits the connection around its object.

"Richtsnoeren voor een snellere aansluiting van laadpalen op het stroomnet", "orientaciones para
conectar antes los puntos de recarga a la red": the phrase "connection to the grid" is cut by
what is connected, so no grid-connection phrase matched. The connecting word and the grid word,
with guidance or priority, describe the milestone; connected cars do not.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from quality.matching import AUTO_ACCEPT, DEFAULT_PLAN
from timeline.model import EvidenceKind
from timeline.plan import load_plan

MATCHER = Matcher(load_plan(DEFAULT_PLAN).milestones)
GRID = "grid-connection-guidance"


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Commissie publiceert richtsnoeren om fabrieken sneller op het net aan te sluiten", "nl"),
        ("Bruselas publica orientaciones para conectar más rápido las fábricas a la red", "es"),
        ("Commission issues guidance to connect factories and depots to the grid faster", "en"),
        ("La Commissione pubblica linee guida per allacciare prima le fabbriche alla rete", "it"),
    ],
)  # fmt: skip
def test_a_split_connection_with_guidance_is_the_milestone(title: str, language: str) -> None:
    found = {m.milestone_id: m for m in MATCHER.match(title, "", language=language)}
    assert found[GRID].kind is EvidenceKind.DELIVERED, found
    assert found[GRID].confidence >= AUTO_ACCEPT, found


def test_connected_cars_and_the_grid_are_not_a_connection() -> None:
    title = "Commission issues guidance on connected cars and the power grid"
    found = {m.milestone_id for m in MATCHER.match(title, "", language="en")}
    assert GRID not in found
