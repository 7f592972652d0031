"""Decide what one clause says about a milestone: delivered, a procedural step, or talk.

The rules run in order and the first that applies wins, so each verdict has one reason a person
can check. Strength says how far the reason goes on its own; the matcher later scales it by how
specific the matched term was and where it stood (title or summary).
"""

from __future__ import annotations

from monitor.judgement.matching import talk_rules
from monitor.judgement.matching.act_context import (
    OBJECT_WORDS,
    STEPS,
    act_named,
    advice_beside,
    alongside,
    beside_the_container,
    evaluates,
    frames_term,
    presents_its_draft_law,
    second_verbs_object,
    steps_taken,
)
from monitor.judgement.matching.briefings import briefed
from monitor.judgement.matching.clauses import Clause, CueHit
from monitor.judgement.matching.colegislator_rules import colegislators_agree, colegislators_step
from monitor.judgement.matching.cues import CueKind as K
from monitor.judgement.matching.opened_calls import call_opened
from monitor.judgement.matching.verdicts import ACTS, Duty, Rule, Verdict, q, role
from timeline.model import DeedKind, EvidenceKind

__all__ = ["decide"]
_STEP_AFTER_OWN_ACT = 0.85  # a step named elsewhere in a clause where the actor acts


def decide(clause: Clause, duty: Duty) -> Verdict:
    """The verdict of the first rule that applies to `clause`."""
    rules = _COLEGISLATOR_RULES if duty.colegislators else _COMMISSION_RULES
    for rule in rules:
        verdict = rule(clause, duty)
        if verdict is not None:
            return verdict
    hints = tuple(c for c in clause.cues if c.value.kind in {K.CONTAINER, K.CALL, K.OPINION})
    return Verdict(
        EvidenceKind.MENTION, 0.6, hints, "nothing says that it was done or moved", False
    )


def _institution_step(c: Clause, duty: Duty) -> Verdict | None:
    subject = c.subject
    if subject is None or role(subject, duty) != "institution":
        return None
    cues = (subject, c.verb) if c.verb else (subject,)
    if _partners_join(c, duty):
        return Verdict(
            EvidenceKind.DELIVERED,
            0.8,
            cues,
            f"{q(subject)} join the initiative ({q(c.verb or subject)}): it is launched",
        )
    return Verdict(EvidenceKind.PROGRESS, 0.9, cues, f"{q(subject)} acts: a step of the procedure")


def _partners_agree(c: Clause, duty: Duty) -> bool:
    """The member states' side, and no one else, agreeing on an initiative with no procedure."""
    sides = {cue.value.side for cue in c.cues if cue.value.kind is K.INSTITUTION}
    return (
        duty.deed is DeedKind.LAUNCH
        and sides == {"council"}
        and not c.has(K.STAGE, K.CONSULT, K.NEGATION, K.OTHER_ACTOR)
    )


def _partners_join(c: Clause, duty: Duty) -> bool:
    """An initiative, alliance or corridor has no procedure: the member states or their
    ministers signing, committing or setting it up ("EU ministers sign up to clean transport
    corridors") launch it with the Commission. Parliament's side only votes and opines."""
    verb, subject = c.verb, c.subject
    return (
        duty.deed is DeedKind.LAUNCH
        and verb is not None
        and verb.value.kind in ACTS
        and subject is not None
        and subject.value.side == "council"
        and not c.has(K.STAGE, K.CONSULT, K.NEGATION)
    )


def _published(c: Clause, duty: Duty) -> Verdict | None:
    """An act the Commission adopts itself (a recommendation, guidelines, a delegated act)
    published in the Official Journal was adopted: the publication reports the deed. A
    proposal's final act in the Journal is a later step, not the proposal."""
    published = c.first(K.PUBLISHED)
    if published is None or duty.deed is not DeedKind.ADOPTION or K.COMMISSION not in duty.own:
        return None
    return Verdict(
        EvidenceKind.DELIVERED,
        0.85,
        (published,),
        f"{q(published)}: the act is published, so it was adopted",
    )


