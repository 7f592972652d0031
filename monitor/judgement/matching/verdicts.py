"""What a decision rule returns, what it is told of the milestone, and the words it cites.

Shared by the rules for milestones the Commission delivers (`decide`) and those the
co-legislators deliver (`colegislator_rules`), and by the scoring that weighs their verdicts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from monitor.judgement.matching.clauses import Clause, CueHit
from monitor.judgement.matching.cues import CueKind as K
from monitor.judgement.matching.fold import fold
from timeline.model import DeedKind, DeliverableKind, EvidenceKind, Milestone, Responsible

ACTS = frozenset({K.PROPOSE, K.ADOPT, K.ACT})  # verbs of doing the deed


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: EvidenceKind
    strength: float
    cues: tuple[CueHit, ...]
    reason: str
    decisive: bool = True  # False: nothing in the clause said anything either way


@dataclass(frozen=True, slots=True)
class Duty:
    """Who must act for the milestone to be delivered, and what kind of act it is."""

    own: frozenset[K]  # actor kinds that count as the responsible actor
    colegislators: bool  # delivery is the Parliament and Council's agreement, not a proposal
    legislative: bool  # a Commission proposal that others then adopt
    deed: DeedKind = DeedKind.ADOPTION  # the act that delivers it
    revises: bool = False  # it amends an act in force: that act's evaluation is a step to it


Rule = Callable[[Clause, Duty], Verdict | None]


def q(cue: CueHit) -> str:
    """A cue as a verdict's reason quotes it."""
    return f"'{cue.matched or cue.phrase.text}'"


def role(actor: CueHit, duty: Duty) -> str:
    """The part an actor plays for this milestone: its own actor, the EU at large, an
    institution of the procedure, or someone else."""
    kind = actor.value.kind
    if kind in duty.own:
        return "own"
    if kind is K.EU:
        return "eu"
    if kind is K.INSTITUTION or (kind is K.COMMISSION and duty.colegislators):
        return "institution"
    return "other"


def duty_of(milestone: Milestone) -> Duty:
    """What delivery means for the milestone: its deed as the plan says (`[milestone.deed]`),
    else as its actor and kind suggest."""
    deed = milestone.delivering_deed
    if deed.explicit:
        own = _OWN[deed.by]
        colegislators = deed.by is Responsible.COLEGISLATORS
        legislative = deed.delivers is DeedKind.PROPOSAL
        return Duty(own, colegislators, legislative, deed.delivers, bool(milestone.legal.amends))
    actor = set(fold(milestone.actor).split())
    found: set[K] = set()
    if "commission" in actor:
        found.add(K.COMMISSION)
    if actor & {"eib", "investment", "bei"}:
        found.add(K.EIB)
    colegislators = not found and bool(actor & {"parliament", "council", "co", "legislators"})
    if colegislators:
        found.add(K.INSTITUTION)
    if not found:
        found.add(K.COMMISSION)  # the plan's default author
    legislative = milestone.kind is DeliverableKind.LEGISLATIVE_PROPOSAL
    revises = bool(milestone.legal.amends)
    return Duty(frozenset(found), colegislators, legislative, deed.delivers, revises)


_OWN = {
    Responsible.COMMISSION: frozenset({K.COMMISSION}),
    Responsible.EIB: frozenset({K.EIB, K.COMMISSION}),
    Responsible.COLEGISLATORS: frozenset({K.INSTITUTION}),
    Responsible.MEMBER_STATES: frozenset({K.INSTITUTION}),
}
