"""What a deed verb is done to or said of, for `decide`'s rule on the actor's own acts: a
wider plan the term is part of, a study or an evaluation, advice, a draft, the act named as a
noun beside an actorless participle, a step of the procedure in the same clause. Split from
`decide`, whose rules ask these. Pure: one clause and the duty.
"""

from __future__ import annotations

from monitor.judgement.matching.clauses import Clause, CueHit
from monitor.judgement.matching.cues import CueKind as K
from monitor.judgement.matching.cues import word_class
from monitor.judgement.matching.verdicts import Duty, role
from timeline.model import DeedKind

STEPS = (K.AGREEMENT, K.STAGE, K.AFTER, K.PUBLISHED, K.CONSULT)
OBJECT_WORDS = 2  # words between a verb and its object ("opens a call", "ouvre un appel")


def next_to(a: CueHit, b: CueHit, words: int) -> bool:
    """Whether `a` stands at most `words` words before or after `b`."""
    return 0 <= b.start - a.end <= words or 0 <= a.start - b.end <= words


PARTICIPLE_WORDS = 2  # words between an act's noun and its participle ("adopté jeudi")


def act_named(c: Clause, verb: CueHit) -> CueHit | None:
    """The Commission's act named as a noun right next to an actorless deed verb, the
    participle that qualifies it ("the implementing regulation adopted on Thursday", "le
    règlement d'exécution adopté jeudi", "die verabschiedete Durchführungsverordnung"): the
    noun says whose act it is, as an agent would."""
    for nominal in c.cues:
        if nominal.value.kind is not K.NOMINAL:
            continue
        if next_to(nominal, verb, PARTICIPLE_WORDS):
            return nominal
    return None


def evaluates(study: CueHit, duty: Duty) -> bool:
    """Whether a document about the subject is an evaluation of the act in force the milestone
    amends ("evaluation", "évaluation", "Evaluierung"): the first step of revising it."""
    return duty.revises and study.phrase.key in word_class("evaluations", study.value.language)


def steps_taken(c: Clause) -> bool:
    """Whether the clause names a step of the procedure other than one the actor asks for
    after its deed ("propone ... e chiede al Parlamento la procedura d'urgenza")."""
    verb = c.verb
    calls = [x.start for x in c.cues if x.value.kind is K.CALL and verb and x.start > verb.start]
    return any(
        x.value.kind in STEPS and not any(start < x.start for start in calls) for x in c.cues
    )


def presents_its_draft_law(c: Clause, duty: Duty) -> bool:
    """The responsible actor tabling a draft of a law it is to propose: a draft law is what
    a proposal is ("legt einen Entwurf vor", "presents draft rules"), unless it is put out for
    feedback first."""
    subject = c.subject
    return (
        duty.deed is DeedKind.PROPOSAL
        and subject is not None
        and role(subject, duty) == "own"
        and not c.has(K.CONSULT)
    )


def beside_the_container(c: Clause) -> bool:
    """The act is named first, then set beside the wider one ("The Battery Booster package
    was presented alongside the action plan"): not inside it."""
    container = c.first(K.CONTAINER)
    return container is not None and any(
        cue.value.kind is K.ALONGSIDE and c.term.end <= cue.start and cue.end <= container.start
        for cue in c.cues
    )


def advice_beside(c: Clause, verb: CueHit) -> CueHit | None:
    """A non-binding act (a recommendation, guidelines) that the deed verb is done to or said
    of: between the verb and the term, or right next to the verb ("publishes a recommendation",
    "recommandation publiée")."""
    between = c.between_verb_and_term(K.ADVICE)
    if between is not None:
        return between
    return next(
        (
            a
            for a in c.cues
            if a.value.kind is K.ADVICE
            and next_to(a, verb, OBJECT_WORDS)
            and not _next_conjuncts_object(c, verb, a)
        ),
        None,
    )


def _next_conjuncts_object(c: Clause, verb: CueHit, advice: CueHit) -> bool:
    """The verb stands last, after the term, and the advice after it is followed by a deed
    verb of its own ("hat einen Omnibus vorgeschlagen und eine Empfehlung ... angenommen"):
    the advice is the next conjunct's object, not this verb's."""
    if not (c.term.end <= verb.start and verb.end <= advice.start):
        return False
    return any(
        cue.value.kind in _DEED_VERBS and advice.end <= cue.start and cue.end <= c.end
        for cue in c.cues
    )


def frames_term(c: Clause, container: CueHit) -> bool:
    """The container word's complement is the term itself, and the word names the whole, not
    a part ("selected 50 projects in the framework of the AFIF", "nell'ambito dello
    strumento ..."): the deed is done within the milestone, not inside something wider."""
    frames = word_class("frames", container.value.language)
    return container.phrase.key in frames and 0 <= c.term.start - container.end <= OBJECT_WORDS


def second_verbs_object(c: Clause, container: CueHit) -> bool:
    """In a clause that holds no term, read for the headline's label ("Ómnibus del automóvil:
    Bruselas simplifica la homologación y lanza un plan ..."), a container after a second deed
    verb is that verb's object: the wider thing is launched beside the deed, not around it."""
    verb = c.verb
    if verb is None or c.term.phrase or c.term.start != c.term.end:
        return False
    return any(
        cue.value.kind in _DEED_VERBS and verb.end <= cue.start and cue.end <= container.start
        for cue in c.cues
    )


_DEED_VERBS = frozenset({K.PROPOSE, K.ADOPT, K.ACT})


def alongside(c: Clause, container: CueHit) -> bool:
    """The term's act comes next to the wider one, not inside it ("Commission presents its
    action plan together with a communication on fleets")."""
    return any(
        cue.value.kind is K.ALONGSIDE and container.end <= cue.start and cue.end <= c.term.start
        for cue in c.cues
    )
