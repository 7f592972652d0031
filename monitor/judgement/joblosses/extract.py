"""Recognise a restructuring announcement in one news item (title and summary).

Pure: no IO, no clock; the publication date is passed in. An item is an
announcement when it names a company and either gives a number of jobs next to
a loss or hiring cue, or uses a cue strong enough on its own (plant closure,
insolvency, "job cuts", "plan social", "Stellenabbau"). Denials ("rules out job
cuts") and third parties' fears without a figure are not announcements.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from monitor.judgement.joblosses import lexicon as lx
from monitor.judgement.joblosses._fold import Folded, fold
from monitor.judgement.joblosses.classify import classify
from monitor.judgement.joblosses.company import NameMention, find_names
from monitor.judgement.joblosses.countries import find_countries
from monitor.judgement.joblosses.jobs import JobFigure, find_job_figure, kind_near
from monitor.judgement.joblosses.sites import locate
from monitor.judgement.joblosses.watchlist import Company, Watchlist
from monitor.model.joblosses import Announcement, JobCount, JobsKind


@dataclass(frozen=True, slots=True)
class _Actor:
    name: str
    company: Company | None
    brand: str | None
    how: str


def _join(title: str, summary: str) -> tuple[str, int]:
    title = " ".join(title.split())
    summary = " ".join(summary.split())
    if not summary:
        return title, len(title)
    separator = " " if title.endswith((".", "!", "?", ":")) else ". "
    return title + separator + summary, len(title)


def _watchlisted(name: str, watchlist: Watchlist) -> _Actor | None:
    mentions = watchlist.find_companies(fold(name))
    if not mentions:
        return None
    return _Actor(mentions[0].company.name, mentions[0].company, mentions[0].brand, "watch list")


def _plausible(name: str | None, watchlist: Watchlist) -> bool:
    if not name:
        return False
    folded = fold(name)
    if lx.THIRD_PARTY.search(folded.text):
        return False
    covered = sum(p.end - p.start for p in watchlist.find_places(folded))
    covered += sum(c.end - c.start for c in find_countries(folded))
    return covered < len(folded.text.replace(" ", "")) - 1


def _from_name(mention: NameMention, watchlist: Watchlist) -> _Actor | None:
    if mention.name and _plausible(mention.name, watchlist):
        return _watchlisted(mention.name, watchlist) or _Actor(
            mention.name, None, None, mention.how
        )
    return _watchlisted(mention.raw, watchlist)


def _actor(folded: Folded, title_end: int, cue_at: int, watchlist: Watchlist) -> _Actor | None:
    names = find_names(folded, title_end)
    mentions = watchlist.find_companies(folded)
    in_title = [n for n in names if n.start < title_end]
    near_cue = [n for n in names if n.start >= title_end and abs(n.start - cue_at) < 200]
    for group in (
        [n for n in in_title if n.how == "subject"],
        [n for n in names if n.how == "legal"],
        [n for n in in_title if n.how in ("at", "of")],
    ):
        for name in group:
            actor = _from_name(name, watchlist)
            if actor:
                return actor
    for mention in mentions:
        if mention.start < title_end:
            return _Actor(mention.company.name, mention.company, mention.brand, "watch list")
    for group in (
        [n for n in in_title if n.how == "colon"],
        [n for n in near_cue if n.how == "subject"],
        [n for n in near_cue if n.how in ("at", "of")],
    ):
        for name in group:
            actor = _from_name(name, watchlist)
            if actor:
                return actor
    if mentions:
        first = mentions[0]
        return _Actor(first.company.name, first.company, first.brand, "watch list")
    return None


def _kind(text: str, figure: JobFigure | None, strong: bool) -> JobsKind | None:
    if figure is not None:
        kind = kind_near(text, figure.mention.start, figure.mention.end)
        if kind is not None:
            return kind
    return JobsKind.LOSS if strong else None


def extract_announcement(
    title: str,
    summary: str,
    *,
    published: dt.date,
    language: str | None = None,
    watchlist: Watchlist,
) -> Announcement | None:
    """The announcement `title` and `summary` make, or None when they make none.

    `language` (ISO 639-1) chooses the number words read; the cue lists of every
    language run, because feeds mislabel languages and mix them in one item.
    """
    text, title_end = _join(title, summary)
    folded = fold(text)
    t = folded.text
    strong = lx.STRONG_LOSS.search(t)
    if strong is None and not lx.LOSS.search(t) and not lx.CREATION.search(t):
        return None  # no word of losing or creating jobs at all: most news stops here
    figure = find_job_figure(t, title_end, language)
    kind = _kind(t, figure, strong is not None)
    if kind is None or (figure is None and (kind is JobsKind.CREATION or strong is None)):
        return None
    cue_at = figure.mention.start if figure else strong.start() if strong else 0
    negation = lx.NEGATION.search(t)
    if negation and (figure is None or abs(negation.start() - cue_at) < 80):
        return None
    speculative = lx.SPECULATIVE.search(t)
    third_party = lx.THIRD_PARTY.search(t, 0, title_end)
    if figure is None and speculative and third_party:
        return None
    actor = _actor(folded, title_end, cue_at, watchlist)
    if actor is None:
        return None
    where = locate(folded, watchlist, actor.company, actor.name)
    moved_abroad = where.destination is not None and where.destination != (
        where.country or (actor.company.country if actor.company else None)
    )
    restructuring, type_cue = classify(
        t, kind, moved_abroad=moved_abroad, focus=(title_end, cue_at)
    )

    cues = [f"company:{actor.how}", f"type:{type_cue}"]
    confidence = 0.45
    jobs = None
    if figure is not None:
        m = figure.mention
        jobs = JobCount(m.value, m.qualifier, folded.original_span(m.start, m.end))
        cues.append(f"jobs:{figure.reason}")
        confidence += 0.25 if figure.score >= 3 else 0.1
    if strong is not None:
        cues.append(f"cue:{strong.group()}")
        confidence += 0.1
    if actor.company is not None:
        confidence += 0.1
    if where.site:
        cues.append(f"site:{where.cue}")
        confidence += 0.05
    if speculative:
        cues.append(f"speculative:{speculative.group()}")
        confidence -= 0.2
    return Announcement(
        company=actor.name,
        company_id=actor.company.id if actor.company else None,
        site=where.site,
        country=where.country,
        jobs=jobs,
        jobs_kind=kind,
        type=restructuring,
        announced_on=published,
        confidence=round(min(0.99, max(0.05, confidence)), 2),
        cues=tuple(cues),
        brand=actor.brand,
    )
