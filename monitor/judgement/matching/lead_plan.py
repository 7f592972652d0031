"""Whether the lead says the act is still to be presented.

A headline may name the Commission's act as a noun, or state its content, with no verb of
anyone ("Exclusive: Commission proposal sets EV quota for company fleets"), and leave to the
lead that the act is a draft still to come: "The draft, seen by Reuters, is due to be presented
next week". Such a lead clause holds no term of the milestone, so no clause reading reports it;
but it says the headline's act is not done. Pure: the caller's words, cues and duty.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.judgement.matching.clauses import ACTORS, CueHit, clauses_of, read_clause
from monitor.judgement.matching.cues import CueKind
from monitor.judgement.matching.rules import Span
from monitor.judgement.matching.verdicts import Duty

__all__ = ["lead_plans_the_act"]


def lead_plans_the_act(
    words: Sequence[str], lead: range, cues: Sequence[CueHit], terms: Sequence[Span], duty: Duty
) -> bool:
    """Whether a clause of `lead` that holds no term has a verb of the Commission's own acts
    qualified as a plan (a future or a date to come), and no actor but the responsible one."""
    if not any(c.value.kind is CueKind.FUTURE and c.start in lead for c in cues):
        return False  # most leads: nothing planned
    return any(
        not any(t.start in bounds for t in terms) and _plans(words, bounds, cues, terms, duty)
        for bounds in clauses_of(words, lead)
    )


def _plans(
    words: Sequence[str], bounds: range, cues: Sequence[CueHit], terms: Sequence[Span], duty: Duty
) -> bool:
    clause = read_clause(words, bounds, Span("", bounds.stop, bounds.stop), cues, terms)
    verb = clause.verb
    if verb is None or verb.value.kind is not CueKind.PROPOSE:
        return False
    if not any(m.value.kind is CueKind.FUTURE for m in clause.modals):
        return False
    actors = [c for c in clause.cues if c.value.kind in ACTORS]
    return all(a.value.kind in duty.own for a in actors)
