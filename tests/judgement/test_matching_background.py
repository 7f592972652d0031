"""A deed told as background is not the news: the past perfect, or a clause about what another
actor acted on.

"Das EU-Parlament stimmte für die Flexibilität, die die Kommission im April vorgeschlagen
hatte" was read as the Commission's proposal, a delivery: the relative clause stands on its own
between commas, with the Commission as its subject. Its past perfect, or its place after
Parliament's act (a relative or a participle about the thing voted on), makes it background.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {
    "en": ("corporate fleets",),
    "de": ("Firmenflotten",),
    "fr": ("flottes d'entreprise",),
    "es": ("flotas corporativas",),
    "it": ("flotte aziendali",),
    "nl": ("bedrijfsvloten",),
    "pl": ("flot firmowych",),
}
TITLES = {
    "en": "Quotas for corporate fleets",
    "de": "Quoten für Firmenflotten",
    "fr": "Quotas pour les flottes d'entreprise",
    "es": "Cuotas para flotas corporativas",
    "it": "Quote per le flotte aziendali",
    "nl": "Quota voor bedrijfsvloten",
    "pl": "Limity dla flot firmowych",
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("fleets", TERMS)])


@pytest.mark.parametrize(
    ("summary", "language"),
    [
        ("MEPs debated the quotas. The Commission had proposed them in May.", "en"),
        ("MEPs backed the quotas on Thursday, which the Commission proposed in May.", "en"),
        ("Die Abgeordneten stimmten ab, nachdem die Kommission den Text vorgelegt hatte.", "de"),
        (
            "Das Parlament stimmte für die Quoten, die die Kommission im Mai vorgeschlagen hat.",
            "de",
        ),
        ("Les députés ont débattu. La Commission avait présenté le texte en mai.", "fr"),
        ("Los eurodiputados debatieron. La Comisión había presentado el texto en mayo.", "es"),
        ("Gli eurodeputati hanno votato il testo, che la Commissione ha proposto a maggio.", "it"),
        ("Het Parlement stemde, nadat de Commissie de tekst in mei had voorgesteld.", "nl"),
        ("Parlament poparł limity, zaproponowane przez Komisję w maju.", "pl"),
        ("Parlament poparł limity, które Komisja zaproponowała w maju.", "pl"),
    ],
)
def test_a_deed_told_as_background_is_no_delivery(
    matcher: Matcher, summary: str, language: str
) -> None:
    (match,) = matcher.match(TITLES[language], summary, language=language)
    assert match.kind is not EvidenceKind.DELIVERED, match.explanation


@pytest.mark.parametrize(
    ("summary", "language"),
    [
        ("Das sieht die Empfehlung vor, die die Kommission am Dienstag veröffentlicht hat.", "de"),
        ("The Commission presented the text on Tuesday, which sets the quotas.", "en"),
    ],
)
def test_a_relative_clause_after_no_ones_act_still_reports_the_deed(
    matcher: Matcher, summary: str, language: str
) -> None:
    (match,) = matcher.match(TITLES[language], summary, language=language)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


@pytest.mark.parametrize(
    ("summary", "language"),
    [
        ("MEPs backed the quotas on Thursday, as proposed by the Commission in May.", "en"),
        ("Les députés ont approuvé les quotas, comme proposé par la Commission en mai.", "fr"),
        ("Gli eurodeputati hanno approvato le quote, come proposto dalla Commissione.", "it"),
        ("Los eurodiputados aprobaron las cuotas, tal como propuso la Comisión en mayo.", "es"),
        ("Los eurodiputados aprobaron las cuotas, como propuso la Comisión en mayo.", "es"),
        ("Het Parlement stemde voor de quota, zoals voorgesteld door de Commissie.", "nl"),
        ("Parlament poparł limity, jak zaproponowała Komisja w maju.", "pl"),
        ("Das Parlament stimmte für die Quoten, wie von der Kommission vorgeschlagen.", "de"),
    ],
)
def test_a_clause_of_comparison_recalling_the_deed_is_background(
    matcher: Matcher, summary: str, language: str
) -> None:
    (match,) = matcher.match(TITLES[language], summary, language=language)
    assert match.kind is not EvidenceKind.DELIVERED, match.explanation


def test_a_clause_of_comparison_with_its_own_subject_still_reports_the_deed(
    matcher: Matcher,
) -> None:
    summary = "Campaigners slam the quotas, as the Commission proposes them for corporate fleets."
    (match,) = matcher.match(TITLES["en"], summary, language="en")
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
