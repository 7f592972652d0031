"""Legal citations read into one normal form, whatever the language or the form."""

from __future__ import annotations

import pytest

from timeline.errors import CitationError
from timeline.legal import find_citations, parse_citation


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Directive 1999/62/EC", "act:1999/62"),
        ("Richtlijn 1999/62/EG", "act:1999/62"),
        ("direttiva 1999/62/CE", "act:1999/62"),
        ("dyrektywa 1999/62/WE", "act:1999/62"),
        ("Directive 96/53/EC", "act:1996/53"),
        ("Regulation (EU) 2019/631", "act:2019/631"),
        ("Verordnung (EU) 2019/631", "act:2019/631"),
        ("rozporządzenie (UE) 2021/691", "act:2021/691"),
        # the kind of act and its authors between the act word and the number
        ("Zalecenie Komisji (UE) 2025/1021", "act:2025/1021"),
        ("Rozporządzenie Parlamentu Europejskiego i Rady (UE) 2019/631", "act:2019/631"),
        ("Rozporządzenie wykonawcze Komisji (UE) 2024/2754", "act:2024/2754"),
        ("Dyrektywa Rady 96/53/WE", "act:1996/53"),
        ("Règlement d'exécution (UE) 2024/2754", "act:2024/2754"),
        ("Regolamento di esecuzione (UE) 2024/2754", "act:2024/2754"),
        ("Reglamento de Ejecución (UE) 2024/2754", "act:2024/2754"),
        ("(EU) 2023/1542", "act:2023/1542"),
        ("2023/1804", "act:2023/1804"),
        ("Regulation (EC) No 715/2007", "act:2007/715"),
        ("Verordnung (EG) Nr. 715/2007", "act:2007/715"),
        ("règlement (CE) n° 715/2007", "act:2007/715"),
        ("Regulation (EU) No 1230/2012", "act:2012/1230"),
        ("COM(2025) 348", "com:2025/348"),
        ("COM (2023) 451 final", "com:2023/451"),
        ("COM/2025/348", "com:2025/348"),
        ("C(2025) 3107", "c:2025/3107"),
        ("2023/0284(COD)", "proc:2023/0284"),
        ("2025/0180 (COD)", "proc:2025/0180"),
        ("32019R0631", "act:2019/631"),
        ("52025PC0348", "com:2025/348"),
        ("52025DC0096", "com:2025/96"),
    ],
)
def test_a_citation_reads_as_its_normal_form(text: str, key: str) -> None:
    assert parse_citation(text).key == key


@pytest.mark.parametrize(
    ("address", "key"),
    [
        ("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52025DC0096", "com:2025/96"),
        (
            "https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/?uri=CELEX%3A52025PC0348",
            "com:2025/348",
        ),
        (
            "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=COM%3A2025%3A348%3AFIN",
            "com:2025/348",
        ),
        (
            "https://eur-lex.europa.eu/legal-content/IT/TXT/HTML/?uri=OJ%3AL_202501021",
            "act:2025/1021",
        ),
        ("https://eur-lex.europa.eu/eli/reg/2019/631/oj", "act:2019/631"),
    ],
)
def test_eur_lex_addresses_cite_their_document(address: str, key: str) -> None:
    assert [r.key for r in find_citations(address)] == [key]


def test_prose_yields_each_citation_once_in_order() -> None:
    text = (
        "The proposal COM(2025) 348 amends Directive 1999/62/EC (procedure 2025/0180(COD)); "
        "the Eurovignette directive, 1999/62/EC, dates from 1999."
    )
    assert [r.key for r in find_citations(text)] == [
        "com:2025/348",
        "act:1999/62",
        "proc:2025/0180",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "on 22/05/2025",
        "open 24/7",
        "the 2024/2025 season",
        "a 1/2 share",
        "EUR 570 million in 2025-2026",
        "Euro 7 limits from 2026",
    ],
)
def test_dates_fractions_and_seasons_are_no_citation(text: str) -> None:
    assert list(find_citations(text)) == []


def test_a_plan_value_must_hold_exactly_one_citation() -> None:
    with pytest.raises(CitationError, match="no citation"):
        parse_citation("the Eurovignette directive")
    with pytest.raises(CitationError, match="several citations"):
        parse_citation("Directive 1999/62/EC and Directive 96/53/EC")


@pytest.mark.parametrize(
    "text",
    [
        "Zalecenie Komisji (UE) 2025/1021 z dnia 22 maja 2025 r.",
        "Rozporządzenie Parlamentu Europejskiego i Rady (UE) 2019/631",
        "Règlement d'exécution (UE) 2024/2754 de la Commission",
    ],
)
def test_a_citation_keeps_its_act_word_when_authors_stand_before_the_number(text: str) -> None:
    (reference,) = find_citations(text)
    assert reference.text.split()[0] == text.split()[0]
