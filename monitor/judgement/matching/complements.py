"""A clause that is the object of the clause before it: "erwartet, dass die Kommission ...".

German, Dutch and Polish set a complement clause off by a comma ("Die Branche erwartet, dass
die Kommission den Booster vorstellt", "Przewoźnicy chcą, by Komisja przyjęła ..."), so the
clause reading sees it as a clause of its own, with the Commission as its subject and a deed
verb of the present or past. What it says is only what the clause before expects, asks for or
has heard: its deed was not done. A clause before it that reports ("says that", "confirms
that") leaves it as it is: a report of a deed is still the deed.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.judgement.matching.clauses import CueHit
from monitor.judgement.matching.cues import CueKind, word_class
from monitor.judgement.matching.fold import BREAK
from monitor.judgement.matching.verdicts import Verdict, q
from timeline.model import EvidenceKind

__all__ = ["governed"]

# What a clause before may say of its complement to make it no deed: a future or an
# expectation ("erwartet", "espère"), a call ("fordert", "chcą"), hearsay ("heißt es").
_GOVERNING = frozenset({CueKind.FUTURE, CueKind.CALL, CueKind.SPECULATION})


def governing_cue(
    words: Sequence[str],
    bounds: range,
    part_start: int,
    cues: Sequence[CueHit],
    language: str | None,
) -> CueHit | None:
    """The cue of expecting, asking or hearsay in the clause just before `bounds`, when the
    clause at `bounds` opens with a complementiser of `language` ("dass", "że", "that")."""
    start = bounds.start
    if start <= part_start or words[start - 1] != BREAK:
        return None
    if words[start] not in word_class("complementizers", language):
        return None
    first = start - 1
    while first > part_start and words[first - 1] != BREAK:
        first -= 1
    before = [c for c in cues if first <= c.start and c.end <= start - 1]
    return next((c for c in reversed(before) if c.value.kind in _GOVERNING), None)


_TAIL_WORDS = 6  # words of a closing attribution ("heißt es in Kommissionskreisen")


def closing_hearsay(
    words: Sequence[str], bounds: range, part_stop: int, cues: Sequence[CueHit]
) -> CueHit | None:
    """The hearsay of a short clause that closes the sentence after `bounds` ("..., heißt es
    in Brüssel", "..., sources said", "..., según fuentes comunitarias"): the clause before is
    what is said, not what was done. A tail that names an act ("..., according to the
    proposal") reports the act's content instead."""
    start = bounds.stop + 1
    if bounds.stop >= part_stop or words[bounds.stop] != BREAK or start >= part_stop:
        return None
    stop = start
    while stop < part_stop and words[stop] != BREAK:
        stop += 1
    if stop - start > _TAIL_WORDS:
        return None
    tail = [c for c in cues if start <= c.start and c.end <= stop]
    if any(c.value.kind is CueKind.NOMINAL for c in tail):
        return None
    return next((c for c in tail if c.value.kind is CueKind.SPECULATION), None)


def governed(verdict: Verdict, governor: CueHit | None) -> Verdict:
    """The verdict of a complement clause: what the clause before expects or asks for is a
    mention, whatever the complement's own verb says."""
    if governor is None or verdict.kind is EvidenceKind.MENTION:
        return verdict
    return Verdict(
        EvidenceKind.MENTION,
        0.85,
        (governor,),
        f"{q(governor)} governs the clause: it says what is expected or asked, not what was done",
    )
