"""What "die Behörde" stands for: the authority named before it, not always the Commission.

German reporting calls the Commission "die Behörde" once it has named it ("Die EU-Kommission
... Die Behörde legte vor"), and the lexicon lists the word as the Commission. After a
national authority ("Bundesnetzagentur will Netzanschlüsse beschleunigen ... Die Behörde legte
Leitlinien vor"), the same word is that authority: an anaphor takes the nearest authority named
before it. Authorities are the Commission, the EU, and other actors whose name says they are
one (an "-agentur", "-amt", "-hof", a ministry) or that the lexicons list by name. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.judgement.matching.cues import Cue, CueKind
from monitor.judgement.matching.phrases import Occurrence

__all__ = ["resolve_anaphors"]

CueHit = Occurrence[Cue]

_ANAPHORS = frozenset({"die behoerde", "der behoerde"})  # as folded, German only
_WORD = "behoerde"  # the literal gate: most texts hold no anaphor
# Endings of German names of authorities ("Bundesnetzagentur", "Kartellamt", "Rechnungshof").
_AUTHORITY_ENDINGS = ("agentur", "amt", "hof", "ministerium", "aufsicht", "behoerde")
_NAMED = frozenset({"bnetza", "arera", "agcm", "cnmc", "ofgem", "uokik", "e control", "creg"})
_EU = frozenset({CueKind.COMMISSION, CueKind.EU})


def resolve_anaphors(words: Sequence[str], cues: list[CueHit]) -> list[CueHit]:
    """The cues with each anaphor whose antecedent is a national authority read as that
    authority (an `other_actor`), not as the Commission."""
    if _WORD not in words:
        return cues
    resolved = []
    for cue in cues:
        if cue.value.kind is CueKind.COMMISSION and cue.phrase.key in _ANAPHORS:
            antecedent = _antecedent(cues, cue)
            if antecedent is not None and antecedent.value.kind is CueKind.OTHER_ACTOR:
                other = Cue(CueKind.OTHER_ACTOR, cue.value.language)
                cue = Occurrence(other, cue.phrase, cue.start, cue.end, cue.matched)
        resolved.append(cue)
    return resolved


def _antecedent(cues: Sequence[CueHit], anaphor: CueHit) -> CueHit | None:
    before = [
        c
        for c in cues
        if c.end <= anaphor.start
        and c.phrase.key not in _ANAPHORS
        and (c.value.kind in _EU or (c.value.kind is CueKind.OTHER_ACTOR and _authority(c)))
    ]
    return max(before, key=lambda c: c.end) if before else None


def _authority(cue: CueHit) -> bool:
    key = cue.phrase.key
    return key in _NAMED or key.endswith(_AUTHORITY_ENDINGS)
