"""The keys the description gate is asked about first, read in one pass over words and stems,
hold every key the phrase and compound scans find: in every labelled text, read in its own
language and in each of the plan's others, so no text is turned away that one would place."""

from __future__ import annotations

import json

import pytest

from monitor.judgement.language import language_of
from monitor.judgement.matching.fold import Folded, fold_text
from monitor.judgement.matching.themes import ThemeIndex
from monitor.judgement.stems import stem_words
from quality.replay import realworld_dir
from timeline.plan import load_plan

from conftest import BUNDLED_PLAN, ROOT

PATHS = sorted((ROOT / "quality" / "data").glob("*.jsonl"))
PATHS += sorted(realworld_dir().glob("*.jsonl")) if realworld_dir() else []


@pytest.fixture(scope="module")
def index() -> ThemeIndex:
    return ThemeIndex(load_plan(BUNDLED_PLAN).milestones)


def _items() -> list[tuple[str, str, str | None]]:
    found = []
    for path in PATHS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                found.append((item["title"], item.get("summary") or "", item.get("lang")))
    return found


@pytest.mark.parametrize("language", [None, "en", "fr", "de", "it", "es", "nl", "pl", "hu"])
def test_the_keys_hold_every_key_the_scans_find(index: ThemeIndex, language: str | None) -> None:
    items = _items()
    assert len(items) > 1000
    missed, found_any = [], 0
    for title, summary, declared in items:
        read_as = language_of(title, summary, declared) if language is None else language
        words = fold_text(title, summary)
        stems = Folded(" ".join(stem_words(words.words, read_as)), words.parts)
        found = {o.value for o in index._occurrences(words, stems, read_as)}
        found_any += bool(found)
        if not found <= set(index._key_index_for(read_as).keys(words, stems)):
            missed.append(title)
    assert missed == []
    assert found_any > 100


@pytest.mark.parametrize("language", [None, "en", "de", "nl"])
def test_the_gate_reads_the_held_summary_as_it_reads_the_keys(
    index: ThemeIndex, language: str | None
) -> None:
    """`KeyIndex.held` (a name found, the concepts) is the gate's question asked without
    yielding each key: the gate must answer it as it answers the keys themselves."""
    admitted = 0
    for title, summary, declared in _items():
        read_as = language_of(title, summary, declared) if language is None else language
        words = fold_text(title, summary)
        stems = Folded(" ".join(stem_words(words.words, read_as)), words.parts)
        keys = index._key_index_for(read_as)
        expected = index._gate.may_theme(keys.keys(words, stems))
        assert index._gate.admits(*keys.held(words, stems)) == expected, title
        admitted += expected
    assert admitted > 100
