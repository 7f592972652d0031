"""An actorless participle said of an act only the Commission makes is the Commission's deed.

"Le règlement d'exécution adopté jeudi ...": an implementing or delegated regulation is the
Commission's, so the noun says who adopted it as an agent would. A participle said of a text
that anyone may adopt ("le texte adopté lundi") still names no actor.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from quality.matching import AUTO_ACCEPT
from tests.milestone_support import milestone
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceKind, Responsible

ADOPTION = Deed(DeedKind.ADOPTION, Responsible.COMMISSION)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    terms = {
        "en": ("battery data",),
        "fr": ("données des batteries",),
        "de": ("Batteriedaten",),
        "it": ("dati delle batterie",),
    }
    return Matcher([milestone("battery-data", terms, ADOPTION, DeliverableKind.OTHER)])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le règlement d'exécution adopté lundi ouvre les données des batteries", "fr"),
        ("The implementing regulation adopted on Monday opens up battery data", "en"),
        ("Il regolamento delegato adottato lunedì apre i dati delle batterie", "it"),
    ],
)
def test_a_participle_of_the_commissions_own_act_is_its_deed(
    matcher: Matcher, text: str, language: str
) -> None:
    (match,) = matcher.match("Batteries", text, language=language)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
    assert match.confidence >= AUTO_ACCEPT, match.explanation


def test_a_participle_of_anyones_text_names_no_actor(matcher: Matcher) -> None:
    (match,) = matcher.match(
        "Batteries", "Le texte adopté lundi ouvre les données des batteries", language="fr"
    )
    assert match.confidence < AUTO_ACCEPT, match.explanation
