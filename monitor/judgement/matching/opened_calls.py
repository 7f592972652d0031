"""A call opened is a step: "EU opens call for cross-border robotaxi test corridors".

A call word right after a deed verb ("opens call for", "lance un appel à", "startet einen
Aufruf für", "opent een oproep voor") is the verb's object, a noun: a call for proposals
opened, not the actor urging anyone. What is called for is still to be chosen and launched,
so the opening is a step towards it. (A call that is itself the matched words is the
deed, `decide._is_term`.) Pure.
"""

from __future__ import annotations

from monitor.judgement.matching.clauses import Clause
from monitor.judgement.matching.cues import CueKind as K
from monitor.judgement.matching.verdicts import ACTS, Duty, Verdict, q, role
from timeline.model import EvidenceKind

__all__ = ["call_opened"]

_ARTICLE_WORDS = 1  # words between the verb and the call ("opens a call", "ouvre un appel")


def call_opened(c: Clause, duty: Duty) -> Verdict | None:
    """The responsible actor or the EU opening a call for the milestone: a step to it."""
    verb, subject = c.verb, c.subject
    if verb is None or verb.value.kind not in ACTS:
        return None
    if subject is not None and role(subject, duty) not in ("own", "eu"):
        return None
    call = next(
        (x for x in c.cues if x.value.kind is K.CALL and 0 <= x.start - verb.end <= _ARTICLE_WORDS),
        None,
    )
    if call is None or c.term.start < call.start:
        return None
    return Verdict(
        EvidenceKind.PROGRESS,
        0.8,
        (verb, call),
        f"{q(verb)} a call ({q(call)}): a step towards it, not the deed",
    )
