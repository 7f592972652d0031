"""Query hits that the milestone's own vocabulary rules out.

A query is a term and a context word near it, with no exclusions of its own, while the
milestone's descriptions say what the milestone is not. Two of those limits hold for the
query too:

- A concept that most of the milestone's descriptions exclude is no evidence of it by way of
  the query either: the grid-connection guidance is the EU's, not a national regulator's
  ("Bundesnetzagentur will Netzanschlüsse beschleunigen ... Die Behörde legte Leitlinien vor").
- A term qualified by another vehicle class than the one the milestone's descriptions name
  ("the heavy-duty vehicle CO2 standards", "CO2-Flottengrenzwerte für Lkw", "normes CO2 des
  poids lourds") names another act: the trucks' standards are not the cars' review.

Vehicle classes are the plan's concepts listed in `VEHICLE_CLASSES`; a plan without them is
read as before. Pure after construction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from monitor.judgement.matching.fold import Folded, fold
from monitor.judgement.matching.phrases import (
    Occurrence,
    Phrase,
    PhraseError,
    PhraseIndex,
    parse_phrase,
)
from monitor.judgement.matching.rules import Hit, Span
from monitor.judgement.matching.themes import Theme, ThemeKind, stemmed_phrase
from timeline.model import Concept, Milestone

__all__ = ["VEHICLE_CLASSES", "QueryLimits"]

VEHICLE_CLASSES = ("car", "truck")  # concepts of the vocabulary that are classes of vehicle
QUALIFIER_WORDS = 2  # words between a term and the class that qualifies it ("for heavy trucks")
_EXACT = "="  # a vocabulary phrase looked for as written (`themes`)


@dataclass(frozen=True, slots=True)
class _Limits:
    excluded: frozenset[str]  # concepts most of its descriptions exclude
    classes: frozenset[str]  # the vehicle classes its descriptions name


class QueryLimits:
    """Each milestone's limits, and one automaton of the concepts they name."""

    def __init__(self, milestones: Sequence[Milestone]) -> None:
        self._limits: dict[str, _Limits] = {}
        concepts: dict[str, Concept] = {}
        for milestone in milestones:
            vocabulary = milestone.vocabulary
            counts: dict[str, int] = {}
            classes: set[str] = set()
            for position, group in enumerate(vocabulary.about):
                for concept in vocabulary.excluded(position):
                    counts[concept.name] = counts.get(concept.name, 0) + 1
                    concepts[concept.name] = concept
                for concept in group:
                    if concept.name in VEHICLE_CLASSES:
                        classes.add(concept.name)
                        concepts[concept.name] = concept
            half = len(vocabulary.about) / 2
            excluded = frozenset(name for name, n in counts.items() if n > half)
            if excluded or len(classes) == 1:
                self._limits[milestone.id] = _Limits(excluded, frozenset(classes))
        self._index: PhraseIndex[str] = PhraseIndex(_entries(concepts.values()))

    def kept(self, hits: list[Hit], words: Folded, stems: Folded) -> list[Hit]:
        """The hits no limit rules out."""
        if not hits or not any(h.milestone_id in self._limits for h in hits):
            return hits
        found = [*self._index.scan(words), *self._index.scan(stems)]
        if not found:
            return hits
        present = {o.value for o in found}
        kept = []
        for hit in hits:
            limits = self._limits.get(hit.milestone_id)
            if limits is not None and (
                limits.excluded & present or _all_qualified(hit.terms, limits.classes, found)
            ):
                continue
            kept.append(hit)
        return kept

    def kept_themes(self, themes: list[Theme], words: Folded, stems: Folded) -> list[Theme]:
        """The themes but the descriptions of a milestone of one vehicle class in a text that
        names another class and not its own: a partial description (its missing concept is
        not missing, the text is about the other class: "EU reviews CO2 rules for heavy
        trucks"), or a description whose words another class qualifies ("le réexamen des
        normes CO2 des poids lourds")."""
        described = [
            t
            for t in themes
            if t.kind in (ThemeKind.PARTIAL, ThemeKind.ABOUT)
            and len(self._classes(t.milestone_id)) == 1
        ]
        if not described:
            return themes
        found = [*self._index.scan(words), *self._index.scan(stems)]
        classes = [o for o in found if o.value in VEHICLE_CLASSES]
        if not classes:
            return themes
        named = {o.value for o in classes}
        dropped = []
        for theme in described:
            own = self._classes(theme.milestone_id)
            if named & own:
                continue
            if theme.kind is ThemeKind.PARTIAL or any(
                _next_to(Span("", f.start, f.end), o.start, o.end)
                for f in theme.found
                for o in classes
            ):
                dropped.append(theme)
        return [t for t in themes if t not in dropped]

    def _classes(self, milestone_id: str) -> frozenset[str]:
        limits = self._limits.get(milestone_id)
        return limits.classes if limits is not None else frozenset()


def _all_qualified(
    terms: Sequence[Span], own: frozenset[str], found: Sequence[Occurrence[str]]
) -> bool:
    """Whether every term stands next to another vehicle class than the milestone's own, and
    none stands next to its own ("CO2 standards for cars and trucks" is both)."""
    if len(own) != 1 or not terms:
        return False
    spans = [(o.value, o.start, o.end) for o in found]
    for term in terms:
        near = {n for n, start, end in spans if n in VEHICLE_CLASSES and _next_to(term, start, end)}
        if not (near - own) or near & own:
            return False
    return True


def _next_to(term: Span, start: int, end: int) -> bool:
    return 0 <= start - term.end <= QUALIFIER_WORDS or 0 <= term.start - end <= QUALIFIER_WORDS


def _entries(concepts: Iterable[Concept]) -> Iterable[tuple[Phrase, str]]:
    for concept in concepts:
        for language, phrases in concept.phrases.items():
            for text in phrases:
                exact = text.startswith(_EXACT)
                text = text.removeprefix(_EXACT)
                forms = {fold(text)} if exact else {fold(text), stemmed_phrase(text, language)}
                for form in forms:
                    try:
                        yield parse_phrase(form), concept.name
                    except PhraseError:
                        continue
