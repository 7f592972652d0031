"""Money awarded, told with the award verbs of German and the Spanish participle.

German "bewilligt" (grants, approves money) and "vergeben" (awarded, the participle of the
perfect "hat ... an 38 Projekte vergeben") are the deed of a funding milestone, as "vergibt"
is; Spanish "ha adjudicado" is the perfect of "adjudica". Without a deed verb the same reports
are only mentions.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceKind, Responsible

TERMS = {"de": ("Ladefonds",), "es": ("fondo de recarga",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    deed = Deed(DeedKind.FUNDING, Responsible.COMMISSION)
    return Matcher([milestone("fund", TERMS, deed, DeliverableKind.FUNDING)])


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        ("Brüssel bewilligt 300 Millionen Euro aus dem Ladefonds", "", "de"),
        (
            "Ladefonds: Geld für 40 Projekte",
            "Die EU-Kommission hat aus dem Ladefonds 300 Millionen Euro an 40 Projekte vergeben.",
            "de",
        ),
        (
            "Dinero para 40 proyectos del fondo de recarga",
            "La Comisión Europea ha adjudicado 300 millones de euros del fondo de recarga.",
            "es",
        ),
    ],
)
def test_an_award_verb_delivers_the_money(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    (match,) = matcher.match(title, summary, language=language)
    assert match.kind is EvidenceKind.DELIVERED
    assert match.confidence >= 0.8
