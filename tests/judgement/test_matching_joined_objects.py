"""One deed, two objects: "adopted guidance on X and on Y" delivers both milestones, and a
call inside a relative clause ("an agreement which requires ...") says what the act does.

Own sentences, on the bundled plan, in the languages whose joining and relative words the
lexicons list.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Match, Matcher
from tests.milestone_support import bundled_matcher
from timeline.model import EvidenceKind

D = EvidenceKind.DELIVERED
GRID, ANTICIPATORY = "grid-connection-guidance", "anticipatory-grid-investment-principles"
ELV = "end-of-life-vehicles-regulation"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return bundled_matcher()


def found(matcher: Matcher, title: str, summary: str, language: str) -> dict[str, Match]:
    return {m.milestone_id: m for m in matcher.match(title, summary, language=language)}


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "Commission unveils its grids package",
            "The EU executive adopted guidance to help network operators prioritise grid"
            " connection requests and principles for anticipatory investment in networks.",
            "en",
        ),
        (
            "Reti elettriche, Bruxelles vara il pacchetto",
            "La Commissione ha adottato orientamenti sulla priorità delle richieste di"
            " connessione alla rete e sugli investimenti anticipati.",
            "it",
        ),
    ],
)
def test_a_deed_with_two_joined_objects_delivers_both(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    matches = found(matcher, title, summary, language)
    assert matches[GRID].kind is D
    assert matches[ANTICIPATORY].kind is D, matches[ANTICIPATORY].explanation


def test_a_hedge_after_the_joining_word_keeps_the_deed_to_the_first_object(
    matcher: Matcher,
) -> None:
    matches = found(
        matcher,
        "Commission unveils its grids package",
        "The EU executive adopted guidance to help network operators prioritise grid"
        " connection requests and will later set principles for anticipatory investment.",
        "en",
    )
    assert matches[GRID].kind is D
    assert matches[ANTICIPATORY].kind is not D


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "End-of-life vehicles regulation: recycled plastic in new cars",
            "Negotiators closed a provisional agreement which requires recycled plastic in"
            " new cars.",
            "en",
        ),
        (
            "Acuerdo en Bruselas sobre el reglamento de vehículos al final de su vida útil",
            "Los negociadores del Parlamento Europeo y del Consejo cerraron un acuerdo"
            " provisional que exige plástico reciclado en los coches nuevos.",
            "es",
        ),
    ],
)
def test_a_call_in_a_relative_clause_says_what_the_act_requires(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    match = found(matcher, title, summary, language)[ELV]
    assert match.kind is D, match.explanation


def test_a_call_with_no_relative_word_is_still_a_call(matcher: Matcher) -> None:
    match = found(
        matcher,
        "Recyclers demand recycled plastic quotas in the end-of-life vehicles regulation",
        "",
        "en",
    )[ELV]
    assert match.kind is not D
