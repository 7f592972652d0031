"""A headline that names no term of a milestone and reports a deed whose object is another
milestone's description ("la Commission propose d'alléger l'homologation") does not deliver a
milestone the lead names only as a plan ("sa recommandation ... est annoncée pour 2026"):
the deed is the other's. A headline whose deed has two objects joined by "e" ("mette in campo
flessibilità sulla CO2 e un FEG più rapido", challenge item ch-it-089) still covers the
lead's milestone; and
"annoncée pour" a date is a schedule, not the act.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceKind, Responsible

ADOPTION = Deed(DeedKind.ADOPTION, Responsible.COMMISSION)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(
        [
            milestone("simplify", {"fr": ("homologation",), "it": ("flessibilità",)}),
            milestone(
                "incentives",
                {"fr": ("incitations non fiscales",), "it": ("fondo sociale",)},
                ADOPTION,
                DeliverableKind.RECOMMENDATION,
            ),
        ]
    )


def kinds(matcher: Matcher, title: str, summary: str, language: str) -> dict[str, EvidenceKind]:
    return {m.milestone_id: m.kind for m in matcher.match(title, summary, language=language)}


def test_the_headline_deed_of_another_milestone(matcher: Matcher) -> None:
    found = kinds(
        matcher,
        "Omnibus : la Commission propose d'alléger l'homologation",
        "Sa recommandation sur les incitations non fiscales à l'achat de véhicules propres"
        " est annoncée pour 2026.",
        "fr",
    )
    assert found["simplify"] is EvidenceKind.DELIVERED
    assert found["incentives"] is not EvidenceKind.DELIVERED


def test_announced_for_a_date_is_a_schedule(matcher: Matcher) -> None:
    found = kinds(
        matcher,
        "Véhicules propres",
        "La recommandation sur les incitations non fiscales est annoncée pour 2026.",
        "fr",
    )
    assert found["incentives"] is not EvidenceKind.DELIVERED
