"""A deed set for a day to come: a weekday told in the present tense, a date as its object.

"Die Kommission legt am Mittwoch ... vor", "Bruselas presenta el miércoles", "Commissie
presenteert donderdag" are the week's schedule, and "unveils date for", "fixe la date",
"fissa la data" announce when the deed comes: both are plans, not deliveries. The past tense
with a weekday ("legte am Mittwoch vor", "presentó el miércoles", "przedstawiła w środę") is
the deed done, and so is the present tense read on the weekday it names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.judgement.matching import Match, Matcher
from monitor.judgement.matching.cues import Cue, CueKind
from monitor.judgement.matching.days_ahead import days_ahead
from monitor.judgement.matching.phrases import Occurrence, parse_phrase
from tests.milestone_support import bundled_matcher
from timeline.model import EvidenceKind

BOOSTER = "battery-booster"
WEDNESDAY = dt.date(2026, 12, 9)  # a Wednesday
MONDAY = dt.date(2026, 12, 7)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return bundled_matcher()


def found(
    matcher: Matcher, title: str, language: str, published: dt.date | None = None
) -> dict[str, Match]:
    matches = matcher.match(title, "", language=language, published=published)
    return {m.milestone_id: m for m in matches}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("de", "Die Kommission legt am Mittwoch den Battery Booster vor"),
        ("es", "Bruselas presenta el miércoles el Battery Booster"),
        ("nl", "Commissie presenteert woensdag de Battery Booster"),
        ("fr", "La Commission présente mercredi son Battery Booster"),
        ("it", "La Commissione presenta mercoledì il Battery Booster"),
        ("pl", "Komisja Europejska przedstawia w środę pakiet Battery Booster"),
        ("en", "Commission presents Battery Booster on Wednesday"),
        ("de", "Am Mittwoch stellt die Kommission den Battery Booster vor"),
    ],
)
def test_a_present_deed_on_a_weekday_is_a_plan(matcher: Matcher, language: str, title: str) -> None:
    assert found(matcher, title, language)[BOOSTER].kind is EvidenceKind.MENTION
    assert found(matcher, title, language, MONDAY)[BOOSTER].kind is EvidenceKind.MENTION


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("de", "Die Kommission legte am Mittwoch den Battery Booster vor"),
        ("de", "Die Kommission hat am Mittwoch den Battery Booster vorgestellt"),
        ("es", "Bruselas presentó el miércoles el Battery Booster"),
        ("nl", "Commissie presenteerde woensdag de Battery Booster"),
        ("fr", "La Commission a présenté mercredi son Battery Booster"),
        ("it", "La Commissione ha presentato mercoledì il Battery Booster"),
        ("pl", "Komisja Europejska przedstawiła w środę pakiet Battery Booster"),
        ("en", "Commission presented Battery Booster on Wednesday"),
    ],
)
def test_a_past_deed_on_a_weekday_is_done(matcher: Matcher, language: str, title: str) -> None:
    assert found(matcher, title, language)[BOOSTER].kind is EvidenceKind.DELIVERED


def test_the_weekday_of_publication_is_today(matcher: Matcher) -> None:
    title = "La Commission présente mercredi son Battery Booster"
    assert found(matcher, title, "fr", WEDNESDAY)[BOOSTER].kind is EvidenceKind.DELIVERED


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Commission unveils date for Battery Booster"),
        ("fr", "Bruxelles fixe la date de son Battery Booster"),
        ("it", "Bruxelles fissa la data per il Battery Booster"),
        ("nl", "Commissie maakt datum bekend voor Battery Booster"),
        ("en", "Commission unveils timetable for Battery Booster"),
    ],
)
def test_a_date_as_the_deeds_object_is_a_plan(matcher: Matcher, language: str, title: str) -> None:
    assert found(matcher, title, language)[BOOSTER].kind is EvidenceKind.MENTION


def test_a_date_further_on_is_not_the_object(matcher: Matcher) -> None:
    title = "Brussels presents Battery Booster ahead of schedule"
    assert found(matcher, title, "en")[BOOSTER].kind is EvidenceKind.DELIVERED


def _verb(text: str, start: int) -> Occurrence[Cue]:
    return Occurrence(Cue(CueKind.PROPOSE, "es"), parse_phrase(text), start, start + 1, text)


def _actor(text: str, start: int) -> Occurrence[Cue]:
    return Occurrence(Cue(CueKind.EU, "es"), parse_phrase(text), start, start + 1, text)


def test_the_cue_is_the_weekday_and_dates_the_deed_ahead() -> None:
    words = ["bruselas", "presenta", "el", "miercoles", "el", "plan"]
    cues = [_actor("bruselas", 0), _verb("presenta", 1)]
    (cue,) = days_ahead(words, cues, None, "es")
    assert (cue.start, cue.end, cue.value.kind, cue.value.ahead) == (3, 4, CueKind.FUTURE, True)


def test_no_weekday_and_no_date_gives_no_cue() -> None:
    words = ["bruselas", "presenta", "el", "plan"]
    assert days_ahead(words, [_actor("bruselas", 0), _verb("presenta", 1)], None, "es") == []


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Commission presents Battery Booster after Monday's summit"),
        ("de", "Kommission legt nach dem Gipfel vom vergangenen Montag den Battery Booster vor"),
        ("es", "Bruselas presenta el Battery Booster tras la cumbre del pasado lunes"),
    ],
)
def test_a_weekday_put_in_the_past_dates_no_plan(
    matcher: Matcher, language: str, title: str
) -> None:
    assert found(matcher, title, language)[BOOSTER].kind is EvidenceKind.DELIVERED


def test_a_date_after_other_words_is_no_object() -> None:
    words = ["commission", "presents", "up", "to", "date", "figures"]
    cues = [_actor("commission", 0), _verb("presents", 1)]
    assert days_ahead(words, cues, None, "en") == []