def _named_step(c: Clause, duty: Duty) -> Verdict | None:
    step = c.first(*STEPS)
    if step is None:
        return None
    if step.value.kind is K.AGREEMENT and _partners_agree(c, duty):
        # "EU-Verkehrsminister einigen sich auf Ladekorridore": the partners set it up
        return Verdict(
            EvidenceKind.DELIVERED,
            0.8,
            (step,),
            f"the member states agree on the initiative ({q(step)}): it is launched",
        )
    if (
        step.value.kind is K.AGREEMENT
        and duty.deed is DeedKind.AGREEMENT
        and not c.has(K.NEGATION, K.CALL)
    ):
        # "EU und Indonesien einigen sich auf Freihandelsabkommen": an agreement the EU
        # concludes is the deed itself, not a step of a procedure
        return Verdict(
            EvidenceKind.DELIVERED, 0.85, (step,), f"{q(step)}: the agreement is concluded"
        )
    if _own_act(c, duty) and c.between_verb_and_term(*STEPS) is None and not _is_term(c, step):
        return None  # "Commission adopts X after consultation": the act is the news
    return Verdict(EvidenceKind.PROGRESS, 0.9, (step,), f"{q(step)} names a step of the procedure")


def _own_act(c: Clause, duty: Duty) -> bool:
    """The responsible actor, or the EU at large, as the subject of a deed verb."""
    return (
        c.verb is not None
        and c.verb.value.kind in ACTS
        and c.subject is not None
        and role(c.subject, duty) in ("own", "eu")
    )


def _is_term(c: Clause, step: CueHit) -> bool:
    """Whether the step is the matched words themselves and the verb's object ("la Commission
    ouvre un appel à propositions": the call is what was done); further from the verb it is
    background ("awards ... to projects selected under the call for proposals")."""
    verb = c.verb
    return (
        verb is not None
        and step.start < c.term.end
        and c.term.start < step.end
        and 0 <= step.start - verb.end <= OBJECT_WORDS
    )


def _vote(c: Clause, duty: Duty) -> Verdict | None:
    verb = c.verb
    if verb is None or verb.value.kind is not K.INSTITUTION_VERB:
        return None
    subject = c.subject
    if (
        subject is not None
        and _backer(role(subject, duty), duty)
        and duty.deed in _BACKED
        # "Commission backs Parliament's call": backing another's text is no proposal
        and not (duty.deed is DeedKind.PROPOSAL and c.has(K.INSTITUTION, K.OTHER_ACTOR))
    ):
        # "Brussels backs charging corridors": the Commission giving its initiative the green
        # light launches it; it is no vote on someone else's text
        return Verdict(
            EvidenceKind.DELIVERED, 0.8, (subject, verb), f"{q(subject)} backs it ({q(verb)})"
        )
    return Verdict(EvidenceKind.PROGRESS, 0.7, (verb,), f"{q(verb)} is what legislators do")


# "Grünes Licht der Kommission für ...", "via libera della Commissione alla proposta": the
# Commission's green light to its own proposal is its adoption.
_BACKED = frozenset({DeedKind.LAUNCH, DeedKind.FUNDING, DeedKind.ADOPTION, DeedKind.PROPOSAL})


def _backer(subject_role: str, duty: Duty) -> bool:
    """Whether the subject's green light is the deed: the responsible actor's always; the EU
    at large only for money, which the legislators never grant ("EU gives green light to
    EUR 570 million for charging")."""
    return subject_role == "own" or (subject_role == "eu" and duty.deed is DeedKind.FUNDING)


