"""One clause's reading of a headline or its lead (`ClauseReading`), and what a reading says
beyond its verdict: the responsible actor's own wish, a deed told with no one doing it,
another milestone named in the clause. Split from `choosing`, which picks among readings.
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from monitor.judgement.matching.cues import CueKind
from monitor.judgement.matching.rules import Span
from monitor.judgement.matching.verdicts import Verdict
from timeline.model import EvidenceKind


@dataclass(frozen=True, slots=True)
class ClauseReading:
    """One clause's verdict, with where it stands and how far it is trusted (`factor`)."""

    verdict: Verdict
    factor: float
    part: int
    term: Span | None
    label: bool = False  # a short clause with no cue at all, like a headline's topic label
    bounds: range = range(0)  # the clause's words
    own_subject: bool = False  # the clause's subject is the responsible actor
    doubtful: bool = False  # a deed with no actor here may not be the headline actor's
    verbless: bool = False  # no verb cue: the clause states content ("... soll bis 2031 gelten")
    planned: bool = False  # the responsible actor will present it ("De Commissie zal ...")


DEED_IN_LEAD = 0.9  # an own actor's act, in the lead, that outweighs a headline's wish


def ends_on_another(
    reading: ClauseReading,
    foreign: Sequence[Span],
    words: Sequence[str],
    joining: frozenset[str],
) -> bool:
    """Whether the clause's object is another milestone: it names one, and no joining word
    follows the last of its words ("la Commission propose d'alléger l'homologation", not
    "mette in campo flessibilità sulla CO2 e un FEG più rapido")."""
    inside = [s for s in foreign if s.start in reading.bounds]
    if not inside:
        return False
    last = max(s.end for s in inside)
    return not any(words[i] in joining for i in range(last, reading.bounds.stop))


def names_another(reading: ClauseReading, foreign: Sequence[Span]) -> bool:
    """Whether the reading's clause holds words that name another milestone."""
    return any(s.start in reading.bounds for s in foreign)


def own_wish(reading: ClauseReading) -> bool:
    """The responsible actor's own wish ("Bruxelles veut que le FEM aide ..."): what it wants
    is what it proposes, and the lead may report that it did."""
    verdict = reading.verdict
    return (
        reading.own_subject
        and verdict.kind is EvidenceKind.MENTION
        and bool(verdict.cues)
        and all(c.value.kind is CueKind.CALL for c in verdict.cues)
    )


def unattributed(reading: ClauseReading) -> bool:
    """A headline clause read as done but with no one doing it ("Toll exemption extended"),
    or the clause after the headline's topic label ("Kfz-GVO: Es ist beschlossen"), which is
    about the label and read at full trust."""
    verdict = reading.verdict
    return (
        (reading.term is not None or (reading.part == 0 and reading.factor == 1.0))
        and verdict.kind is EvidenceKind.DELIVERED
        and len(verdict.cues) == 1
        and verdict.strength < DEED_IN_LEAD
    )
