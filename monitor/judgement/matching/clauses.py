"""Read one clause of a headline or lead: its main verb, who does it, and what qualifies it.

This is shallow on purpose: news headlines put the actor first and the verb second ("Commission
adopts ..."), and the words that change the meaning ("will", "urges", "not yet") sit before the
verb. Anything the reading cannot settle is left for the decision rules to treat as weak.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from monitor.judgement.matching.cues import Cue, CueKind, word_class
from monitor.judgement.matching.fold import BREAK
from monitor.judgement.matching.phrases import Occurrence
from monitor.judgement.matching.rules import Span

CueHit = Occurrence[Cue]

ACTORS = frozenset(
    {CueKind.COMMISSION, CueKind.EU, CueKind.INSTITUTION, CueKind.OTHER_ACTOR, CueKind.EIB}
)
VERBS = frozenset(
    {
        CueKind.PROPOSE,
        CueKind.ADOPT,
        CueKind.ACT,
        CueKind.INSTITUTION_VERB,
        CueKind.CALL,
        CueKind.OPINION,
    }
)
_SCOPING = frozenset({CueKind.FUTURE, CueKind.SPECULATION})
_NO_SUBJECT_WINDOW = 2  # words between a modal and a verb with no subject before them
_AFTER_SUBJECT_WINDOW = 2  # "legt die Kommission ... vor": the subject right after the verb


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause around a term: its cues, main verb, subject, and the modals that scope the verb."""

    start: int
    end: int
    term: Span
    cues: tuple[CueHit, ...]
    verb: CueHit | None
    subject: CueHit | None
    modals: tuple[CueHit, ...]

    def has(self, *kinds: CueKind) -> bool:
        return any(c.value.kind in kinds for c in self.cues)

    def first(self, *kinds: CueKind) -> CueHit | None:
        return next((c for c in self.cues if c.value.kind in kinds), None)

    def between_verb_and_term(self, *kinds: CueKind) -> CueHit | None:
        """A cue of `kinds` lying between the main verb and the term, on either side."""
        if self.verb is None:
            return None
        low = min(self.verb.end, self.term.end)
        high = max(self.verb.start, self.term.start)
        return next(
            (c for c in self.cues if c.value.kind in kinds and c.start >= low and c.end <= high),
            None,
        )


def clause_bounds(words: Sequence[str], position: int, part_start: int, part_end: int) -> range:
    """The words of the clause holding word `position`, inside one part of the text."""
    start = position
    while start > part_start and words[start - 1] != BREAK:
        start -= 1
    end = position
    while end < part_end and words[end] != BREAK:
        end += 1
    return range(start, end)


def read_clause(
    words: Sequence[str],
    bounds: range,
    term: Span,
    cues: Sequence[CueHit],
    terms: Sequence[Span],
    label: CueHit | None = None,
) -> Clause:
    """Pick out the cues of one clause and read its verb, subject and modals; `label` is the
    actor a headline opens with ("Brussels: ...", "KE: ..."), the subject of a verb that has
    none in the clause."""
    inside = tuple(
        c
        for c in cues
        if c.start >= bounds.start
        and c.end <= bounds.stop
        and not any(_hides(c, t) for t in terms)
        and _particle_present(c, words, bounds.stop)
        and not _date_word(c, words)
    )
    inside = _drop_nested(inside)
    verb = next((c for c in inside if c.value.kind in VERBS and not _describes(c, words)), None)
    subject = _subject(inside, verb, words) if verb else None
    if subject is None and verb is not None and label is not None:
        subject = label
    modals = _modals(inside, verb, subject)
    return Clause(bounds.start, bounds.stop, term, inside, verb, subject, modals)


def _describes(cue: CueHit, words: Sequence[str]) -> bool:
    """A call or an opinion right after a relative word says what the noun before it does
    ("an agreement which requires recycled plastic", "un acuerdo que exige"): it is no verb
    of the clause's actor."""
    return (
        cue.value.kind in _DESCRIBING
        and cue.start > 0
        and words[cue.start - 1] in word_class("relatives")
    )


_DESCRIBING = frozenset({CueKind.CALL, CueKind.OPINION})
_DEEDS = frozenset({CueKind.PROPOSE, CueKind.ADOPT, CueKind.ACT})
_UNHIDDEN = _DEEDS | {CueKind.CONSULT, CueKind.COMMISSION, CueKind.EU}


def _hides(cue: CueHit, term: Span) -> bool:
    """Whether a matched phrase hides a cue it overlaps: a name or a query term does ("the
    Commission proposal" in a title is no verb), a description's concept does not hide a deed
    verb ("Brussels eases CO2 rules": "eases" is both the flexibility and what was done), a
    consultation or a call ("call for proposals" is both the funding and a step before it), nor
    the EU acting ("Brussels opens anti-circumvention probe": the EU of the description)."""
    if not (cue.start < term.end and term.start < cue.end):
        return False
    return not (term.concept and cue.value.kind in _UNHIDDEN)


_LABEL_WORDS = 4  # words of a headline's opening actor label


