"""A national parliament passing a law on the subject is a member state's act, not the EU's.

"Bundestag beschließt Mautbefreiung für E-Lkw" is German law; the milestone's deed is the EU's,
so the item only mentions it, as a national government's act does. The European Parliament
voting on the same subject is still a step of the EU procedure.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {
    "de": ("Mautbefreiung",),
    "fr": ("exonération de péage",),
    "it": ("esenzione dal pedaggio",),
    "es": ("exención de peaje",),
    "en": ("toll exemption",),
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("toll-exemption", TERMS)])


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Bundestag beschließt Mautbefreiung für E-Lkw", "de"),
        ("L'Assemblée nationale adopte l'exonération de péage des camions électriques", "fr"),
        ("Il Senato approva l'esenzione dal pedaggio per i camion elettrici", "it"),
        ("El Senado aprueba la exención de peaje para camiones eléctricos", "es"),
        ("Bundestag passes toll exemption for electric trucks", "en"),
    ],
)
def test_a_national_parliaments_law_is_a_mention(
    matcher: Matcher, title: str, language: str
) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is EvidenceKind.MENTION, match.explanation


def test_the_european_parliament_voting_is_a_step(matcher: Matcher) -> None:
    (match,) = matcher.match("European Parliament adopts toll exemption", "", language="en")
    assert match.kind is not EvidenceKind.MENTION, match.explanation


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Großbritannien beschließt Mautbefreiung für E-Lkw", "de"),
        ("Le Royaume-Uni adopte une exonération de péage pour les camions", "fr"),
    ],
)
def test_a_state_outside_the_eu_acting_is_a_mention(
    matcher: Matcher, title: str, language: str
) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is EvidenceKind.MENTION, match.explanation


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Bundeskabinett unterstützt längere Mautbefreiung für E-Lkw", "de"),
        ("Kabinett billigt Mautbefreiung für E-Lkw", "de"),
        ("Cabinet backs longer toll exemption for electric trucks", "en"),
    ],
)
def test_a_national_cabinets_position_is_a_mention(
    matcher: Matcher, title: str, language: str
) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is EvidenceKind.MENTION, match.explanation
