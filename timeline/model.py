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
    CANDIDATE = "candidate"  # on the plan's themes, but matched to no milestone: for a person

    @property
    def shown(self) -> bool:
        """Whether evidence in this state is listed with its milestone."""
        return self not in (
            EvidenceState.REJECTED,
            EvidenceState.RETRACTED,
            EvidenceState.CANDIDATE,
        )

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


ALL = "all"  # the language key of names and phrases spelt alike in every language


class DeedKind(StrEnum):
    """The act that delivers a milestone (or, for progress, a step towards or after it)."""

    PROPOSAL = "proposal"  # the Commission adopts a legislative proposal
    ADOPTION = "adoption"  # a non-legislative act is adopted: recommendation, communication, ...
    AGREEMENT = "agreement"  # the co-legislators agree (trilogue deal) or adopt the act
    LAUNCH = "launch"  # an initiative, alliance, programme or observatory starts
    FUNDING = "funding"  # money is awarded, allocated or committed


class Responsible(StrEnum):
    """Who must do the deed."""

    COMMISSION = "commission"
    COLEGISLATORS = "colegislators"  # the European Parliament and the Council together
    EIB = "eib"  # the European Investment Bank group (with the Commission)
    MEMBER_STATES = "member-states"


@dataclass(frozen=True, slots=True)
class Deed:
    """What delivers a milestone: the act and who must do it."""

    delivers: DeedKind
    by: Responsible
    explicit: bool = True  # False: derived from the milestone's kind and actor


@dataclass(frozen=True, slots=True)
class Concept:
    """A thing the world names in many words: its phrases by language ("all": any language)."""

    name: str
    phrases: Mapping[str, tuple[str, ...]]
    # It names who acts ("the Commission", "Brussels"): a description holding it is complete
    # with it anywhere in the same part, since a lead may name the actor thirty words before
    # the thing acted on; the 20-word window spans the concepts that say what it is about.
    actor: bool = False

    def speaks(self, language: str) -> bool:
        return bool(self.phrases.get(language) or self.phrases.get(ALL))

    def languages(self) -> frozenset[str]:
        return frozenset(lang for lang, phrases in self.phrases.items() if phrases and lang != ALL)


@dataclass(frozen=True, slots=True)
class Legal:
    """The law a milestone touches, as normal-form keys (see `timeline.legal`).

    `amends`: acts it amends or replaces; `creates`: the act it becomes once adopted;
    `documents`: the delivering document itself (COM, C or CELEX number), where known;
    `procedures`: the interinstitutional procedure it goes through.
    """

    amends: tuple[str, ...] = ()
    creates: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    procedures: tuple[str, ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        return (*self.amends, *self.creates, *self.documents, *self.procedures)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """How the world names a milestone: its names by language ("all": the same in every
    language) and what it is about, as groups of concepts that must appear together."""

    names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    about: tuple[tuple[Concept, ...], ...] = ()
    # For each description of `about` (by position), the concepts that stop it naming the
    # milestone when the text also holds them ("co2 + flexibility + car - year-2035"); a
    # description with none may be left out at the end.
    unless: tuple[tuple[Concept, ...], ...] = ()

    def excluded(self, group: int) -> tuple[Concept, ...]:
        """The concepts that keep description number `group` from naming the milestone."""
        return self.unless[group] if group < len(self.unless) else ()

    def languages(self) -> frozenset[str]:
        """Languages in which the milestone can be recognised by a name or a description."""
        found = {lang for lang, names in self.names.items() if names and lang != ALL}
        for group in self.about:
            spoken = frozenset().union(*(c.languages() for c in group))
            found |= {lang for lang in spoken if all(c.speaks(lang) for c in group)}
        return frozenset(found)


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
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    legal: Legal = field(default_factory=Legal)
    deed: Deed | None = None  # None: derived from `kind` and `actor` (see `delivering_deed`)
    committed_on: dt.date | None = None  # the plan's publication: nothing before delivers it
    plan_document: str | None = None  # the plan's own citation key ("com:2025/95"): not a deed

    @property
    def delivering_deed(self) -> Deed:
        """The deed that delivers the milestone: as the plan says, else read from its kind."""
        return self.deed or derive_deed(self.kind, self.actor)

    @property
    def due(self) -> dt.date | None:
        """The deadline, or None for an undated milestone."""
        return self.period.deadline if self.period else None


_DEED_OF_KIND = {
    DeliverableKind.LEGISLATIVE_PROPOSAL: DeedKind.PROPOSAL,
    DeliverableKind.FUNDING: DeedKind.FUNDING,
    DeliverableKind.INITIATIVE: DeedKind.LAUNCH,
}


def derive_deed(kind: DeliverableKind, actor: str) -> Deed:
    """A plan that says nothing of the deed: the kind decides, and an actor naming Parliament
    and Council makes it their agreement."""
    words = actor.lower()
    if "parliament" in words and "council" in words:
        return Deed(DeedKind.AGREEMENT, Responsible.COLEGISLATORS, explicit=False)
    by = Responsible.EIB if "eib" in words and "commission" not in words else Responsible.COMMISSION
    return Deed(_DEED_OF_KIND.get(kind, DeedKind.ADOPTION), by, explicit=False)


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
