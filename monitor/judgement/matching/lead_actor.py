"""Whether the lead names the responsible actor, unhedged, as the author of the headline's act.

A headline may report an act with no actor ("Przyjęto zalecenie w sprawie ubóstwa
transportowego", "Recommendation on transport poverty adopted") and leave the author to the
lead, which goes on to the act's content: "Komisja Europejska zachęca w nim państwa
członkowskie ...", "The Commission asks member states to ...". Such a lead says nothing done of
its own (its verb is no deed, or the act's request), so no clause reading reports it; but it
names who made the act. Pure: the caller's words, cues and duty.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.judgement.matching.clauses import ACTORS, CueHit, clauses_of, read_clause
from monitor.judgement.matching.cues import CueKind
from monitor.judgement.matching.decide import decide
from monitor.judgement.matching.rules import Span
from monitor.judgement.matching.verdicts import Duty
from timeline.model import EvidenceKind

__all__ = ["lead_names_actor"]

# Words that make a lead say less than it seems: a plan, hearsay, a denial, a question. (The
# headline "to" is no hedge in a lead: "asks member states to cut taxes".)
_HEDGES = frozenset({CueKind.FUTURE, CueKind.SPECULATION, CueKind.NEGATION, CueKind.QUESTION})


def lead_names_actor(
    words: Sequence[str], lead: range, cues: Sequence[CueHit], terms: Sequence[Span], duty: Duty
) -> bool:
    """Whether the first clause of `lead` that names an actor has the responsible actor as its
    subject and says nothing of its own but, at most, what the act asks; with no hedge anywhere
    in the lead."""
    if any(c.value.kind in _HEDGES and c.start in lead for c in cues):
        return False
    for bounds in clauses_of(words, lead):
        start, end = bounds.start, bounds.stop
        if any(c.value.kind in ACTORS and start <= c.start and c.end <= end for c in cues):
            clause = read_clause(words, range(start, end), Span("", end, end), cues, terms)
            actor = clause.subject or next((c for c in clause.cues if c.value.kind in ACTORS), None)
            if actor is None or actor.value.kind not in duty.own:
                return False
            verdict = decide(clause, duty)
            return verdict.kind is EvidenceKind.MENTION and (
                not verdict.decisive or all(c.value.kind is CueKind.CALL for c in verdict.cues)
            )
    return False
