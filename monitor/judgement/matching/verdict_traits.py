"""What one clause's verdict says, read from its cues: a plan only, hearsay, an act being
made, an announcement, the act named as a noun. Split from `choosing`, which weighs a
headline's reading against its lead's with these. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.judgement.matching.cues import CueKind, word_class
from monitor.judgement.matching.verdicts import Verdict
from timeline.model import EvidenceKind

_DEED_KINDS = frozenset({CueKind.PROPOSE, CueKind.ADOPT, CueKind.ACT})
_HEARSAY = frozenset({CueKind.SPECULATION, CueKind.FUTURE, CueKind.TO})


def zu_infinitive(verdict: Verdict, words: Sequence[str]) -> bool:
    """A wish in the German "zu" infinitive ("... verlängern zu wollen"): the complement of the
    verb before it, not a clause of its own."""
    return any(0 < c.start <= len(words) and words[c.start - 1] == "zu" for c in verdict.cues)


def announced(verdict: Verdict) -> bool:
    """A deed verb of announcing ("announces", "kondigt ... aan"): the announcement may be of
    the act or of a plan to make it, and a lead in which the actor will present it says which."""
    return any(
        c.value.kind in _DEED_KINDS and c.phrase.key in word_class("announcing", c.value.language)
        for c in verdict.cues
    )


def names_the_act(verdict: Verdict) -> bool:
    """A lead that names the Commission's act ("Das sieht ein Vorschlag der EU-Kommission
    vor"): under a headline whose modal governs no deed ("Befreiung soll bis 2031 gelten"),
    the modal states the act's content, and the lead says whose act it is."""
    return any(c.value.kind is CueKind.NOMINAL for c in verdict.cues)


def own_verb_alone(verdict: Verdict) -> bool:
    """A verb of the Commission's own acts with no actor ("Der am Dienstag vorgelegte
    Vorschlag ..."): under a headline whose subject is the responsible actor ("EU-Kommission
    will ..."), that actor's deed."""
    return len(verdict.cues) == 1 and verdict.cues[0].value.kind is CueKind.PROPOSE


def hearsay(verdict: Verdict) -> bool:
    """A headline read as a mention only because of hearsay, or a conditional that says it
    ("Ue, le case avrebbero tre anni", "reportedly"), with or without a future."""
    return (
        verdict.kind is EvidenceKind.MENTION
        and any(c.value.kind is CueKind.SPECULATION for c in verdict.cues)
        and all(c.value.kind in _HEARSAY for c in verdict.cues)
    )


def makes_an_act(verdict: Verdict) -> bool:
    """A verb of making an act ("adopted", "published"), not one of what a measure does
    ("extended" may be said of the final law as well as of the proposal)."""
    return any(c.value.kind in (CueKind.PROPOSE, CueKind.ADOPT) for c in verdict.cues)


def only_a_plan(verdict: Verdict) -> bool:
    """A headline read as a mention only because of a future or a wish ("will", "to")."""
    return (
        verdict.kind is EvidenceKind.MENTION
        and bool(verdict.cues)
        and all(c.value.kind in (CueKind.FUTURE, CueKind.TO) for c in verdict.cues)
    )
