"""Compiled plan queries: terms in any language, context near a term, excludes, prefixes."""

from __future__ import annotations

import pytest

from monitor.judgement.matching import RuleError, compile_rules
from monitor.judgement.matching.phrases import PhraseError, parse_phrase
from timeline.model import DeliverableKind, EvidenceQuery, Milestone


def milestone(
    id: str = "m",
    *,
    terms: dict[str, tuple[str, ...]] | None = None,
    context: dict[str, tuple[str, ...]] | None = None,
    exclude: dict[str, tuple[str, ...]] | None = None,
    near: int | None = None,
) -> Milestone:
    return Milestone(
        id=id,
        plan="p",
        pillar="x",
        title=id,
        title_fr=id,
        period_text="",
        period=None,
        kind=DeliverableKind.OTHER,
        actor="European Commission",
        source="test",
        query=EvidenceQuery(
            terms=terms or {}, context=context or {}, exclude=exclude or {}, near=near
        ),
    )


def found(rules_text: str, *milestones: Milestone) -> list[str]:
    return [hit.milestone_id for hit in compile_rules(milestones).find(rules_text)]


def test_a_term_matches_whole_words_only() -> None:
    m = milestone(terms={"en": ("toll",)})
    assert found("Toll exemption extended", m) == ["m"]
    assert found("The death toll rises", m) == ["m"]
    assert found("Tollbooths close", m) == []
    assert found("Atoll tourism", m) == []


def test_a_trailing_star_matches_word_forms_by_prefix() -> None:
    m = milestone(terms={"de": ("Flottengrenzwert*",)})
    assert found("Neue Flottengrenzwerte für Autobauer", m) == ["m"]
    assert found("Die Flottengrenzwert-Regel", m) == ["m"]
    assert found("Keine Grenzwerte", m) == []


def test_a_star_may_end_any_word_of_a_phrase() -> None:
    m = milestone(terms={"de": ("steuerliche* Anreiz*",)})
    assert found("Empfehlung zu steuerlichen Anreizen", m) == ["m"]
    assert found("steuerliche Regeln und Anreize", m) == []


def test_terms_of_any_language_match_text_in_any_language() -> None:
    m = milestone(terms={"fr": ("passeport batterie",), "en": ("battery passport",)})
    assert found("New battery passport rules", m) == ["m"]
    assert found("Le passeport batterie arrive", m) == ["m"]


def test_multiword_phrases_are_consecutive_words_and_hyphens_are_spaces() -> None:
    m = milestone(terms={"en": ("state of health",)})
    assert found("Battery state-of-health data", m) == ["m"]
    assert found("The state of the health service", m) == []


def test_context_must_be_within_near_words_of_a_term() -> None:
    m = milestone(terms={"en": ("battery passport",)}, context={"en": ("health",)}, near=3)
    assert found("Battery passport to show health data", m) == ["m"]
    assert found("Battery passport rules are out; the minister's health is better", m) == []


def test_context_may_be_anywhere_when_near_is_none() -> None:
    m = milestone(terms={"en": ("battery passport",)}, context={"en": ("health",)})
    assert found("Battery passport rules are out; much later: health", m) == ["m"]
    assert found("Battery passport rules are out", m) == []


def test_an_exclude_phrase_anywhere_rejects_the_text() -> None:
    m = milestone(terms={"en": ("toll*",)}, exclude={"en": ("death toll",)})
    assert found("Tolls for trucks", m) == ["m"]
    assert found("Tolls for trucks; death toll rises", m) == []


def test_hits_keep_plan_order_and_name_the_phrases_that_fired() -> None:
    first = milestone("first", terms={"en": ("corridor*",)})
    second = milestone("second", terms={"en": ("battery booster",)})
    hits = compile_rules([first, second]).find("Battery Booster and clean corridors")
    assert [h.milestone_id for h in hits] == ["first", "second"]
    assert hits[1].terms[0].phrase == "battery booster"
    assert (hits[1].terms[0].start, hits[1].terms[0].end) == (0, 2)


def test_phrases_never_match_across_a_clause_break() -> None:
    m = milestone(terms={"en": ("battery passport",)})
    assert found("Battery. Passport", m) == []


def test_longer_and_context_confirmed_terms_are_more_specific() -> None:
    one = milestone("one", terms={"en": ("booster",)})
    two = milestone("two", terms={"en": ("battery booster",)})
    rules = compile_rules([one, two])
    hits = {h.milestone_id: h for h in rules.find("Battery Booster")}
    assert hits["two"].specificity > hits["one"].specificity


@pytest.mark.parametrize("phrase", ["pro*osal", "*", "  ", "— ;"])
def test_bad_phrases_are_refused(phrase: str) -> None:
    with pytest.raises(PhraseError):
        parse_phrase(phrase)


def test_a_bad_phrase_names_its_milestone_and_group() -> None:
    m = milestone("eurovignette", context={"fr": ("pé*age",)}, terms={"en": ("toll",)})
    with pytest.raises(RuleError, match=r"'eurovignette', query\.context\.fr"):
        compile_rules([m])
