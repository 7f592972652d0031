"""Words that tell who did what to a milestone, in every language with a lexicon file.

The words are data: one TOML file per language in `monitor/judgement/lexicons/` (and
`common.toml` for names and signs spelt alike everywhere), each key a `CueKind`. This module
reads them once and compiles them into one automaton. A cue with a `particle` needs that word
later in the same clause, for German separable verbs ("legt ... vor").
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

from monitor.judgement.matching.fold import fold
from monitor.judgement.matching.phrases import PhraseIndex, parse_phrase

__all__ = [
    "LANGUAGES",
    "Cue",
    "CueKind",
    "LexiconError",
    "cue_index",
    "guess_language",
    "word_class",
]

COMMON = "*"  # the language of cues that hold in every language
# Lexicon keys that list words, not cues.
WORD_CLASSES = (
    "coordinators", "relatives", "complementizers", "frames", "announcing", "genitives",
    "conditionals", "evaluations", "pluperfect", "closing_particles",
    "locatives", "obligations", "participle_endings", "postponing", "dates_ahead",
    "drafts", "saying", "comparatives", "endorsing", "dropped_articles", "infinitive_markers",
    "planned_deeds", "bare_infinitives",
)  # fmt: skip


class CueKind(StrEnum):
    COMMISSION = "commission"  # the Commission, by name, office or person
    EU = "eu"  # "the EU", "Brussels": often the Commission, sometimes the co-legislators
    INSTITUTION = "institution"  # Parliament, Council, member states, ministers
    OTHER_ACTOR = "other_actor"  # industry, unions, NGOs, national governments, third countries
    BY = "by"  # introduces the agent of a passive verb
    PROPOSE = "propose"  # verbs of the Commission's own acts: propose, present, unveil, table
    ADOPT = "adopt"  # adoption verbs that any institution may be the subject of
    ACT = "act"  # verbs that say what a measure does: exempts, eases, grants
    NOMINAL = "nominal"  # "Commission proposal", "proposition de la Commission"
    STAGE = "stage"  # a procedural step: vote, plenary, position, trilogue
    INSTITUTION_VERB = "institution_verb"  # back, endorse, reject, vote
    AGREEMENT = "agreement"  # deal, provisional agreement
    CONSULT = "consult"  # consultation, call for evidence
    AFTER = "after"  # entry into force, application, transposition
    PUBLISHED = "published"  # in the Official Journal: the act exists
    FUTURE = "future"  # will, plans to, is expected to, devrait, soll
    TO = "to"  # headline "to" + verb: "Commission to propose"
    NEGATION = "negation"  # not yet, fails to, delays
    CALL = "call"  # urges, calls for, demands
    OPINION = "opinion"  # welcomes, criticises, op-ed
    SPECULATION = "speculation"  # draft, leaked, according to
    CONTAINER = "container"  # including, among: the item is part of something else
    ALONGSIDE = "alongside"  # together with, accompanied by: presented next to the wider thing
    STUDY = "study"  # study, evaluation, briefing: a document about it, not the act
    STATE_AID = "state_aid"  # state aid: a member state's support the Commission clears
    ADVICE = "advice"  # recommendation, guidelines: a non-binding act, no law proposed
    QUESTION = "question"  # a question mark
    EIB = "eib"  # the European Investment Bank group, co-responsible for some funding
    FINAL = "final"  # definitively, formally, final: the last adoption, not a position
    AUDIENCE = "audience"  # "to industry", "aux industriels": whom a plan is shown (`briefings`)


class LexiconError(ValueError):
    """A lexicon file that cannot be read: names the file and the key at fault."""


@dataclass(frozen=True, slots=True)
class Cue:
    kind: CueKind
    language: str
    particle: str | None = None
    side: str | None = None  # institutions only: "parliament", "council", or None for both
    ahead: bool = False  # a future cue that is a date still to come (`months`, `dates_ahead`)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's cue words, as read from its file."""

    language: str
    cues: Mapping[CueKind, tuple[str, ...]]
    separable: Mapping[CueKind, tuple[str, ...]]
    function_words: frozenset[str]
    sides: Mapping[str, str]  # institution phrase -> "parliament" or "council"
    # Closed word classes the clause reading needs, by key: "coordinators" join two objects
    # of one deed ("and"), "relatives" open a clause about the noun before them ("which"),
    # "complementizers" open a clause that is the object of the verb before ("erwartet, dass"),
    # "frames" are container words whose complement is the whole ("in the framework of"),
    # "announcing" are deed verbs that may only announce a plan ("announces"), "dates_ahead"
    # name a date still to come ("next week") that makes a deed after it a plan as well.
    word_classes: Mapping[str, frozenset[str]] = field(default_factory=dict)


