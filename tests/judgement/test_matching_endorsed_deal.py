"""One side endorsing the co-legislators' deal says the deal was struck.

"EU ambassadors endorse deal on heavier lorries" was read as the Council's own position (an
agreement of one side alone), and "the provisional agreement reached with Parliament" as the
Parliament's: the ambassadors (Coreper) were no institution, and the counterpart after "with"
counted as the only side. An endorsing verb whose object is the agreement, and a side named
as the counterpart ("with Parliament", "avec le Parlement"), say the deal exists; one side
agreeing on its own, or rejecting the deal, does not.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceKind, Responsible

TERMS = {
    "en": ("heavier lorries",),
    "fr": ("camions plus lourds",),
    "de": ("schwerere Lkw",),
    "es": ("camiones más pesados",),
    "nl": ("zwaardere vrachtwagens",),
    "pl": ("cięższych ciężarówek",),
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    deal = Deed(DeedKind.AGREEMENT, Responsible.COLEGISLATORS)
    return Matcher([milestone("lorries", TERMS, deal, DeliverableKind.OTHER)])


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        ("EU ambassadors endorse deal on heavier lorries", "", "en"),
        (
            "Les ambassadeurs des Vingt-Sept entérinent l'accord sur les camions plus lourds",
            "",
            "fr",
        ),
        ("Los embajadores de la UE refrendan el acuerdo sobre camiones más pesados", "", "es"),
        ("EU-Botschafter billigen Einigung über schwerere Lkw", "", "de"),
        ("EU-ambassadeurs bekrachtigen akkoord over zwaardere vrachtwagens", "", "nl"),
        ("Ambasadorowie UE zatwierdzili porozumienie w sprawie cięższych ciężarówek", "", "pl"),
        (
            "Heavier lorries",
            "Coreper confirmed the provisional agreement reached with Parliament on Friday.",
            "en",
        ),
        (
            "Camions plus lourds",
            "Le Coreper a confirmé l'accord provisoire trouvé avec le Parlement européen.",
            "fr",
        ),
        (
            "Zwaardere vrachtwagens",
            "Het Coreper bevestigde het voorlopige akkoord met het Parlement.",
            "nl",
        ),
    ],
)
def test_one_side_endorsing_the_deal_reports_the_deal(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    (match,) = matcher.match(title, summary, language=language)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("EU ambassadors reach agreement on heavier lorries", "en"),
        ("Les ambassadeurs des Vingt-Sept trouvent un accord sur les camions plus lourds", "fr"),
        ("MEPs reject deal on heavier lorries", "en"),
        ("EU ambassadors back negotiating mandate on heavier lorries", "en"),
    ],
)
def test_one_side_agreeing_alone_or_rejecting_is_no_deal(
    matcher: Matcher, title: str, language: str
) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is not EvidenceKind.DELIVERED, match.explanation
