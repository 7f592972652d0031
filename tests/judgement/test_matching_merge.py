"""One hit per milestone gathers every way the text names it.

A query term in the lead and a description in the headline are the same milestone: the
headline's words must stay in the hit, or its deed ("Commission proposes changes to ...") is
never read and a hedge of the lead ("could") decides alone.
"""

from __future__ import annotations

from monitor.judgement.matching import Matcher
from timeline.model import (
    Concept,
    Deed,
    DeedKind,
    DeliverableKind,
    EvidenceKind,
    EvidenceQuery,
    Milestone,
    Responsible,
    Vocabulary,
)

FUND = Concept("fund", {"en": ("globalisation fund",)})
CHANGE = Concept("change", {"en": ("changes", "amendment")})

MILESTONE = Milestone(
    id="fund-reform", plan="p", pillar="x", title="Amend the fund", title_fr="",
    period_text="", period=None, kind=DeliverableKind.LEGISLATIVE_PROPOSAL,
    actor="European Commission", source="",
    query=EvidenceQuery(terms={"en": ("Globalisation Adjustment Fund",)}),
    vocabulary=Vocabulary({}, ((FUND, CHANGE),)),
    deed=Deed(DeedKind.PROPOSAL, Responsible.COMMISSION),
)  # fmt: skip


def test_a_headline_description_keeps_its_deed_when_a_query_term_stands_in_the_lead() -> None:
    [match] = Matcher([MILESTONE]).match(
        "Commission proposes changes to globalisation fund",
        "The European Globalisation Adjustment Fund could then help workers sooner.",
        language="en",
    )
    assert match.kind is EvidenceKind.DELIVERED
    assert match.confidence >= 0.8


def test_the_lead_hedge_still_decides_when_the_headline_only_describes_it() -> None:
    [match] = Matcher([MILESTONE]).match(
        "Changes to globalisation fund",
        "The European Globalisation Adjustment Fund could be reformed next year.",
        language="en",
    )
    assert match.kind is EvidenceKind.MENTION


WORKER = Concept("worker", {"en": ("workers",)})
SOONER = Concept("sooner", {"en": ("sooner", "earlier")})
TWO_WAYS = Milestone(
    id="fund-reform", plan="p", pillar="x", title="Amend the fund", title_fr="",
    period_text="", period=None, kind=DeliverableKind.LEGISLATIVE_PROPOSAL,
    actor="European Commission", source="",
    # the lead's description comes first in the plan, the headline's second
    vocabulary=Vocabulary({}, ((WORKER, SOONER), (FUND, CHANGE))),
    deed=Deed(DeedKind.PROPOSAL, Responsible.COMMISSION),
)  # fmt: skip


def test_of_two_descriptions_as_strong_the_headlines_is_read() -> None:
    [match] = Matcher([TWO_WAYS]).match(
        "Commission proposes changes to globalisation fund",
        "Workers could then be helped sooner.",
        language="en",
    )
    assert match.kind is EvidenceKind.DELIVERED
    assert match.confidence >= 0.8
