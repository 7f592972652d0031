"""Milestones found by their vocabulary: names, concept groups, compounds, in any language."""

from __future__ import annotations

from monitor.judgement.legal import citations_in
from monitor.judgement.matching.fold import Folded, fold_text
from monitor.judgement.matching.themes import ThemeIndex, ThemeKind
from monitor.judgement.stems import stem_words
from timeline.model import Concept, DeliverableKind, Legal, Milestone, Vocabulary

TOLL = Concept(
    "toll", {"en": ("toll", "road charge"), "de": ("Maut",), "es": ("peaje",), "nl": ("tol",)}
)
CLEAN = Concept(
    "zero-emission",
    {
        "en": ("zero-emission",),
        "de": ("emissionsfrei",),
        "es": ("cero emisiones",),
        "nl": ("emissievrij", "emissievrije"),
    },
)
TRUCK = Concept(
    "truck", {"en": ("truck", "lorry"), "de": ("Lkw",), "es": ("camión",), "nl": ("vrachtwagen",)}
)
CAR = Concept("car", {"en": ("car",)})


def milestone(id_: str, vocabulary: Vocabulary) -> Milestone:
    return Milestone(
        id=id_, plan="p", pillar="x", title=id_, title_fr="", period_text="", period=None,
        kind=DeliverableKind.LEGISLATIVE_PROPOSAL, actor="European Commission", source="",
        vocabulary=vocabulary,
    )  # fmt: skip


INDEX = ThemeIndex(
    [
        milestone(
            "tolls",
            Vocabulary({"all": ("Eurovignette",)}, ((TOLL, CLEAN, TRUCK),)),
        ),
        milestone("cars", Vocabulary({}, ((TOLL, CAR),))),
    ]
)


def themes(title: str, summary: str = "", language: str = "en") -> dict[str, tuple[str, float]]:
    words = fold_text(title, summary)
    stems = Folded(" ".join(stem_words(words.words, language)), words.parts)
    return {t.milestone_id: (t.kind.value, t.strength) for t in INDEX.find(words, stems, language)}


def test_all_concepts_of_a_group_in_one_part_name_the_milestone() -> None:
    assert themes("Commission proposes to exempt zero-emission trucks from road tolls") == {
        "tolls": (ThemeKind.ABOUT.value, 0.9)
    }


def test_inflected_forms_match_in_the_text_language() -> None:
    assert "tolls" in themes(
        "Bruselas elimina los peajes para camiones de cero emisiones", language="es"
    )


def test_german_compounds_match_by_their_parts() -> None:
    found = themes("EU verlängert Mautbefreiung für emissionsfreie Lkw", language="de")
    assert found == {"tolls": (ThemeKind.ABOUT.value, 0.9)}


def test_a_base_form_matches_singular_and_plural_where_the_stemmer_splits_them() -> None:
    for text in (
        "Geen tol voor emissievrije vrachtwagen",
        "Geen tol voor emissievrije vrachtwagens",
    ):
        assert "tolls" in themes(text, language="nl")


def test_a_group_with_a_missing_concept_names_nothing() -> None:
    assert themes("Road tolls for trucks go up") == {}


def test_concepts_far_apart_in_one_part_do_not_count() -> None:
    far = "zero-emission " + "word " * 30 + "trucks pay tolls"
    assert themes(far) == {}


def test_concepts_spread_over_title_and_summary_count_less() -> None:
    assert themes("Trucks to pay no tolls", "The exemption covers zero-emission models.") == {
        "tolls": (ThemeKind.ABOUT.value, 0.6)
    }


def test_a_name_spelt_alike_everywhere_matches_any_language() -> None:
    assert themes("Nuova direttiva Eurovignette", language="it") == {
        "tolls": (ThemeKind.NAME.value, 0.95)
    }


def test_phrases_of_another_language_do_not_match() -> None:
    assert themes("Maut für emissionsfrei Lkw", language="en") == {}


EASE = Concept("flexibility", {"en": ("ease", "soften")})
CO2 = Concept("co2", {"all": ("CO2",)})
YEAR = Concept("year-2035", {"all": ("2035",)})
LATER = Concept("review", {"en": ("review",)})


def regulation_milestone(id_: str, vocabulary: Vocabulary) -> Milestone:
    return Milestone(
        id=id_, plan="p", pillar="x", title=id_, title_fr="", period_text="", period=None,
        kind=DeliverableKind.OTHER, actor="European Commission", source="",
        vocabulary=vocabulary, legal=Legal(amends=("act:2019/631",)),
    )  # fmt: skip


