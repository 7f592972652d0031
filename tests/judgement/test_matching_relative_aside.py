"""A relative clause between an actor and its verb is an aside: the actor is the verb's subject.

Wire leads put background between the subject and the news: "The Commission, which had promised
relief in March, proposed on Tuesday ...", "Die Kommission, die das im März angekündigt hatte,
legte ... vor". The commas cut the actor off from its verb, and the relative clause was too long
to pass for a short aside, so the deed was read with no actor and left for review.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {
    "en": ("corporate fleets",),
    "fr": ("flottes d'entreprise",),
    "de": ("Firmenflotten",),
    "es": ("flotas corporativas",),
    "it": ("flotte aziendali",),
    "nl": ("bedrijfsvloten",),
    "pl": ("flot firmowych",),
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("fleets", TERMS)])


@pytest.mark.parametrize(
    ("summary", "language"),
    [
        (
            "The Commission, which had promised action in its spring plan, tabled on Wednesday"
            " a proposal on corporate fleets.",
            "en",
        ),
        (
            "La Commission, qui s'y était engagée au printemps, a présenté jeudi sa proposition"
            " sur les flottes d'entreprise.",
            "fr",
        ),
        (
            "Die EU-Kommission, die das Gesetz lange angekündigt hatte, legte am Freitag ihren"
            " Vorschlag zu Firmenflotten vor.",
            "de",
        ),
        (
            "La Comisión, que lo había prometido hace meses en Estrasburgo, presentó el jueves"
            " su propuesta sobre flotas corporativas.",
            "es",
        ),
        (
            "La Commissione, che lo aveva promesso ai sindacati, ha presentato giovedì la"
            " proposta sulle flotte aziendali.",
            "it",
        ),
        (
            "De Europese Commissie, die dit in het voorjaar had beloofd, presenteerde donderdag"
            " haar voorstel over bedrijfsvloten.",
            "nl",
        ),
        (
            "Komisja Europejska, która obiecywała to od wiosny, przedstawiła w czwartek wniosek"
            " w sprawie flot firmowych.",
            "pl",
        ),
    ],
)
def test_the_actor_before_a_relative_clause_is_the_subject_of_the_verb_after_it(
    matcher: Matcher, summary: str, language: str
) -> None:
    (match,) = matcher.match("", summary, language=language)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
    assert match.confidence >= 0.8, match.explanation


def test_the_actor_inside_the_relative_clause_is_not_the_main_subject(matcher: Matcher) -> None:
    summary = (
        "Carmakers, which the Commission had consulted in the spring, presented their own"
        " ideas on corporate fleets."
    )
    (match,) = matcher.match("", summary, language="en")
    assert match.kind is EvidenceKind.MENTION, match.explanation


def test_an_actor_opening_with_an_article_like_a_relative_word_is_still_the_actor(
    matcher: Matcher,
) -> None:
    summary = (
        "Neue Regeln für Dienstwagen: Die EU-Kommission, die den Schritt lange erwogen hatte,"
        " legte am Freitag ihren Vorschlag zu Firmenflotten vor."
    )
    (match,) = matcher.match("", summary, language="de")
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
    assert match.confidence >= 0.8, match.explanation
