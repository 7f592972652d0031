"""From a clause's verdict to one judgement: the signals around it, and a confidence.

The verdict says what the clause around the milestone's terms reads as (delivered, progress,
mention) and how firmly. Signals from the whole entry then confirm or overrule it, each named
so that `monitor review show` can say why:

- the date: news published before the plan made its commitment cannot deliver it (an earlier
  call for proposals, a consultation years ago) and reads as a mention; news of the plan's
  own day reports what the plan promises ("the Commission proposes to ..." is the plan
  speaking), so it delivers only a milestone whose period has begun by then and ends within
  a quarter (an act adopted with the plan), or one it cites its own document for;
- the document: an entry that is, or links to, the Commission's own document (a COM document
  of the plan's years, a new act cited in its title) is the deed itself for a milestone the
  Commission delivers with a proposal or an adopted act;
- the source: an address on an EU institution's site (europa.eu) backs a delivery its words
  report without naming the actor.

The raw score is the verdict's strength, discounted by how far its words stand from the
milestone's terms and by how specific those terms are; `calibration` turns it into the
confidence that decides automatic acceptance. Pure: no IO.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlsplit

from monitor.judgement.matching.cues import CueKind
from monitor.judgement.matching.fold import fold
from monitor.judgement.matching.verdicts import Duty, Verdict
from timeline.legal import Reference
from timeline.model import DeedKind, EvidenceKind, Milestone

_BEFORE_PLAN_STRENGTH = 0.85
_PLAN_DAY_STRENGTH = 0.7
_PLAN_DAYS = 1  # the plan's day and the next: the press reports the plan itself
_WITH_PLAN_DAYS = 92  # a period under way and ending within a quarter: adopted with the plan
_DOCUMENT_STRENGTH = 0.92
_OWN_DOCUMENT_STRENGTH = 0.98
_INSTITUTION_BONUS = 0.05
_ACT_WORDS = (
    "regulation", "directive", "decision", "recommendation", "reglement", "directive",
    "recommandation", "verordnung", "richtlinie", "empfehlung", "beschluss", "regolamento",
    "direttiva", "raccomandazione", "decisione", "reglamento", "directiva", "recomendacion",
    "decision", "verordening", "richtlijn", "aanbeveling", "besluit", "rozporzadzenie",
    "dyrektywa", "zalecenie", "decyzja",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Context:
    """What the entry says besides its words: when it appeared, where, what it cites."""

    published: dt.date | None = None
    url: str | None = None
    documents: tuple[Reference, ...] = ()  # COM and C documents, and acts cited with their word
    lead: tuple[Reference, ...] = ()  # what the summary cites, read for own documents only


@dataclass(frozen=True, slots=True)
class Scored:
    kind: EvidenceKind
    raw: float
    signals: tuple[str, ...]


def score(
    verdict: Verdict,
    factor: float,
    specificity: float,
    milestone: Milestone,
    duty: Duty,
    context: Context,
    *,
    near: bool = True,
) -> Scored:
    """The judgement of one milestone: the verdict, overruled or backed by the entry's signals.

    `near` is False when the verdict comes from a clause that does not hold the milestone's
    terms (a lead read after a headline that only names the topic)."""
    kind = verdict.kind
    raw = verdict.strength * factor * (0.5 + 0.5 * specificity)
    signals: list[str] = []
    if _old_act_in_force(verdict, milestone, context):
        kind = EvidenceKind.MENTION
        signals.append(
            "legal: the entry cites only an act the milestone amends, and its entry into force"
            " or transposition is that act's, not a step of the milestone"
        )
    document = _own_document(milestone, duty, context)
    if document is not None and near and not _open_to_document(verdict):
        document = None  # the verdict read beside the term says it is not the document
    if document is None and _commission_document(duty):
        document = _intent_of_own(verdict, milestone, duty, context)
    if document is not None:
        own = document.key in milestone.legal.documents
        strength = _OWN_DOCUMENT_STRENGTH if own else _DOCUMENT_STRENGTH
        kind, raw = EvidenceKind.DELIVERED, max(raw, strength * (0.5 + 0.5 * specificity))
        what = "its own document" if own else "a Commission document of the plan's time"
        signals.append(f"document: the entry is {what}, {document.text or document.key}")
    host = _host(context.url)
    if host.endswith("europa.eu") and kind is EvidenceKind.DELIVERED:
        if verdict.cues and verdict.cues[0].value.kind not in (CueKind.OTHER_ACTOR,):
            raw = min(1.0, raw + _INSTITUTION_BONUS)
        signals.append(f"source: an EU institution's site ({host})")
    committed = milestone.committed_on
    early = bool(context.published and committed and context.published < committed)
    if early and kind is not EvidenceKind.MENTION:
        signals.append(
            f"date: published {context.published}, before the plan made this commitment "
            f"({committed}): it cannot deliver it"
        )
        kind, raw = EvidenceKind.MENTION, _BEFORE_PLAN_STRENGTH * (0.5 + 0.5 * specificity)
    elif kind is EvidenceKind.DELIVERED and document is None and _plan_day(milestone, context):
        signals.append(
            f"date: published {context.published}, with the plan ({committed}), and the"
            " milestone's period had not begun: the plan's promise, not its delivery"
        )
        kind, raw = EvidenceKind.MENTION, _PLAN_DAY_STRENGTH * (0.5 + 0.5 * specificity)
    return Scored(kind, round(min(raw, 1.0), 3), tuple(signals))


def _plan_day(milestone: Milestone, context: Context) -> bool:
    """Whether the entry appeared with the plan, about a milestone not due with it (no period,
    one that starts later, or one that runs on for more than a quarter): what it reports is
    what the plan says will be done."""
    committed, published = milestone.committed_on, context.published
    if committed is None or published is None:
        return False
    if not 0 <= (published - committed).days <= _PLAN_DAYS:
        return False
    period = milestone.period
    if period is None or period.start is None or period.start > committed:
        return True
    return (period.deadline - committed).days > _WITH_PLAN_DAYS  # a year-long period: not yet


def _open_to_document(verdict: Verdict) -> bool:
    """A document overrules a clause that said nothing, or that already read as done."""
    return not verdict.decisive or verdict.kind is EvidenceKind.DELIVERED


# Cues that, said of the milestone's own document, tell what the document does rather than
# whether it exists: "the Commission wants to extend the exemption" over "proposal COM(2025)
# 348 amends ..."; a recommendation that "calls on" member states.
_INTENT = frozenset({CueKind.FUTURE, CueKind.CALL})
_INTENT_HOLDERS = frozenset({CueKind.COMMISSION, CueKind.EU})


def _intent_of_own(
    verdict: Verdict, milestone: Milestone, duty: Duty, context: Context
) -> Reference | None:
    """The milestone's own document or, for a proposal, its procedure (numbered when the
    Commission transmits the proposal), cited in the title, the summary or the address, when
    the verdict reads as done without its actor, or as a plan or a call only: a COM number is
    given when the Commission adopts the document, so what is "wanted" there is already
    proposed. The recommendation a milestone creates counts beside a call only."""
    if verdict.kind is EvidenceKind.DELIVERED:
        if not verdict.decisive:
            return None
    elif verdict.kind is EvidenceKind.MENTION:
        kinds = {hit.value.kind for hit in verdict.cues}
        if not kinds & _INTENT or not kinds <= _INTENT | _INTENT_HOLDERS:
            return None
    else:
        return None
    legal = milestone.legal
    own = (
        (*legal.documents, *legal.procedures) if duty.deed is DeedKind.PROPOSAL else legal.documents
    )
    calls = verdict.kind is EvidenceKind.MENTION and all(
        hit.value.kind is CueKind.CALL for hit in verdict.cues
    )
    for reference in (*context.documents, *context.lead):
        if reference.key in own:
            return reference
        if calls and reference.key in legal.creates and _recommendation(reference.text):
            return reference  # a recommendation's content is a call on member states
    return None


_RECOMMENDATION_WORDS = frozenset(
    {"recommendation", "recommandation", "empfehlung", "raccomandazione", "recomendacion",
     "aanbeveling", "zalecenie", "zaleceniu"}
)  # fmt: skip


def _recommendation(text: str) -> bool:
    """Whether a citation names a recommendation ("Aanbeveling (EU) 2025/1021")."""
    words = fold(text).split()
    return bool(words) and words[0] in _RECOMMENDATION_WORDS


def _old_act_in_force(verdict: Verdict, milestone: Milestone, context: Context) -> bool:
    """Whether the verdict is a step after adoption only (entry into force, transposition)
    and the entry cites an act the milestone amends but nothing of the milestone's own (the
    act it creates, its document, its procedure): "parliament debates the transposition of
    Directive 1999/62/EC" is the directive in force, not the Eurovignette amendment's step."""
    if verdict.kind is not EvidenceKind.PROGRESS or not verdict.cues:
        return False
    if any(hit.value.kind is not CueKind.AFTER for hit in verdict.cues):
        return False
    legal = milestone.legal
    cited = {r.key for r in (*context.documents, *context.lead)}
    own = {*legal.creates, *legal.documents, *legal.procedures}
    return bool(cited & set(legal.amends)) and not cited & own


def _commission_document(duty: Duty) -> bool:
    """Whether a Commission document delivers the milestone: its proposal or adoption."""
    return CueKind.COMMISSION in duty.own and duty.deed in (DeedKind.PROPOSAL, DeedKind.ADOPTION)


def _own_document(milestone: Milestone, duty: Duty, context: Context) -> Reference | None:
    """A Commission document the entry is or links to, fit to deliver this milestone."""
    if not _commission_document(duty):
        return None
    first_year = milestone.committed_on.year if milestone.committed_on else None
    for reference in context.documents:
        if reference.key in milestone.legal.documents:
            return reference
        if reference.key == milestone.plan_document:
            continue  # the plan states the commitment; it does not deliver it
        kind, _, number = reference.key.partition(":")
        year = int(number.split("/", 1)[0])
        if first_year is None or year < first_year:
            continue
        if kind in ("com", "c") or (kind == "act" and _names_act(reference.text)):
            return reference
    return None


def _names_act(text: str) -> bool:
    """Whether a citation starts with an act word ("Recommendation (EU) 2025/1021")."""
    words = fold(text).split()
    return bool(words) and words[0] in _ACT_WORDS


def _host(url: str | None) -> str:
    if not url:
        return ""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