def label_actor(words: Sequence[str], part: range, cues: Sequence[CueHit]) -> CueHit | None:
    """The actor a headline opens with as a label of its own ("Brussels: ...", "Ue: ...",
    "KE: ..."): a first clause of a few words that is one actor and nothing else."""
    end = part.start
    while end < part.stop and words[end] != BREAK:
        end += 1
    if end == part.stop or not 0 < end - part.start <= _LABEL_WORDS:
        return None  # no break in the headline, or a clause too long to be a label
    inside = [c for c in cues if part.start <= c.start and c.end <= end]
    actors = [c for c in inside if c.value.kind in ACTORS]
    if len(actors) != 1 or (actors[0].start, actors[0].end) != (part.start, end):
        return None
    return actors[0] if len(_drop_nested(tuple(inside))) == 1 else None


_ASIDE_WORDS = 4  # words of an aside between commas ("dévoilée mardi", "jak zapowiadała")
_RELATIVE_WORDS = 16  # words of a relative clause between commas ("which had promised ...")


def apposed_actor(
    words: Sequence[str],
    bounds: range,
    part_start: int,
    cues: Sequence[CueHit],
    language: str | None = None,
) -> CueHit | None:
    """The actor of a clause cut off from its verb by commas ("La proposition de la Commission,
    dévoilée mardi, modifie ...", "Komisja Europejska, jak zapowiadała, przedstawiła ..."):
    the clause just before, or before a short aside that names no actor, when it names an
    actor and holds no verb of its own. A relative clause between them is an aside of any
    length, whatever it holds ("The Commission, which had promised relief in March, proposed
    ...", "Die Kommission, die das im März angekündigt hatte, legte ... vor"): it speaks of the
    noun before it, and its earlier deeds are background. A dateline is no subject: a one-word
    clause ("BRUSSELS, 4 June. ...") or an aside with a number in it."""
    relatives = word_class("relatives", language)
    stop = bounds.start - 1  # the break that ends the clause before
    relative = False  # a relative clause was passed: a dateline has none
    for _ in range(2):
        if stop <= part_start:
            return None
        start = stop
        while start > part_start and words[start - 1] != BREAK:
            start -= 1
        if _relative_aside(words, start, stop, part_start, cues, relatives):
            stop, relative = start - 1, True  # the noun it speaks of stands before it
            continue
        inside = _drop_nested(tuple(c for c in cues if start <= c.start and c.end <= stop))
        actors = [c for c in cues if start <= c.start and c.end <= stop and c.value.kind in ACTORS]
        if any(c.value.kind in VERBS for c in inside):
            if actors or stop - start > _ASIDE_WORDS:
                return None  # a clause of its own, with its own verb
        elif actors:
            return actors[-1] if stop - start > 1 or relative else None
        elif stop - start > _ASIDE_WORDS or any(w[:1].isdigit() for w in words[start:stop]):
            return None
        stop = start - 1
    return None


_COORDINATED_WORDS = 4  # words from "and" to its verb ("and on Wednesday issued", "et a publié")


def shared_subject(
    words: Sequence[str],
    bounds: range,
    part_start: int,
    cues: Sequence[CueHit],
    language: str | None = None,
) -> CueHit | None:
    """The subject of the clause before, for a clause that opens with a joining word and a
    verb of its own with no actor between ("The Commission adopted a recommendation on ...,
    and issued guidance on ...", "a adopté ..., et a publié ..."): the two verbs share it."""
    start = bounds.start
    if start <= part_start or words[start - 1] != BREAK:
        return None
    if words[start] not in word_class("coordinators", language):
        return None
    near = [
        c for c in cues if start < c.start <= start + _COORDINATED_WORDS and c.end <= bounds.stop
    ]
    verb = next((c for c in near if c.value.kind in VERBS), None)
    if verb is None or any(c.value.kind in ACTORS and c.start < verb.start for c in near):
        return None
    first = start - 1
    while first > part_start and words[first - 1] != BREAK:
        first -= 1
    before = _drop_nested(tuple(c for c in cues if first <= c.start and c.end <= start - 1))
    its_verb = next((c for c in before if c.value.kind in VERBS), None)
    return _subject(before, its_verb, words) if its_verb is not None else None


def _relative_aside(
    words: Sequence[str],
    start: int,
    stop: int,
    part_start: int,
    cues: Sequence[CueHit],
    relatives: frozenset[str],
) -> bool:
    """Whether words[start:stop] is a relative clause set off by commas: it opens with a
    relative word, after a clause it can speak of, and is more than an article and an actor
    (German "die EU-Kommission" opens with "die" too)."""
    if start == part_start or words[start] not in relatives or stop - start > _RELATIVE_WORDS:
        return False
    return not any(c.value.kind in ACTORS and c.start <= start + 1 and c.end == stop for c in cues)


def _particle_present(cue: CueHit, words: Sequence[str], end: int) -> bool:
    particle = cue.value.particle
    return particle is None or particle in words[cue.end : end]


