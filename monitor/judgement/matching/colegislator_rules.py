"""The rules for a milestone the co-legislators deliver: their agreement, or the act adopted.

A deal between Parliament and Council, the act in the Official Journal or its final adoption
delivers; one side's position, a vote or a trilogue is a step (see `decide` for the order).
One side endorsing the deal ("EU ambassadors endorse the deal", "Coreper bekrachtigt het
akkoord") says the deal was struck: its object is the agreement, not the side's own position.
"""

from __future__ import annotations

from monitor.judgement.matching.clauses import Clause, CueHit
from monitor.judgement.matching.cues import CueKind as K
from monitor.judgement.matching.cues import word_class
from monitor.judgement.matching.verdicts import ACTS, Duty, Verdict, q
from timeline.model import EvidenceKind


def colegislators_agree(c: Clause, duty: Duty) -> Verdict | None:
    verb, subject = c.verb, c.subject
    agreement = c.first(K.AGREEMENT)
    if agreement is not None and (verb is None or verb.value.kind is not K.CALL):
        if verb is not None and verb.value.kind is K.OPINION:  # "X welcomes the deal"
            # an institution welcoming the deal is how the Commission announces one
            official = subject is not None and subject.value.kind in _EU_ACTORS
            return Verdict(
                EvidenceKind.DELIVERED,
                0.85 if official else 0.75,
                (verb, agreement),
                f"a deal ({q(agreement)}) is reported second-hand ({q(verb)})",
            )
        if _endorses(c, agreement):
            assert verb is not None
            return Verdict(
                EvidenceKind.DELIVERED,
                0.85,
                (verb, agreement),
                f"{q(verb)} the deal ({q(agreement)}): one side endorses what was agreed",
            )
        side = _one_side(c)
        if side is not None:  # "EU countries reach agreement": the Council's position
            return Verdict(
                EvidenceKind.PROGRESS,
                0.85,
                (agreement,),
                f"{q(agreement)} of the {side} alone: its position, not the co-legislators' deal",
            )
        return Verdict(
            EvidenceKind.DELIVERED, 0.9, (agreement,), f"{q(agreement)}: the co-legislators agree"
        )
    published = c.first(K.PUBLISHED)
    if published is not None:  # the act in the Official Journal: adopted by both
        return Verdict(
            EvidenceKind.DELIVERED,
            0.85,
            (published,),
            f"{q(published)}: the act is published, so it was adopted",
        )
    final = c.first(K.FINAL)
    if (
        final is not None
        and verb is not None
        and verb.value.kind in _FINAL_VERBS
        and subject is None
        and not c.has(K.STAGE)
    ):  # "Final green light for the end-of-life vehicles regulation"
        return Verdict(
            EvidenceKind.DELIVERED,
            0.75,
            (verb, final),
            f"{q(verb)} with {q(final)}: the final adoption, no actor named",
        )
    if (
        verb is not None
        and verb.value.kind in (_FINAL_VERBS if final is not None else {K.ADOPT})
        and subject is not None
        and subject.value.kind is K.INSTITUTION
        and not c.has(K.STAGE)
    ):
        if final is not None:
            return Verdict(
                EvidenceKind.DELIVERED,
                0.85,
                (subject, verb, final),
                f"{q(subject)} adopts ({q(verb)}) the final text ({q(final)})",
            )
        # "Council approves new rules": its position as often as the final text
        return Verdict(
            EvidenceKind.PROGRESS,
            0.6,
            (subject, verb),
            f"{q(subject)} adopts ({q(verb)}): no word says it is the final text",
        )
    return None


_EU_ACTORS = frozenset({K.COMMISSION, K.EU, K.INSTITUTION})
# Verbs that, with a word of finality, say an institution adopted the final text ("Council
# formally adopts", "gives its final green light", "definitieve goedkeuring").
_FINAL_VERBS = frozenset({K.ADOPT, K.INSTITUTION_VERB, K.ACT})


def _endorses(c: Clause, agreement: CueHit) -> bool:
    """Whether the clause's verb is one of endorsing (`endorsing` words) and the agreement its
    object, after it, with no procedural stage in the clause ("back the deal on a position")."""
    verb = c.verb
    if verb is None or verb.value.kind not in (K.INSTITUTION_VERB, K.ADOPT):
        return False
    if verb.end > agreement.start or c.has(K.STAGE):
        return False
    return (verb.matched or verb.phrase.text) in word_class("endorsing", verb.value.language)


def _one_side(c: Clause) -> str | None:
    """The side ("parliament" or "council") when every institution the clause names is on it."""
    sides = {cue.value.side for cue in c.cues if cue.value.kind is K.INSTITUTION}
    if len(sides) == 1 and None not in sides:
        return next(iter(sides))
    return None


def colegislators_step(c: Clause, duty: Duty) -> Verdict | None:
    step = c.first(K.STAGE, K.AFTER, K.PUBLISHED, K.CONSULT, K.INSTITUTION_VERB)
    if step is not None:
        return Verdict(
            EvidenceKind.PROGRESS, 0.85, (step,), f"{q(step)} is a step of the procedure"
        )
    verb, subject = c.verb, c.subject
    if verb is not None and verb.value.kind in ACTS and subject is not None:
        if subject.value.kind is K.COMMISSION:
            return Verdict(
                EvidenceKind.PROGRESS, 0.7, (subject, verb), f"{q(subject)} acts before the deal"
            )
        return Verdict(
            EvidenceKind.PROGRESS, 0.75, (subject, verb), f"{q(subject)} acts in the procedure"
        )
    return None
