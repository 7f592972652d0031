"""A German or Dutch clause with its verb last joins a separable verb's particle to it.

"Die Kommission legte den Vorschlag vor" splits the verb; the relative clause "..., den die
Kommission am Mittwoch vorlegte" joins it, and so does "..., dat de Commissie voorstelde". Every
separable verb of a lexicon is read in both forms, so a deed told in a subordinate clause is
still the actor's deed.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from monitor.judgement.matching.cues import CueKind, cue_index
from monitor.judgement.matching.fold import fold_text
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {"de": ("Reifenkennzeichnung",), "nl": ("bandenetikettering",)}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("tyre-label-revision", TERMS)])


@pytest.mark.parametrize(
    ("title", "summary", "language"),
    [
        (
            "Neue Regeln für Autoreifen",
            "Das sieht die Überarbeitung der Reifenkennzeichnung vor, die die Kommission am"
            " Mittwoch in Brüssel vorstellte.",
            "de",
        ),
        (
            "Mehr Angaben auf dem Reifenetikett",
            "So steht es in der Reform der Reifenkennzeichnung, die Kommissar Müller am"
            " Donnerstag vorlegte.",
            "de",
        ),
        (
            "Nieuwe regels voor autobanden",
            "Dat staat in de herziening van de bandenetikettering, die de Commissie woensdag"
            " voorstelde.",
            "nl",
        ),
    ],
)
def test_a_deed_in_a_verb_last_clause_is_done(
    matcher: Matcher, title: str, summary: str, language: str
) -> None:
    (match,) = matcher.match(title, summary, language=language)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


def test_the_joined_form_is_a_cue_of_the_same_kind() -> None:
    folded = fold_text("", "die die Kommission vorlegte")
    kinds = {c.value.kind for c in cue_index().scan(folded) if c.value.language == "de"}
    assert CueKind.PROPOSE in kinds