def _date_word(cue: CueHit, words: Sequence[str]) -> bool:
    """ "May" next to a number is the month, not a modal."""
    if cue.phrase.key != "may":
        return False
    around = [*words[max(cue.start - 1, 0) : cue.start], *words[cue.end : cue.end + 1]]
    return any(w[:1].isdigit() for w in around)


def _drop_nested(cues: tuple[CueHit, ...]) -> tuple[CueHit, ...]:
    """Drop cues inside longer ones: "commission" in "commission parlementaire", "to" in "to be".
    A word of finality stays: "final" in "final green light" says which adoption it is."""
    spans = {(c.start, c.end) for c in cues}
    return tuple(
        c
        for c in cues
        if c.value.kind is CueKind.FINAL
        or not any(s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for s, e in spans)
    )


def _subject(cues: tuple[CueHit, ...], verb: CueHit, words: Sequence[str]) -> CueHit | None:
    """The agent after "by"/"par"/"von", else the nearest actor before the verb, else just after.
    An actor that completes a noun ("les objectifs des constructeurs", "the rules of carmakers")
    is no subject when another actor stands before it."""
    actors = [c for c in cues if c.value.kind in ACTORS]
    for by in cues:
        if by.value.kind is CueKind.BY and verb.end <= by.start <= verb.end + 1:
            agent = next((a for a in actors if by.end <= a.start <= by.end + 1), None)
            if agent is not None:
                return agent
    before = [a for a in actors if a.end <= verb.start]
    heads = [a for a in before if not _completes_a_noun(a, words)]
    if heads and len(heads) < len(before):
        before = heads
    if before:
        return max(before, key=lambda a: (a.end, a.end - a.start))
    after = [a for a in actors if verb.end <= a.start <= verb.end + _AFTER_SUBJECT_WINDOW]
    if after and any(
        c.value.kind in VERBS and verb.end <= c.start and c.end <= after[0].start for c in cues
    ):
        return None  # "the recommendation adopted today asks member states": the object of "asks"
    return after[0] if after else None


def _completes_a_noun(actor: CueHit, words: Sequence[str]) -> bool:
    """Whether a genitive word of the actor's language stands right before it ("des", "of
    the", "de los", "van de"): the actor is the complement of the noun before, not a subject."""
    language = actor.value.language
    for genitive in word_class("genitives", None if language == "*" else language):
        size = genitive.count(" ") + 1
        if actor.start >= size and " ".join(words[actor.start - size : actor.start]) == genitive:
            return True
    return False


# Auxiliaries that make a passive with a participle as well as a future with an infinitive
# ("Die Mautbefreiung wird verlängert" is done, "Brüssel wird sie verlängern" is not).
_PASSIVE_AUXILIARIES = {"de": frozenset({"wird", "werden"})}


def _passive(cue: CueHit, verb: CueHit) -> bool:
    """Whether a future auxiliary is the passive's: its verb is a deed form, and deed forms are
    finite forms and participles (infinitives after a modal are listed under `future`)."""
    auxiliaries = _PASSIVE_AUXILIARIES.get(cue.value.language, frozenset())
    return cue.phrase.key in auxiliaries and verb.value.kind in _DEEDS


def _act_content(cue: CueHit, cues: tuple[CueHit, ...], verb: CueHit | None) -> bool:
    """Whether a conditional says what a named act does, not that it is to come: it follows
    the Commission's act named as a noun ("Commission proposal would let carmakers ..."), and
    no verb of making the act follows it ("Commission proposal would be unveiled"). Only the
    conditional: "will" and "soll" after the noun also date the act ("... will come in June")."""
    if cue.value.kind is not CueKind.FUTURE:
        return False
    if cue.phrase.key not in word_class("conditionals", cue.value.language):
        return False
    if verb is not None and verb.start >= cue.end and verb.value.kind in _MAKING:
        return False
    return any(c.value.kind is CueKind.NOMINAL and c.end == cue.start for c in cues)


_MAKING = frozenset({CueKind.PROPOSE, CueKind.ADOPT})


def _modals(
    cues: tuple[CueHit, ...], verb: CueHit | None, subject: CueHit | None
) -> tuple[CueHit, ...]:
    """Future, hearsay and headline "to" that qualify the verb (all of them if there is none)."""
    if verb is None:
        return tuple(
            c for c in cues if c.value.kind in _SCOPING and not _act_content(c, cues, verb)
        )
    found = []
    announcing = verb.phrase.key in word_class("announcing", verb.value.language)
    for cue in cues:
        kind = cue.value.kind
        if announcing and kind is CueKind.FUTURE and cue.start >= verb.end:
            found.append(cue)  # "kündigt den Omnibus vor Jahresende an": a plan announced
            continue
        if cue.end > verb.start or kind not in _SCOPING | {CueKind.TO}:
            continue
        if _passive(cue, verb) or _act_content(cue, cues, verb):
            continue
        if kind is CueKind.TO:
            if cue.end == verb.start:
                found.append(cue)
        elif (subject is not None and subject.end <= cue.start) or (
            verb.start - cue.end <= _NO_SUBJECT_WINDOW
        ):
            found.append(cue)
    return tuple(found)
