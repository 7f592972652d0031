"""Which milestones a text is about, from the plan's vocabulary: names, concepts, the law.

Four kinds of theme evidence, each with a strength that says how unlikely it is to be a
coincidence:
- a name of the milestone ("Eurovignette directive", "Battery Booster"): 0.95;
- a description: every concept of one of its `about` groups ("toll + zero-emission + truck")
  within `placing.WINDOW` words of one part (the title, or the summary): 0.75 to 0.9 as the group
  has more concepts; spread over title and summary: 0.6. A group may name concepts that must
  be absent from the whole text ("co2 + flexibility + car - year-2035"): that is how two
  milestones on one subject are told apart;
- graded, for a text that names no milestone otherwise (or only by an act several of them
  amend): a description of three or more concepts found short of one (`PARTIAL_STRENGTH`),
  when exactly one milestone comes that near;
- a legal anchor: a citation of an act it amends or creates, or of its procedure (0.85), or
  of the delivering document itself (0.95). An act several milestones amend counts less for
  each, and not at all for those the text neither names nor describes when it names or
  describes another of them.

Vocabulary of a language is matched on stems (see `judgement.stems`) when the text is in that
language, but for a phrase written "=like this", matched on the folded words as written;
phrases marked "all" (spelt alike everywhere) on the folded words of any text. In
German and Dutch a one-word phrase of at least four letters also matches the first or last
part of a compound ("Maut" in "Mautbefreiung", "Grenzwert" in "Flottengrenzwerte").
Pure: no IO.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from monitor.judgement.legal import Cited
from monitor.judgement.matching.fold import Folded, fold
from monitor.judgement.matching.legal_anchors import LegalAnchors
from monitor.judgement.matching.phrases import Occurrence, Phrase, PhraseIndex, parse_phrase
from monitor.judgement.matching.placing import described, placed_better
from monitor.judgement.matching.theme_keys import (
    COMPOUND_LANGUAGES,
    COMPOUND_MIN,
    PARTIAL_GROUP,
    CompoundIndex,
    DescriptionGate,
    KeyIndex,
    ThemeKey,
)
from monitor.judgement.matching.theme_types import Closest, Found, Theme, ThemeKind
from monitor.judgement.stems import stem_words
from timeline.model import ALL, Milestone

__all__ = ["Closest", "Found", "Theme", "ThemeIndex", "ThemeKind", "stemmed_phrase"]

EXACT = "="  # marks a phrase matched as written, not by its stems
NAME_STRENGTH = 0.95
# Graded recognition: a description of at least `PARTIAL_GROUP` concepts found short of one,
# in one part within WINDOW words, when the text names no milestone otherwise. The concepts
# it holds must include one that describes at most `_DISTINCTIVE` milestones ("toll", not
# "vehicle" or "eu"), the missing one must describe more milestones than that one (a text
# without "recycling" is no recycling milestone), and no other milestone may come as near.
PARTIAL_STRENGTH = 0.5
_DISTINCTIVE = 2


def stemmed_phrase(text: str, language: str) -> str:
    """A phrase as its stems, in the plan's phrase syntax ("*" kept on a last prefix word)."""
    prefix = text.rstrip().endswith("*")
    stems = stem_words(fold(text.rstrip().rstrip("*")).split(), language)
    return " ".join(stems) + ("*" if prefix else "")


