"""A headline's vague deed gives way to a lead in which the Commission will make the act.

"Bruselas suaviza las multas de CO2 a los fabricantes de coches" over "La Comisión presentará
el miércoles una propuesta para que los fabricantes ..." was read as the proposal delivered:
the Spanish, Italian, French and Polish leads tell the plan in one word ("presentará",
"presenterà", "présentera", "przedstawi"), a future cue and no verb, so the lead's plan reading
found no verb of the Commission's own acts; and a lead clause that named the milestone too
(the fabricantes, the average) was left out. A one-word planned deed now reads as the
responsible actor's plan, in any lead clause; the actors the act concerns, after the deed
("para que los fabricantes"), do not make it someone else's.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from monitor.judgement.matching.cues import CueKind, lexicons, word_class
from monitor.judgement.matching.fold import fold
from tests.milestone_support import bundled_matcher
from timeline.model import EvidenceKind

FLEX = "co2-standards-flexibility"
BOOSTER = "battery-booster"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return bundled_matcher()


def kind_of(
    matcher: Matcher, language: str, title: str, summary: str, milestone: str = FLEX
) -> EvidenceKind:
    matches = {m.milestone_id: m for m in matcher.match(title, summary, language=language)}
    assert milestone in matches, matches
    return matches[milestone].kind


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "es",
            "Bruselas suaviza las multas de CO2 a los fabricantes de coches",
            "La Comisión presentará el miércoles una propuesta para que los fabricantes puedan"
            " cumplir los objetivos de emisiones como media entre 2025 y 2027.",
        ),
        (
            "it",
            "Auto, Bruxelles allenta le multe sulla CO2",
            "La Commissione presenterà martedì la proposta per calcolare le emissioni dei"
            " costruttori come media sul triennio 2025-2027.",
        ),
        (
            "it",
            "Auto, Bruxelles allenta le multe sulla CO2",
            "La Commissione dovrebbe presentare martedì la proposta.",
        ),
        (
            "fr",
            "Automobile : Bruxelles assouplit les amendes CO2 des constructeurs",
            "Bruxelles présentera mardi une proposition permettant de calculer la conformité en"
            " moyenne sur 2025-2027.",
        ),
        (
            "de",
            "Brüssel lockert CO2-Strafen für Autobauer",
            "Die Kommission wird am Mittwoch einen Vorschlag vorlegen, wonach Hersteller ihre"
            " Emissionen über 2025 bis 2027 mitteln dürfen.",
        ),
        (
            "en",
            "Brussels eases CO2 fines for carmakers",
            "The Commission will present on Wednesday a proposal letting carmakers average their"
            " emissions over 2025-2027.",
        ),
    ],
)
def test_a_lead_that_plans_the_act_in_one_word_makes_the_headline_a_plan(
    matcher: Matcher, language: str, title: str, summary: str
) -> None:
    assert kind_of(matcher, language, title, summary) is EvidenceKind.MENTION


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (  # the lead reports the deed done
            "es",
            "Bruselas suaviza las multas de CO2 a los fabricantes de coches",
            "La Comisión presentó el miércoles una propuesta para que los fabricantes puedan"
            " cumplir los objetivos como media entre 2025 y 2027.",
        ),
        (  # someone else will present something: the MEPs' amendments
            "es",
            "Bruselas suaviza las multas de CO2 a los fabricantes de coches",
            "Los eurodiputados presentarán enmiendas la próxima semana.",
        ),
        (  # a call for the act governs the infinitive: no plan of the Commission's
            "it",
            "Auto, Bruxelles allenta le multe sulla CO2",
            "I costruttori chiedono alla Commissione di presentare altre misure.",
        ),
    ],
)
def test_a_lead_that_reports_the_deed_or_plans_anothers_leaves_the_delivery(
    matcher: Matcher, language: str, title: str, summary: str
) -> None:
    assert kind_of(matcher, language, title, summary) is EvidenceKind.DELIVERED


def test_every_planned_deed_is_a_future_cue_of_its_language() -> None:
    for lexicon in lexicons():
        futures = {fold(p) for p in lexicon.cues.get(CueKind.FUTURE, ())}
        planned = word_class("planned_deeds", lexicon.language)
        assert planned <= futures, (lexicon.language, planned - futures)


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "es",
            "Bruselas inyecta 1.800 millones en baterías",
            "La Comisión Europea presentará el Battery Booster en diciembre.",
        ),
        (
            "fr",
            "Batteries : Bruxelles débloque 1,8 milliard d'euros",
            "La Commission dévoilera le Battery Booster la semaine prochaine.",
        ),
    ],
)
def test_a_headline_with_no_term_that_states_what_the_act_does_is_its_plan(
    matcher: Matcher, language: str, title: str, summary: str
) -> None:
    """The lead names the milestone and plans it; the headline, with no term, only says what
    the money does: it is the plan's content, not a deed of making the act."""
    assert kind_of(matcher, language, title, summary, BOOSTER) is EvidenceKind.MENTION


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "es",
            "Bruselas inyecta 1.800 millones en baterías",
            "El Battery Booster se presentará en diciembre junto al paquete del automóvil.",
        ),
        (
            "pl",
            "Bruksela przeznacza 1,8 mld euro na baterie",
            "Program Battery Booster zostanie przedstawiony w grudniu.",
        ),
        (
            "fr",
            "Batteries : Bruxelles débloque 1,8 milliard d'euros",
            "Le Battery Booster sera présenté en décembre avec le paquet automobile.",
        ),
    ],
)
def test_a_lead_planning_the_named_act_with_no_actor_is_the_responsible_actors_plan(
    matcher: Matcher, language: str, title: str, summary: str
) -> None:
    assert kind_of(matcher, language, title, summary, BOOSTER) is EvidenceKind.MENTION


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "pl",
            "Bruksela przeznacza 1,8 mld euro na baterie",
            "Program Battery Booster został przedstawiony w środę.",
        ),
        (
            "es",
            "Bruselas inyecta 1.800 millones en baterías",
            "Los eurodiputados presentarán enmiendas al Battery Booster.",
        ),
    ],
)
def test_a_lead_reporting_the_named_act_done_or_anothers_plan_leaves_the_delivery(
    matcher: Matcher, language: str, title: str, summary: str
) -> None:
    assert kind_of(matcher, language, title, summary, BOOSTER) is EvidenceKind.DELIVERED


def test_a_headline_presenting_the_programme_stays_done_over_a_lead_of_its_aim(
    matcher: Matcher,
) -> None:
    title = "Von der Leyen stellt 1,8-Milliarden-Programm für Batteriezellen vor"
    summary = "Der Battery Booster soll die Zellfertigung in Europa stützen."
    assert kind_of(matcher, "de", title, summary, BOOSTER) is EvidenceKind.DELIVERED
