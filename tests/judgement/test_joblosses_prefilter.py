"""The prefilter never drops a text a cue would match, and drops most others."""

from __future__ import annotations

import re

import pytest
from labelled_texts import labelled_texts

from monitor.judgement.joblosses import lexicon as lx
from monitor.judgement.joblosses._fold import fold
from monitor.judgement.joblosses.prefilter import Prefilter, UnfilterableError, requirements

CUES = (lx.STRONG_LOSS, lx.LOSS, lx.CREATION, lx.STRONG_CREATION)
OWN = (
    "Kelvar has laid off 150 employees", "Valeo va se séparer de 300 collaborateurs",
    "Beim Zulieferer Holtmann fallen 1.300 Arbeitsplätze weg", "Brembo, 300 nuove assunzioni",
    "Gestamp despedirá a 400 trabajadores", "DAF neemt 400 extra medewerkers aan",
    "Pracę straci 150 osób", "Faillissement Hoogendijk: 300 mensen op straat",
    "Chiude lo stabilimento: 300 lavoratori a casa", "Plant closure will cost 600 jobs",
)  # fmt: skip


def _texts() -> list[str]:
    return [fold(t).text for t in (*OWN, *labelled_texts())]


def test_no_text_a_cue_matches_is_dropped() -> None:
    prefilter = Prefilter(CUES)
    missed = [t for t in _texts() if any(c.search(t) for c in CUES) and not prefilter.may_match(t)]
    assert not missed


def test_no_cue_that_matches_is_left_out_of_the_possible_ones() -> None:
    prefilter = Prefilter(CUES)
    missed = [
        (n, t)
        for t in _texts()
        for n, cue in enumerate(CUES)
        if cue.search(t) and n not in prefilter.possible(t)
    ]
    assert not missed
    assert prefilter.possible(fold("Ford streicht 2.000 Stellen").text) == {0, 1}


def test_news_without_a_cue_piece_is_dropped() -> None:
    prefilter = Prefilter(CUES)
    assert not prefilter.may_match(fold("Parliament approves the corridors strategy").text)
    assert prefilter.may_match(fold("Ford streicht 2.000 Stellen").text)


def test_a_piece_that_starts_a_word_is_not_found_inside_another() -> None:
    prefilter = Prefilter([re.compile(r"\b(?:cut\w*)\b")])
    assert prefilter.may_match("they cut jobs")
    assert not prefilter.may_match("a executive")


def test_each_branch_needs_all_its_literal_runs() -> None:
    assert requirements(re.compile(r"\b(?:at\srisk|in\sdoubt)\b")) == [
        (frozenset({("at", True, True)}), frozenset({("risk", True, True)})),
        (frozenset({("in", True, True)}), frozenset({("doubt", True, True)})),
    ]


def test_a_text_must_hold_every_run_of_one_branch() -> None:
    prefilter = Prefilter([re.compile(r"\b(?:vor\sdem\saus|(?:cost|kostet)\s\w+\sjobs)\b")])
    assert prefilter.may_match("das werk steht vor dem aus")
    assert not prefilter.may_match("der chor stellte das programm vor")
    assert prefilter.may_match("die krise kostet 3000 jobs")
    assert not prefilter.may_match("was es kostet, weiss niemand")


def test_a_piece_that_ends_a_word_is_not_found_inside_another() -> None:
    prefilter = Prefilter([re.compile(r"\b(?:ere)\b")])
    assert prefilter.may_match("un ere en la planta")
    assert not prefilter.may_match("there where")


def test_a_cue_with_no_literal_is_refused() -> None:
    with pytest.raises(UnfilterableError):
        requirements(re.compile(r"\b(?:\w+|cut)\b"))


def test_a_pattern_with_no_word_edge_finds_its_piece_inside_a_word() -> None:
    prefilter = Prefilter([re.compile(r"(?:abc|xyz)"), re.compile(r"\bcut")])
    assert prefilter.possible("zabcz") == {0}
    assert prefilter.possible("a executive") == frozenset()
