"""What a decision rule returns, what it is told of the milestone, and the words it cites.

Shared by the rules for milestones the Commission delivers (`decide`) and those the
co-legislators deliver (`colegislator_rules`), and by the scoring that weighs their verdicts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from monitor.judgement.matching.clauses import Clause, CueHit
from monitor.judgement.matching.cues import CueKind as K
from timeline.model import DeedKind, EvidenceKind

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