def _read(name: str, data: Mapping[str, Any]) -> Lexicon:
    language = data.get("language", COMMON)
    cues: dict[CueKind, tuple[str, ...]] = {}
    separable: dict[CueKind, tuple[str, ...]] = {}
    sides: dict[str, str] = {}
    for side in ("parliament", "council"):
        for phrase in data.get(f"{side}_side", ()):
            if phrase not in data.get("institution", ()):
                raise LexiconError(
                    f"lexicons/{name}: {side}_side lists {phrase!r}, which is no institution word;"
                    " add it to `institution` or remove it"
                )
            sides[phrase] = side
    for key, value in data.items():
        if key in ("language", "function_words", "parliament_side", "council_side", *WORD_CLASSES):
            continue
        target = separable if key == "separable" else cues
        table = value if key == "separable" else {key: value}
        for kind_name, phrases in table.items():
            try:
                kind = CueKind(kind_name)
            except ValueError:
                known = ", ".join(k.value for k in CueKind)
                raise LexiconError(
                    f"lexicons/{name}: unknown cue kind {kind_name!r}; use one of: {known}"
                ) from None
            if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
                raise LexiconError(f"lexicons/{name}: {kind_name} must be a list of strings")
            target[kind] = tuple(phrases)
    words = _words(name, data, "function_words")
    classes = {key: _words(name, data, key) for key in WORD_CLASSES}
    return Lexicon(language, cues, separable, words, sides, classes)


def _words(name: str, data: Mapping[str, Any], key: str) -> frozenset[str]:
    """The folded words a lexicon lists under `key` (a word class, not cues)."""
    listed = data.get(key, [])
    if not isinstance(listed, list) or not all(isinstance(w, str) for w in listed):
        raise LexiconError(f"lexicons/{name}: {key} must be a list of strings")
    return frozenset(fold(w) for w in listed)


# Languages in this order come first, so that a tie in `guess_language` is settled alike on
# every machine; other lexicon files follow by name.
_ORDER = ("en", "fr", "de", "it", "es", "nl", "pl")


def _rank(name: str) -> tuple[int, str]:
    stem = name.removesuffix(".toml")
    return (_ORDER.index(stem) if stem in _ORDER else len(_ORDER), stem)


@cache
def lexicons() -> tuple[Lexicon, ...]:
    """Every lexicon file of the package, read once."""
    folder = resources.files("monitor.judgement") / "lexicons"
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: _rank(e.name)):
        if entry.name.endswith(".toml"):
            try:
                data = tomllib.loads(entry.read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as error:
                raise LexiconError(f"lexicons/{entry.name}: {error}") from None
            found.append(_read(entry.name, data))
    return tuple(found)


def _entries() -> Iterator[tuple[str, Cue]]:
    for lexicon in lexicons():
        listed = {fold(p) for phrases in lexicon.cues.values() for p in phrases}
        dropped = lexicon.word_classes.get("dropped_articles", frozenset())
        for kind, phrases in lexicon.cues.items():
            for phrase in phrases:
                side = lexicon.sides.get(phrase) if kind is CueKind.INSTITUTION else None
                yield phrase, Cue(kind, lexicon.language, side=side)
                short = _without_articles(phrase, dropped)
                if short is not None and fold(short) not in listed:
                    yield short, Cue(kind, lexicon.language, side=side)
        for kind, pairs in lexicon.separable.items():
            for pair in pairs:
                verb, particle = pair.split()
                yield verb, Cue(kind, lexicon.language, fold(particle))
                # A clause with its verb last joins the particle to it ("..., den die
                # Kommission am Mittwoch vorlegte", "..., dat de Commissie voorstelde")
                joined = fold(particle + verb)
                if joined not in listed:
                    yield joined, Cue(kind, lexicon.language)


def _without_articles(phrase: str, dropped: frozenset[str]) -> str | None:
    """The phrase as a headline words it, without the articles it drops ("Commissie doet
    voorstel" for "doet een voorstel", "Kommission macht Vorschlag"): None if it has none
    after its first word, or would keep only one word."""
    words = phrase.split()
    kept = [w for i, w in enumerate(words) if i == 0 or fold(w) not in dropped]
    if len(kept) == len(words) or len(kept) < 2:
        return None
    return " ".join(kept)


@cache
def particles_of(verb: str, language: str) -> frozenset[str]:
    """Every particle the lexicons of `language` split from the folded `verb` ("stelt": voor,
    uit, vast, in), so that a clause can tell which of them is the verb's own."""
    return frozenset(
        fold(pair.split()[1])
        for lexicon in lexicons()
        if lexicon.language == language
        for pairs in lexicon.separable.values()
        for pair in pairs
        if fold(pair.split()[0]) == verb
    )


@cache
def cue_index() -> PhraseIndex[Cue]:
    """All cues in one automaton, built on first use and kept."""
    return PhraseIndex((parse_phrase(phrase), cue) for phrase, cue in _entries())


@cache
def word_class(name: str, language: str | None = None) -> frozenset[str]:
    """The folded words of one closed class (a key of `WORD_CLASSES`) in `language`; every
    language's when the text's language is unknown."""
    return frozenset().union(
        *(
            lex.word_classes.get(name, frozenset())
            for lex in lexicons()
            if language in (None, lex.language)
        )
    )


def _languages() -> tuple[str, ...]:
    return tuple(lex.language for lex in lexicons() if lex.language != COMMON)


LANGUAGES = _languages()


def guess_language(words: list[str]) -> str | None:
    """The language whose short function words are most frequent, or None if none appear."""
    counts = {
        lex.language: sum(w in lex.function_words for w in words)
        for lex in lexicons()
        if lex.function_words
    }
    if not counts:
        return None
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] else None
