"""Folding: the same words match whatever the case, accents, typography and punctuation."""

from __future__ import annotations

import pytest

from monitor.judgement.matching.fold import BREAK, fold, fold_text


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Émissions CO₂", "emissions co2"),
        ("Straße", "strasse"),
        ("Œuvre, Æther", f"oeuvre {BREAK} aether"),
        ("Øresund Łódź", "oresund lodz"),
        ("Überprüfung der Förderung", "ueberpruefung der foerderung"),
        ("state-of-health", "state of health"),
        ("l’Union d'abord", "l union d abord"),
    ],
)
def test_fold_removes_case_accents_and_word_punctuation(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_fold_keeps_german_umlauts_apart_from_plain_vowels() -> None:
    assert fold("fördert") != fold("fordert")


def test_fold_reads_decomposed_accents_like_composed_ones() -> None:
    assert fold("Re\u0301vision") == fold("Révision") == "revision"


def test_clause_punctuation_becomes_a_break_but_decimals_do_not() -> None:
    assert fold("EU unveils €1.8bn plan; industry reacts") == (
        f"eu unveils eur 1 8bn plan {BREAK} industry reacts"
    )
    assert fold("1,8 Milliarden, sagt sie") == f"1 8 milliarden {BREAK} sagt sie"


def test_a_question_mark_stays_a_word() -> None:
    assert fold("Enough?").split() == ["enough", "?", BREAK]


def test_fold_text_joins_parts_with_a_break_and_remembers_where_each_starts() -> None:
    folded = fold_text("Commission adopts rules", "The rules apply")
    assert folded.words == ["commission", "adopts", "rules", BREAK, "the", "rules", "apply"]
    assert folded.parts == (0, 4)
    assert folded.part_of(2) == 0
    assert folded.part_of(5) == 1


def test_word_at_turns_a_character_offset_into_a_word_number() -> None:
    folded = fold_text("battery passport rules")
    assert folded.word_at(folded.text.index("passport")) == 1


def test_a_short_word_in_brackets_stays_in_its_clause() -> None:
    assert fold("RACCOMANDAZIONE (UE) 2025/1021 DELLA COMMISSIONE") == (
        "raccomandazione ue 2025 1021 della commissione"
    )
    assert fold("the plan (see the annex) says") == "the plan | see the annex | says"


def test_a_full_stop_before_a_lower_case_word_ends_no_clause() -> None:
    assert fold("Komisarz ds. transportu przedstawił") == "komisarz ds transportu przedstawil"
    assert fold("The plan. The Commission adopted it") == "the plan | the commission adopted it"
