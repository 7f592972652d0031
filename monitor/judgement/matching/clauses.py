"""Read one clause of a headline or lead: its main verb, who does it, and what qualifies it.

This is shallow on purpose: news headlines put the actor first and the verb second ("Commission
adopts ..."), and the words that change the meaning ("will", "urges", "not yet") sit before the
verb. Anything the reading cannot settle is left for the decision rules to treat as weak.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from monitor.judgement.matching.coordinated import deed_after_wish, wish_over_infinitive
from monitor.judgement.matching.cues import Cue, CueKind, particles_of, word_class
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


def clauses_of(words: Sequence[str], part: range) -> Iterator[range]:
    """The clauses of one part of the text, in order, each as the range of its words (empty
    ones, between two breaks, left out)."""
    start = part.start
    while start < part.stop:
        end = start
        while end < part.stop and words[end] != BREAK:
            end += 1
        if end > start:
            yield range(start, end)
        start = end + 1


def read_clause(
    words: Sequence[str],
    bounds: range,
    term: Span,
    cues: Sequence[CueHit],
    terms: Sequence[Span],
    label: CueHit | None = None,
    *,
    headline: bool = False,
) -> Clause:
    """Pick out the cues of one clause and read its verb, subject and modals; `label` is the
    actor a headline opens with ("Brussels: ...", "KE: ..."), the subject of a verb that has
    none in the clause; `headline`: the clause is the title's."""
    inside = tuple(
        c
        for c in cues
        if c.start >= bounds.start
        and c.end <= bounds.stop
        and not any(_hides(c, t) for t in terms)
        and _particle_present(c, words, bounds.stop)
        and not _date_word(c, words)
    )
    inside = drop_nested(inside)
    verb = next(
        (
            c
            for c in inside
            if c.value.kind in VERBS
            and not _describes(c, words)
            and not _rule_content(c, inside)
            and not _act_asks(c, cues)
        ),
        None,
    )
    subject = subject_of(inside, verb, words) if verb else None
    if (
        headline
        and subject is not None
        and verb is not None
        and _passive_headline(subject, verb, words)
    ):
        subject = None  # "Carmakers spared CO2 fines": the deed is done to them, by someone else
    if subject is None and verb is not None and label is not None:
        subject = label
    modals = _modals(inside, verb, subject)
    deed = deed_after_wish(inside, modals, words)
    doer = subject_of(inside, deed, words) if deed is not None else None
    if doer is not None:  # "wil ... verlengen en dient voorstel in": the wish's means, done
        verb, subject, modals = deed, doer, ()
    wish = None if modals else wish_over_infinitive(inside, verb, words)
    if wish is not None:  # "EU to extend toll exemption and propose new rules"
        modals = (wish,)
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


def _act_asks(cue: CueHit, cues: Sequence[CueHit]) -> bool:
    """A call right after an act named as a noun says what the act asks of others ("The
    recommendation urges member states to ...", "La raccomandazione invita gli Stati membri"):
    the act's content, no call of anyone for the act. `cues`: all of the text's, as the noun
    may be a term of the milestone too, which hides it from the clause."""
    return cue.value.kind is CueKind.CALL and any(
        c.end == cue.start and c.value.kind in _ASKING_ACTS for c in cues
    )


_ASKING_ACTS = frozenset({CueKind.ADVICE, CueKind.NOMINAL})


def _passive_headline(subject: CueHit, verb: CueHit, words: Sequence[str]) -> bool:
    """Whether a headline's deed is a passive with its auxiliary dropped ("Carmakers spared
    CO2 fines", "Truckers granted toll exemption"): a headline tells what someone does in the
    present, so a participle right after an actor outside the EU says what was done to it."""
    if subject.value.kind is not CueKind.OTHER_ACTOR or verb.value.kind not in _DEEDS:
        return False
    if subject.end != verb.start:
        return False
    endings = word_class("participle_endings", verb.value.language)
    return any(words[verb.start].endswith(e) for e in endings)


_CALLERS = frozenset({CueKind.COMMISSION, CueKind.EU, CueKind.INSTITUTION})


def _rule_content(cue: CueHit, cues: tuple[CueHit, ...]) -> bool:
    """A modal of obligation ("must", "müssen") that states what a rule requires ("Neuwagen
    müssen ab 2035 ... senken", "carmakers must cut emissions by 90%"), not a call: no EU
    actor before it, whom it would urge, and no deed verb after it, which it would demand
    ("Der Vorschlag muss bis Juni vorgelegt werden" still asks for the deed)."""
    if cue.value.kind is not CueKind.CALL:
        return False
    if cue.phrase.key not in word_class("obligations", cue.value.language):
        return False
    if any(c.value.kind in _CALLERS and c.end <= cue.start for c in cues):
        return False
    return not any(c.value.kind in _DEMANDED and c.start >= cue.end for c in cues)