# Two milestones on one regulation, told apart by what a text says of it.
ONE_ACT = ThemeIndex(
    [
        regulation_milestone("flexibility", Vocabulary({}, ((CO2, EASE, CAR),), ((YEAR,),))),
        regulation_milestone("review", Vocabulary({}, ((CO2, YEAR, LATER),))),
    ]
)


def one_act(title: str, summary: str = "") -> set[str]:
    words = fold_text(title, summary)
    stems = Folded(" ".join(stem_words(words.words, "en")), words.parts)
    cited = citations_in(title, summary, None, words)
    return {t.milestone_id for t in ONE_ACT.find(words, stems, "en", cited)}


def test_a_description_does_not_count_when_the_text_holds_a_concept_it_excludes() -> None:
    assert one_act("Brussels eases CO2 rules for car makers") == {"flexibility"}
    assert one_act("Brussels eases CO2 rules for car makers", "The 2035 date stays.") == set()


def test_a_shared_act_goes_to_the_milestone_the_text_describes() -> None:
    summary = "It amends Regulation (EU) 2019/631."
    assert one_act("Brussels eases CO2 rules for car makers", summary) == {"flexibility"}
    assert one_act("CO2 review for 2035 brought forward", summary) == {"review"}
    # described as neither: the citation stands for both
    assert one_act("Commission proposal", summary) == {"flexibility", "review"}


def test_a_phrase_written_with_equals_matches_as_written_not_by_its_stem() -> None:
    # German "schwerere" (heavier) and "schwere" (heavy) share the stem "schwer": the
    # comparative is what the weights revision is about, the positive is any heavy lorry.
    heavier = Concept("heavier", {"de": ("=schwerere",)})
    index = ThemeIndex([milestone("weights", Vocabulary({}, ((heavier, TRUCK),)))])

    def found(title: str) -> set[str]:
        words = fold_text(title, "")
        stems = Folded(" ".join(stem_words(words.words, "de")), words.parts)
        return {t.milestone_id for t in index.find(words, stems, "de")}

    assert found("EU erlaubt schwerere Lkw auf Autobahnen") == {"weights"}
    assert found("Ladepunkte für schwere Lkw an Autobahnen") == set()
    words = fold_text("EU erlaubt schwerere Lkw", "")
    stems = Folded(" ".join(stem_words(words.words, "de")), words.parts)
    found_keys = {o.value for o in index._occurrences(words, stems, "de")}
    assert found_keys <= set(
        index._key_index_for("de").keys(words, stems)
    )  # the gate sees the exact form


def test_a_shared_act_goes_to_the_milestone_its_own_act_names() -> None:
    flexibility = Milestone(
        id="flexibility", plan="p", pillar="x", title="f", title_fr="", period_text="",
        period=None, kind=DeliverableKind.OTHER, actor="European Commission", source="",
        vocabulary=Vocabulary({}, ()),
        legal=Legal(amends=("act:2019/631",), creates=("act:2025/1214",)),
    )  # fmt: skip
    index = ThemeIndex(
        [flexibility, regulation_milestone("review", Vocabulary({}, ((CO2, YEAR, LATER),)))]
    )
    title = "Regulation (EU) 2025/1214 published in the Official Journal"
    summary = "It amends Regulation (EU) 2019/631."
    words = fold_text(title, summary)
    stems = Folded(" ".join(stem_words(words.words, "en")), words.parts)
    cited = citations_in(title, summary, None, words)
    assert {t.milestone_id for t in index.find(words, stems, "en", cited)} == {"flexibility"}


def test_the_keys_the_gate_is_asked_first_hold_every_key_found() -> None:
    """`find` asks the description gate about cheap keys before it places anything: they must
    include every key the phrase and compound scans find, or a text could be turned away."""
    for title, language in (
        ("EU verlängert Mautbefreiung für emissionsfreie Lkw", "de"),
        ("Geen tol voor emissievrije vrachtwagens", "nl"),
        ("Commission proposes to exempt zero-emission trucks from road tolls", "en"),
        ("Eurovignette: Bruselas elimina los peajes para camiones", "es"),
    ):
        words = fold_text(title, "")
        stems = Folded(" ".join(stem_words(words.words, language)), words.parts)
        found = {o.value for o in INDEX._occurrences(words, stems, language)}
        assert found
        assert found <= set(INDEX._key_index_for(language).keys(words, stems))
