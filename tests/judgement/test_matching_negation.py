"""German and Dutch put the negation after the finite verb; it still says nothing was done."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from timeline.model import (
    Deed,
    DeedKind,
    DeliverableKind,
    EvidenceKind,
    EvidenceQuery,
    Milestone,
    Responsible,
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    tolls = Milestone(
        id="tolls", plan="p", pillar="x", title="tolls", title_fr="", period_text="",
        period=None, kind=DeliverableKind.LEGISLATIVE_PROPOSAL, actor="European Commission",
        source="",
        query=EvidenceQuery(terms={"de": ("Mautbefreiung",), "nl": ("tolvrijstelling",)}),
        deed=Deed(DeedKind.PROPOSAL, Responsible.COMMISSION),
    )  # fmt: skip
    return Matcher([tolls])


@pytest.mark.parametrize(
    ("title", "language", "kind"),
    [
        ("Brüssel verlängert die Mautbefreiung für E-Lkw nicht", "de", EvidenceKind.MENTION),
        ("Brussel verlengt de tolvrijstelling voor e-trucks niet", "nl", EvidenceKind.MENTION),
        ("Brüssel verlängert die Mautbefreiung für E-Lkw", "de", EvidenceKind.DELIVERED),
        ("Brussel verlengt de tolvrijstelling voor e-trucks", "nl", EvidenceKind.DELIVERED),
    ],
)
def test_a_negation_after_the_verb_says_it_is_not_done(
    matcher: Matcher, title: str, language: str, kind: EvidenceKind
) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is kind
