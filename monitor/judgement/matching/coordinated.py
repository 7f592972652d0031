"""A deed joined by "and" after a wish: "Commissie wil tolvrijstelling verlengen en dient voorstel
in", "Bruxelles vuole prorogare l'esenzione e presenta la proposta".

The headline says what the actor wants and, after the coordinator, what it did to get it: the
finite verb of making the act is the clause's deed, and the modal scopes only the infinitive
before "and". Only a verb of making the act (propose, adopt), right after the coordinator,
counts: "and eases", "et assouplit" may be more of the wish, and an actor between them ("... en
de lidstaten keuren goed") makes a clause of its own. An English bare form ("wants to extend
and present ...", the lexicon's `bare_infinitives`) is the infinitive the modal governs, not
a finite verb. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.judgement.matching.cues import Cue, CueKind, word_class
from monitor.judgement.matching.phrases import Occurrence

__all__ = ["deed_after_wish", "wish_over_infinitive"]

CueHit = Occurrence[Cue]
_MAKING = frozenset({CueKind.PROPOSE, CueKind.ADOPT})


def deed_after_wish(
    cues: Sequence[CueHit], modals: Sequence[CueHit], words: Sequence[str]
) -> CueHit | None:
    """The verb of making the act that follows a coordinator after all of `modals`, if any."""
    if not modals:
        return None
    after = max(m.end for m in modals)
    for cue in cues:
        if cue.value.kind not in _MAKING or cue.start <= after or cue.start == 0:
            continue
        language = cue.value.language
        if words[cue.start - 1] in word_class("coordinators", language) and (
            cue.phrase.key not in word_class("bare_infinitives", language)
        ):
            return cue
    return None


def wish_over_infinitive(
    cues: Sequence[CueHit], verb: CueHit | None, words: Sequence[str]
) -> CueHit | None:
    """The headline "to" or modal that governs an English bare infinitive after "and" ("EU to
    extend toll exemption and propose new rules"): "propose" is the second verb the wish
    governs, not a finite deed of its own."""
    if verb is None or verb.start == 0:
        return None
    language = verb.value.language
    if verb.phrase.key not in word_class("bare_infinitives", language):
        return None
    if words[verb.start - 1] not in word_class("coordinators", language):
        return None
    return next(
        (c for c in cues if c.value.kind in _WISHES and c.end < verb.start - 1),
        None,
    )


_WISHES = frozenset({CueKind.TO, CueKind.FUTURE})
