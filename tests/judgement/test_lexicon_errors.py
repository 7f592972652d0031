"""A lexicon file that cannot be read says which file and key are at fault."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import cues
from monitor.judgement.matching.cues import LexiconError


@pytest.mark.parametrize("key", ["function_words", "coordinators", "relatives"])
def test_a_word_class_that_is_no_list_names_the_file_and_key(key: str) -> None:
    with pytest.raises(LexiconError, match=f"lexicons/xx.toml: {key} must be a list of strings"):
        cues._read("xx.toml", {"language": "xx", key: "which"})


def test_an_unknown_cue_kind_lists_the_known_ones() -> None:
    with pytest.raises(LexiconError, match="unknown cue kind 'verbs'; use one of: commission"):
        cues._read("xx.toml", {"language": "xx", "verbs": ["adopts"]})


def test_word_classes_are_folded_and_read_per_language() -> None:
    lexicon = cues._read("xx.toml", {"language": "xx", "relatives": ["Który"]})
    assert lexicon.word_classes["relatives"] == frozenset({"ktory"})
    assert lexicon.word_classes["coordinators"] == frozenset()
