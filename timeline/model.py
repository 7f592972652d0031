"""Plain values the timeline reasons about: plans, milestones, evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from timeline.periods import Period


class DeliverableKind(StrEnum):
    """What the plan promises to produce."""

    LEGISLATIVE_PROPOSAL = "legislative_proposal"
    RECOMMENDATION = "recommendation"
    COMMUNICATION = "communication"
    IMPLEMENTING_ACT = "implementing_act"
    DELEGATED_ACT = "delegated_act"
    FUNDING = "funding"
    INITIATIVE = "initiative"
    OTHER = "other"


class EvidenceKind(StrEnum):
    """What a piece of evidence says about a milestone."""

    DELIVERED = "delivered"  # the responsible actor did the planned thing
    PROGRESS = "progress"  # an earlier or later step (vote, consultation, trilogue)
    MENTION = "mention"  # talk about it: opinion, lobbying, speculation


class EvidenceState(StrEnum):
    """Who stands behind a piece of evidence."""

    PENDING = "pending"  # found by the monitor, waiting for a person
    AUTO = "auto"  # found by the monitor, confident enough to count
    CONFIRMED = "confirmed"  # a person confirmed or recorded it
    REJECTED = "rejected"  # a person rejected it; it never counts
    RETRACTED = "retracted"  # the monitor withdrew it (a rematch no longer finds it)

    @property
    def shown(self) -> bool:
        """Whether evidence in this state is listed with its milestone."""
        return self not in (EvidenceState.REJECTED, EvidenceState.RETRACTED)

    @property
    def accepted(self) -> bool:
        """Whether evidence in this state counts towards a milestone's status."""
        return self in (EvidenceState.AUTO, EvidenceState.CONFIRMED)


@dataclass(frozen=True, slots=True)
class EvidenceQuery:
    """Phrases that identify news about a milestone, keyed by language (ISO 639-1 code).

    A text matches when it holds one of the `terms` (any language), and, when `context` is
    given, one of the `context` phrases within `near` words of it, and none of `exclude`.
    A word ending in `*` matches word forms by prefix ("propos*", "steuerliche* Anreiz*");
    case and accents fold.
    """

    terms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    context: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    exclude: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    near: int | None = None

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.terms) | set(self.context)))


@dataclass(frozen=True, slots=True)
class Milestone:
    """One commitment of an action plan."""

    id: str
    plan: str
    pillar: str
    title: str
    title_fr: str
    period_text: str  # as written in the source; "" when the source gives no date
    period: Period | None  # None: undated, can be delivered but never missed
    kind: DeliverableKind
    actor: str
    source: str
    query: EvidenceQuery = field(default_factory=EvidenceQuery)
    notes: str = ""

    @property
    def due(self) -> dt.date | None:
        """The deadline, or None for an undated milestone."""
        return self.period.deadline if self.period else None


@dataclass(frozen=True, slots=True)
class Plan:
    """An action plan: where it comes from and its milestones, in file order."""

    id: str
    title: str
    reference: str
    published: dt.date | None
    url: str
    pillars: Mapping[str, str]  # pillar id -> label
    milestones: tuple[Milestone, ...]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Something in the world that speaks to a milestone, with who vouches for it."""

    id: int
    milestone_id: str
    url: str
    title: str
    published: dt.date
    kind: EvidenceKind
    confidence: float
    state: EvidenceState
    decided_by: str | None = None
    decided_at: dt.datetime | None = None
    note: str = ""
    origin: str = "matcher"  # "person": recorded by a person, not found by the monitor

    @property
    def counts_as_delivery(self) -> bool:
        return self.kind is EvidenceKind.DELIVERED and self.state.accepted

    @property
    def ref(self) -> str:
        """The id as every command shows it and accepts it: `e12`."""
        return f"e{self.id}"

    @property
    def by_person(self) -> bool:
        """A person recorded or confirmed it: the human-confirmed record."""
        return self.state is EvidenceState.CONFIRMED

    def provenance(self) -> str:
        """Who decided, in words: the monitor (with its confidence) or a person (who, when,
        and the note)."""
        who = self.decided_by or "a person"
        when = f" on {self.decided_at.date().isoformat()}" if self.decided_at else ""
        note = f": “{self.note}”" if self.note else ""
        if self.origin == "person":
            return f"recorded by {who}{when}{note}"
        found = f"found by the monitor ({self.confidence:.2f})"
        if self.state is EvidenceState.CONFIRMED:
            return f"{found}, confirmed by {who}{when}{note}"
        if self.state is EvidenceState.REJECTED:
            return f"{found}, rejected by {who}{when}{note}"
        if self.state is EvidenceState.AUTO:
            return f"{found}, accepted automatically, not yet confirmed by a person"
        if self.state is EvidenceState.RETRACTED:
            return f"{found}, withdrawn by the monitor"
        return f"{found}, waiting for a person"