_DEMANDED = frozenset(
    {CueKind.PROPOSE, CueKind.ADOPT, CueKind.ACT, CueKind.INSTITUTION_VERB, CueKind.AGREEMENT}
)
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


def _particle_present(cue: CueHit, words: Sequence[str], end: int) -> bool:
    """Whether a separable verb's particle follows in the clause. A particle that is also a
    common preposition ("in": "stelt ... in", sets up) counts only where a main clause puts
    it, at the clause's end ("stelde donderdag het centrum in"); elsewhere it is the
    preposition ("stelt in een brief ...")."""
    particle = cue.value.particle
    if particle is None:
        return True
    if particle in word_class("closing_particles", cue.value.language):
        return end > cue.end and words[end - 1] == particle
    return _last_particle(cue, words, end) == particle


def _last_particle(cue: CueHit, words: Sequence[str], end: int) -> str | None:
    """The last of the verb's particles in the clause: a main clause puts the particle after
    the verb's objects, so an earlier one is a preposition ("Brussel stelt voorstel voor
    bedrijfsvloten uit": postpones, not proposes). One right before "te" belongs to an
    infinitive ("stelt voor de vrijstelling uit te breiden")."""
    particles = particles_of(cue.phrase.key, cue.value.language)
    infinitive = word_class("infinitive_markers", cue.value.language)
    found = None
    for i in range(cue.end, end):
        if words[i] in particles and not (i + 1 < end and words[i + 1] in infinitive):
            found = words[i]
    return found


def _date_word(cue: CueHit, words: Sequence[str]) -> bool:
    """ "May" next to a number is the month, not a modal."""
    if cue.phrase.key != "may":
        return False
    around = [*words[max(cue.start - 1, 0) : cue.start], *words[cue.end : cue.end + 1]]
    return any(w[:1].isdigit() for w in around)


def drop_nested(cues: tuple[CueHit, ...]) -> tuple[CueHit, ...]:
    """Drop cues inside longer ones: "commission" in "commission parlementaire", "to" in "to be".
    A word of finality stays: "final" in "final green light" says which adoption it is."""
    spans = {(c.start, c.end) for c in cues}
    return tuple(
        c
        for c in cues
        if c.value.kind is CueKind.FINAL
        or not any(s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for s, e in spans)
    )


def subject_of(cues: tuple[CueHit, ...], verb: CueHit, words: Sequence[str]) -> CueHit | None:
    """The agent after "by"/"par"/"von", else the nearest actor before the verb, else just after.
    The agent may follow a short adverbial of time after the participle ("adoptado el miércoles
    por la Comisión", "adopted on Tuesday by the Commission"), with no other verb between.
    An actor that completes a noun ("les objectifs des constructeurs", "the rules of carmakers")
    is no subject when another actor stands before it."""
    actors = [c for c in cues if c.value.kind in ACTORS]
    for by in cues:
        if by.value.kind is CueKind.BY and _agent_of(by, verb, cues):
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


_AGENT_WORDS = 2  # words between a participle and its agent ("el miércoles", "on Tuesday")


def _agent_of(by: CueHit, verb: CueHit, cues: tuple[CueHit, ...]) -> bool:
    """Whether "by"/"por"/"dal" introduces the verb's agent: right after it, or after a short
    adverbial in which no other verb stands ("adopted on Tuesday by ...")."""
    if not verb.end <= by.start <= verb.end + _AGENT_WORDS:
        return False
    return not any(
        c.value.kind in VERBS and verb.end <= c.start and c.end <= by.start for c in cues
    )


def _completes_a_noun(actor: CueHit, words: Sequence[str]) -> bool:
    """Whether a genitive word of the actor's language stands right before it ("des", "of
    the", "de los", "van de"): the actor is the complement of the noun before, not a subject.
    So is an actor after a preposition of place ("in de Raad", "au Conseil", "nel Consiglio"):
    where the subject acts, not who acts ("Het kabinet zal het voorstel in de Raad steunen")."""
    language = None if actor.value.language == "*" else actor.value.language
    for genitive in word_class("genitives", language) | word_class("locatives", language):
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


def _dated_ahead(cue: CueHit) -> bool:
    """Whether a future cue names a date still to come ("next week", "volgende week"): the
    present tense with it tells a schedule, so it makes a verb before it a plan as well."""
    return cue.value.ahead or cue.phrase.key in word_class("dates_ahead", cue.value.language)


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
        if kind is CueKind.FUTURE and cue.start >= verb.end and _dated_ahead(cue):
            found.append(cue)  # "Commissie presenteert volgende week ...": a date to come
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
