"""Which clause reading of a headline and its lead the verdict comes from.

The headline's clause of the matched term is trusted first, but a headline that only says
what the actor wants, or names no actor, gives way to a lead (or another clause of the
headline) that reports the deed; a headline stating a rule gives way to its closing "...,
decides the Commission". Pure: the readings are made by `classify`.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.judgement.matching import clause_reading as cr
from monitor.judgement.matching import lead_settles
from monitor.judgement.matching import verdict_traits as traits
from monitor.judgement.matching.clause_reading import ClauseReading
from monitor.judgement.matching.clauses import CueHit
from monitor.judgement.matching.cues import CueKind, word_class
from monitor.judgement.matching.rules import Span
from monitor.judgement.matching.verdicts import Verdict, q
from timeline.model import EvidenceKind

_KIND_ORDER = {EvidenceKind.DELIVERED: 2, EvidenceKind.PROGRESS: 1, EvidenceKind.MENTION: 0}


def choose(
    readings: list[ClauseReading],
    foreign: Sequence[Span] = (),
    words: Sequence[str] = (),
    *,
    lead_actor: bool = False,
    joining: frozenset[str] = frozenset(),
    lead_plan: bool = False,
) -> ClauseReading:
    """The best decisive reading of the first group that has one; else the first reading.

    A headline that only says what the actor wants ("EU-Kommission will die Mautbefreiung
    verlängern") gives way to a lead that reports the deed itself ("hat einen
    Gesetzesvorschlag vorgelegt"): the wish is the proposal's aim, the proposal is done;
    unless that clause names another milestone ("... published a communication on corporate
    fleets" under "Commission to propose a fleet mandate"): the deed it reports is the other's;
    and unless the wish is the infinitive a clause before it governs ("Kommission kündigt an,
    die Mautbefreiung verlängern zu wollen"): announcing an intention is no deed.
    """
    decisive = [r for r in readings if r.verdict.decisive]
    if not decisive:
        return readings[0]
    first = decisive[0]
    if lead_plan and lead_settles.named_act_only(first):
        # "Commission proposal sets EV quota ... | The draft ... is due to be presented"
        verdict = Verdict(
            EvidenceKind.MENTION,
            0.8,
            first.verdict.cues,
            f"{first.verdict.reason}, but the lead says it is still to be presented",
        )
        return ClauseReading(verdict, 1.0, 0, first.term, bounds=first.bounds)
    sayer = _sayers_tail(first, readings)
    if sayer is not None:  # "Commission has delivered on X, Parliament rapporteur says"
        return ClauseReading(sayer.verdict, 1.0, 0, first.term, bounds=sayer.bounds)
    tail = _deciding_tail(first, decisive)
    if tail is not None:  # "Batterijpaspoort moet ... tonen, besluit Commissie"
        return ClauseReading(tail.verdict, 1.0, 0, first.term, bounds=tail.bounds)
    headline = _headline_deed(first, decisive, foreign, words, joining)
    if headline is not None:  # "Von der Leyen stellt ... vor" over "... soll stützen"
        return ClauseReading(headline.verdict, 0.9, 0, first.term, bounds=headline.bounds)
    effect = _postponed_by_the_act(first, decisive, foreign)
    if effect is not None:  # "EU delays 2035 combustion engine ban | The Commission presented"
        return ClauseReading(effect.verdict, 0.9, effect.part, effect.term)
    approval = _whose_green_light(first, decisive, foreign)
    if approval is not None:  # "Via libera Ue alla proroga ... | La Commissione ha adottato ..."
        return ClauseReading(approval.verdict, 0.9, approval.part, approval.term)
    outcome = _steps_outcome(first, decisive)
    if outcome is not None:  # "Si è chiuso il trilogo sui veicoli fuori uso: c'è l'accordo"
        return ClauseReading(outcome.verdict, 1.0, 0, first.term, bounds=outcome.bounds)
    deal = lead_settles.deal_in_lead(first, decisive, foreign)
    if (
        deal is not None
    ):  # "E-trucks cleared as negotiators ... | ... reached a provisional agreement"
        return ClauseReading(deal.verdict, 0.9, deal.part, deal.term)
    hearsay = traits.hearsay(first.verdict)
    if first.part == 0 and (
        traits.only_a_plan(first.verdict) or cr.unattributed(first) or cr.own_wish(first) or hearsay
    ):
        # "Toll exemption extended, Commission proposes", "... soll ...: Kommission legt
        # Vorschlag vor": another clause of the headline, or the lead, says who did it; under
        # a headline of hearsay or the conditional ("le case avrebbero tre anni"), only a lead
        # in which the actor itself did it
        governed = traits.zu_infinitive(first.verdict, words)
        done = [
            r
            for r in decisive
            if r is not first
            and (r.part == 1 or r.term is None)
            and r.verdict.kind is EvidenceKind.DELIVERED
            and (
                r.verdict.strength >= (_ACT_IN_HEADLINE if r.part == 0 else cr.DEED_IN_LEAD)
                or (
                    not hearsay
                    and first.own_subject
                    and not r.doubtful
                    and traits.own_verb_alone(r.verdict)
                )
                or (
                    not hearsay
                    and first.verbless
                    and r.part == 1
                    and traits.names_the_act(r.verdict)
                )
            )
            and (not hearsay or r.own_subject)
            and not cr.names_another(r, foreign)
            and not (r.part == 0 and r.bounds.stop < first.bounds.start and governed)
            and not (r.part == 1 and _announces_the_plan(first, r))
        ]
        if done:
            best = max(done, key=lambda r: (r.verdict.strength, -r.part))
            verdict = best.verdict
            if verdict.strength < cr.DEED_IN_LEAD:  # the headline's actor did it
                verb = verdict.cues[0]
                reason = (
                    f"{verdict.reason}, and the headline states its content"
                    if first.verbless
                    else f"{verdict.reason}, so the headline's actor did it ({q(verb)})"
                )
                verdict = Verdict(verdict.kind, cr.DEED_IN_LEAD, verdict.cues, reason)
            return ClauseReading(verdict, 0.9, best.part, best.term)
        step = _institutions_step(first, decisive)
        if step is not None:  # "Carmakers spared the fines | EU lawmakers rubber-stamped ..."
            return ClauseReading(step.verdict, 0.9, step.part, step.term, bounds=step.bounds)
        if lead_actor and cr.unattributed(first) and traits.makes_an_act(first.verdict):
            # "Przyjęto zalecenie ... | Komisja Europejska zachęca w nim ...": the lead names
            # the author of the act the headline reports with no actor
            verdict = first.verdict
            reason = f"{verdict.reason}, and the lead names the responsible actor as its author"
            upgraded = Verdict(verdict.kind, cr.DEED_IN_LEAD, verdict.cues, reason)
            return ClauseReading(upgraded, 0.9, first.part, first.term, bounds=first.bounds)
    group = [r for r in decisive if (r.part, r.factor) == (decisive[0].part, decisive[0].factor)]
    group = _without_stated_content(group)
    best = max(group, key=lambda r: (r.verdict.strength, _KIND_ORDER[r.verdict.kind]))
    if best.part == 1 and best.verdict.kind is EvidenceKind.DELIVERED:
        title_agrees = any(
            r.part == 0 and r.verdict.kind is EvidenceKind.DELIVERED for r in decisive
        )
        if title_agrees:  # the headline says it was done, the lead says what
            return ClauseReading(best.verdict, 1.0, best.part, best.term)
    return best


def _without_stated_content(group: list[ClauseReading]) -> list[ClauseReading]:
    """Drop the clauses that only state the act's content with a modal and no verb of anyone
    ("Kommission veröffentlicht Entwurf zum Batteriepass: Gesundheitszustand der Akkus soll
    sichtbar werden"), when a clause of the same part has the responsible actor do something:
    that clause says what happened, the modal what the act is for."""
    acted = any(r.own_subject and not r.verbless and r.term is not None for r in group)
    if not acted:
        return group
    kept = [
        r for r in group if not (r.verbless and not r.own_subject and traits.only_a_plan(r.verdict))
    ]
    return kept or group


# In another clause of the headline, the Commission's act named as a noun is enough
# ("Proposition de la Commission : exonération prolongée ...").
_ACT_IN_HEADLINE = 0.85


_TAIL_WORDS = 3  # words of a headline's closing attribution ("besluit Commissie")


def _sayers_tail(first: ClauseReading, readings: Sequence[ClauseReading]) -> ClauseReading | None:
    """A headline that states a deed and closes on someone else saying it ("Commission has
    delivered on CO2 flexibility, Parliament rapporteur says", "..., zegt ACEA"): the deed is
    that speaker's claim, quoted; the responsible actor saying it is left to the reading of
    its own report."""
    if first.part != 0 or first.verdict.kind is not EvidenceKind.DELIVERED or not first.bounds:
        return None
    for reading in readings:
        cues = reading.verdict.cues
        if (
            reading.part == 0
            and reading.term is None
            and not reading.own_subject
            and reading.bounds.start >= first.bounds.stop
            and len(reading.bounds) <= _SAYER_WORDS
            and reading.verdict.kind is EvidenceKind.MENTION
            and len(cues) == 1
            and cues[0].value.kind is CueKind.OPINION
            and cues[0].phrase.key in word_class("saying", cues[0].value.language)
        ):
            return reading
    return None


_SAYER_WORDS = 5  # words of a headline's closing attribution ("Parliament rapporteur says")


def _deciding_tail(first: ClauseReading, decisive: Sequence[ClauseReading]) -> ClauseReading | None:
    """A headline that states a rule and closes on who decided it ("Batterijpaspoort moet
    gezondheid van accu tonen, besluit Commissie", "..., décide Bruxelles"): the responsible
    actor adopting, in a clause of its own after the statement, makes the statement's "must"
    the rule's content, not a call."""
    if first.part != 0 or first.verdict.kind is not EvidenceKind.MENTION:
        return None
    if not all(c.value.kind in (CueKind.CALL, CueKind.FUTURE) for c in first.verdict.cues):
        return None
    for reading in decisive:
        verdict = reading.verdict
        if (
            reading.part == 0
            and reading.term is None
            and reading.own_subject
            and first.bounds
            and reading.bounds.start >= first.bounds.stop
            and len(reading.bounds) <= _TAIL_WORDS
            and verdict.kind is EvidenceKind.DELIVERED
            and any(c.value.kind in (CueKind.ADOPT, CueKind.PROPOSE) for c in verdict.cues)
        ):
            return reading
    return None


def _headline_deed(
    first: ClauseReading,
    decisive: Sequence[ClauseReading],
    foreign: Sequence[Span] = (),
    words: Sequence[str] = (),
    joining: frozenset[str] = frozenset(),
) -> ClauseReading | None:
    """A headline that names no term but reports the responsible actor's deed ("Von der
    Leyen stellt 1,8-Milliarden-Programm für Batteriezellen vor"), over a lead that names the
    milestone with only a modal ("Der Battery Booster soll die Zellfertigung stützen"): the
    modal says what the act is for; the headline says it was done."""
    if first.part != 1 or not traits.only_a_plan(first.verdict):
        return None
    headline = next(
        (
            r
            for r in decisive
            if r.part == 0
            and r.term is None
            and r.own_subject
            and r.verdict.kind is EvidenceKind.DELIVERED
            and r.verdict.strength >= _ACT_IN_HEADLINE
            and not cr.ends_on_another(r, foreign, words, joining)
        ),
        None,
    )
    if headline is not None and first.planned and _vague(headline):
        return None  # "Commissie kondigt wetsvoorstel aan | De Commissie zal ... presenteren"
    return headline


def _vague(headline: ClauseReading) -> bool:
    """A headline deed that a lead planning the act shows is its plan: an announcement, or what
    the act does ("Bruselas inyecta 1.800 millones en baterías | La Comisión presentará el
    Battery Booster en diciembre"), not a verb of making it."""
    return traits.announced(headline.verdict) or lead_settles.named_act_only(headline)


def _announces_the_plan(first: ClauseReading, lead: ClauseReading) -> bool:
    """A lead that only announces ("Lo ha annunciato il commissario", "kondigde ... aan") under
    a headline in which the responsible actor will make the act ("la Commissione presenterà
    ..."): what was announced is the plan the headline states, not the act. The mirror of a
    headline that announces over a lead that plans (`_headline_deed`)."""
    return (
        first.own_subject
        and traits.only_a_plan(first.verdict)
        and traits.announced(lead.verdict)
        and all(c.value.kind in _ANNOUNCING_READING for c in lead.verdict.cues)
    )


_ANNOUNCING_READING = frozenset(
    {CueKind.PROPOSE, CueKind.COMMISSION, CueKind.EU, CueKind.INSTITUTION, CueKind.OTHER_ACTOR}
)


def _whose_green_light(
    first: ClauseReading, decisive: Sequence[ClauseReading], foreign: Sequence[Span]
) -> ClauseReading | None:
    """A headline of approval that names no legislator ("Via libera Ue alla proroga ...",
    "Zielone światło dla ...", "Groen licht voor ..."), over a lead in which the responsible
    actor itself did the deed ("Komisja Europejska przyjęła w środę wniosek ..."): a green
    light is what legislators give only when the headline names no one else; the lead says
    whose it was. A headline naming Parliament or the Council keeps its step (its cues then
    hold the institution), and so does a lead in which anyone else acts. A lead in which the
    co-legislators agree ("haben sich ... geeinigt") says the green light was the deal, though
    an agreement names no verb to make its actor sure."""
    if first.part != 0 or first.verdict.kind is not EvidenceKind.PROGRESS:
        return None
    if not all(c.value.kind is CueKind.INSTITUTION_VERB for c in first.verdict.cues):
        return None
    return next(
        (
            r
            for r in decisive
            if r.part == 1
            and r.own_subject
            and (not r.doubtful or any(c.value.kind is CueKind.AGREEMENT for c in r.verdict.cues))
            and r.verdict.kind is EvidenceKind.DELIVERED
            and r.verdict.strength >= cr.DEED_IN_LEAD
            and not cr.names_another(r, foreign)
        ),
        None,
    )


def _postponed_by_the_act(
    first: ClauseReading, decisive: Sequence[ClauseReading], foreign: Sequence[Span]
) -> ClauseReading | None:
    """A headline that says only that something is postponed ("EU delays 2035 combustion
    engine ban", "Brussels postpones the deadline"), over a lead in which the responsible actor
    itself did the deed, in the clause of the term: what is postponed is what the act does,
    not the act. A lead that hedges, or reports the deed of another clause, keeps the delay."""
    verdict = first.verdict
    if first.part != 0 or verdict.kind is not EvidenceKind.MENTION or not verdict.cues:
        return None
    if not all(_postpones(c) for c in verdict.cues):
        return None
    return next(
        (
            r
            for r in decisive
            if r.part == 1
            and r.term is not None
            and r.own_subject
            and not r.doubtful
            and r.verdict.kind is EvidenceKind.DELIVERED
            and r.verdict.strength >= cr.DEED_IN_LEAD
            and not cr.names_another(r, foreign)
        ),
        None,
    )


def _postpones(cue: CueHit) -> bool:
    """A negation that postpones ("delays", "verschiebt"), not one that denies ("not yet")."""
    if cue.value.kind is not CueKind.NEGATION:
        return False
    word = cue.matched or cue.phrase.text
    return any(word.startswith(w) for w in word_class("postponing", cue.value.language))


def _steps_outcome(first: ClauseReading, decisive: Sequence[ClauseReading]) -> ClauseReading | None:
    """A headline that names a step of the procedure in the term's clause and its outcome, a
    deal, in another clause ("Si è chiuso il trilogo sul regolamento VFU: c'è l'accordo",
    "ELV trilogue ends, deal reached"): the deal is the news, the step how it came."""
    if first.part != 0 or first.verdict.kind is not EvidenceKind.PROGRESS:
        return None
    if not all(c.value.kind is CueKind.STAGE for c in first.verdict.cues):
        return None
    return next(
        (
            r
            for r in decisive
            if r.part == 0
            and r.term is None
            and r.verdict.kind is EvidenceKind.DELIVERED
            and any(c.value.kind is CueKind.AGREEMENT for c in r.verdict.cues)
        ),
        None,
    )


def _institutions_step(
    first: ClauseReading, decisive: Sequence[ClauseReading]
) -> ClauseReading | None:
    """A lead in which Parliament, the Council or the member states act, under a headline
    whose deed names no one ("Carmakers spared the fines | EU lawmakers rubber-stamped on
    Thursday the averaging ..."): the headline's deed is that step of the procedure."""
    if not cr.unattributed(first):
        return None
    return next(
        (
            r
            for r in decisive
            if r.part == 1
            and r.verdict.kind is EvidenceKind.PROGRESS
            and r.verdict.strength >= _STEP_IN_LEAD
            and any(c.value.kind is CueKind.INSTITUTION for c in r.verdict.cues)
        ),
        None,
    )


_STEP_IN_LEAD = 0.85  # an institution's act, in the lead, that names a headline's actorless deed
