"""Deeds told as background: done before what the item reports.

Wire copy recalls the earlier step beside the news: "EU lawmakers backed the averaging, which the
Commission proposed in April", "Das EU-Parlament stimmte für die Flexibilität, die die
Kommission im April vorgeschlagen hatte", "Parlament poparł elastyczność, zaproponowaną przez
Komisję w kwietniu". The clause of the earlier deed reads like a delivery of its own; it is not
what happened. Two signs say so: the past perfect ("had proposed", "avait présentée", "había
propuesto", "vorgeschlagen hatte"), and a relative clause or a participle that opens a clause
after someone else's act (its subject is the thing acted on), or a clause of comparison that
refers back to the deed ("MEPs backed the averaging, as proposed by the Commission", "comme
proposé par la Commission", "tal como propuso la Comisión"). Pure: words, cues, the duty.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.judgement.matching.clauses import VERBS, Clause, CueHit, drop_nested, subject_of
from monitor.judgement.matching.cues import CueKind, word_class
from monitor.judgement.matching.fold import BREAK
from monitor.judgement.matching.verdicts import Duty, Verdict, role
from timeline.model import EvidenceKind

__all__ = ["as_background"]

_DEEDS = frozenset({CueKind.PROPOSE, CueKind.ADOPT, CueKind.ACT})
_BEFORE_VERB = (
    6  # words from a past-perfect auxiliary to its participle ("had on 1 April proposed")
)
_AFTER_VERB = 2  # verb-final languages put it after: "vorgeschlagen hatte", "had voorgesteld"


def as_background(
    verdict: Verdict,
    words: Sequence[str],
    clause: Clause,
    part_start: int,
    cues: Sequence[CueHit],
    duty: Duty,
    language: str | None,
) -> Verdict:
    """The verdict, or, for a deed told as background, a reading that says nothing either way
    (so that the clause of the news decides)."""
    verb = clause.verb
    if verdict.kind is not EvidenceKind.DELIVERED or verb is None or verb.value.kind not in _DEEDS:
        return verdict
    auxiliary = _past_perfect(words, clause, verb, language)
    if auxiliary is not None:
        why = f"'{auxiliary} ... {verb.matched or verb.phrase.text}' is the past perfect"
    elif _after_anothers_act(words, clause, verb, part_start, cues, duty, language):
        why = "the clause speaks of what someone else acted on"
    else:
        return verdict
    return Verdict(
        EvidenceKind.MENTION, 0.6, verdict.cues, f"{why}: a deed told as background", False
    )


def _past_perfect(
    words: Sequence[str], clause: Clause, verb: CueHit, language: str | None
) -> str | None:
    """The past-perfect auxiliary of the clause's verb, if it has one."""
    auxiliaries = word_class("pluperfect", language)
    low = max(clause.start, verb.start - _BEFORE_VERB)
    high = min(clause.end, verb.end + _AFTER_VERB)
    return next(
        (
            words[i]
            for i in range(low, high)
            if words[i] in auxiliaries and i not in range(verb.start, verb.end)
        ),
        None,
    )


def _after_anothers_act(
    words: Sequence[str],
    clause: Clause,
    verb: CueHit,
    part_start: int,
    cues: Sequence[CueHit],
    duty: Duty,
    language: str | None,
) -> bool:
    """Whether the clause opens with a relative word or with its own verb (a participle), right
    after a clause whose subject, an institution or someone else, does something."""
    start = clause.start
    if start <= part_start or words[start - 1] != BREAK:
        return False
    opens = words[start] in word_class("relatives", language) or verb.start == start
    if not opens and not _refers_back(words, start, verb, cues, language):
        return False
    first = start - 1
    while first > part_start and words[first - 1] != BREAK:
        first -= 1
    before = drop_nested(tuple(c for c in cues if first <= c.start and c.end <= start - 1))
    its_verb = next((c for c in before if c.value.kind in VERBS), None)
    if its_verb is None:
        return False
    subject = subject_of(before, its_verb, words)
    return subject is not None and role(subject, duty) in ("institution", "other")


def _refers_back(
    words: Sequence[str], start: int, verb: CueHit, cues: Sequence[CueHit], language: str | None
) -> bool:
    """Whether the clause opens with a word of comparison right before its verb or its agent
    ("as proposed by", "wie von der Kommission vorgeschlagen", "jak zaproponowała"): it recalls
    how the thing acted on came about. "as Brussels eases ..." (a subject first) is no such
    reference: it tells what happens meanwhile."""
    comparatives = word_class("comparatives", language)
    for width in (1, 2, 3):
        if " ".join(words[start : start + width]) not in comparatives:
            continue
        after = start + width
        if verb.start == after:
            return True
        if any(c.start == after and c.value.kind is CueKind.BY for c in cues):
            return True
    return False
