"""Whether the lead says the act is still to be presented.

A headline may name the Commission's act as a noun, or state its content, with no verb of
anyone ("Exclusive: Commission proposal sets EV quota for company fleets"), and leave to the
lead that the act is a draft still to come: "The draft, seen by Reuters, is due to be presented
next week". Or it states what the act does ("Bruselas suaviza las multas de CO2") over a lead
in which the Commission will present it ("La Comisión presentará el miércoles una propuesta
para que los fabricantes ..."): the lead says the headline's act is not done, whether or not
its clause names the milestone too. Romance and Polish leads tell the plan in one word, a
synthetic future or an infinitive after a modal of a verb of making the act (the lexicons'
`planned_deeds`), which is a future cue and no verb of its own. Pure: the caller's words, cues
and duty.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.judgement.matching.clauses import ACTORS, CueHit, clauses_of, read_clause
from monitor.judgement.matching.cues import CueKind, word_class
from monitor.judgement.matching.rules import Span
from monitor.judgement.matching.verdicts import Duty

__all__ = ["lead_plans_the_act", "planned_deed"]


def lead_plans_the_act(
    words: Sequence[str], lead: range, cues: Sequence[CueHit], terms: Sequence[Span], duty: Duty
) -> bool:
    """Whether a clause of `lead` has a verb of the Commission's own acts qualified as a plan
    (a future or a date to come), or a planned deed in one word, and no actor but the
    responsible one."""
    if not any(c.value.kind is CueKind.FUTURE and c.start in lead for c in cues):
        return False  # most leads: nothing planned
    return any(_plans(words, bounds, cues, terms, duty) for bounds in clauses_of(words, lead))


def _plans(
    words: Sequence[str], bounds: range, cues: Sequence[CueHit], terms: Sequence[Span], duty: Duty
) -> bool:
    clause = read_clause(words, bounds, Span("", bounds.stop, bounds.stop), cues, terms)
    deed = _planned_verb(clause.verb, clause.modals) or planned_deed(clause.verb, clause.cues)
    if deed is None:
        return False
    return all(a.value.kind in duty.own for a in _doers(clause.cues, deed))


def _doers(cues: Sequence[CueHit], deed: CueHit) -> list[CueHit]:
    """The actors that may do the planned deed: those before it, and an agent after it ("...
    by MEPs"); not the others after it, whom the act concerns ("a proposal letting carmakers
    average", "una propuesta para que los fabricantes ...")."""
    agents = {c.end for c in cues if c.value.kind is CueKind.BY and c.start >= deed.end}
    return [
        c for c in cues if c.value.kind in ACTORS and (c.start < deed.start or c.start in agents)
    ]


def _planned_verb(verb: CueHit | None, modals: Sequence[CueHit]) -> CueHit | None:
    """A verb of the Commission's own acts under a future ("will present", "zal presenteren")."""
    if verb is None or verb.value.kind is not CueKind.PROPOSE:
        return None
    return verb if any(m.value.kind is CueKind.FUTURE for m in modals) else None


def planned_deed(verb: CueHit | None, cues: Sequence[CueHit]) -> CueHit | None:
    """A one-word future or a modal's infinitive of a verb of making the act ("presentará",
    "presenterà", "przedstawi", "vorlegen") before any verb of the clause: a verb after it may
    be what the act does ("para que los fabricantes ..."), one before it governs it ("chiede
    di presentare": a call, not a plan)."""
    return next(
        (
            c
            for c in cues
            if c.value.kind is CueKind.FUTURE
            and c.phrase.key in word_class("planned_deeds", c.value.language)
            and (verb is None or c.start < verb.start)
        ),
        None,
    )
