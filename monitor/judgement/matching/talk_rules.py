"""The rules that read a clause as talk about a milestone, not its deed: a draft put out for
comments (a step), a modal or a hedge (a plan, a wish, hearsay, a denial, a failed step), and
opinions, calls and questions. Split from `decide`, which runs them first, in its order.
Pure.
"""

from __future__ import annotations

from monitor.judgement.matching.clauses import Clause, CueHit
from monitor.judgement.matching.cues import CueKind as K
from monitor.judgement.matching.cues import word_class
from monitor.judgement.matching.verdicts import Duty, Verdict, q, role
from timeline.model import EvidenceKind


def draft_for_comment(c: Clause, duty: Duty) -> Verdict | None:
    """A draft put out for comments ("somete a consulta el borrador", "vraagt feedback op
    ontwerpregels", "publie un projet ... et appelle aux commentaires"): the consultation on
    the draft is a step before the act, whichever verb (of publishing, of asking, or none)
    says so. A draft that is hearsay besides ("según un borrador"), still to come or denied is
    no step, nor one that anyone but the responsible actor or the EU puts out."""
    consult = c.first(K.CONSULT)
    if consult is None:
        return None
    hearsay = [x for x in c.cues if x.value.kind is K.SPECULATION]
    if not hearsay or not all(_names_a_draft(x) for x in hearsay):
        return None
    if c.has(K.FUTURE, K.NEGATION, K.QUESTION, K.TO):
        return None
    if c.subject is not None and role(c.subject, duty) not in ("own", "eu"):
        return None
    return Verdict(
        EvidenceKind.PROGRESS,
        0.85,
        (hearsay[0], consult),
        f"{q(hearsay[0])} is put out for comments ({q(consult)}): a step, not the act",
    )


def _names_a_draft(cue: CueHit) -> bool:
    return cue.phrase.key in word_class("drafts", cue.value.language)


def hedged(c: Clause, duty: Duty) -> Verdict | None:
    if c.modals:
        return Verdict(
            EvidenceKind.MENTION,
            0.85,
            c.modals,
            f"{q(c.modals[0])} makes it a plan, an expectation or hearsay",
        )
    for cue in c.cues:
        kind = cue.value.kind
        if kind is K.QUESTION or (kind is K.NEGATION and _scopes_verb(c, cue)):
            stage = _failed_step(c, cue) if kind is K.NEGATION else None
            if stage is not None:  # "Trilogue ends without a deal": the step took place
                return Verdict(
                    EvidenceKind.PROGRESS,
                    0.75,
                    (stage, cue),
                    f"{q(stage)} took place, but {q(cue)}: a step, not the deed",
                )
            return Verdict(EvidenceKind.MENTION, 0.85, (cue,), f"{q(cue)} says it is not done")
    return None


def _failed_step(c: Clause, negation: CueHit) -> CueHit | None:
    """A step named before the negation that says it failed ("Trilogue stalls", "nuevo
    trílogo sin acuerdo"); a negation first says the deed itself waits ("EU delays X as
    budget talks drag on")."""
    return next((s for s in c.cues if s.value.kind is K.STAGE and s.end <= negation.start), None)


# Languages whose main clause puts the negation after the finite verb ("Brüssel lockert die
# Regeln nicht", "Brussel verlengt de vrijstelling niet").
_NEGATION_AFTER_VERB = frozenset({"de", "nl"})


def _scopes_verb(c: Clause, cue: CueHit) -> bool:
    """A negation before the verb, or after it where the language puts it there (German,
    Dutch), or with no verb at all; or right after a verb with no subject, which a headline
    uses as a noun ("Battery Booster unveiling delayed", "launch postponed"): the negation is
    its predicate."""
    verb = c.verb
    if verb is None or cue.end <= verb.start:
        return True
    if cue.start < verb.end:
        return False
    if cue.start == verb.end and c.subject is None:
        return True
    return verb.value.particle is not None or cue.value.language in _NEGATION_AFTER_VERB


def talk(c: Clause, duty: Duty) -> Verdict | None:
    verb, subject = c.verb, c.subject
    nominal = c.first(K.NOMINAL)
    if (
        verb is not None
        and verb.value.kind is K.OPINION
        and nominal is not None
        and verb.end <= nominal.start
        and not c.has(K.FUTURE, K.SPECULATION, K.NEGATION, K.CONTAINER)
    ):
        # "ACEA welcomes the Commission's proposal on ...": a reaction to the act reports it,
        # second-hand, so a person confirms it
        return Verdict(
            EvidenceKind.DELIVERED,
            0.75,
            (verb, nominal),
            f"the Commission's act ({q(nominal)}) is reported second-hand ({q(verb)})",
        )
    if verb is not None and verb.value.kind in {K.CALL, K.OPINION}:
        return Verdict(EvidenceKind.MENTION, 0.85, (verb,), f"{q(verb)} is a call or an opinion")
    if subject is not None and role(subject, duty) == "other":
        cues = (subject, verb) if verb else (subject,)
        return Verdict(
            EvidenceKind.MENTION, 0.8, cues, f"{q(subject)} acts, not the responsible actor"
        )
    return None
