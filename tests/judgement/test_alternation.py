"""A cue lexicon searched branch by branch finds what `re` finds, match for match."""

from __future__ import annotations

import json
import random
import re

import pytest

from monitor.judgement.joblosses import lexicon as lx
from monitor.judgement.joblosses._fold import fold
from monitor.judgement.joblosses.alternation import Alternation, split_alternation
from quality.replay import realworld_dir

from conftest import ROOT

CUES = {
    "STRONG_LOSS": lx.STRONG_LOSS,
    "LOSS": lx.LOSS,
    "CREATION": lx.CREATION,
    "STRONG_CREATION": lx.STRONG_CREATION,
}


def _texts() -> list[str]:
    paths = sorted((ROOT / "quality" / "data").glob("*.jsonl"))
    real = realworld_dir()
    paths += sorted(real.glob("*.jsonl")) if real else []
    texts = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                texts.append(fold(f"{item['title']}. {item.get('summary') or ''}").text)
    return texts


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found else None


@pytest.mark.parametrize("name", list(CUES))
def test_every_cue_lexicon_finds_what_re_finds(name: str) -> None:
    cue = CUES[name]
    assert cue.split  # else this test compares `re` with itself
    rng = random.Random(name)
    differ = []
    for text in _texts():
        cuts = [(0, len(text)), (rng.randrange(len(text) + 1), len(text))]
        cuts.append((0, rng.randrange(len(text) + 1)))  # a word may end where `re` stops
        for pos, endpos in cuts:
            if _span(cue.whole.search(text, pos, endpos)) != _span(cue.search(text, pos, endpos)):
                differ.append(("search", pos, endpos, text))
        if [m.span() for m in cue.whole.finditer(text)] != [m.span() for m in cue.finditer(text)]:
            differ.append(("finditer", 0, len(text), text))
        for word in set(text.split()):
            if _span(cue.whole.fullmatch(word)) != _span(cue.fullmatch(word)):
                differ.append(("fullmatch", 0, len(word), word))
    assert differ == []


def test_a_word_cut_by_endpos_ends_there_as_in_re() -> None:
    cue = Alternation(re.compile(r"\b(?:assume|hire)\b"))
    assert cue.search("she assumera", 0, 10) is not None
    assert cue.search("she assumera") is None


def test_at_one_start_the_earlier_branch_wins() -> None:
    cue = Alternation(re.compile(r"(?:ab|abc|b)"))
    assert cue.split
    found = cue.search("xabc")
    assert found is not None
    assert found.group() == "ab"
    assert [m.group() for m in cue.finditer("abc b")] == ["ab", "b"]


def test_the_leftmost_match_wins_whatever_its_branch() -> None:
    cue = Alternation(re.compile(r"\b(?:jobs\scut|cut)\b"))
    found = cue.search("they cut jobs; jobs cut")
    assert found is not None
    assert found.span() == (5, 8)


def test_verbose_comments_and_classes_do_not_split() -> None:
    pattern = "\\b(?:cut\\w*  # a | in a comment\n  |[|]x|sh(?:ed|eds))\\b"
    assert split_alternation(pattern) == (
        "\\b",
        ["cut\\w*  # a | in a comment\n  ", "[|]x", "sh(?:ed|eds)"],
        "\\b",
    )
    cue = Alternation(re.compile(pattern, re.VERBOSE))
    assert cue.split
    assert _span(cue.search("they shed jobs")) == (5, 9)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(cut|shed)",  # a capturing group: group numbers would change
        r"cut|shed",  # no group around the alternation
        r"\b(?:cut|x?)\b",  # a branch that matches nothing: finditer would step differently
        r"\b(?:cut)\b",  # one branch: nothing to split
    ],
)
def test_what_cannot_be_split_is_searched_whole(pattern: str) -> None:
    cue = Alternation(re.compile(pattern))
    assert not cue.split
    for text in ("they cut jobs", "a shed", ""):
        assert _span(cue.search(text)) == _span(re.compile(pattern).search(text))
        assert cue.may_match(text)


def test_news_without_a_cue_piece_reaches_no_branch() -> None:
    text = fold("The city council approved a new budget for public libraries.").text
    assert not any(cue.candidates(text) for cue in CUES.values())
    assert lx.LOSS.candidates(fold("Ford streicht 2.000 Stellen").text)
