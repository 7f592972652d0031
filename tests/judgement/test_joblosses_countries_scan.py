"""Country forms found by one automaton pass, exactly where the regular expression of every
form, longest first, finds them."""

from __future__ import annotations

import re

from labelled_texts import labelled_texts

from monitor.judgement.joblosses import countries
from monitor.judgement.joblosses._fold import fold

# The expression the automaton replaced, kept here as the reference.
REFERENCE = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(f) for f in sorted(countries._FORMS, key=len, reverse=True))
    + r")(?![\w])"
)
OWN = [
    "Stellantis cuts 300 jobs in the U.K. and 200 in Germany",
    "usines françaises et deutschen Werken; Royaume-Uni, Pays-Bas",
    "a.germany, germanys, ex-germany, the united kingdom's plants",
    "US group to cut jobs in the US",
]


def _texts() -> list[str]:
    return [*OWN, *labelled_texts()]


def test_the_automaton_finds_what_the_expression_finds() -> None:
    differ = []
    for text in _texts():
        folded = fold(text).text
        expected = [m.span() for m in REFERENCE.finditer(folded)]
        if countries._spans(folded) != expected:
            differ.append(text)
    assert differ == []


def test_the_longest_form_at_a_start_wins() -> None:
    found = countries.find_countries(fold("jobs in the united kingdom and holland"))
    assert [(c.code, c.adjective) for c in found] == [("GB", False), ("NL", False)]
    assert found[0].end - found[0].start == len("united kingdom")


def test_the_same_words_cased_otherwise_are_read_afresh() -> None:
    assert [c.code for c in countries.find_countries(fold("Plants in the US"))] == ["US"]
    assert countries.find_countries(fold("plants for us")) == []
