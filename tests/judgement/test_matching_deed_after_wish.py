"""A deed joined by "and" after a wish is done: "Commissie wil ... verlengen en dient voorstel in".

The headline says what the Commission wants and what it did to get it; the modal was read as
scoping the finite verb after the coordinator too, so the proposal tabled was a plan, in all
seven languages. A finite verb of making the act right after the coordinator is now the
clause's deed; an infinitive there ("en voorstel indienen", "e presentare", the English bare
"and present") stays under the modal.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import bundled_matcher
from timeline.model import EvidenceKind

TOLLS = "eurovignette-zev-exemption"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return bundled_matcher()


def kind(matcher: Matcher, language: str, title: str) -> EvidenceKind:
    matches = {m.milestone_id: m for m in matcher.match(title, "", language=language)}
    assert TOLLS in matches, matches
    return matches[TOLLS].kind


@pytest.mark.parametrize(
    ("language", "title"),
    [
        (
            "nl",
            "Commissie wil tolvrijstelling voor elektrische vrachtwagens"
            " verlengen en dient voorstel in",
        ),
        (
            "it",
            "Bruxelles vuole prorogare l'esenzione dai pedaggi per i tir"
            " elettrici e presenta la proposta",
        ),
        (
            "es",
            "Bruselas quiere prorrogar la exención de peajes a los"
            " camiones eléctricos y presenta su propuesta",
        ),
        ("de", "Kommission will Mautbefreiung für E-Lkw verlängern und legt Vorschlag vor"),
        (
            "fr",
            "Bruxelles veut prolonger l'exonération de péage des camions"
            " électriques et présente sa proposition",
        ),
        (
            "pl",
            "KE chce przedłużyć zwolnienie z opłat drogowych dla"
            " e-ciężarówek i przedstawia wniosek",
        ),
        ("en", "Commission wants to extend toll exemption for e-trucks and tables proposal"),
    ],
)
def test_a_finite_deed_after_the_wish_is_done(matcher: Matcher, language: str, title: str) -> None:
    assert kind(matcher, language, title) is EvidenceKind.DELIVERED


@pytest.mark.parametrize(
    ("language", "title"),
    [
        (
            "nl",
            "Commissie wil tolvrijstelling voor elektrische vrachtwagens"
            " verlengen en voorstel indienen",
        ),
        (
            "it",
            "Bruxelles vuole prorogare l'esenzione dai pedaggi per i tir"
            " elettrici e presentare la proposta",
        ),
        ("de", "Kommission will Mautbefreiung für E-Lkw verlängern und Vorschlag vorlegen"),
        (
            "fr",
            "Bruxelles veut prolonger l'exonération de péage des camions"
            " électriques et présenter sa proposition",
        ),
        (
            "pl",
            "KE chce przedłużyć zwolnienie z opłat drogowych dla"
            " e-ciężarówek i przedstawić wniosek",
        ),
        (
            "en",
            "Commission wants to extend toll exemption for e-trucks and"
            " present proposal next month",
        ),
    ],
)
def test_an_infinitive_after_the_wish_is_still_wished(
    matcher: Matcher, language: str, title: str
) -> None:
    assert kind(matcher, language, title) is EvidenceKind.MENTION


def test_another_actors_deed_after_its_wish_is_no_delivery(matcher: Matcher) -> None:
    title = "Spediteure wollen längere Mautbefreiung für E-Lkw und legen Studie vor"
    assert kind(matcher, "de", title) is EvidenceKind.MENTION


@pytest.mark.parametrize(
    "title",
    [
        "Commission to extend toll exemption for e-trucks and propose new rules",
        "EU plans to extend toll exemption for zero-emission trucks and present amendment",
    ],
)
def test_an_english_bare_infinitive_after_and_is_governed_by_the_wish(
    matcher: Matcher, title: str
) -> None:
    assert kind(matcher, "en", title) is EvidenceKind.MENTION


def test_two_finite_deeds_joined_by_and_stay_done(matcher: Matcher) -> None:
    title = "Commission proposes toll exemption for e-trucks and publishes impact assessment"
    assert kind(matcher, "en", title) is EvidenceKind.DELIVERED
