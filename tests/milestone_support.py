"""Milestones built in a line for matcher tests (only the fields judgement reads), and the
bundled plan's matcher, compiled once per test process."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from monitor.config import BUNDLED_SEEDS
from monitor.judgement.matching import Match, Matcher
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceQuery, Milestone, Responsible
from timeline.plan import load_plans

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


@cache
def bundled_matcher() -> Matcher:
    """The matcher of the bundled plan (`make run`'s): compiling it costs a second, so the
    test modules that read it share one."""
    plan = BUNDLED_SEEDS / "plans" / "eu-automotive-2025.toml"
    return Matcher([m for loaded in load_plans([plan]) for m in loaded.milestones])


def found(matcher: Matcher, title: str, language: str, summary: str = "") -> dict[str, Match]:
    """What `matcher` says of each milestone a headline (and lead) names, by milestone id."""
    return {m.milestone_id: m for m in matcher.match(title, summary, language=language)}
