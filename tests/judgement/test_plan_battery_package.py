"""The Battery Booster is reported as what it is: an EU package of Innovation Fund money for
batteries, often without its name ("steunpakket", "pakiet wsparcia", "pacchetto")."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from quality.matching import DEFAULT_PLAN
from timeline.model import EvidenceKind
from timeline.plan import load_plan

MATCHER = Matcher(load_plan(DEFAULT_PLAN).milestones)


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "nl",
            "Europese Commissie onthult pakket voor accufabrikanten",
            "Het geld komt uit het Innovatiefonds en gaat naar batterijcellen.",
        ),
        (
            "pl",
            "Komisja Europejska przedstawiła pakiet dla producentów baterii",
            "Środki pochodzą z Funduszu Innowacyjnego.",
        ),
        (
            "it",
            "La Commissione presenta il pacchetto per le batterie",
            "I fondi arrivano dal Fondo per l'innovazione.",
        ),
        (
            "es",
            "La Comisión presenta un paquete para las baterías",
            "El dinero procede del Fondo de Innovación.",
        ),
    ],
)
def test_an_eu_battery_package_of_innovation_fund_money_is_the_battery_booster(
    language: str, title: str, summary: str
) -> None:
    found = {m.milestone_id: m.kind for m in MATCHER.match(title, summary, language=language)}
    assert found.get("battery-booster") is EvidenceKind.DELIVERED, found


def test_a_battery_package_without_the_innovation_fund_is_not_the_booster() -> None:
    found = {
        m.milestone_id
        for m in MATCHER.match(
            "Commissie presenteert pakket voor batterijen", "Lidstaten betalen mee.", language="nl"
        )
    }
    assert "battery-booster" not in found, found
