"""No branch of a cue lexicon matches a text its prefilter drops: every branch that matches
is among the text's candidates, on every labelled text (the project's sets, the challenge
sets, the real reporting when present), folded as the extractor folds them, and on the same
texts with other whitespace than spaces (the requirements spell a whitespace class " ")."""

from __future__ import annotations

import re

import pytest
from labelled_texts import labelled_texts

from monitor.judgement.joblosses import lexicon as lx
from monitor.judgement.joblosses._fold import fold
from monitor.judgement.joblosses.alternation import Alternation
from monitor.judgement.joblosses.prefilter import Prefilter, requirements

CUES = {name: getattr(lx, name) for name in ("STRONG_LOSS", "LOSS", "CREATION", "STRONG_CREATION")}
OWN = (
    "Kelvar has laid off 150 employees", "Das Werk steht vor dem Aus", "das aus fur das werk",
    "Bosch stellt 300 neue Mitarbeiter ein", "Renault va créer 500 emplois", "cree 200 postes",
    "jobs will go at the plant", "Valeo va se séparer de 300 collaborateurs",
)  # fmt: skip
# Whitespace `\s` matches besides " ": a tab, a line break, no-break and ideographic spaces.
SPACES = ("\t", "\n", "\x0b", "\x1c", "\x85", "\xa0", "\u2028", "\u3000")


def _texts() -> list[str]:
    folded = list(dict.fromkeys(fold(t).text for t in (*OWN, *labelled_texts())))
    spaced = [t.replace(" ", SPACES[n % len(SPACES)]) for n, t in enumerate(folded)]
    return folded + spaced


def _dropped(cue: Alternation, texts: list[str]) -> list[tuple[int, str]]:
    """(branch, text) pairs where the branch matches and the prefilter leaves it out."""
    branches = [b.regex for b in cue._branches]
    missed = []
    for text in texts:
        candidates = set(cue.candidates(text))
        missed += [
            (n, text)
            for n, regex in enumerate(branches)
            if n not in candidates and regex.search(text)
        ]
    return missed


@pytest.mark.parametrize("name", list(CUES))
def test_no_branch_that_matches_is_dropped(name: str) -> None:
    cue = CUES[name]
    assert cue.split
    texts = _texts()
    assert len(texts) > 3000
    assert _dropped(cue, texts) == []


@pytest.mark.parametrize("name", list(CUES))
def test_a_text_a_cue_matches_may_match_it(name: str) -> None:
    cue = CUES[name]
    texts = _texts()
    missed = [t for t in texts if cue.whole.search(t) and not cue.may_match(t)]
    assert missed == []
    assert sum(1 for t in texts if cue.whole.search(t)) > 50  # the texts do hold cues


def test_adjacent_literals_make_one_piece() -> None:
    """The pieces a prefilter looks for are whole: "creation", not "cre" and "ation"."""
    (need,) = requirements(re.compile(r"\b(?:cre(?:er|e|ation))\b"))
    assert need == (
        frozenset({("creer", True, True), ("cree", True, True), ("creation", True, True)}),
    )
    (spaced,) = requirements(re.compile(r"\b(?:vor\sdem\saus)\b"), spaces=True)
    assert spaced == (frozenset({("vor dem aus", True, True)}),)


def test_news_with_the_pieces_apart_is_dropped() -> None:
    """Ordinary news holds "das", "aus" and "fur", or "cre" and "ation", far apart (each of
    these passed the prefilter when its pieces were looked for one by one)."""
    texts = [
        "Das Landesorchester stellte das Programm aus Anlass der Eröffnung für alle vor.",
        "Der Chor trat vor dem Publikum aus Wien auf.",
        "The credit union praised the nation's generous donors.",
        "Le crédit agricole soutient la fondation de la région.",
    ]
    assert not any(c.may_match(fold(t).text) for t in texts for c in CUES.values())


def test_a_literal_whitespace_character_is_read_as_the_text_is() -> None:
    """The prefilter reads every whitespace character as a space, the pattern's own too."""
    prefilter = Prefilter([re.compile("jobs\tcut"), re.compile(r"jobs\sgo")])
    assert prefilter.possible("jobs\tcut") == {0}
    assert prefilter.possible("jobs\u2028go") == {1}
    assert not prefilter.may_match("jobs are cut")
