"""Words that tell who did what to a milestone, in English, French and German.

The phrases themselves are in `cue_lexicon`; this module compiles them into one automaton.
A cue with a `particle` needs that word later in the same clause, for German separable verbs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from monitor.judgement.matching.cue_lexicon import LEXICON, SEPARABLE, CueKind
from monitor.judgement.matching.phrases import PhraseIndex, parse_phrase

__all__ = ["LANGUAGES", "Cue", "CueKind", "cue_index", "guess_language"]


@dataclass(frozen=True, slots=True)
class Cue:
    kind: CueKind
    language: str
    particle: str | None = None


def _entries() -> Iterator[tuple[str, Cue]]:
    for kind, by_language in LEXICON.items():
        for language, phrases in by_language.items():
            for phrase in phrases.split(","):
                yield phrase.strip(), Cue(kind, language)
    for kind, pairs in SEPARABLE.items():
        for pair in pairs.split(","):
            verb, particle = pair.split()
            yield verb, Cue(kind, "de", particle)


@cache
def cue_index() -> PhraseIndex[Cue]:
    """All cues in one automaton, built on first use and kept."""
    return PhraseIndex((parse_phrase(phrase), cue) for phrase, cue in _entries())


LANGUAGES = ("en", "fr", "de")


def _split(words: str) -> list[str]:
    return words.split()


_STOPWORDS: Mapping[str, frozenset[str]] = {
    "en": frozenset(_split("the of and to in for on with by is are its from at as new")),
    "fr": frozenset(_split("le la les des du et pour une un sur par dans au aux est sa ses")),
    "de": frozenset(_split("der die das und fuer mit von zu ein eine im den dem des auf ist sich")),
}


def guess_language(words: list[str]) -> str | None:
    """The language whose short function words are most frequent, or None if none appear."""
    counts = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] else None
