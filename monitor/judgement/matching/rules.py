"""A plan's evidence queries compiled once into one automaton, and the test of each query.

A text hits a milestone when it holds one of its terms (any language), no exclude phrase, and,
when the query has context phrases, one of them within `near` words of a term occurrence
(anywhere in the text when `near` is None). Words between the two phrases are counted; a
context phrase that touches or overlaps the term is 0 words away.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from monitor.judgement.matching.fold import Folded, fold_text
from monitor.judgement.matching.phrases import (
    Occurrence,
    Phrase,
    PhraseError,
    PhraseIndex,
    parse_phrase,
)
from timeline.model import EvidenceQuery, Milestone


class Role(StrEnum):
    TERM = "terms"
    CONTEXT = "context"
    EXCLUDE = "exclude"


class RuleError(ValueError):
    """A milestone query that cannot be compiled; names the milestone, group and language."""


@dataclass(frozen=True, slots=True)
class Span:
    """A phrase found in a text, as written in the plan, with its word positions."""

    phrase: str
    start: int
    end: int
    # A word of a description's concept ("eases" of "flexibility", "exempts" of "exemption"):
    # it says what the text is about and may also be the clause's verb.
    concept: bool = False


@dataclass(frozen=True, slots=True)
class Hit:
    """A milestone whose query a text satisfies, with the term and context phrases that did it."""

    milestone_id: str
    terms: tuple[Span, ...]
    context: tuple[Span, ...]
    specificity: float  # 0..1: how unlikely the best evidence is to be a coincidence


@dataclass(frozen=True, slots=True)
class _Rule:
    milestone: int
    role: Role


class RuleSet:
    """Compiled queries of a list of milestones. Build it once per plan with `compile_rules`."""

    def __init__(self, milestones: Sequence[Milestone], index: PhraseIndex[_Rule]) -> None:
        self._milestones = tuple(milestones)
        self._index = index

    @property
    def milestones(self) -> tuple[Milestone, ...]:
        return self._milestones

    def find(self, text: str | Folded) -> list[Hit]:
        """The milestones whose query `text` satisfies, in plan order."""
        folded = text if isinstance(text, Folded) else fold_text(text)
        named = {r.milestone for r in self._index.values(folded) if r.role is Role.TERM}
        if not named:
            return []
        grouped: dict[int, list[Occurrence[_Rule]]] = {}
        for occurrence in self._index.scan(folded, lambda rule: rule.milestone in named):
            grouped.setdefault(occurrence.value.milestone, []).append(occurrence)
        hits = []
        for number in sorted(grouped):
            hit = _judge(self._milestones[number], grouped[number])
            if hit is not None:
                hits.append(hit)
        return hits


def compile_rules(milestones: Iterable[Milestone]) -> RuleSet:
    """Compile every milestone's query into one automaton; raise RuleError on a bad phrase."""
    milestones = tuple(milestones)
    entries: list[tuple[Phrase, _Rule]] = []
    for number, milestone in enumerate(milestones):
        for role, language, text in _phrases(milestone.query):
            try:
                phrase = parse_phrase(text)
            except PhraseError as error:
                raise RuleError(
                    f"milestone {milestone.id!r}, query.{role}.{language}: {error}; "
                    "fix the phrase in the plan file"
                ) from error
            entries.append((phrase, _Rule(number, role)))
    return RuleSet(milestones, PhraseIndex(entries))


def _phrases(query: EvidenceQuery) -> Iterator[tuple[Role, str, str]]:
    for role, table in (
        (Role.TERM, query.terms),
        (Role.CONTEXT, query.context),
        (Role.EXCLUDE, query.exclude),
    ):
        for language in sorted(table):
            for text in table[language]:
                yield role, language, text


def _judge(milestone: Milestone, found: list[Occurrence[_Rule]]) -> Hit | None:
    terms = [o for o in found if o.value.role is Role.TERM]
    if not terms or any(o.value.role is Role.EXCLUDE for o in found):
        return None
    context = [o for o in found if o.value.role is Role.CONTEXT]
    near = milestone.query.near
    if _has_context(milestone.query):
        if near is not None:
            terms = [t for t in terms if any(_gap(t, c) <= near for c in context)]
            context = [c for c in context if any(_gap(t, c) <= near for t in terms)]
        if not terms or not context:
            return None
    return Hit(
        milestone.id,
        tuple(Span(o.phrase.text, o.start, o.end) for o in terms),
        tuple(Span(o.phrase.text, o.start, o.end) for o in context),
        max(_specificity(o.phrase, bool(context)) for o in terms),
    )


def _has_context(query: EvidenceQuery) -> bool:
    return any(query.context.values())


def _gap(a: Occurrence[_Rule], b: Occurrence[_Rule]) -> int:
    """Words strictly between two occurrences; 0 when they touch or overlap."""
    return max(0, b.start - a.end, a.start - b.end)


def _specificity(phrase: Phrase, confirmed: bool) -> float:
    """Longer whole-word phrases, and phrases confirmed by context, are rarely coincidences."""
    score = {1: 0.8, 2: 0.9}.get(phrase.words, 0.95)
    if phrase.prefix:
        score -= 0.1
    if confirmed:
        score = max(score, 0.9) + 0.05
    return min(score, 1.0)