def _act(c: Clause, duty: Duty) -> Verdict | None:
    verb, subject = c.verb, c.subject
    if verb is None or verb.value.kind not in ACTS:
        return None
    container = c.between_verb_and_term(K.CONTAINER)
    if (
        container is not None
        and not alongside(c, container)
        and not frames_term(c, container)
        and not second_verbs_object(c, container)
    ):
        return Verdict(
            EvidenceKind.MENTION,
            0.75,
            (verb, container),
            f"the term is part of something wider ({q(container)})",
        )
    study = c.between_verb_and_term(K.STUDY)
    if study is not None and evaluates(study, duty):
        # "la Commission publie l'évaluation du règlement d'exemption": the act the milestone
        # revises is evaluated first, a step before its revision
        return Verdict(
            EvidenceKind.PROGRESS,
            0.75,
            (verb, study),
            f"{q(verb)} an evaluation ({q(study)}) of the act it revises: a step before it",
        )
    if study is not None:  # "Commission publishes study on road tolls for trucks"
        return Verdict(
            EvidenceKind.MENTION,
            0.75,
            (verb, study),
            f"{q(verb)} a document about it ({q(study)}), not the act itself",
        )
    aid = c.between_verb_and_term(K.STATE_AID)
    if aid is not None:  # "Commission approves German state aid for a battery plant"
        return Verdict(
            EvidenceKind.MENTION,
            0.75,
            (verb, aid),
            f"{q(verb)} is said of a member state's aid ({q(aid)}), not of the EU's own act",
        )
    advice = advice_beside(c, verb) if duty.legislative else None
    if advice is not None:  # "Dans une recommandation publiée mardi, la Commission invite ..."
        return Verdict(
            EvidenceKind.MENTION,
            0.75,
            (verb, advice),
            f"{q(verb)} is said of advice ({q(advice)}), not of the law the milestone proposes",
        )
    draft = c.between_verb_and_term(K.SPECULATION)
    if draft is not None and presents_its_draft_law(c, duty):
        draft = None  # "Kommission legt Entwurf vor": the draft law it tables is the proposal
    if draft is not None:  # "Commission publishes draft recommendation ... for feedback"
        said = EvidenceKind.PROGRESS if duty.deed is DeedKind.ADOPTION else EvidenceKind.MENTION
        return Verdict(said, 0.75, (verb, draft), f"{q(draft)}: a draft, not the act itself")
    penalty = _STEP_AFTER_OWN_ACT if steps_taken(c) else 1.0
    kind = verb.value.kind
    if subject is None:
        container = c.first(K.CONTAINER)
        if container is not None and not beside_the_container(c) and not frames_term(c, container):
            return Verdict(EvidenceKind.MENTION, 0.7, (verb,), f"{q(verb)} is said of a wider plan")
        if duty.legislative and kind is K.ADOPT:
            return Verdict(
                EvidenceKind.PROGRESS,
                0.5,
                (verb,),
                f"{q(verb)} names no actor: maybe final adoption",
            )
        named = act_named(c, verb)
        if named is not None:  # "Le règlement d'exécution adopté jeudi modifie ..."
            return Verdict(
                EvidenceKind.DELIVERED,
                _OWN_ACT_NAMED,
                (named, verb),
                f"{q(verb)} is said of the Commission's own act ({q(named)})",
            )
        if duty.deed in (DeedKind.LAUNCH, DeedKind.FUNDING):
            # "Nasce l'alleanza", "EUR 570 million awarded": what is launched or funded is
            # the news, whoever did it
            return Verdict(EvidenceKind.DELIVERED, 0.8, (verb,), f"{q(verb)}: launched or funded")
        # "Recommendation on X published": the verbs of the Commission's own acts say whose
        # act it is when no one is named; "adopted" may be anyone's, "eases" anything's
        strength = {K.PROPOSE: _OWN_VERB_ALONE, K.ADOPT: 0.6}.get(kind, 0.5)
        return Verdict(EvidenceKind.DELIVERED, strength, (verb,), f"{q(verb)} names no actor")
    cues = (subject, verb)
    if role(subject, duty) == "own":
        strength = {K.PROPOSE: 0.97, K.ADOPT: 0.95}.get(kind, 0.92) * penalty
        return Verdict(
            EvidenceKind.DELIVERED, strength, cues, f"{q(subject)} is the subject of {q(verb)}"
        )
    if kind is K.ADOPT and duty.legislative:
        return Verdict(
            EvidenceKind.PROGRESS,
            0.55,
            cues,
            f"{q(subject)} {q(verb)}: maybe the final adoption, not the proposal",
        )
    # The EU granting money, launching an initiative or concluding an agreement with another
    # country is the Commission doing it on its behalf: no weaker than the same deed with no
    # actor named
    on_behalf = duty.deed in (DeedKind.LAUNCH, DeedKind.FUNDING, DeedKind.AGREEMENT)
    strength = (0.88 if kind is K.PROPOSE else 0.8 if on_behalf else 0.72) * penalty
    return Verdict(
        EvidenceKind.DELIVERED,
        strength,
        cues,
        f"{q(subject)}, the EU at large rather than a named actor, is the subject of {q(verb)}",
    )


_OWN_VERB_ALONE = 0.7  # a verb of the Commission's own acts with no actor named
_OWN_ACT_NAMED = 0.9  # a participle said of an act only the Commission makes


def _nominal(c: Clause, duty: Duty) -> Verdict | None:
    nominal = c.first(K.NOMINAL)
    if nominal is None or c.has(K.CONTAINER):
        return None
    return Verdict(
        EvidenceKind.DELIVERED, 0.85, (nominal,), f"{q(nominal)} names the Commission's act"
    )


_COMMISSION_RULES: tuple[Rule, ...] = (
    talk_rules.draft_for_comment,
    talk_rules.hedged,
    talk_rules.talk,
    briefed,
    call_opened,
    _institution_step,
    _published,
    _named_step,
    _vote,
    _act,
    _nominal,
)
_COLEGISLATOR_RULES: tuple[Rule, ...] = (
    talk_rules.hedged,
    colegislators_agree,
    talk_rules.talk,
    colegislators_step,
)
