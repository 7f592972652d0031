"""A headline clause that only states the act's content with a modal gives way to the clause in
which the responsible actor acts: "Kommission veröffentlicht Entwurf zum Batteriepass:
Gesundheitszustand der Akkus soll sichtbar werden".

The modal clause after the colon has no verb of anyone: "soll" says what the act is for. It was
read at its hedge's strength and outweighed the draft published, a step.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceKind, Responsible


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    adoption = Deed(DeedKind.ADOPTION, Responsible.COMMISSION)
    terms = {"de": ("Batteriepass*", "Gesundheitszustand"), "en": ("battery passport",)}
    return Matcher([milestone("soh", terms, adoption, DeliverableKind.OTHER)])


def test_the_actors_clause_outweighs_the_stated_content(matcher: Matcher) -> None:
    title = (
        "Kommission veröffentlicht Entwurf zum Batteriepass: Gesundheitszustand der Akkus soll"
        " sichtbar werden"
    )
    (match,) = matcher.match(title, language="de")
    assert match.kind is EvidenceKind.PROGRESS, match.explanation


def test_the_stated_content_alone_stays_a_mention(matcher: Matcher) -> None:
    title = "Batteriepass: Gesundheitszustand der Akkus soll sichtbar werden"
    (match,) = matcher.match(title, language="de")
    assert match.kind is EvidenceKind.MENTION, match.explanation
