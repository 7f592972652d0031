"""Cue words found wanting by the challenge set (`quality/data/challenge.jsonl`), one language
at a time: the Commission named by its College, a wish for what Brussels should do, the final
green light.

The sentences are the project's own. The milestones are a tiny plan of this file, named
"Fund X" in every language, so that the test reads the cue words, not the bundled vocabulary.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Match, Matcher
from timeline.model import DeliverableKind, EvidenceKind, Milestone, Vocabulary

D, P, M = EvidenceKind.DELIVERED, EvidenceKind.PROGRESS, EvidenceKind.MENTION
AUTO = 0.8  # the confidence above which a match is accepted without a person
LANGUAGES = ("en", "fr", "de", "it", "es", "nl", "pl")


def milestone(id: str, name: str, kind: DeliverableKind, actor: str) -> Milestone:
    return Milestone(
        id=id, plan="p", pillar="x", title=id, title_fr=id, period_text="", period=None,
        kind=kind, actor=actor, source="test",
        vocabulary=Vocabulary(names=dict.fromkeys(LANGUAGES, (name,))),
    )  # fmt: skip


MATCHER = Matcher(
    [
        milestone("fund", "Fund X", DeliverableKind.LEGISLATIVE_PROPOSAL, "European Commission"),
        milestone(
            "wrecks", "Regulation W", DeliverableKind.OTHER, "European Parliament and Council"
        ),
        milestone("advice", "Advice Z", DeliverableKind.RECOMMENDATION, "European Commission"),
        milestone("grants", "Facility Y", DeliverableKind.FUNDING, "European Commission"),
    ]
)


def one(language: str, title: str, summary: str = "") -> Match:
    matches = MATCHER.match(title, summary, language=language)
    assert len(matches) == 1, matches
    return matches[0]


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "College of Commissioners adopts proposal to amend Fund X"),
        ("fr", "Le collège des commissaires a adopté la proposition de révision du Fund X"),
        ("de", "Kommissionskollegium beschließt Vorschlag zur Änderung von Fund X"),
        ("it", "Il collegio dei commissari ha adottato la proposta di modifica del Fund X"),
        ("es", "El colegio de comisarios aprueba la propuesta de reforma del Fund X"),
        ("nl", "College van commissarissen keurt voorstel voor herziening van Fund X goed"),
        ("pl", "Kolegium komisarzy przyjęło wniosek w sprawie zmiany Fund X"),
    ],
)
def test_the_college_of_commissioners_is_the_commission(language: str, title: str) -> None:
    match = one(language, title)
    assert (match.kind, match.confidence >= AUTO) == (D, True), match.explanation


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "L'industrie veut que Bruxelles modifie le Fund X"),
        ("it", "L'industria vuole che Bruxelles modifichi il Fund X"),
        ("es", "La industria quiere que Bruselas modifique el Fund X"),
        ("nl", "Autosector wil dat Brussel het Fund X wijzigt"),
    ],
)
def test_a_wish_for_what_brussels_should_do_is_a_call(language: str, title: str) -> None:
    assert one(language, title).kind is M


def test_the_final_green_light_of_the_council_is_the_final_adoption_in_spanish() -> None:
    match = one("es", "Luz verde definitiva del Consejo al Regulation W")
    assert (match.kind, match.confidence >= AUTO) == (D, True), match.explanation


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Trilogue on Regulation W ends without a deal"),
        ("fr", "Regulation W : le trilogue s'achève sans accord"),
        ("de", "Trilog zu Regulation W ohne Einigung vertagt"),
        ("it", "Regulation W, nuovo trilogo senza intesa"),
        ("es", "Nuevo trílogo sin acuerdo sobre el Regulation W"),
        ("nl", "Triloog over Regulation W eindigt zonder akkoord"),
        ("pl", "Trilog w sprawie Regulation W bez porozumienia"),
    ],
)
def test_a_trilogue_without_a_deal_is_a_step_and_no_delivery(language: str, title: str) -> None:
    assert one(language, title).kind is P


def test_a_deed_delayed_while_talks_go_on_stays_a_mention() -> None:
    assert one("en", "EU delays Fund X as budget talks drag on").kind is M


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Advice Z published"),
        ("de", "Advice Z veröffentlicht"),
        ("it", "È stata pubblicata la Advice Z"),
        ("fr", "Advice Z : la recommandation est publiée"),
    ],
)
def test_a_commission_act_published_with_no_actor_named_is_its_delivery(
    language: str, title: str
) -> None:
    match = one(language, title)
    assert (match.kind, match.confidence >= AUTO) == (D, True), match.explanation


def test_an_act_adopted_with_no_actor_named_still_waits_for_a_person() -> None:
    match = one("en", "Advice Z adopted")
    assert (match.kind, match.confidence >= AUTO) == (D, False), match.explanation


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("de", "Kommission eröffnet Untersuchung zu Advice Z"),
        ("de", "Die Kommission leitete am Montag die Advice Z ein"),
        ("pl", "Komisja Europejska wszczęła Advice Z"),
    ],
)
def test_opening_an_inquiry_or_proceedings_is_a_deed(language: str, title: str) -> None:
    match = one(language, title)
    assert (match.kind, match.confidence >= AUTO) == (D, True), match.explanation


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Commission gives green light to Fund X amendment"),
        ("fr", "Feu vert de la Commission à la révision du Fund X"),
        ("de", "Grünes Licht der Kommission für Änderung von Fund X"),
        ("it", "Via libera della Commissione alla modifica del Fund X"),
        ("es", "Luz verde de la Comisión a la reforma del Fund X"),
        ("nl", "Groen licht van de Commissie voor herziening van Fund X"),
        ("pl", "Zielone światło Komisji dla zmiany Fund X"),
    ],
)
def test_the_commissions_green_light_to_its_proposal_delivers_it(language: str, title: str) -> None:
    match = one(language, title)
    assert (match.kind, match.confidence >= AUTO) == (D, True), match.explanation


def test_parliaments_green_light_to_the_proposal_is_still_a_step() -> None:
    assert one("en", "Parliament gives green light to Fund X amendment").kind is P


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Deal reached on Regulation W"),
        ("fr", "Regulation W : accord trouvé entre eurodéputés et États membres"),
        ("de", "Durchbruch bei Regulation W"),
        ("es", "Regulation W: acuerdo alcanzado en Bruselas"),
        ("nl", "Doorbraak over Regulation W"),
        ("pl", "Przełom w sprawie Regulation W"),
    ],
)
def test_a_deal_reached_on_the_co_legislators_file_delivers_it(language: str, title: str) -> None:
    match = one(language, title)
    assert match.kind is D, match.explanation


@pytest.mark.parametrize(
    ("language", "title", "kind"),
    [
        ("fr", "La proposition de la Commission, dévoilée mardi, modifie le Fund X", D),
        ("pl", "Komisja Europejska, jak zapowiadała, zmieniła Fund X", D),
        ("en", "The Commission, after months of talks, amends Fund X", D),
        ("en", "Parliament, in a vote on Tuesday, amends Fund X", P),
    ],
)
def test_the_actor_before_an_aside_between_commas_is_the_subject(
    language: str, title: str, kind: EvidenceKind
) -> None:
    match = one(language, title)
    assert match.kind is kind, match.explanation
    assert match.confidence >= AUTO, match.explanation


def test_a_clause_with_its_own_verb_lends_no_subject() -> None:
    # the first clause's verb is the Parliament's; "amends" in the second names no actor
    match = one("en", "Parliament votes, amends Fund X")
    assert match.confidence < AUTO or match.kind is not D, match.explanation


def test_the_leads_back_reference_to_the_authority_is_the_commission_in_german() -> None:
    # the headline only says what the Commission wants; the lead says its authority did it
    match = one(
        "de",
        "EU-Kommission will Fund X ändern",
        "Die Behörde hat am Mittwoch einen entsprechenden Gesetzesvorschlag vorgelegt.",
    )
    assert (match.kind, match.confidence >= AUTO) == (D, True), match.explanation


def test_funding_is_a_deed_in_german() -> None:
    match = one("de", "Kommission fördert Advice Z mit 570 Millionen Euro")
    assert (match.kind, match.confidence >= AUTO) == (D, True), match.explanation


@pytest.mark.parametrize(
    ("language", "title", "summary", "kind"),
    [
        # the headline's actor is the Commission: the lead's deed with no actor is its deed
        (
            "de",
            "EU-Kommission will Fund X ausweiten",
            "Der am Dienstag vorgelegte Vorschlag sieht Hilfe vor Entlassungen vor.",
            D,
        ),
        # ... unless the lead says the deed is still to come
        (
            "de",
            "EU-Kommission will Fund X ausweiten",
            "Ein Vorschlag soll in der kommenden Woche vorgelegt werden.",
            M,
        ),
        # ... or the headline's actor is someone else
        (
            "de",
            "Gewerkschaften wollen Fund X ausweiten",
            "Der am Dienstag vorgelegte Vorschlag sieht Hilfe vor Entlassungen vor.",
            M,
        ),
    ],
)
def test_a_wish_of_the_commission_gives_way_to_the_leads_deed_with_no_actor(
    language: str, title: str, summary: str, kind: EvidenceKind
) -> None:
    match = one(language, title, summary)
    assert match.kind is kind, match.explanation
    if kind is D:
        assert match.confidence >= AUTO, match.explanation


@pytest.mark.parametrize(
    ("summary", "kind"),
    [
        ("La proposition de la Commission, présentée mardi, modifie le règlement du fonds.", D),
        ("Les syndicats réclament une décision rapide.", M),
    ],
)
def test_the_commissions_own_wish_gives_way_to_the_leads_deed(
    summary: str, kind: EvidenceKind
) -> None:
    match = one("fr", "Bruxelles veut que le Fund X aide les salariés plus tôt", summary)
    assert match.kind is kind, match.explanation


def test_the_commission_backing_parliaments_call_is_no_proposal() -> None:
    match = one("en", "Commission backs Parliament call to amend Fund X")
    assert match.kind is not D or match.confidence < AUTO, match.explanation


@pytest.mark.parametrize(
    ("language", "summary"),
    [
        # a timestamp, not a deed
        ("de", "Veröffentlicht am Mittwoch um 10 Uhr."),
        ("en", "Published on Wednesday, the survey shows workers back the move."),
        # a leak: the lead says the deed is still to come, in another clause
        ("fr", "Le projet, dévoilé par Les Echos, doit être présenté en juin."),
    ],
)
def test_a_leads_deed_with_no_actor_that_may_be_someone_elses_leaves_the_wish_a_mention(
    language: str, summary: str
) -> None:
    titles = {
        "de": "Kommission will Fund X ändern",
        "en": "Commission wants to amend Fund X",
        "fr": "Bruxelles veut modifier le Fund X",
    }
    assert one(language, titles[language], summary).kind is M


def test_a_dateline_lends_no_subject_to_the_lead() -> None:
    match = one("en", "Fund X", "BRUSSELS, June 4 - Fund X is amended until 2031.")
    assert match.confidence < AUTO, match.explanation


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Commission announces it will propose changes to Fund X"),
        ("fr", "La Commission annonce qu'elle proposera de modifier le Fund X"),
        ("it", "La Commissione annuncia che proporrà di modificare il Fund X"),
        ("es", "La Comisión anuncia que propondrá modificar el Fund X"),
        ("nl", "Commissie kondigt aan dat ze het Fund X zal wijzigen"),
    ],
)
def test_announcing_that_it_will_be_done_is_a_plan(language: str, title: str) -> None:
    assert one(language, title).kind is M


def test_announcing_the_act_itself_still_delivers() -> None:
    match = one("en", "Commission announces changes to Fund X")
    assert (match.kind, match.confidence >= AUTO) == (D, True), match.explanation


@pytest.mark.parametrize(
    ("summary", "kind"),
    [
        ("", M),  # announcing an intention is no deed
        ("Die Behörde legte am Mittwoch einen Gesetzesvorschlag vor.", D),  # the lead's deed is
    ],
)
def test_a_german_zu_infinitive_wish_is_governed_by_the_clause_before_it(
    summary: str, kind: EvidenceKind
) -> None:
    match = one("de", "Kommission kündigt an, den Fund X ändern zu wollen", summary)
    assert match.kind is kind, match.explanation


def test_a_german_proposal_before_a_colon_still_delivers_what_follows() -> None:
    match = one("de", "Kommission legt Vorschlag vor: Fund X soll geändert werden")
    assert (match.kind, match.confidence >= AUTO) == (D, True), match.explanation


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Negotiators close in on deal on Regulation W"),
        ("en", "Deal on Regulation W within reach"),
        ("en", "No breakthrough on Regulation W"),
        ("fr", "Regulation W : un accord à portée de main"),
        ("de", "Regulation W: Einigung in Reichweite"),
        ("de", "Regulation W: Unterhändler ringen um Einigung"),
        ("it", "Regulation W, l'accordo è vicino"),
        ("es", "Regulation W: el acuerdo, más cerca"),
        ("nl", "Akkoord over Regulation W binnen handbereik"),
        ("pl", "Porozumienie w sprawie Regulation W coraz bliżej"),
    ],
)
def test_a_deal_still_ahead_is_no_delivery(language: str, title: str) -> None:
    assert one(language, title).kind is M


def test_a_deal_with_a_purpose_clause_is_still_the_deal() -> None:
    match = one("fr", "Regulation W : accord provisoire en vue de réduire les déchets")
    assert match.kind is D, match.explanation


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Commission opens call for proposals under Facility Y"),
        ("fr", "Facility Y : la Commission ouvre un appel à propositions"),
        ("de", "Kommission startet Ausschreibung für Facility Y"),
        ("it", "Facility Y, aperto il bando"),
        ("es", "Bruselas abre una convocatoria de la Facility Y"),
        ("nl", "Commissie opent oproep voor Facility Y"),
        ("pl", "Komisja ogłasza nabór wniosków w ramach Facility Y"),
    ],
)
def test_a_call_for_proposals_opening_is_a_step_before_funding(language: str, title: str) -> None:
    assert one(language, title).kind is P


def test_money_awarded_after_a_call_is_the_funding() -> None:
    match = one("en", "Commission awards €570 million under Facility Y after call for proposals")
    assert (match.kind, match.confidence >= AUTO) == (D, True), match.explanation


def test_a_draft_published_for_feedback_is_a_step_before_adoption() -> None:
    assert one("en", "Commission publishes draft Advice Z for feedback").kind is P


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("de", "Kommission legt Entwurf zur Änderung von Fund X vor"),
        ("en", "Commission presents draft amendment of Fund X"),
    ],
)
def test_the_draft_law_the_commission_tables_is_its_proposal(language: str, title: str) -> None:
    assert one(language, title).kind is D


def test_a_draft_of_a_law_put_out_for_consultation_is_no_proposal_yet() -> None:
    assert (
        one("en", "Commission publishes draft Fund X amendment for public consultation").kind
        is not D
    )


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("nl", "Advice Z moet prijzen tonen, besluit Commissie"),
        ("fr", "Advice Z doit afficher les prix, décide la Commission"),
        ("de", "Advice Z soll Preise zeigen, entscheidet die Kommission"),
    ],
)
def test_a_rule_stated_then_decided_by_the_commission_is_its_act(language: str, title: str) -> None:
    assert one(language, title).kind is D


def test_a_rule_stated_then_asked_for_by_others_is_no_act() -> None:
    assert one("nl", "Advice Z moet prijzen tonen, eist consumentenbond").kind is not D
