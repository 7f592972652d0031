"""A headline that announces, over a lead in which the actor will present it, reports a plan.

"Announces", "kondigt ... aan", "kündigt ... an" report an act or the plan to make it. When the
lead says the responsible actor will present it ("De Commissie zal eind dit jaar ...
presenteren"), the announcement is of the plan; a lead that states the act's content leaves the
headline's deed a deed. (A German infinitive after a modal, "will ... vorlegen", is listed as
a future and not told from a verb of purpose, "will ... stützen": it is not read so.)
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    terms = {"en": ("corporate fleets",), "nl": ("bedrijfsvloten",)}
    return Matcher([milestone("fleets", terms)])


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "Commission announces rules for greener companies",
            "The Commission will present its proposal on corporate fleets in December.",
            "en",
        ),
        (
            "Commissie kondigt nieuwe regels aan voor groenere bedrijven",
            "De Commissie zal in december een voorstel over bedrijfsvloten presenteren.",
            "nl",
        ),
    ],
)
def test_an_announcement_of_what_the_actor_will_present_is_a_plan(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    (match,) = matcher.match(title, summary, language=language)
    assert match.kind is EvidenceKind.MENTION, match.explanation


def test_an_announcement_with_the_acts_content_stays_a_deed(matcher: Matcher) -> None:
    summary = "The rules on corporate fleets set quotas for zero-emission cars."
    (match,) = matcher.match("Commission announces rules for greener companies", summary)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


@pytest.fixture(scope="module")
def fleets_it() -> Matcher:
    terms = {"it": ("flotte aziendali",), "en": ("corporate fleets",)}
    return Matcher([milestone("fleets", terms)])


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "Flotte aziendali, la Commissione presenterà a dicembre le nuove regole",
            "Lo ha annunciato il commissario Apostolos Tzitzikostas a Strasburgo.",
            "it",
        ),
        (
            "Commission to present corporate fleets rules in December",
            "The commissioner announced it in Strasbourg on Tuesday.",
            "en",
        ),
    ],
)
def test_a_lead_announcing_what_the_headline_plans_is_no_deed(
    fleets_it: Matcher, title: str, summary: str, language: str
) -> None:
    """The mirror: the headline says the actor will make the act, the lead that it was
    announced ("Lo ha annunciato"): the announcement is of the plan."""
    (match,) = fleets_it.match(title, summary, language=language)
    assert match.kind is EvidenceKind.MENTION, match.explanation


def test_a_lead_reporting_the_act_itself_still_outweighs_the_headline_wish(
    fleets_it: Matcher,
) -> None:
    summary = "La Commissione ha presentato oggi la proposta sulle flotte aziendali."
    (match,) = fleets_it.match("Bruxelles vuole flotte aziendali più verdi", summary, language="it")
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
