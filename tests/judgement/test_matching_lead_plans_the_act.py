"""A headline that only names the act gives way to a lead that says it is still to come.

"Exclusive: Commission proposal sets EV quota for company fleets" over "The draft, seen by
Reuters, is due to be presented next week" was read as the proposal delivered: the headline
names the Commission's act as a noun, and the lead clause of the plan holds no term, so no
reading reported it. A lead clause with a verb of the Commission's own acts made a plan,
and no other actor, says the named act is not done; a lead that says it was presented, or
that plans someone else's step, leaves the headline's delivery standing.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {
    "en": ("company fleets",),
    "fr": ("flottes d'entreprise",),
    "de": ("Firmenflotten",),
    "it": ("flotte aziendali",),
    "nl": ("bedrijfsvloten",),
    "pl": ("floty firmowe",),
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("fleets", TERMS)])


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "Exclusive: Commission proposal sets EV quota for company fleets",
            "The draft, seen by Reuters, is due to be presented next week.",
            "en",
        ),
        (
            "Proposition de la Commission : des quotas pour les flottes d'entreprise",
            "Le texte doit être présenté mercredi.",
            "fr",
        ),
        (
            "Kommissionsvorschlag: E-Auto-Quote für Firmenflotten",
            "Der Vorschlag soll am Mittwoch vorgestellt werden.",
            "de",
        ),
        (
            "Proposta della Commissione: quote di auto elettriche per le flotte aziendali",
            "Il testo sarà presentato mercoledì.",
            "it",
        ),
        (
            "Voorstel van de Commissie: quotum elektrische auto's voor bedrijfsvloten",
            "Het voorstel zal woensdag worden gepresenteerd.",
            "nl",
        ),
    ],
)
def test_a_lead_planning_the_named_act_makes_it_a_mention(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    (match,) = matcher.match(title, summary, language=language)
    assert match.kind is EvidenceKind.MENTION, match.explanation


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "Commission proposal sets EV quota for company fleets",
            "The EU executive presented the text on Wednesday; MEPs will vote on it next year.",
            "en",
        ),
        (
            "Kommissionsvorschlag: E-Auto-Quote für Firmenflotten",
            "Der Vorschlag wurde am Mittwoch vorgestellt.",
            "de",
        ),
    ],
)
def test_a_lead_reporting_the_act_or_a_later_step_leaves_the_delivery(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    (match,) = matcher.match(title, summary, language=language)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "Brussels eases quota rules for company fleets",
            "The proposal will be presented on Wednesday, officials said.",
            "en",
        ),
        (
            "Projekt KE nakłada na floty firmowe obowiązek aut elektrycznych",
            "Wniosek zostanie przedstawiony w środę.",
            "pl",
        ),
    ],
)
def test_a_headline_stating_what_the_act_does_gives_way_too(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    (match,) = matcher.match(title, summary, language=language)
    assert match.kind is EvidenceKind.MENTION, match.explanation


def test_a_headline_presenting_the_act_is_not_undone_by_a_later_plan(matcher: Matcher) -> None:
    title = "Commission presents EV quota for company fleets"
    summary = "It will present a second proposal on vans next year."
    (match,) = matcher.match(title, summary, language="en")
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
