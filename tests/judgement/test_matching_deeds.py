"""What delivers a milestone depends on its deed: the co-legislators' deal, a launch, a backing."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Match, Matcher
from tests import milestone_support
from timeline.model import Deed, DeedKind, DeliverableKind, EvidenceKind, Milestone, Responsible

D, P = EvidenceKind.DELIVERED, EvidenceKind.PROGRESS


def milestone(id_: str, terms: tuple[str, ...], deed: Deed) -> Milestone:
    return milestone_support.milestone(id_, {"en": terms}, deed, DeliverableKind.OTHER)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(
        [
            milestone(
                "elv",
                ("end-of-life vehicles", "Altfahrzeuge", "vehículos al final de su vida útil"),
                Deed(DeedKind.AGREEMENT, Responsible.COLEGISLATORS),
            ),
            milestone(
                "alliance", ("vehicle alliance",), Deed(DeedKind.LAUNCH, Responsible.COMMISSION)
            ),
            milestone(
                "corridors",
                ("charging corridors",),
                Deed(DeedKind.LAUNCH, Responsible.COMMISSION),
            ),
            milestone(
                "guidelines",
                ("grid connection guidelines", "Leitlinien zum Netzanschluss"),
                Deed(DeedKind.ADOPTION, Responsible.COMMISSION),
            ),
            milestone(
                "tolls",
                ("toll exemption", "exonération de péage"),
                Deed(DeedKind.PROPOSAL, Responsible.COMMISSION),
            ),
            milestone(
                "fund", ("recharging facility",), Deed(DeedKind.FUNDING, Responsible.COMMISSION)
            ),
        ]
    )


def one(matcher: Matcher, title: str, language: str = "en") -> Match:
    (match,) = matcher.match(title, "", language=language)
    return match


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("EU countries reach agreement on end-of-life vehicles rules", "en"),
        ("Member states strike a deal on end-of-life vehicles", "en"),
        ("MEPs reach agreement on their position on end-of-life vehicles", "en"),
        (
            "Los Estados miembros llegan a un acuerdo sobre los vehículos al final de su vida útil",
            "es",
        ),
    ],
)
def test_an_agreement_of_one_side_alone_is_its_position(
    matcher: Matcher, title: str, language: str
) -> None:
    assert one(matcher, title, language).kind is P


def test_the_co_legislators_deal_delivers(matcher: Matcher) -> None:
    match = one(matcher, "Parliament and Council strike provisional deal on end-of-life vehicles")
    assert match.kind is D


def test_an_adoption_by_the_council_is_the_final_text_only_when_a_word_says_so(
    matcher: Matcher,
) -> None:
    assert one(matcher, "Council approves new rules on end-of-life vehicles").kind is P
    assert one(matcher, "Council formally adopts the end-of-life vehicles regulation").kind is D
    assert one(matcher, "Rat verabschiedet Altfahrzeuge-Verordnung endgültig", "de").kind is D


def test_a_launch_is_news_whoever_launched_it(matcher: Matcher) -> None:
    match = one(matcher, "European connected vehicle alliance launched")
    assert match.kind is D
    assert "launched or funded" in match.explanation


def test_the_responsible_actor_backing_its_initiative_launches_it(matcher: Matcher) -> None:
    match = one(matcher, "Brussels backs charging corridors for e-trucks")
    assert match.kind is D


def test_the_eu_at_large_backing_money_grants_it(matcher: Matcher) -> None:
    # the legislators never grant the money: "the EU" giving it the green light is the grant
    assert (
        one(matcher, "EU gives green light to EUR 300 million from the recharging facility").kind
        is D
    )


def test_the_eu_at_large_backing_a_proposal_is_the_legislators_step(matcher: Matcher) -> None:
    assert one(matcher, "EU gives green light to toll exemption for e-trucks").kind is P


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Commission publishes study on charging corridors for trucks", "en"),
        ("La Commission publie une étude sur les charging corridors", "fr"),
        ("Kommission veröffentlicht Studie über charging corridors", "de"),
    ],
)
def test_publishing_a_study_on_the_subject_is_not_the_act(
    matcher: Matcher, title: str, language: str
) -> None:
    match = one(matcher, title, language)
    assert match.kind is EvidenceKind.MENTION
    assert "not the act itself" in match.explanation


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Grid connection guidelines published in the Official Journal", "en"),
        ("Leitlinien zum Netzanschluss im Amtsblatt veröffentlicht", "de"),
    ],
)
def test_an_act_the_commission_adopts_itself_is_delivered_by_its_publication(
    matcher: Matcher, title: str, language: str
) -> None:
    assert one(matcher, title, language).kind is D


def test_a_proposals_final_act_in_the_official_journal_is_a_later_step(
    matcher: Matcher,
) -> None:
    assert one(matcher, "Toll exemption published in the Official Journal").kind is P


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("End-of-life vehicles regulation published in the Official Journal", "en"),
        ("Council gives its final green light to the end-of-life vehicles rules", "en"),
        ("Final green light for the end-of-life vehicles regulation", "en"),
        ("Endgültige Zustimmung des Rates zur Verordnung über Altfahrzeuge", "de"),
    ],
)
def test_the_co_legislators_final_act_delivers_their_milestone(
    matcher: Matcher, title: str, language: str
) -> None:
    assert one(matcher, title, language).kind is D


def test_a_vote_without_a_word_of_finality_stays_a_step(matcher: Matcher) -> None:
    assert one(matcher, "Council gives green light to end-of-life vehicles rules").kind is P


def test_the_commissions_act_named_in_another_clause_of_the_headline_says_who_did_it(
    matcher: Matcher,
) -> None:
    match = one(matcher, "Proposition de la Commission : exonération de péage prolongée", "fr")
    assert match.kind is D
    assert match.confidence >= 0.8


def test_a_headline_that_cites_the_proposal_reports_it_rather_than_hearsay(
    matcher: Matcher,
) -> None:
    assert one(matcher, "Toll exemption until 2031, according to the proposal").kind is D
    assert one(matcher, "Toll exemption until 2031, according to sources").kind is not D


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("EU transport ministers sign up to charging corridors for lorries", "en"),
        ("Les ministres européens signent pour des charging corridors", "fr"),
        ("EU-Staaten verpflichten sich zu charging corridors für Lkw", "de"),
        ("I ministri Ue firmano per i charging corridors", "it"),
        ("Los ministros de la UE se comprometen con los charging corridors", "es"),
        ("EU-ministers ondertekenen verklaring over charging corridors", "nl"),
        ("Ministrowie UE podpisali deklarację o charging corridors", "pl"),
    ],
)
def test_member_states_joining_an_initiative_launch_it(
    matcher: Matcher, title: str, language: str
) -> None:
    match = one(matcher, title, language)
    assert match.kind is D
    assert "join the initiative" in match.explanation


@pytest.mark.parametrize(
    ("title", "language", "kind"),
    [
        # the member states joining is a launch only when it is done, and only for a launch
        ("EU ministers to sign up to charging corridors for lorries", "en", EvidenceKind.MENTION),
        ("Los ministros se comprometen a crear los charging corridors", "es", EvidenceKind.MENTION),
        ("I ministri si impegnano a realizzare i charging corridors", "it", EvidenceKind.MENTION),
        ("EU countries sign off on the toll exemption for lorries", "en", P),
        # Parliament's side votes and opines; it joins no initiative
        ("MEPs sign letter on the vehicle alliance", "en", P),
    ],
)
def test_a_promise_a_proposal_or_parliament_signing_launches_nothing(
    matcher: Matcher, title: str, language: str, kind: EvidenceKind
) -> None:
    assert one(matcher, title, language).kind is kind


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Naissance d'une vehicle alliance européenne", "fr"),
        ("Une vehicle alliance voit le jour", "fr"),
        ("Vehicle alliance ins Leben gerufen", "de"),
        ("Nace la vehicle alliance europea", "es"),
        ("Vehicle alliance gaat van start", "nl"),
        ("Powstała europejska vehicle alliance", "pl"),
        ("European vehicle alliance is born", "en"),
    ],
)
def test_an_initiative_born_is_launched(matcher: Matcher, title: str, language: str) -> None:
    assert one(matcher, title, language).kind is D


@pytest.mark.parametrize(
    ("title", "language", "kind"),
    [
        ("EU-Verkehrsminister einigen sich auf charging corridors für Lkw", "de", D),
        ("Member states strike a deal on charging corridors for lorries", "en", D),
        ("Les Etats membres trouvent un accord sur les charging corridors", "fr", D),
        # both co-legislators, or a step named too: not the partners setting it up
        ("Parliament and Council strike a deal on charging corridors", "en", P),
        ("Member states reach agreement on charging corridors in trilogue", "en", P),
    ],
)
def test_the_member_states_agreeing_on_an_initiative_launch_it(
    matcher: Matcher, title: str, language: str, kind: EvidenceKind
) -> None:
    assert one(matcher, title, language).kind is kind


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Commission presents its action plan together with grid connection guidelines", "en"),
        ("Commission presents its action plan alongside grid connection guidelines", "en"),
        ("La Commission présente sa stratégie accompagnée de grid connection guidelines", "fr"),
        ("Kommission stellt Aktionsplan zusammen mit grid connection guidelines vor", "de"),
        ("La Commissione presenta il piano accompagnato da grid connection guidelines", "it"),
        ("La Comisión presenta el plan de acción acompañado de grid connection guidelines", "es"),
        ("Commissie presenteert actieplan samen met grid connection guidelines", "nl"),
        ("Komisja przedstawia plan działania wraz z grid connection guidelines", "pl"),
    ],
)
def test_an_act_presented_alongside_a_wider_plan_is_not_inside_it(
    matcher: Matcher, title: str, language: str
) -> None:
    assert one(matcher, title, language).kind is D


def test_an_act_inside_the_wider_plan_stays_a_part_of_it(matcher: Matcher) -> None:
    title = "Commission presents its action plan, including grid connection guidelines"
    assert one(matcher, title).kind is EvidenceKind.MENTION
    title = "Commission presents its action plan including grid connection guidelines"
    assert one(matcher, title).kind is EvidenceKind.MENTION


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("European Parliament fast-tracks the toll exemption", "en"),
        ("EU-Parlament billigt die Altfahrzeuge-Verordnung", "de"),
        ("Altfahrzeuge: Mitgliedstaaten befürworten die Verordnung", "de"),
    ],
)
def test_legislators_fast_tracking_or_endorsing_is_a_step(
    matcher: Matcher, title: str, language: str
) -> None:
    assert one(matcher, title, language).kind is P
