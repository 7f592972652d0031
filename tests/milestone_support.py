"""Milestones built in a line for matcher tests: only the fields judgement reads."""

from __future__ import annotations

from collections.abc import Mapping

from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceQuery, Milestone, Responsible

COMMISSION_PROPOSAL = Deed(DeedKind.PROPOSAL, Responsible.COMMISSION)


def milestone(
    id_: str,
    terms: Mapping[str, tuple[str, ...]],
    deed: Deed = COMMISSION_PROPOSAL,
    kind: DeliverableKind = DeliverableKind.LEGISLATIVE_PROPOSAL,
) -> Milestone:
    """A milestone of the Commission's found by `terms` (language -> phrases)."""
    return Milestone(
        id=id_, plan="p", pillar="x", title=id_, title_fr="", period_text="", period=None,
        kind=kind, actor="European Commission", source="",
        query=EvidenceQuery(terms=dict(terms)), deed=deed,
    )  # fmt: skip
