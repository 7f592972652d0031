"""Dutch and Polish cue words: who did what, read in the forms the press of each language uses.

The sentences are the project's own, written in the styles of wire copy ("BRUSSEL (ANP) - ...",
"Komisja Europejska przedstawiła ...") and of the trade press ("Brussel trekt tolvrijstelling
door", "KE proponuje ..."). The milestones are a tiny plan of this file with a vocabulary of its
own, so that the test reads the cue words and not the bundled plan's vocabulary.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Match, Matcher
from monitor.judgement.matching.cues import CueKind, lexicons
from monitor.judgement.matching.fold import fold
from timeline.model import Concept, DeliverableKind, EvidenceKind, Milestone, Vocabulary

D, P, M = EvidenceKind.DELIVERED, EvidenceKind.PROGRESS, EvidenceKind.MENTION
AUTO = 0.8  # the confidence above which a match is accepted without a person

TOLL = Concept(
    "toll", {"nl": ("tol", "tolheffing", "tolvrijstelling"), "pl": ("myto", "opłata drogowa")}
)
CLEAN = Concept(
    "clean", {"nl": ("emissievrij", "elektrisch"), "pl": ("bezemisyjny", "elektryczny")}
)
TRUCK = Concept(
    "truck",
    {"nl": ("vrachtwagen", "truck"), "pl": ("ciężarówka", "ciężarówek", "samochód ciężarowy")},
)


def milestone(id: str, vocabulary: Vocabulary, kind: DeliverableKind, actor: str) -> Milestone:
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
        vocabulary=vocabulary,
    )


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(
        [
            milestone(
                "toll",
                Vocabulary(about=((TOLL, CLEAN, TRUCK),)),
                DeliverableKind.LEGISLATIVE_PROPOSAL,
                "European Commission",
            ),
            milestone(
                "wrecks",
                Vocabulary(names={"nl": ("autowrakkenverordening",), "pl": ("wraki samochodowe",)}),
                DeliverableKind.OTHER,
                "European Parliament and Council of the EU",
            ),
        ]
    )


def one(matcher: Matcher, language: str, title: str, summary: str = "") -> Match:
    matches = matcher.match(title, summary, language=language)
    assert len(matches) == 1, matches
    return matches[0]


# The Commission's proposal on road tolls for clean trucks, as each press writes about it.
DELIVERED = {
    "nl": [
        "Europese Commissie stelt langere tolvrijstelling voor elektrische vrachtwagens voor",
        "Brussel stelt voor: elektrische vrachtwagens langer vrij van tol",
        "Commissie presenteert plan om elektrische vrachtwagens langer vrij te stellen van tol",
        "Eurocommissaris legt voorstel voor over tol voor elektrische vrachtwagens",
        "Brussel trekt vrijstelling van tol voor elektrische vrachtwagens door tot 2031",
        "De Commissie heeft de vrijstelling van tol voor elektrische vrachtwagens verlengd",
        "Vrijstelling van tol voor elektrische vrachtwagens voorgesteld door de Commissie",
        "Elektrische vrachtwagens blijven langer vrij van tol, stelt de Commissie voor",
        "De Commissie heeft woensdag een voorstel gepresenteerd over tol voor elektrische trucks",
    ],
    "pl": [
        "Komisja Europejska zaproponowała zwolnienie elektrycznych ciężarówek z myta",
        "KE proponuje przedłużenie zwolnienia z myta dla elektrycznych ciężarówek",
        "Bruksela przedstawiła propozycję: elektryczne ciężarówki dłużej bez myta",
        "Unijna komisja przedstawia nowe zasady myta dla bezemisyjnych ciężarówek",
        "Komisja przyjęła wniosek w sprawie myta dla elektrycznych ciężarówek",
        "Komisja Europejska opublikowała wniosek w sprawie myta dla elektrycznych ciężarówek",
        "Zwolnienie elektrycznych ciężarówek z myta zaproponowane przez Komisję Europejską",
        "Elektryczne ciężarówki dłużej bez myta. Komisja Europejska przedstawiła wniosek",
    ],
}
TITLED = {
    "nl": [
        "Voorstel voor een richtlijn over tol voor elektrische vrachtwagens",
        "Voorstel van de Commissie: tol voor elektrische vrachtwagens",
    ],
    "pl": [
        "Wniosek dotyczący dyrektywy w sprawie myta dla elektrycznych ciężarówek",
        "Wniosek ROZPORZĄDZENIE w sprawie opłat drogowych dla bezemisyjnych ciężarówek",
        "Propozycja KE: elektryczne ciężarówki dłużej bez myta",
    ],
}
MENTIONED = {
    "nl": [
        "Europese Commissie wil elektrische vrachtwagens langer vrijstellen van tol",
        "Brussel gaat vrijstelling van tol voor elektrische vrachtwagens verlengen",
        "Commissie zal volgende week voorstel over tol voor elektrische vrachtwagens presenteren",
        "Commissie overweegt verlenging van tolvrijstelling voor elektrische vrachtwagens",
        "Brussel is van plan de tol voor elektrische vrachtwagens op nul te houden",
        "De Commissie zou de tol voor elektrische vrachtwagens willen schrappen",
        "Volgens uitgelekte tekst wil Brussel tol voor elektrische vrachtwagens schrappen",
        "Commissie heeft voorstel over tol voor elektrische vrachtwagens nog niet gepresenteerd",
        "Vervoerders roepen Commissie op elektrische vrachtwagens vrij te stellen van tol",
        "Vervoerders pleiten voor langere vrijstelling van tol voor elektrische vrachtwagens",
        "Milieuorganisaties hekelen vrijstelling van tol voor elektrische vrachtwagens",
        "Analyse: wat betekent de vrijstelling van tol voor elektrische vrachtwagens",
        "Commissie stelt vragen over vrijstelling van tol voor elektrische vrachtwagens",
        "Duitsland verlengt vrijstelling van tol voor elektrische vrachtwagens",
    ],
    "pl": [
        "Komisja Europejska zaproponuje zwolnienie z myta dla elektrycznych ciężarówek",
        "Komisja przedstawi w przyszłym tygodniu wniosek ws. myta elektrycznych ciężarówek",
        "KE chce przedłużyć zwolnienie z myta dla elektrycznych ciężarówek",
        "Bruksela planuje zwolnić elektryczne ciężarówki z opłat drogowych",
        "Komisja ma przedstawić wniosek w sprawie myta dla elektrycznych ciężarówek",
        "Komisja zamierza przedłużyć zwolnienie z myta dla elektrycznych ciężarówek",
        "Komisja powinna przedłużyć zwolnienie z myta dla elektrycznych ciężarówek",
        "Bruksela zapowiada przedłużenie zwolnienia z myta dla elektrycznych ciężarówek",
        "Zwolnienie z myta dla elektrycznych ciężarówek zostanie przedłużone",
        "Według projektu dokumentu KE chce zwolnić elektryczne ciężarówki z myta",
        "Komisja wciąż nie przedstawiła wniosku w sprawie myta dla elektrycznych ciężarówek",
        "Przewoźnicy apelują o przedłużenie zwolnienia z myta dla elektrycznych ciężarówek",
        "Producenci domagają się zwolnienia elektrycznych ciężarówek z opłat drogowych",
        "Przewoźnicy z zadowoleniem przyjmują zwolnienie z myta dla elektrycznych ciężarówek",
        "Ekolodzy krytykują zwolnienie z myta dla elektrycznych ciężarówek",
        "Co oznacza zwolnienie z myta dla elektrycznych ciężarówek",
        "Polska przedłuża zwolnienie z myta dla elektrycznych ciężarówek",
    ],
}
STEPPED = {
    "nl": [
        "Europarlementariërs stemmen in met tolvrijstelling voor elektrische vrachtwagens",
        "Europees Parlement steunt langere vrijstelling van tol voor elektrische vrachtwagens",
        "Lidstaten keuren vrijstelling van tol voor elektrische vrachtwagens goed",
        "De Raad heeft zijn standpunt over tol voor elektrische vrachtwagens vastgesteld",
        "Plenaire stemming over tol voor elektrische vrachtwagens",
        "Commissie opent raadpleging over tol voor elektrische vrachtwagens",
        "Vrijstelling van tol voor elektrische vrachtwagens treedt in werking",
        "Onderhandelaars bereiken akkoord over tol voor elektrische vrachtwagens",
    ],
    "pl": [
        "Europosłowie poparli przedłużenie zwolnienia z myta dla elektrycznych ciężarówek",
        "Parlament Europejski przegłosował zwolnienie elektrycznych ciężarówek z myta",
        "Rada UE przyjęła stanowisko w sprawie myta dla elektrycznych ciężarówek",
        "Państwa członkowskie zatwierdziły zwolnienie z myta dla elektrycznych ciężarówek",
        "Ministrowie UE przyjęli podejście ogólne w sprawie myta dla elektrycznych ciężarówek",
        "Komisja TRAN poparła zwolnienie z myta dla elektrycznych ciężarówek",
        "Konsultacje publiczne w sprawie myta dla bezemisyjnych ciężarówek",
        "Zwolnienie z myta dla elektrycznych ciężarówek wchodzi w życie",
    ],
}


def cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(language, title) for language, titles in table.items() for title in titles]


@pytest.mark.parametrize(("language", "title"), cases(DELIVERED))
def test_the_commission_doing_it_is_a_confident_delivery(
    matcher: Matcher, language: str, title: str
) -> None:
    match = one(matcher, language, title)
    assert match.kind is D, match.explanation
    assert match.confidence >= AUTO, match.explanation


@pytest.mark.parametrize(("language", "title"), cases(TITLED))
def test_a_document_title_names_the_commission_s_act(
    matcher: Matcher, language: str, title: str
) -> None:
    match = one(matcher, language, title)
    assert match.kind is D, match.explanation
    assert "names the Commission's act" in match.explanation


@pytest.mark.parametrize(("language", "title"), cases(MENTIONED))
def test_plans_futures_calls_opinions_and_others_acts_are_mentions(
    matcher: Matcher, language: str, title: str
) -> None:
    match = one(matcher, language, title)
    assert match.kind is M, match.explanation
    assert match.cues, match.explanation


@pytest.mark.parametrize(("language", "title"), cases(STEPPED))
def test_steps_of_the_procedure_are_progress(matcher: Matcher, language: str, title: str) -> None:
    match = one(matcher, language, title)
    assert match.kind is P, match.explanation


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "nl",
            "Tol voor emissievrije vrachtwagens: Brussel legt voorstel op tafel",
            "BRUSSEL (ANP) - Elektrische vrachtwagens betalen tot 2031 geen tol.",
        ),
        (
            "pl",
            "Myto dla elektrycznych ciężarówek: Komisja Europejska przedstawiła wniosek",
            "Zwolnienie obowiązuje do 2031 roku.",
        ),
    ],
)
def test_wire_copy_with_a_topic_label_and_a_deed_after_it(
    matcher: Matcher, language: str, title: str, summary: str
) -> None:
    match = one(matcher, language, title, summary)
    assert (match.kind, match.confidence >= AUTO) == (D, True), match.explanation


@pytest.mark.parametrize(
    ("language", "title", "kind"),
    [
        ("nl", "Parlement en Raad bereiken voorlopig akkoord over autowrakkenverordening", D),
        ("nl", "Europarlement en lidstaten zijn het eens geworden over autowrakkenverordening", D),
        ("nl", "Raad stelt onderhandelingspositie over autowrakkenverordening vast", P),
        ("nl", "Europarlementariërs stemmen over autowrakkenverordening", P),
        ("nl", "Commissie presenteert autowrakkenverordening", P),
        ("nl", "Autowrakkenverordening: Raad en Parlement willen akkoord voor de zomer", M),
        ("pl", "Wstępne porozumienie w sprawie przepisów o wrakach samochodowych", D),
        ("pl", "Negocjatorzy PE i Rady osiągnęli porozumienie ws. wraków samochodowych", D),
        ("pl", "Rada UE przyjęła stanowisko negocjacyjne w sprawie wraków samochodowych", P),
        ("pl", "Europosłowie głosowali nad przepisami o wrakach samochodowych", P),
        ("pl", "Komisja Europejska zaproponowała przepisy o wrakach samochodowych", P),
        ("pl", "Porozumienie w sprawie wraków samochodowych może zostać zawarte jesienią", M),
    ],
)
def test_for_co_legislators_the_deal_delivers_and_a_position_is_a_step(
    matcher: Matcher, language: str, title: str, kind: EvidenceKind
) -> None:
    assert one(matcher, language, title).kind is kind


def test_the_language_is_guessed_from_dutch_and_polish_function_words(matcher: Matcher) -> None:
    dutch = matcher.match(
        "Brussel wil vrijstelling van tol voor elektrische vrachtwagens verlengen"
    )
    polish = matcher.match("KE chce przedłużyć zwolnienie z myta dla elektrycznych ciężarówek")
    assert [m.kind for m in dutch] == [M]
    assert [m.kind for m in polish] == [M]


def _lexicon(language: str) -> dict[CueKind, set[str]]:
    found: dict[CueKind, set[str]] = {}
    for lexicon in lexicons():
        if lexicon.language == language:
            for kind, phrases in lexicon.cues.items():
                found.setdefault(kind, set()).update(fold(p) for p in phrases)
            for kind, pairs in lexicon.separable.items():
                found.setdefault(kind, set()).update(fold(p) for p in pairs)
    return found


@pytest.mark.parametrize("language", ["nl", "pl"])
def test_every_cue_kind_of_the_model_lexicons_is_written(language: str) -> None:
    model = {kind for kind in _lexicon("en") if kind is not CueKind.TO}
    assert model <= set(_lexicon(language))
    words = next(lex.function_words for lex in lexicons() if lex.language == language)
    assert 20 <= len(words) <= 40


@pytest.mark.parametrize("language", ["nl", "pl"])
def test_no_future_form_is_also_a_deed(language: str) -> None:
    """Folding drops accents: a future that folds like a deed ("wprowadzą", "wprowadza") would
    turn the deed into a plan, or the plan into a deed, depending on which the matcher meets."""
    cues = _lexicon(language)
    deeds = cues[CueKind.PROPOSE] | cues[CueKind.ADOPT] | cues[CueKind.ACT]
    assert not cues[CueKind.FUTURE] & deeds


def test_polish_aspect_past_and_present_are_deeds_the_perfective_future_is_not() -> None:
    cues = _lexicon("pl")
    deeds = cues[CueKind.PROPOSE] | cues[CueKind.ADOPT]
    for done in ("zaproponowala", "przedstawila", "przyjela", "zatwierdzila", "proponuje"):
        assert done in deeds
    for planned in ("zaproponuje", "przedstawi", "przyjmie", "chce", "ma przedstawic"):
        assert planned in cues[CueKind.FUTURE]


# Readings the cue words cannot fix: the words are found, the clause logic reads them wrong.
# Not strict: when the decision logic learns these, they pass and can become plain cases.
LOGIC = "needs the clause logic, not more cue words"


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "nl",
            "Langer geen tol voor elektrische vrachtwagens",
            "BRUSSEL (ANP) - De Europese Commissie heeft woensdag voorgesteld de vrijstelling van "
            "tol voor elektrische vrachtwagens te verlengen.",
        ),
        (
            "pl",
            "Myto dla elektrycznych ciężarówek",
            "Komisja Europejska przedstawiła w środę wniosek o przedłużenie zwolnienia z myta dla "
            "elektrycznych ciężarówek.",
        ),
    ],
)
def test_a_deed_told_only_in_the_lead_under_a_label_title(
    matcher: Matcher, language: str, title: str, summary: str
) -> None:
    assert one(matcher, language, title, summary).kind is D


def test_a_separable_negation_on_the_same_verb_as_a_deed(matcher: Matcher) -> None:
    match = one(
        matcher, "nl", "Commissie stelt voorstel over tol voor elektrische vrachtwagens uit"
    )
    assert match.kind is M


def test_an_abbreviations_full_stop_does_not_cut_the_subject_off(matcher: Matcher) -> None:
    title = (
        "Komisarz ds. transportu przedstawił wniosek w sprawie myta dla elektrycznych ciężarówek"
    )
    match = one(matcher, "pl", title)
    assert (match.kind, match.confidence >= AUTO) == (D, True)


# The subject stands apart from its verb: before an aside between commas it is still found
# (`lent_actors.apposed_actor`); further after the verb it is not, and the verb of the Commission's
# own acts ("przedstawiła") carries the delivery alone.
@pytest.mark.parametrize(
    "title",
    [
        # a parenthesis between commas cuts the subject off
        "Komisja Europejska, jak zapowiadała, przedstawiła wniosek w sprawie myta dla "
        "elektrycznych ciężarówek",
        # free word order: the subject after the verb, further than two words
        "Wniosek w sprawie myta dla elektrycznych ciężarówek przedstawiła w środę w Brukseli "
        "Komisja Europejska",
    ],
)
def test_polish_subjects_away_from_their_verb(matcher: Matcher, title: str) -> None:
    match = one(matcher, "pl", title)
    assert (match.kind, match.confidence >= AUTO) == (D, True)


def test_a_polish_plural_perfective_future_is_a_plan(matcher: Matcher) -> None:
    match = one(
        matcher, "pl", "Komisarze przedstawią wniosek w sprawie myta dla elektrycznych ciężarówek"
    )
    assert match.kind is M
