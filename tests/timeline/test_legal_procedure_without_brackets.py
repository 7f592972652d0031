"""A procedure number reads as one with its type after a slash or a space ("2025/0070/COD",
"2025/0070 COD", as OEIL and registers write it), not as an act numbered 70 of 2025."""

from __future__ import annotations

import pytest

from timeline.legal import find_citations, parse_citation


@pytest.mark.parametrize("text", ["2025/0070/COD", "2025/0070 COD", "procedure 2025/0070 / COD"])
def test_a_procedure_without_brackets_is_a_procedure(text: str) -> None:
    assert [r.key for r in find_citations(text)] == ["proc:2025/0070"]


def test_a_procedure_without_brackets_parses_in_a_plan() -> None:
    assert parse_citation("2023/0284/COD").key == "proc:2023/0284"


def test_a_lower_case_word_after_the_number_is_no_procedure_type() -> None:
    assert "proc:2025/0070" not in {r.key for r in find_citations("2025/0070 cod liver oil")}


def test_the_act_beside_a_bare_procedure_is_still_read() -> None:
    keys = [r.key for r in find_citations("Regulation (EU) 2019/631, procedure 2025/0070 COD")]
    assert keys == ["act:2019/631", "proc:2025/0070"]
