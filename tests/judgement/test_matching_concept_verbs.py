"""A deed verb that is also a word of the milestone's description still says what was done.

"Brussels eases emission rules for carmakers": "eases" is what makes the text about a
flexibility, and it is also the deed. Names and query terms still hide the cues they hold.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from timeline.model import (
    Concept,
    Deed,
    DeedKind,
    DeliverableKind,
    EvidenceKind,
    Milestone,
    Responsible,
    Vocabulary,
)

EASE = Concept(
    "flexibility",
    {
        "en": ("ease", "soften"),
        "de": ("lockern", "lockert"),
        "nl": ("versoepelen", "versoepelt"),
        "pl": ("łagodzi", "złagodzić"),
    },
)
RULES = Concept(
    "emission-rules",
    {
        "en": ("emission rules",),
        "de": ("Abgasregeln",),
        "nl": ("uitstootregels",),
        "pl": ("normy emisji",),
    },
)
MAKERS = Concept(
    "carmaker",
    {
        "en": ("carmaker",),
        "de": ("Autobauer",),
        "nl": ("autofabrikanten",),
        "pl": ("producenci samochodów", "producentów samochodów"),
    },
)


def milestone(vocabulary: Vocabulary) -> Milestone:
    return Milestone(
        id="flex", plan="p", pillar="x", title="flex", title_fr="", period_text="", period=None,
        kind=DeliverableKind.LEGISLATIVE_PROPOSAL, actor="European Commission", source="",
        vocabulary=vocabulary, deed=Deed(DeedKind.PROPOSAL, Responsible.COMMISSION),
    )  # fmt: skip


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone(Vocabulary({}, ((EASE, RULES, MAKERS),)))])


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Brussels eases emission rules for carmakers", "en"),
        ("EU-Kommission lockert Abgasregeln für Autobauer", "de"),
        ("Europese Commissie versoepelt uitstootregels voor autofabrikanten", "nl"),
        ("Komisja Europejska łagodzi normy emisji dla producentów samochodów", "pl"),
    ],
)
def test_the_actor_doing_what_the_description_names_delivers(
    matcher: Matcher, title: str, language: str
) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is EvidenceKind.DELIVERED
    assert match.confidence >= 0.8


def test_the_description_verb_keeps_its_tense(matcher: Matcher) -> None:
    (match,) = matcher.match("Brussels to ease emission rules for carmakers", "", language="en")
    assert match.kind is EvidenceKind.MENTION


def test_carmakers_doing_it_is_no_delivery(matcher: Matcher) -> None:
    (match,) = matcher.match("Carmakers want to soften emission rules", "", language="en")
    assert match.kind is not EvidenceKind.DELIVERED
