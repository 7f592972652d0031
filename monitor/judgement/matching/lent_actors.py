"""The actor of a clause that names none, lent by the clauses around it.

Headlines and leads cut an actor off from its verb: a label ("Brussels: ..."), an aside between
commas ("La proposition de la Commission, dévoilée mardi, modifie ..."), a relative clause ("The
Commission, which had promised relief in March, proposed ..."), or a second verb after "and"
("... adopted a recommendation, and issued guidance"). These functions find that actor; the
clause reading (`clauses.read_clause`) takes it as the subject of a verb with none of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.judgement.matching.clauses import ACTORS, VERBS, CueHit, drop_nested, subject_of
from monitor.judgement.matching.cues import word_class
from monitor.judgement.matching.fold import BREAK

__all__ = ["apposed_actor", "label_actor", "shared_subject"]

_LABEL_WORDS = 4  # words of a headline's opening actor label


def label_actor(words: Sequence[str], part: range, cues: Sequence[CueHit]) -> CueHit | None:
    """The actor a headline opens with as a label of its own ("Brussels: ...", "Ue: ...",
    "KE: ..."): a first clause of a few words that is one actor and nothing else."""
    end = part.start
    while end < part.stop and words[end] != BREAK:
        end += 1
    if end == part.stop or not 0 < end - part.start <= _LABEL_WORDS:
        return None  # no break in the headline, or a clause too long to be a label
    inside = [c for c in cues if part.start <= c.start and c.end <= end]
    actors = [c for c in inside if c.value.kind in ACTORS]
    if len(actors) != 1 or (actors[0].start, actors[0].end) != (part.start, end):
        return None
    return actors[0] if len(drop_nested(tuple(inside))) == 1 else None


_ASIDE_WORDS = 4  # words of an aside between commas ("dévoilée mardi", "jak zapowiadała")
_RELATIVE_WORDS = 16  # words of a relative clause between commas ("which had promised ...")


def apposed_actor(
    words: Sequence[str],
    bounds: range,
    part_start: int,
    cues: Sequence[CueHit],
    language: str | None = None,
) -> CueHit | None:
    """The actor of a clause cut off from its verb by commas ("La proposition de la Commission,
    dévoilée mardi, modifie ...", "Komisja Europejska, jak zapowiadała, przedstawiła ..."):
    the clause just before, or before a short aside that names no actor, when it names an
    actor and holds no verb of its own. A relative clause between them is an aside of any
    length, whatever it holds ("The Commission, which had promised relief in March, proposed
    ...", "Die Kommission, die das im März angekündigt hatte, legte ... vor"): it speaks of the
    noun before it, and its earlier deeds are background. A dateline is no subject: a one-word
    clause ("BRUSSELS, 4 June. ...") or an aside with a number in it."""
    relatives = word_class("relatives", language)
    stop = bounds.start - 1  # the break that ends the clause before
    relative = False  # a relative clause was passed: a dateline has none
    for _ in range(2):
        if stop <= part_start:
            return None
        start = stop
        while start > part_start and words[start - 1] != BREAK:
            start -= 1
        if _relative_aside(words, start, stop, part_start, cues, relatives):
            stop, relative = start - 1, True  # the noun it speaks of stands before it
            continue
        inside = drop_nested(tuple(c for c in cues if start <= c.start and c.end <= stop))
        actors = [c for c in cues if start <= c.start and c.end <= stop and c.value.kind in ACTORS]
        if any(c.value.kind in VERBS for c in inside):
            if actors or stop - start > _ASIDE_WORDS:
                return None  # a clause of its own, with its own verb
        elif actors:
            return actors[-1] if stop - start > 1 or relative else None
        elif stop - start > _ASIDE_WORDS or any(w[:1].isdigit() for w in words[start:stop]):
            return None
        stop = start - 1
    return None


_COORDINATED_WORDS = 4  # words from "and" to its verb ("and on Wednesday issued", "et a publié")


def shared_subject(
    words: Sequence[str],
    bounds: range,
    part_start: int,
    cues: Sequence[CueHit],
    language: str | None = None,
) -> CueHit | None:
    """The subject of the clause before, for a clause that opens with a joining word and a
    verb of its own with no actor between ("The Commission adopted a recommendation on ...,
    and issued guidance on ...", "a adopté ..., et a publié ..."): the two verbs share it."""
    start = bounds.start
    if start <= part_start or words[start - 1] != BREAK:
        return None
    if words[start] not in word_class("coordinators", language):
        return None
    near = [
        c for c in cues if start < c.start <= start + _COORDINATED_WORDS and c.end <= bounds.stop
    ]
    verb = next((c for c in near if c.value.kind in VERBS), None)
    if verb is None or any(c.value.kind in ACTORS and c.start < verb.start for c in near):
        return None
    first = start - 1
    while first > part_start and words[first - 1] != BREAK:
        first -= 1
    before = drop_nested(tuple(c for c in cues if first <= c.start and c.end <= start - 1))
    its_verb = next((c for c in before if c.value.kind in VERBS), None)
    return subject_of(before, its_verb, words) if its_verb is not None else None


def _relative_aside(
    words: Sequence[str],
    start: int,
    stop: int,
    part_start: int,
    cues: Sequence[CueHit],
    relatives: frozenset[str],
) -> bool:
    """Whether words[start:stop] is a relative clause set off by commas: it opens with a
    relative word, after a clause it can speak of, and is more than an article and an actor
    (German "die EU-Kommission" opens with "die" too)."""
    if start == part_start or words[start] not in relatives or stop - start > _RELATIVE_WORDS:
        return False
    return not any(c.value.kind in ACTORS and c.start <= start + 1 and c.end == stop for c in cues)
