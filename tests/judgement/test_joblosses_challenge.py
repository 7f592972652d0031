"""The extractor keeps its floors on the project's own challenge set (every language).

Every loss or creation item must be read right (company, figure and kind) and no hard negative
may become an accepted case, except the few listed in KNOWN_MISSES, each with the reason no
general mechanism reads it yet. A known miss that starts to pass must leave the list, so the
list stays the truth. (A hard negative left for review is no miss: a person decides.)
"""

from __future__ import annotations

import pytest

from quality import challenge_joblosses as challenge
from quality import realworld_joblosses as rw

LANGUAGES = {"en", "fr", "de", "it", "es", "nl", "pl", "hu"}

# id -> why the extractor gets it wrong today
KNOWN_MISSES = {
    "it-093": "'la fonderia di Lumezzane: chiude' makes the town the subject of the closure;"
    " the lead names the company only as the one that found no buyers",
    "nl-125": "staff taken over from a bankrupt supplier ('neemt 300 medewerkers van failliete"
    " toeleverancier over') reads as the subject's bankruptcy: a takeover of staff is not"
    " told from a cut",
    "nl-225": "'voor X' names no company: after a headline's noun phrase 'voor' puts a town as"
    " often as a company ('Slecht nieuws voor Doetinchem'), and the lead names none",
    "nl-265": "'Hollandse Aandrijving' opening a headline reads as an adjective of origin and a"
    " name, as 'Duitse Continental' does: the capital of a headline's first word tells nothing",
    "pl-232": "'zwolnienia w Polmetalu': a name in the locative after 'w' keeps its ending; the"
    " nominative is read only after nouns governing the genitive, and the locative's '-u' is no"
    " sure sign (towns take it too, many names take '-e')",
}


@pytest.fixture(scope="module")
def scores() -> rw.Scores:
    return challenge.evaluate()


def test_the_set_covers_every_language_with_positives_and_negatives(scores: rw.Scores) -> None:
    assert set(scores.languages()) == LANGUAGES
    for language in LANGUAGES:
        group = scores.group(language, "all")
        assert len(group.positives) >= 15
        assert len(group.negatives) >= 5


def test_every_language_keeps_its_floors(scores: rw.Scores) -> None:
    assert not challenge.under_floors(scores), challenge.format_report(scores)


def test_the_set_writes_no_date_reserved_for_evaluation(scores: rw.Scores) -> None:
    assert all(o.item.published.year < 2025 for o in scores.outcomes)


def _wrong(outcome: rw.Outcome) -> bool:
    if outcome.positive:
        return not outcome.right
    return outcome.stored is not None and outcome.stored.accepted


def test_every_item_but_the_known_misses_is_read_right(scores: rw.Scores) -> None:
    wrong = {str(o.item.label["id"]) for o in scores.outcomes if _wrong(o)}
    assert wrong - set(KNOWN_MISSES) == set(), challenge.format_report(scores)
    assert set(KNOWN_MISSES) - wrong == set(), "fixed: take it off KNOWN_MISSES"
