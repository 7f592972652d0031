"""Headline readings that a lead settles, for `choosing`.

A headline may say less than its lead about the same act: an institution adopting with no word
of which text ("Heavier e-trucks cleared as negotiators seal ... deal"), which the lead's
provisional agreement settles; or only the Commission's act named as a noun ("Commission
proposal sets EV quota ..."), which a lead planning that act ("The draft ... is due to be
presented next week", `lead_plan`) shows is not done. Pure: the readings are `classify`'s.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.judgement.matching import clause_reading as cr
from monitor.judgement.matching.clause_reading import ClauseReading
from monitor.judgement.matching.cues import CueKind
from monitor.judgement.matching.rules import Span
from timeline.model import EvidenceKind

__all__ = ["deal_in_lead", "named_act_only"]


def deal_in_lead(
    first: ClauseReading, decisive: Sequence[ClauseReading], foreign: Sequence[Span]
) -> ClauseReading | None:
    """A headline in which an institution adopts with no word of which text (its position as
    often as the final one) under a lead that reports the co-legislators' agreement ("Heavier
    e-trucks cleared as negotiators seal ... deal | Negotiators ... reached a provisional
    agreement"): the lead says which, the deal."""
    cues = first.verdict.cues
    if first.part != 0 or first.verdict.kind is not EvidenceKind.PROGRESS:
        return None
    kinds = {c.value.kind for c in cues}
    if CueKind.ADOPT not in kinds or not kinds <= {CueKind.ADOPT, CueKind.INSTITUTION}:
        return None
    return next(
        (
            r
            for r in decisive
            if r.part == 1
            and r.verdict.kind is EvidenceKind.DELIVERED
            and any(c.value.kind is CueKind.AGREEMENT for c in r.verdict.cues)
            and not cr.names_another(r, foreign)
        ),
        None,
    )


def named_act_only(first: ClauseReading) -> bool:
    """A headline delivery read only from the act named as a noun ("Commission proposal sets
    ...", "Proposition de la Commission : ...") or from what the act does ("Projekt KE nakłada
    ... obowiązek"), with no verb of presenting or adopting it."""
    cues = first.verdict.cues
    return (
        first.part == 0
        and first.verdict.kind is EvidenceKind.DELIVERED
        and any(c.value.kind in _ACT_NAMED for c in cues)
        and all(c.value.kind in _ACT_NAMED | _ACTORS for c in cues)
    )


_ACT_NAMED = frozenset({CueKind.NOMINAL, CueKind.ACT})
_ACTORS = frozenset({CueKind.COMMISSION, CueKind.EU})