class ThemeIndex:
    """Every milestone's names and concept phrases, stemmed and compiled once."""

    def __init__(self, milestones: Sequence[Milestone]) -> None:
        self._milestones = tuple(milestones)
        self._anchors = LegalAnchors(self._milestones)
        entries: list[tuple[str, ThemeKey]] = []
        self._groups: list[list[tuple[str, ...]]] = []
        self._unless: list[list[tuple[str, ...]]] = []  # per group: concepts that must be absent
        actors: set[str] = set()  # concepts that name who acts (`placing.described`)
        for number, milestone in enumerate(self._milestones):
            vocabulary = milestone.vocabulary
            for language, names in vocabulary.names.items():
                entries += [(n, ThemeKey(language, number, None)) for n in names]
            groups, unless = [], []
            for position, group in enumerate(vocabulary.about):
                excluded = vocabulary.excluded(position)
                groups.append(tuple(c.name for c in group))
                unless.append(tuple(c.name for c in excluded))
                for concept in (*group, *excluded):
                    if concept.actor:
                        actors.add(concept.name)
                    for language, phrases in concept.phrases.items():
                        entries += [(p, ThemeKey(language, None, concept.name)) for p in phrases]
            self._groups.append(groups)
            self._unless.append(unless)
        self._actors = frozenset(actors)
        described: dict[str, set[int]] = {}
        for number, named in enumerate(self._groups):
            for concepts in named:
                for name in concepts:
                    described.setdefault(name, set()).add(number)
        # How many milestones each concept describes: the fewer, the more it tells.
        self._sharing = {name: len(numbers) for name, numbers in described.items()}
        unique = list(dict.fromkeys(entries))
        # A phrase is looked for as its stems and as its folded words: stemmers do not always
        # reduce a base form and its inflections alike (Dutch "vrachtwagen" gives "vrachtwaag"
        # but "vrachtwagens" gives "vrachtwagen"), and one of the two then meets the text.
        # A phrase written with a leading "=" is looked for as written (folded, not stemmed):
        # German "schwerere" (heavier) and "schwere" (heavy) share the stem "schwer".
        stemmed: dict[str, list[tuple[Phrase, ThemeKey]]] = {}
        exact: dict[str, list[tuple[Phrase, ThemeKey]]] = {}
        for text, value in unique:
            if value.language == ALL:
                continue
            if text.startswith(EXACT):
                phrase = parse_phrase(text.removeprefix(EXACT))
                exact.setdefault(value.language, []).append((phrase, value))
                continue
            for form in dict.fromkeys((stemmed_phrase(text, value.language), fold(text))):
                stemmed.setdefault(value.language, []).append((parse_phrase(form), value))
        # One automaton per language: a text is read in one language, and most keys another
        # language's automaton would meet in it are its stems of the same words.
        self._stemmed = {language: PhraseIndex(found) for language, found in stemmed.items()}
        self._exact = {language: PhraseIndex(found) for language, found in exact.items()}
        self._surface = PhraseIndex(
            (parse_phrase(text), key) for text, key in unique if key.language == ALL
        )
        single = [
            (text, key)
            for text, key in unique
            if key.language in COMPOUND_LANGUAGES
            and not text.startswith(EXACT)
            and " " not in text.strip()
            and len(text.strip().rstrip("*")) >= COMPOUND_MIN
        ]
        self._compounds = CompoundIndex(
            [(fold(text.rstrip("*")), key) for text, key in single]
            + [(stemmed_phrase(text, key.language).rstrip("*"), key) for text, key in single]
        )
        self._gate = DescriptionGate(self._groups)
        self._key_indexes: dict[str | None, KeyIndex] = {}  # by language, see `_keys`
        # Every description by number: its milestone, its distinct concepts, and the
        # descriptions each concept is part of (for `_completed`).
        self._group_owner: list[int] = []
        self._group_size: list[int] = []
        self._group_unless: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        self._groups_with: dict[str, list[int]] = {}
        for number, named in enumerate(self._groups):
            for concepts, absent in zip(named, self._unless[number], strict=True):
                for name in set(concepts):
                    self._groups_with.setdefault(name, []).append(len(self._group_owner))
                self._group_owner.append(number)
                self._group_size.append(len(set(concepts)))
                self._group_unless.append((concepts, absent))
        # A description of no concept is held by every text (none in the bundled plan).
        self._groups_of_none = [g for g, size in enumerate(self._group_size) if size == 0]

    def find(
        self,
        words: Folded,
        stems: Folded,
        language: str | None,
        citations: Sequence[Cited] = (),
        *,
        graded: bool = False,
    ) -> list[Theme]:
        """Names, descriptions and legal anchors of milestones in a text, strongest first;
        `stems` are the stems of `words` in `language`, position for position. With `graded`,
        a text that names no milestone may still give one partial description (`partial`)."""
        themes = self._anchors.themes(citations, words.words) if citations else []
        if self._gate.admits(*self._key_index_for(language).held(words, stems)):
            occurrences = self._occurrences(words, stems, language)
        else:  # most news: placing nothing, the occurrences need not be found
            occurrences = []
        if occurrences and not self._gate.may_theme(o.value for o in occurrences):
            occurrences = []  # no name, and no description within one concept: nothing to place
        if occurrences:
            surface = words.words
            occurrences = [  # `dataclasses.replace`, at a third of its cost
                Occurrence(o.value, o.phrase, o.start, o.end, " ".join(surface[o.start : o.end]))
                for o in occurrences
            ]
            themes += self._names(stems, occurrences) + self._descriptions(stems, occurrences)
            if graded and all(self._anchors.shared(t) for t in themes):
                # an act several milestones amend does not say which: a partial description may
                themes += self._partial(stems, occurrences)
        return sorted(self._anchors.only_worded(themes), key=lambda t: -t.strength)

    def shared_anchor(self, theme: Theme) -> bool:
        """Whether `theme` cites an act several milestones amend (`LegalAnchors.shared`)."""
        return self._anchors.shared(theme)

    def _partial(self, stems: Folded, occurrences: Sequence[Occurrence[ThemeKey]]) -> list[Theme]:
        """The one milestone a text describes short of one concept, for a text that names no
        milestone: a description of three or more concepts whose concepts but one stand
        within WINDOW words of one part, holding a concept few milestones share and rarer
        than the missing one, and no unless-concept. Nothing when two milestones come that
        near: the text then says too little to choose. The theme is weak on purpose; the
        judgement accepts it as a delivery only when the responsible actor is said to have
        done the deed. Nothing either when the text holds a whole description that its
        unless-concepts rule out ("eases CO2 rules ... keeps the 2035 ban"): the plan's
        authors said what such a text is not, and a weaker reading must not overrule them."""
        by_concept: dict[str, list[Occurrence[ThemeKey]]] = {}
        for o in occurrences:
            if o.value.concept is not None:
                by_concept.setdefault(o.value.concept, []).append(o)
        # Only the descriptions that hold a concept of the text can be whole or short of one:
        # those, in plan order, rather than every description of the plan.
        touched = {g for name in by_concept for g in self._groups_with.get(name, ())}
        candidates = [
            (self._group_owner[g], *self._group_unless[g])
            for g in sorted(touched.union(self._groups_of_none))
        ]
        for _, group, unless in candidates:
            if all(name in by_concept for name in group) and any(
                name in by_concept for name in unless
            ):
                return []
        found: dict[int, Theme] = {}
        for number, group, unless in candidates:
            held = tuple(name for name in group if name in by_concept)
            if len(group) < PARTIAL_GROUP or len(held) != len(group) - 1:
                continue
            missing = next(name for name in group if name not in by_concept)
            rarest = min(self._sharing[name] for name in held)
            if rarest > _DISTINCTIVE or self._sharing[missing] <= rarest:
                continue  # what is missing is what tells this milestone apart
            if any(name in by_concept for name in unless):
                continue
            theme = described(self._milestones[number].id, held, by_concept, stems, self._actors)
            if theme is None or theme.part is None:
                continue  # spread over title and summary: too loose when a concept is missing
            part = theme.part
            theme = replace(
                theme,
                kind=ThemeKind.PARTIAL,
                strength=PARTIAL_STRENGTH,
                detail=f"{' + '.join(group)} without {missing}",
            )
            earlier = found.get(number)
            if earlier is None or part < (earlier.part or 0):
                found[number] = theme  # the title before the summary
        return list(found.values()) if len(found) == 1 else []

    def closest(
        self, words: Folded, stems: Folded, language: str | None, *, limit: int = 3
    ) -> list[Closest]:
        """The milestones whose descriptions a text half-holds or more, best first: what a
        person should look at when the text is on the plan's themes but names no milestone.
        Nothing when the text holds fewer than two of the plan's concepts."""
        concepts = {
            o.value.concept
            for o in self._occurrences(words, stems, language)
            if o.value.concept is not None
        }
        if len(concepts) < 2:
            return []
        found = []
        for number, groups in enumerate(self._groups):
            best: tuple[float, str] | None = None
            for group in groups:
                held = [name for name in group if name in concepts]
                coverage = len(held) / len(group)
                if held and (best is None or coverage > best[0]):
                    best = (coverage, f"{', '.join(held)} of {' + '.join(group)}")
            if best is not None and best[0] >= 0.5:
                found.append(Closest(self._milestones[number].id, round(best[0], 2), best[1]))
        found.sort(key=lambda c: -c.coverage)  # stable: plan order among equals
        return found[:limit]

    def _occurrences(
        self, words: Folded, stems: Folded, language: str | None
    ) -> list[Occurrence[ThemeKey]]:
        occurrences = self._surface.scan(words)
        stemmed = self._stemmed.get(language) if language else None
        if stemmed is not None:
            occurrences += stemmed.scan(stems)
        exact = self._exact.get(language) if language else None
        if exact is not None:
            occurrences += exact.scan(words)
        if language in COMPOUND_LANGUAGES:
            occurrences += self._compounds.scan(words, stems, language)
        return occurrences

    def _key_index_for(self, language: str | None) -> KeyIndex:
        """The index of what `_occurrences` stands for, and more (no word-boundary or
        compound checks, no positions, one automaton pass): enough for the gate to turn most
        texts away."""
        own = language in self._stemmed or language in self._exact
        read_as = language if own or language in COMPOUND_LANGUAGES else None  # else: shared
        index = self._key_indexes.get(read_as)
        if index is None:
            index = self._key_indexes[read_as] = self._key_index(read_as)
        return index

    def _key_index(self, language: str | None) -> KeyIndex:
        """The keys `_occurrences` looks for in a text in `language`, in one index (built
        when a text in that language first comes: most plans meet a few languages)."""
        keyed = list(self._surface.keyed())
        stemmed = self._stemmed.get(language) if language else None
        exact = self._exact.get(language) if language else None
        for index in (stemmed, exact):
            keyed += index.keyed() if index is not None else []
        if language in COMPOUND_LANGUAGES:
            keyed += self._compounds.keyed(language)
        return KeyIndex(keyed)

    def _names(self, stems: Folded, found: Iterable[Occurrence[ThemeKey]]) -> list[Theme]:
        themes = []
        for o in found:
            if o.value.milestone is None:
                continue
            milestone = self._milestones[o.value.milestone]
            themes.append(
                Theme(
                    milestone.id,
                    ThemeKind.NAME,
                    NAME_STRENGTH,
                    (Found(o.matched, o.start, o.end),),
                    stems.part_of(o.start),
                    f"name '{o.matched}'",
                )
            )
        return themes

    def _descriptions(self, stems: Folded, found: Sequence[Occurrence[ThemeKey]]) -> list[Theme]:
        by_concept: dict[str, list[Occurrence[ThemeKey]]] = {}
        for o in found:
            if o.value.concept is not None:
                by_concept.setdefault(o.value.concept, []).append(o)
        themes = []
        for number in self._completed(by_concept.keys()):
            groups = self._groups[number]
            best: Theme | None = None
            for group, unless in zip(groups, self._unless[number], strict=True):
                if not all(name in by_concept for name in group):
                    continue
                if any(name in by_concept for name in unless):
                    continue  # the text holds what tells this description apart from another
                theme = described(
                    self._milestones[number].id, group, by_concept, stems, self._actors
                )
                if theme is not None and (best is None or placed_better(theme, best)):
                    best = theme
            if best is not None:
                themes.append(best)
        return themes

    def _completed(self, concepts: Iterable[str]) -> list[int]:
        """The milestones, in plan order, with a description whose every concept is among
        `concepts`: the only ones `_descriptions` can place, found from the concepts held
        rather than by trying every description of the plan."""
        held: dict[int, int] = {}
        for name in concepts:
            for group in self._groups_with.get(name, ()):
                held[group] = held.get(group, 0) + 1
        return sorted({self._group_owner[g] for g, n in held.items() if n == self._group_size[g]})
