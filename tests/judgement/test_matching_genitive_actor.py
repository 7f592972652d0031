"""An actor that completes a noun ("les objectifs des constructeurs") is not the subject.

"Bruxelles lisse les objectifs CO2 des constructeurs et prolonge ..." was read with the carmakers
as the subject of "prolonge", the actor nearest the verb: the genitive word before them says they
complete "objectifs", and Brussels, before them, does the deed.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {
    "en": ("corporate fleets",),
    "fr": ("flottes d'entreprise",),
    "es": ("flotas corporativas",),
    "nl": ("bedrijfsvloten",),
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("fleets", TERMS)])


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Brussels meets the bosses of carmakers and tables rules for corporate fleets", "en"),
        (
            "Bruxelles écoute les demandes des constructeurs et présente sa proposition sur les"
            " flottes d'entreprise",
            "fr",
        ),
        (
            "Bruselas escucha las quejas de los fabricantes y presenta su propuesta sobre flotas"
            " corporativas",
            "es",
        ),
    ],
)
def test_the_actor_before_a_nouns_complement_is_the_subject(
    matcher: Matcher, title: str, language: str
) -> None:
    (match,) = matcher.match(title, language=language)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


def test_a_complement_with_no_actor_before_it_stays_the_subject(matcher: Matcher) -> None:
    title = "Le plan des constructeurs présente leurs idées sur les flottes d'entreprise"
    (match,) = matcher.match(title, language="fr")
    assert match.kind is EvidenceKind.MENTION, match.explanation
