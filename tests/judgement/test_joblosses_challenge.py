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
    "en-183": "the company is named only in 'Workers at the Derby axle plant of X, the"
    " engineering unit of Y, were told': a genitive after a site noun, far from any cut verb,"
    " is not read as a name, and 'Derby' is a town: no company at all",
    "en-184": "'Seat maker' opening the headline is the watch list's SEAT: a sentence-case"
    " capital and a brand that is also a common noun; the lead's 'With a workforce of ...,"
    " X said' subject comes after an opening clause",
    "fr-245": "'La filiale française du groupe italien Brenta, Brenta Câblage France, envisage':"
    " the apposition is the name itself, and the subject walk skips it as a descriptor's",
    "de-218": "'Der Kunststoffspezialist X hat beim Amtsgericht Chemnitz Insolvenz beantragt':"
    " the insolvency is told with 'Insolvenz beantragt' after a court, so no name comes from"
    " the insolvency cue, and the court read after 'beim' is no company",
    "it-225": "'Secondo la Fiom-Cgil, la X, controllata dal fondo Y, ha portato a 450 gli"
    " esuberi': the subject stands between the union's lead-in and an apposition, far from"
    " the cut, and is not read; only the site's town is found",
    "es-196": "'una fundición de Álava' in the headline is a descriptor and its link: the"
    " province is read as the company before the lead's subject after 'Tras despedir a 160"
    " trabajadores en 2023,'",
    "nl-275": "'Na 120 ontslagen vorig jaar schrapt X nog eens 80 banen': the subject follows the"
    " verb (Dutch inversion after an opening phrase) and is not read; the headline's first"
    " word 'Nieuwe' is taken",
    "pl-254": "'z pracownikami Odlewni Wisłok': a feminine name of two words in the genitive"
    " keeps its ending; only a one-word masculine '-u' genitive is undone",
    "pl-258": "'Redukcje w Autoplast Gliwice': the town after the name is read as part of it;"
    " no list tells a closing town from a name's last word",
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
