"""Pick the number of jobs an announcement is about, and whether they go or come.

A number counts jobs when a job noun follows it ("1,100 jobs", "7.600 Stellen",
"2 900 postes") or a cut/hire verb stands just before it ("to cut 4,000"). It
does not when a unit follows or precedes it (euros, %, vehicles, GWh), when it
is a year or a date, or when the words before it make it a workforce size
("employs 10,000", "of its 3,000 workers", "sur les 1 200 salariés").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from monitor.judgement.joblosses import lexicon as lx
from monitor.judgement.joblosses.numbers import NumberMention, find_numbers
from monitor.model.joblosses import JobsKind, Qualifier

_MONTHS = (
    r"(?:jan(?:uary|vier|uar)?|feb(?:ruary|ruar)?|fevrier|mar(?:ch|s|z)?|apr(?:il)?|avril"
    r"|may|mai|june?|juin|juni|july|juillet|juli|aug(?:ust)?|aout|sep(?:t|tember|tembre)?"
    r"|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember|embre)?|dez(?:ember)?)"
)
_MONTH_AFTER = re.compile(rf"\.?\s*{_MONTHS}\b")
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s*$")
_NEW_AFTER = re.compile(
    r"\s*(?:new|additional|extra|more|further|nouveaux|nouvelles|supplementaires|neue|neuen"
    r"|zusatzliche|weitere)\b"
)
_RANGE_START = re.compile(r"\s*(?:-|to|and|et|a|bis|und|or|ou|oder)\s*\d")
_RANGE_END = re.compile(r"\d\s*(?:-|to|and|et|a|bis|und)\s*$")
_RANGE_PREFIX = re.compile(
    r"(?:between\s|entre\s|zwischen\s)?[\d.,' ]*\d\s*(?:-|to|and|et|a|bis|und)\s*$"
)
_VERB_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|axe|axes|axing|slash\w*|shed|sheds|shedding|lay\soff|lays\soff"
    r"|laying\soff|eliminat\w*|hire|hires|hiring|recruit\w*|create|creates|creating|add|adds"
    r"|adding|employ\snearly|suppr\w*|licenci\w*|embauch\w*|recrut\w*|cree|creer|creera|creeront"
    r"|streich\w*|abbau\w*|\w+abbau|entlass\w*|schaff\w*|einstellen|kundig\w*|reduc\w*"
    r"|reduzier\w*|cuts\sof|losses\sof|reduction\sof|de|of|von)"
    r"\s(?:(?:a\sfurther|another|jusqu'a|a\stotal\sof|weitere|encore|further|d'ici|up)\s)?$"
)
_CUT_NOUN_BEFORE = re.compile(
    r"\b(?:job\scuts|job\slosses|layoffs|redundancies|suppressions?|stellenabbau|abbau"
    r"|stellenstreichungen|reduction|reduktion)\s(?:of|de|von|d'environ|um)\s*$"
)


@dataclass(frozen=True, slots=True)
class JobFigure:
    mention: NumberMention
    score: float
    reason: str


def _is_date_or_year(text: str, m: NumberMention, has_noun: bool) -> bool:
    if _MONTH_AFTER.match(text, m.number_end) or _MONTH_BEFORE.search(
        text, max(0, m.number_start - 12), m.number_start
    ):
        return True
    return m.plain and 1900 <= m.value <= 2100 and not has_noun


def _score(text: str, m: NumberMention, title_end: int) -> JobFigure | None:
    before = text[max(0, m.start - 40) : m.start]
    if lx.UNIT_BEFORE.search(before) or lx.UNIT_AFTER.match(text, m.number_end):
        return None
    if _RANGE_START.match(text, m.end):
        return None  # "2,000 to 3,000 jobs": the second figure is the one to keep
    cut_noun = lx.NUMBER_THEN_CUT.match(text, m.end)
    noun = cut_noun or lx.NUMBER_THEN_JOB.match(text, m.end)
    if _is_date_or_year(text, m, noun is not None):
        return None
    if not cut_noun and not _NEW_AFTER.match(text, m.end) and lx.WORKFORCE_BEFORE.search(before):
        return None
    before = _RANGE_PREFIX.sub("", before)  # "cuts of 2,000-3,000": judge by "cuts of"
    score, reason = 0.0, ""
    if cut_noun:
        score, reason = 4.0, "cut noun"
    elif noun:
        score, reason = 3.0, "job noun"
    if _VERB_BEFORE.search(before) or _CUT_NOUN_BEFORE.search(before):
        score += 2.0
        reason = reason or "verb before"
    elif lx.NUMBER_THEN_LOSS_VERB.match(text, m.end):
        score += 2.0
        reason = reason or "verb after"
    if score < 2.0 or (noun is None and reason == "verb before" and m.value < 10):
        return None
    if m.start < title_end:
        score += 0.5
    return JobFigure(m, score, reason)


def find_job_figure(text: str, title_end: int, language: str | None = None) -> JobFigure | None:
    """The best job figure in folded `text` (title first, up to `title_end`), or None."""
    best: JobFigure | None = None
    for mention in find_numbers(text, language):
        figure = _score(text, mention, title_end)
        if figure is None:
            continue
        ranged = _RANGE_END.search(text, max(0, mention.start - 8), mention.start)
        if ranged and mention.qualifier is Qualifier.EXACT:  # "2,000 to 3,000": up to 3,000
            mention = dataclasses.replace(mention, qualifier=Qualifier.UP_TO)
            figure = JobFigure(mention, figure.score, figure.reason + ", range")
        if best is None or figure.score > best.score:
            best = figure
    return best


def kind_near(text: str, start: int, end: int) -> JobsKind | None:
    """Whether the cue nearest to `start:end` speaks of losing or creating jobs."""
    window_start = max(0, start - 120)
    window = text[window_start : end + 80]
    best: tuple[int, JobsKind] | None = None
    for pattern, kind in ((lx.LOSS, JobsKind.LOSS), (lx.CREATION, JobsKind.CREATION)):
        for match in pattern.finditer(window):
            position = window_start + match.start()
            distance = start - position if position < start else position - end
            if best is None or distance < best[0]:
                best = (distance, kind)
    return best[1] if best else None
