"""What "die Behörde" stands for: the authority named before it.

"Das Bundeskartellamt ... Die Behörde legte einen Bericht vor" is the national competition
authority's report, not the Commission's act; after "Die EU-Kommission ..." the same words are
the Commission.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Match, Matcher
from monitor.judgement.matching.anaphors import resolve_anaphors
from monitor.judgement.matching.cues import Cue, CueKind
from monitor.judgement.matching.phrases import Occurrence, parse_phrase
from tests.milestone_support import bundled_matcher
from timeline.model import EvidenceKind

BER = "motor-vehicle-block-exemption-review"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return bundled_matcher()


def found(matcher: Matcher, title: str, summary: str) -> dict[str, Match]:
    return {m.milestone_id: m for m in matcher.match(title, summary, language="de")}


def test_the_authority_after_a_national_one_is_that_one(matcher: Matcher) -> None:
    summary = (
        "Das Bundeskartellamt hat die Kfz-Gruppenfreistellungsverordnung untersucht. Die Behörde"
        " legte einen Bericht zur Überarbeitung vor."
    )
    matches = found(matcher, "Bundeskartellamt zur Kfz-Gruppenfreistellung", summary)
    assert matches[BER].kind is not EvidenceKind.DELIVERED


def test_the_authority_after_the_commission_is_the_commission(matcher: Matcher) -> None:
    summary = (
        "Die EU-Kommission hat die Verordnung überprüft. Die Behörde legte einen Vorschlag für"
        " die Zeit nach 2028 vor."
    )
    matches = found(matcher, "Kfz-Gruppenfreistellung: Brüssel legt Überarbeitung vor", summary)
    assert matches[BER].kind is EvidenceKind.DELIVERED


def _cue(kind: CueKind, text: str, start: int) -> Occurrence[Cue]:
    size = len(text.split())
    return Occurrence(Cue(kind, "de"), parse_phrase(text), start, start + size, text)


def test_an_anaphor_with_no_antecedent_stays_the_commission() -> None:
    words = ["die", "behoerde", "legt", "vor"]
    cues = [_cue(CueKind.COMMISSION, "die behoerde", 0)]
    assert resolve_anaphors(words, cues) == cues


def test_an_anaphor_after_an_amt_is_another_actor() -> None:
    words = ["kartellamt", "pruft", "|", "die", "behoerde", "legt", "vor"]
    cues = [_cue(CueKind.OTHER_ACTOR, "kartellamt", 0), _cue(CueKind.COMMISSION, "die behoerde", 3)]
    assert [c.value.kind for c in resolve_anaphors(words, cues)] == [CueKind.OTHER_ACTOR] * 2
