"""Classify a text that hit a milestone: delivered, progress or mention, with a confidence.

The clause that holds a matched term decides, title first. When it says nothing either way,
the other clauses of the title are read ("Battery Booster: Commission unveils EUR 1.8bn"), then
the summary, each at a discount, because the further the words are from the term and the
headline, the likelier they are about something else.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from monitor.judgement.calibration import calibration
from monitor.judgement.matching.background import as_background
from monitor.judgement.matching.choosing import choose
from monitor.judgement.matching.clause_reading import ClauseReading
from monitor.judgement.matching.clauses import (
    ACTORS,
    Clause,
    CueHit,
    clause_bounds,
    clauses_of,
    read_clause,
)
from monitor.judgement.matching.complements import closing_hearsay, governed, governing_cue
from monitor.judgement.matching.cues import CueKind, word_class
from monitor.judgement.matching.decide import decide
from monitor.judgement.matching.fold import Folded
from monitor.judgement.matching.lead_actor import lead_names_actor
from monitor.judgement.matching.lead_plan import lead_plans_the_act, planned_deed
from monitor.judgement.matching.lent_actors import apposed_actor, label_actor, shared_subject
from monitor.judgement.matching.rules import Hit, Span
from monitor.judgement.matching.scoring import Context, Scored, score
from monitor.judgement.matching.verdicts import Duty, Verdict
from timeline.model import EvidenceKind, Milestone

_PART_NAMES = ("title", "summary")
_LABEL_WORDS = 6


@dataclass(frozen=True, slots=True)
class Match:
    """What one news entry says about one milestone, and why the matcher thinks so."""

    milestone_id: str
    kind: EvidenceKind
    confidence: float  # 0..1; the caller auto-accepts above its threshold, else a person decides
    terms: tuple[str, ...]  # the plan's phrases that fired (terms, then context)
    cues: tuple[str, ...]  # the words that decided the kind
    explanation: str
    signals: tuple[str, ...] = ()  # every signal behind the judgement, for a person to check
    raw: float = 0.0  # the score before calibration


def classify(
    hit: Hit,
    milestone: Milestone,
    folded: Folded,
    cues: Sequence[CueHit],
    duty: Duty,
    context: Context | None = None,
    theme: str = "",
    *,
    graded: bool = False,
    foreign: Sequence[Span] = (),
    anchor_only: bool = False,
    language: str | None = None,
) -> Match:
    """Classify `hit` of `milestone` in `folded`, given the cues found in the same text, the
    entry's `context` (date, address, documents) and what made it about the milestone.

    `graded`: the hit is a description short of one concept (`ThemeIndex.find(graded=True)`);
    its delivery is accepted only when the responsible actor is said to have done the deed,
    else it waits for a person. `foreign`: the words by which the text names other milestones
    (not this one's); a clause of the lead holding them reports their deed, not this one's.
    `anchor_only`: the text reaches this milestone only by an act other milestones amend too;
    its delivery waits for a person. `language`: the text's, whose joining words ("and")
    make one deed cover two milestones."""
    words = folded.words
    joining = word_class("coordinators", language)
    readings = list(_readings(hit, folded, words, cues, duty, foreign, joining, language))
    parts = _part_ranges(folded, len(words))
    lead_actor = len(parts) > 1 and lead_names_actor(words, parts[1], cues, hit.terms, duty)
    lead_plan = len(parts) > 1 and lead_plans_the_act(words, parts[1], cues, hit.terms, duty)
    chosen = choose(
        readings, foreign, words, lead_actor=lead_actor, joining=joining, lead_plan=lead_plan
    )
    scored = score(
        chosen.verdict,
        chosen.factor,
        hit.specificity,
        milestone,
        duty,
        context or Context(),
        near=chosen.term is not None,
    )
    if graded and not _clear_deed(chosen, duty):
        scored = _for_review(
            scored,
            "theme: a description short of one concept, and no word that the responsible"
            " actor did the deed: a person decides",
        )
    if anchor_only:
        scored = _for_review(
            scored,
            "theme: only an act that several milestones amend is cited, and nothing says"
            " which of them this is: a person decides",
        )
    confidence = calibration().apply(scored.kind.value, scored.raw)
    terms = tuple(dict.fromkeys(s.phrase for s in (*hit.terms, *hit.context)))
    where = _PART_NAMES[min(chosen.part, 1)]
    signals = (
        f"theme: {theme or ', '.join(terms)} (specificity {hit.specificity:.2f})",
        f"reading: in the {where}, {chosen.verdict.reason} -> {chosen.verdict.kind.value}"
        f" ({chosen.verdict.strength:.2f})",
        *scored.signals,
        f"confidence: {confidence:.2f} (raw {scored.raw:.2f})",
    )
    return Match(
        milestone_id=milestone.id,
        kind=scored.kind,
        confidence=confidence,
        terms=terms,
        cues=tuple(dict.fromkeys(c.matched or c.phrase.text for c in chosen.verdict.cues)),
        explanation=_explain(chosen, hit)
        if scored.kind is chosen.verdict.kind
        else _overruled(scored),
        signals=signals,
        raw=scored.raw,
    )


GRADED_REVIEW = 0.45  # the raw score of a partial description's delivery without a clear deed


def _for_review(scored: Scored, why: str) -> Scored:
    """A delivery left for a person, scored under any acceptance, with the reason why."""
    if scored.kind is not EvidenceKind.DELIVERED:
        return scored
    return Scored(scored.kind, min(scored.raw, GRADED_REVIEW), (*scored.signals, why))


_DEED_VERBS = frozenset({CueKind.PROPOSE, CueKind.ADOPT, CueKind.ACT})


def _clear_deed(reading: ClauseReading, duty: Duty) -> bool:
    """Whether the reading says the responsible actor did it: its own actor as the subject of
    a deed ("Commission proposes ...", in the headline or the lead), or, in the clause of the
    described words, the EU at large proposing ("Brussels proposes ...")."""
    verdict = reading.verdict
    if verdict.kind is not EvidenceKind.DELIVERED:
        return False
    actor = next((c for c in verdict.cues if c.value.kind in ACTORS), None)
    verb = next((c for c in verdict.cues if c.value.kind in _DEED_VERBS), None)
    if actor is None or verb is None:
        return False
    if actor.value.kind in duty.own:
        return True
    return (
        reading.term is not None
        and actor.value.kind is CueKind.EU
        and verb.value.kind is CueKind.PROPOSE
    )


def _overruled(scored: Scored) -> str:
    """The explanation when the entry's signals overruled the clause: the deciding signal."""
    reason = scored.signals[-1] if scored.signals else "the entry's signals decided"
    return f"{reason[0].upper()}{reason[1:]}."


class _Reader:
    """Reads the clauses of one text for one hit, remembering which clauses it has read."""

    def __init__(
        self,
        words: list[str],
        cues: Sequence[CueHit],
        terms: Sequence[Span],
        duty: Duty,
        label: CueHit | None = None,
        foreign: Sequence[Span] = (),
        joining: frozenset[str] = frozenset(),
        language: str | None = None,
    ) -> None:
        self.words, self.cues, self.terms, self.duty = words, cues, terms, duty
        self.joining = joining  # the words that join two objects of one deed
        self.language = language  # the text's, whose complementisers open object clauses
        self.label = label  # the headline's opening actor ("Brussels: ..."), if any
        self.foreign = foreign  # words naming the other milestones the text hits
        self.seen: set[int] = set()

    def term_clause(self, part: range, term: Span, factor: float, number: int) -> ClauseReading:
        bounds = clause_bounds(self.words, term.start, part.start, part.stop)
        self.seen.add(bounds.start)
        actor = self.label if number == 0 else None
        if actor is None:
            actor = self._actor_before(bounds, part)
        clause = self._clause(bounds, term, actor, number)
        label = not clause.cues and len(bounds) <= _LABEL_WORDS
        verdict = self._object_of_another(self._decide(clause, bounds, part), clause)
        return ClauseReading(
            verdict,
            factor,
            number,
            term,
            label,
            bounds,
            self._own(clause),
            self._doubtful(clause, part),
            clause.verb is None,
            self._planned(clause),
        )

    def _clause(self, bounds: range, term: Span, actor: CueHit | None, number: int) -> Clause:
        args = (self.words, bounds, term, self.cues, self.terms, actor)
        return read_clause(*args, headline=number == 0)

    def _actor_before(self, bounds: range, part: range) -> CueHit | None:
        """The actor of a clause that names none, from the clauses before: cut off by commas
        ("La Commission, qui ..., a proposé"), or shared by a verb after "and"."""
        args = (self.words, bounds, part.start, self.cues, self.language)
        return apposed_actor(*args) or shared_subject(*args)

    def _decide(self, clause: Clause, bounds: range, part: range) -> Verdict:
        """The clause's verdict, unless it is the object of an expectation or a call in the
        clause before ("erwartet, dass die Kommission ... vorstellt"), hearsay closes it
        ("..., heißt es in Brüssel"), or its deed is background ("..., which the Commission had
        proposed")."""
        governor = governing_cue(
            self.words, bounds, part.start, self.cues, self.language
        ) or closing_hearsay(self.words, bounds, part.stop, self.cues)
        verdict = as_background(
            decide(clause, self.duty), self.words, clause, part.start, self.cues, self.duty,
            self.language,
        )  # fmt: skip
        return governed(verdict, governor)

    def _object_of_another(
        self, verdict: Verdict, clause: Clause, *, named: bool = False
    ) -> Verdict:
        """A deed whose object is another milestone the text names ("Commission publishes
        communication on corporate fleets", read for the fleets legislation): its words stand
        between the verb and this milestone's term, so the deed is that one's. Unless a joining
        word follows them, with no hedge after it ("adopted guidance on connections and on
        anticipatory investment"): then the deed is said of both. `named`: the clause holds no
        term (its anchor stands at its end), so only another milestone's name or query term,
        not a word of a description, is an object, and a joining word joins nothing to a term."""
        verb = clause.verb
        if verdict.kind is not EvidenceKind.DELIVERED or verb is None:
            return verdict
        low = min(verb.end, clause.term.end)
        high = max(verb.start, clause.term.start)
        other = next(
            (
                s
                for s in self.foreign
                if low <= s.start and s.end <= high and not (named and s.concept)
            ),
            None,
        )
        if other is None or (not named and self._joined(other, clause)):
            return verdict
        return Verdict(
            EvidenceKind.MENTION,
            0.75,
            verdict.cues,
            f"{verb.matched or verb.phrase.text!r} is said of another milestone ('{other.phrase}')",
        )

    def _joined(self, other: Span, clause: Clause) -> bool:
        """Whether this milestone's term is joined to the other's words as a second object of
        the same verb: a joining word between them, and no hedge from it to the clause's end."""
        if not (clause.verb is not None and clause.verb.end <= other.start):
            return False
        joint = next(
            (i for i in range(other.end, clause.term.start) if self.words[i] in self.joining),
            None,
        )
        return joint is not None and not any(
            c.value.kind in _HEDGES and joint < c.start < clause.end for c in clause.cues
        )

    def other_clauses(self, part: range, factor: float, number: int = 0) -> Iterator[ClauseReading]:
        """Clauses of a part that hold no term; the term is taken to stand at the clause's end."""
        for bounds in clauses_of(self.words, part):
            if bounds.start not in self.seen:
                anchor = Span("", bounds.stop, bounds.stop)
                yield self._reading(bounds, anchor, factor, number, part)

    def _reading(
        self, bounds: range, anchor: Span, factor: float, number: int, part: range
    ) -> ClauseReading:
        actor = self._actor_before(bounds, part)
        clause = self._clause(bounds, anchor, actor, number)
        verdict = self._decide(clause, bounds, part)
        # a clause with no term of this milestone whose verb has another milestone's name as
        # its object ("Kommission schlägt Änderung der Eurovignetten-Richtlinie vor", read for
        # a milestone the lead only announces) reports that one's deed; unless the text says
        # what a package contains ("Het pakket bevat ... de Battery Booster"): the package's
        # deed delivers its contents
        if not any(c.value.kind is CueKind.CONTAINER for c in self.cues):
            verdict = self._object_of_another(verdict, clause, named=True)
        return ClauseReading(
            verdict,
            factor,
            number,
            None,
            bounds=bounds,
            own_subject=self._own(clause),
            doubtful=self._doubtful(clause, part),
        )

    def _doubtful(self, clause: Clause, part: range) -> bool:
        """Whether a deed with no actor in this clause may not be the headline actor's: its
        part says, anywhere, that something is planned, rumoured or not done ("Le projet,
        dévoilé par Les Echos, doit être présenté en juin"); the verb opens the part, as a
        timestamp does ("Published on Wednesday, ..."); or an agent follows it ("par ...")."""
        if any(c.value.kind in _HEDGES and c.start in part for c in self.cues):
            return True
        verb = clause.verb
        if verb is None or verb.start == part.start:
            return True
        return any(c.value.kind is CueKind.BY and c.start == verb.end for c in clause.cues)

    def _planned(self, clause: Clause) -> bool:
        """Whether the responsible actor is said to present it later: a modal and a verb of its
        own acts ("De Commissie zal eind dit jaar ... presenteren"), or such a verb's future in
        one word ("La Comisión presentará ..."), said of that actor or of no one ("El Battery
        Booster se presentará en diciembre": the act named is the responsible actor's)."""
        verb = clause.verb
        modal = bool(clause.modals) and verb is not None and verb.value.kind is CueKind.PROPOSE
        if not (modal or planned_deed(verb, clause.cues) is not None):
            return False
        return self._own(clause) or not any(c.value.kind in ACTORS for c in clause.cues)

    def _own(self, clause: Clause) -> bool:
        """Whether the clause's actor (its subject, else its first actor: "Kommission will
        ... ausweiten" has no deed verb) is the responsible actor."""
        actor = clause.subject or next((c for c in clause.cues if c.value.kind in ACTORS), None)
        return actor is not None and actor.value.kind in self.duty.own


def _readings(
    hit: Hit,
    folded: Folded,
    words: list[str],
    cues: Sequence[CueHit],
    duty: Duty,
    foreign: Sequence[Span] = (),
    joining: frozenset[str] = frozenset(),
    language: str | None = None,
) -> Iterator[ClauseReading]:
    """Clause readings in the order they are trusted, each with its discount."""
    parts = _part_ranges(folded, len(words))
    label = label_actor(words, parts[0], cues)
    reader = _Reader(words, cues, hit.terms, duty, label, foreign, joining, language)
    title = [t for t in hit.terms if t.start in parts[0]]
    summary = [t for t in hit.terms if len(parts) > 1 and t.start in parts[1]]
    labels_only = bool(title)
    for term in title:
        reading = reader.term_clause(parts[0], term, 1.0, 0)
        labels_only = labels_only and reading.label
        yield reading
    if title:  # "Battery Booster: Commission unveils ...": a label is what the rest is about
        yield from reader.other_clauses(parts[0], 1.0 if labels_only else 0.9)
    for term in summary:
        yield reader.term_clause(parts[1], term, 0.9, 1)
    if not title:
        yield from reader.other_clauses(parts[0], 0.8)
    if len(parts) > 1:  # a headline that only names the topic leaves the deed to the lead
        for reading in reader.other_clauses(parts[1], 0.8, 1):
            # far from the term, a clause can report what was done; its hedges and opinions
            # are about something else
            if reading.verdict.kind is not EvidenceKind.MENTION:
                yield reading


def _part_ranges(folded: Folded, size: int) -> list[range]:
    ends = [*(start - 1 for start in folded.parts[1:]), size]  # drop the break between parts
    return [range(start, end) for start, end in zip(folded.parts, ends, strict=True)]


_HEDGES = (CueKind.FUTURE, CueKind.SPECULATION, CueKind.TO, CueKind.NEGATION, CueKind.QUESTION)


def _explain(reading: ClauseReading, hit: Hit) -> str:
    term = reading.term or hit.terms[0]
    where = _PART_NAMES[min(reading.part, 1)]
    reason = reading.verdict.reason
    sentence = f"{reason[0].upper()}{reason[1:]} in the {where} (term '{term.phrase}')"
    if reading.factor < 1.0:
        sentence += ", away from the term"
    return sentence + "."
