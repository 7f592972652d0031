"""Classification of matched entries: delivered, progress or mention, and how sure."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Match, Matcher
from timeline.model import DeliverableKind, EvidenceKind, EvidenceQuery, Milestone

D, P, M = EvidenceKind.DELIVERED, EvidenceKind.PROGRESS, EvidenceKind.MENTION
AUTO = 0.8


def milestone(
    id: str,
    terms: tuple[str, ...],
    *,
    kind: DeliverableKind = DeliverableKind.OTHER,
    actor: str = "European Commission",
) -> Milestone:
    return Milestone(
        id=id,
        plan="p",
        pillar="x",
        title=id,
        title_fr=id,
        period_text="",
        period=None,
        kind=kind,
        actor=actor,
        source="test",
        query=EvidenceQuery(terms={"en": terms}),
    )


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(
        [
            milestone("booster", ("Battery Booster",), kind=DeliverableKind.FUNDING),
            milestone(
                "eurovignette", ("Eurovignette*",), kind=DeliverableKind.LEGISLATIVE_PROPOSAL
            ),
            milestone(
                "elv",
                ("end-of-life vehicle*", "véhicules hors d'usage", "Altfahrzeug*"),
                actor="European Parliament and Council of the EU",
            ),
            milestone("fleets", ("corporate fleet*", "flottes d'entreprise", "Firmenflotte*")),
        ]
    )


def one(matcher: Matcher, title: str, summary: str = "", language: str | None = None) -> Match:
    matches = matcher.match(title, summary, language=language)
    assert len(matches) == 1, matches
    return matches[0]


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Commission unveils €1.8 billion Battery Booster", "en"),
        ("Battery Booster: Commission presents support for cell makers", "en"),
        ("Battery Booster adopted by the Commission", "en"),
        ("La Commission européenne dévoile son Battery Booster", "fr"),
        ("Bruxelles présente le Battery Booster", "fr"),
        ("EU-Kommission legt Battery Booster über 1,8 Milliarden Euro vor", "de"),
        ("Die Kommission hat den Battery Booster vorgestellt", "de"),
    ],
)
def test_the_responsible_actor_doing_it_is_a_confident_delivery(
    matcher: Matcher, title: str, language: str
) -> None:
    match = one(matcher, title, language=language)
    assert match.kind is D
    assert match.confidence >= AUTO
    assert match.cues


@pytest.mark.parametrize(
    "title",
    [
        "Commission to present Battery Booster next week",
        "Commission will present the Battery Booster in June",
        "Commission is expected to unveil Battery Booster",
        "Commission has not yet presented the Battery Booster",
        "Carmakers urge Commission to speed up Battery Booster",
        "Unions welcome the Battery Booster",
        "Is the Battery Booster enough?",
        "Leaked draft: Commission plans Battery Booster",
        "Commission unveils industrial plan including a Battery Booster",
        "La Commission présentera le Battery Booster en juin",
        "La Commission n'a pas encore présenté le Battery Booster",
        "Kommission soll Battery Booster im Juni vorlegen",
        "Kommission legt Battery Booster noch nicht vor",
        "Laut Entwurf plant die Kommission einen Battery Booster",
    ],
)
def test_plans_calls_opinions_and_negations_are_mentions(matcher: Matcher, title: str) -> None:
    match = one(matcher, title)
    assert match.kind is M
    assert match.cues


def test_other_actors_doing_the_same_thing_are_mentions(matcher: Matcher) -> None:
    match = one(matcher, "Germany launches its own Battery Booster for cell makers")
    assert match.kind is M


@pytest.mark.parametrize(
    "title",
    [
        "MEPs back Eurovignette exemption for zero-emission trucks",
        "Council adopts Eurovignette amendment",
        "Commission opens consultation on Eurovignette changes",
        "Eurovignette amendment enters into force",
        "Les eurodéputés votent la prolongation de l'Eurovignette",
        "Eurovignette: Verkehrsausschuss stimmt für Verlängerung",
    ],
)
def test_steps_by_others_and_procedural_steps_are_progress(matcher: Matcher, title: str) -> None:
    assert one(matcher, title).kind is P


def test_a_proposal_counts_as_delivery_of_a_legislative_milestone(matcher: Matcher) -> None:
    match = one(matcher, "Commission proposes Eurovignette amendment for zero-emission trucks")
    assert (match.kind, match.confidence >= AUTO) == (D, True)


def test_for_co_legislators_a_deal_is_delivery_and_a_position_is_progress(
    matcher: Matcher,
) -> None:
    deal = one(matcher, "Parliament and Council strike deal on end-of-life vehicles")
    assert (deal.kind, deal.confidence >= AUTO) == (D, True)
    assert one(matcher, "Council adopts position on end-of-life vehicles").kind is P
    assert one(matcher, "Commission proposes end-of-life vehicles regulation").kind is P


def test_the_eu_at_large_adopting_a_legislative_text_is_not_an_automatic_delivery(
    matcher: Matcher,
) -> None:
    match = one(matcher, "EU adopts Eurovignette amendment")
    assert not (match.kind is D and match.confidence >= AUTO)


def test_a_delivery_told_only_in_the_summary_counts_less_than_in_the_title(
    matcher: Matcher,
) -> None:
    in_title = one(matcher, "Commission adopts Battery Booster", "Money for cell makers.")
    in_summary = one(matcher, "Money for cell makers", "The Commission adopts Battery Booster.")
    assert in_summary.kind is D
    # the raw score orders them; the calibrated confidence may put both in one band
    assert in_summary.raw < in_title.raw
    assert in_summary.confidence <= in_title.confidence


def test_a_headline_delivery_is_confirmed_by_the_lead(matcher: Matcher) -> None:
    match = one(
        matcher,
        "Commission unveils support for European cell makers",
        "The Commission adopted its Battery Booster on Tuesday.",
    )
    assert (match.kind, match.confidence >= AUTO) == (D, True)


def test_a_mention_in_the_lead_does_not_undo_a_delivery_in_the_title(matcher: Matcher) -> None:
    match = one(
        matcher,
        "Commission adopts Battery Booster",
        "Industry groups urge more money for the Battery Booster.",
    )
    assert match.kind is D


def test_separate_clauses_are_read_separately(matcher: Matcher) -> None:
    match = one(matcher, "Commission adopts Battery Booster; Parliament to debate it in June")
    assert match.kind is D


def test_the_language_is_guessed_when_not_given(matcher: Matcher) -> None:
    english = one(matcher, "Carmakers plant new Battery Booster hopes in the Commission")
    assert english.kind is not P  # German "plant" (plans) is not read in English text
    german = one(matcher, "Die Kommission plant einen Battery Booster für die Industrie")
    assert german.kind is M


def test_every_match_explains_itself_and_names_the_phrases(matcher: Matcher) -> None:
    match = one(matcher, "Commission unveils Battery Booster")
    assert match.terms == ("Battery Booster",)
    assert match.explanation.endswith(".")
    assert "unveils" in match.explanation
    assert 0.0 <= match.confidence <= 1.0


def test_matching_is_deterministic_and_empty_without_a_term(matcher: Matcher) -> None:
    title = "Commission unveils Battery Booster and corporate fleets communication"
    assert matcher.match(title, "") == matcher.match(title, "")
    assert matcher.match("Commission unveils new rules on tyres", "") == []
