"""Recognise a restructuring announcement in one news item (title and summary).

Pure: no IO, no clock; the publication date is passed in. An item is an
announcement when it names a company and either gives a number of jobs next to
a loss or hiring cue, or uses a cue strong enough on its own (plant closure,
insolvency, "job cuts", "plan social", "Stellenabbau"). Denials ("rules out job
cuts") and third parties' fears without a figure are not announcements.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from monitor.judgement.joblosses import lexicon as lx
from monitor.judgement.joblosses import lexicon_context as cx
from monitor.judgement.joblosses import lexicon_figures as lf
from monitor.judgement.joblosses import not_cuts
from monitor.judgement.joblosses._fold import Folded, fold
from monitor.judgement.joblosses.calibration import Signals, confidence, reasons
from monitor.judgement.joblosses.classify import classify
from monitor.judgement.joblosses.clauses import clause_span
from monitor.judgement.joblosses.companies import Actor, choose_actor
from monitor.judgement.joblosses.company import NameMention, find_names
from monitor.judgement.joblosses.countries import find_countries
from monitor.judgement.joblosses.cut_objects import without_object_cuts
from monitor.judgement.joblosses.dating import recent
from monitor.judgement.joblosses.hungarian_names import hungarian_names, reads_hungarian
from monitor.judgement.joblosses.inverted_subject import inverted_subjects
from monitor.judgement.joblosses.jobs import JobFigure, find_job_figures, kind_near
from monitor.judgement.joblosses.plant_asides import plant_closed_after_aside
from monitor.judgement.joblosses.questions import yes_no_question
from monitor.judgement.joblosses.sites import Location, locate, spread
from monitor.judgement.joblosses.staff_shares import share_instead
from monitor.judgement.joblosses.unannounced import demanded, hiring_halted
from monitor.judgement.joblosses.watchlist import Company, Watchlist
from monitor.model.joblosses import (
    Announcement,
    JobCount,
    JobsKind,
    Qualifier,
    RestructuringType,
)


def _join(title: str, summary: str) -> tuple[str, int]:
    title = " ".join(title.split())
    summary = " ".join(summary.split())
    if not summary:
        return title, len(title)
    separator = " " if title.endswith((".", "!", "?", ":")) else ". "
    return title + separator + summary, len(title)


def _kind(text: str, figure: JobFigure | None, strong: bool) -> JobsKind | None:
    """Loss or creation: the cue nearest the figure says; else the text's only kind of cue."""
    if figure is not None and figure.change is not None:
        return figure.change  # "workforce to shrink from 1,200 to 900": the change says
    if figure is not None and figure.reason.startswith("workforce"):
        return JobsKind.LOSS  # read only for a closure: "Zakład zatrudnia 260 osób" is lost
    if figure is not None:
        kind = kind_near(text, figure.mention.start, figure.mention.end)
        if kind is not None:
            return kind
        losing, creating = lx.LOSS.search(text), lx.CREATION.search(text)
        if losing and not creating:
            return JobsKind.LOSS
        if creating and not losing:
            return JobsKind.CREATION
    return JobsKind.LOSS if strong else None


@dataclass(frozen=True, slots=True)
class Reading:
    """An announcement and the signals its confidence was computed from."""

    announcement: Announcement
    signals: Signals


def extract_announcement(
    title: str,
    summary: str,
    *,
    published: dt.date,
    language: str | None = None,
    watchlist: Watchlist,
    url: str | None = None,
) -> Announcement | None:
    """The announcement `title` and `summary` make, or None when they make none.

    `language` (ISO 639-1) chooses the number words read; the cue lists of every
    language run, because feeds mislabel languages and mix them in one item. `url`, the
    item's address, names the company when the text does not ("/nedcar-schrapt-banen").
    """
    reading = read_announcement(
        title, summary, published=published, language=language, watchlist=watchlist, url=url
    )
    return reading.announcement if reading else None


def _figures(t: str, title_end: int, language: str | None, closure: bool) -> list[JobFigure]:
    figures = find_job_figures(t, title_end, language)
    if not figures and closure:  # a closure puts the whole workforce out of work
        figures = find_job_figures(t, title_end, language, workforce=True)
    return figures


def read_announcement(
    title: str,
    summary: str,
    *,
    published: dt.date,
    language: str | None = None,
    watchlist: Watchlist,
    url: str | None = None,
) -> Reading | None:
    """`extract_announcement`, with the signals behind the report's confidence."""
    text, title_end = _join(title, summary)
    if language is None and reads_hungarian(None, text):
        language = "hu"  # an unlabelled feed: its Hungarian number words are read
    folded = fold(text)
    t = folded.text
    if not any(cue.may_match(t) for cue in _CUES):
        return None  # no piece of any cue at all: most news stops here, at little cost
    strong = lx.STRONG_LOSS.search(t) or plant_closed_after_aside(t)
    building = lx.STRONG_CREATION.search(t) if strong is None else None
    if building is not None and _MONEY.search(t) and not _JOB_WORD.search(t):
        building = None  # a plant and its cost, no word of jobs: an investment, not a hiring
    cued = without_object_cuts(t)  # "streicht Prognose, 2.100 Mitarbeiter bleiben": no cue
    if not (strong or building or lx.LOSS.search(cued) or lx.CREATION.search(t)):
        return None  # no word of losing or creating jobs at all
    closing = strong is not None and classify(t, JobsKind.LOSS)[0] in _CLOSING
    every_figure = _figures(t, title_end, language, closing)
    figures = not_cuts.without_indirect(folded, not_cuts.without_temporary(folded, every_figure))
    current = recent(folded, figures, published)
    dated = bool(figures) and not current  # "which shed 1,200 jobs in 2022": background
    figures = current or figures
    figure = figures[0] if figures else None
    kind = _kind(cued, figure, strong is not None)
    if kind is None and building is not None:
        kind = JobsKind.CREATION  # a new plant is built: jobs come ("goed voor 600 banen")
    many = lx.MANY_JOBS.search(t) if figure is None else None  # "thousands of new jobs"
    if many is not None and kind is None:
        kind = kind_near(cued, many.start(), many.end())
    # "to cut a third of its workforce": a share of the staff, sized by the workforce if given
    portion = share_instead(folded, title_end, language, figure) if many is None else None
    if portion is not None:
        figure = portion.figure
        kind = kind or kind_near(cued, portion.start, portion.end)
    if kind is None or (
        figure is None and strong is None and building is None and many is None and not portion
    ):
        return None
    if figure is None and kind is JobsKind.CREATION and building is None and many is None:
        return None
    cue_at = (
        figure.mention.start
        if figure
        else strong.start()
        if strong
        else building.start()
        if building
        else many.start()
        if many
        else portion.start
        if portion
        else 0
    )
    if figure is not None and demanded(folded, figure.mention.start):
        return None  # "the unions demand 300 hires": asked for, not announced
    if kind is JobsKind.CREATION and hiring_halted(folded, cue_at):
        return None  # "suspend l'embauche de 180": the jobs do not come
    lasting = figure is not None and not not_cuts.temporary(folded, figure, every_figure)
    negation = not_cuts.denial(
        t,
        skip_temporary=lasting,
        near=cue_at,
        figure_at=figure.mention.start if figure and lasting else None,
    )
    # a figure said to be kept or on short time is no cut, however far the denial stands
    denied = negation is not None and (
        figure is None or not lasting or abs(negation.start() - cue_at) < 80
    )
    if denied and not (
        figure and negation and not_cuts.contrasted(t, negation.end(), figure.mention.start)
    ):
        return None
    speculative = cx.SPECULATIVE.search(t)
    # "Will Ford cut 4,000 jobs?": the headline asks, and a figure in the lead may answer it
    asked = yes_no_question(title) if figure is None or figure.mention.start < title_end else None
    third_party = cx.THIRD_PARTY.search(t, 0, title_end)
    if figure is None and speculative and third_party:
        return None
    names = find_names(folded, title_end) + inverted_subjects(folded, title_end)
    if reads_hungarian(language, folded.original):  # "az Audinál", "bocsát el a Kovács Kft."
        names = hungarian_names(folded, title_end) + names
    actor = choose_actor(folded, title_end, cue_at, watchlist, names) or _from_url(
        url, watchlist, len(t)
    )
    if actor is None:
        return None
    where = locate(
        folded, watchlist, actor.company, actor.name, title_end=title_end, language=language
    )
    country_named = where.country is not None  # the text's own word, not an inference
    where = _scoped(where, t, folded, figure, language, title_end)
    moved_abroad = where.destination is not None and where.destination != (
        where.country or (actor.company.country if actor.company else None)
    )
    restructuring, type_cue = classify(
        t, kind, moved_abroad=moved_abroad, focus=(title_end, cue_at)
    )
    rival_subject = figure is not None and _rival_subject(folded, figure, actor, names, watchlist)
    if rival_subject:  # "X closes and Y announces 500 lay-offs": take X's own figure if any
        own = next(
            (f for f in figures[1:4] if not _rival_subject(folded, f, actor, names, watchlist)),
            None,
        )
        if own is not None and own.score >= 3.0:
            figure, rival_subject = own, False
    at_risk = figure is not None and bool(
        cx.AT_RISK.search(t, max(0, figure.mention.start - 40), figure.mention.end + 40)
    )
    others = {m.company.id for m in watchlist.find_companies(folded)}
    others.discard(actor.company.id if actor.company else "")
    signals = Signals(
        figure=_figure_kind(figure),
        figure_score=figure.score if figure else 0.0,
        figure_in_title=figure is not None and figure.mention.start < title_end,
        rival_figure=any(
            f.mention.value != figure.mention.value and f.score >= figure.score - 0.5
            for f in figures[1:]
        )
        if figure
        else False,
        qualified=figure is not None and figure.mention.qualifier is not Qualifier.EXACT,
        company=actor.how,
        company_in_title=actor.start < title_end,
        other_companies=bool(others - _parents(actor.company)),
        strong_cue=strong is not None,
        speculative=speculative is not None,
        asked=asked is not None,
        at_risk=at_risk,
        rival_subject=rival_subject,
        third_party=third_party is not None,
        follow_up=dated or cx.FOLLOW_UP.search(t) is not None,
        site=where.site is not None,
        country=country_named,
    )
    cues = [f"company:{actor.how}", f"type:{type_cue}"]
    jobs = None
    if figure is not None:
        m = figure.mention
        jobs = JobCount(m.value, m.qualifier, folded.original_span(m.start, m.end))
        cues.append(f"jobs:{figure.reason}")
    if strong is not None:
        cues.append(f"cue:{strong.group()}")
    elif building is not None and figure is None:
        cues.append(f"cue:{building.group()}")
    elif many is not None:
        cues.append(f"cue:{many.group()}")
    elif portion is not None:
        cues.append(f"cue:{t[portion.start : portion.end]}")
    if where.site:
        cues.append(f"site:{where.cue}")
    if speculative:
        cues.append(f"speculative:{speculative.group()}")
    if asked:
        cues.append(f"asked:{asked}")
    cues.extend(f"why:{reason}" for reason in reasons(signals))
    announcement = Announcement(
        company=actor.name,
        company_id=actor.company.id if actor.company else None,
        site=where.site,
        country=where.country,
        jobs=jobs,
        jobs_kind=kind,
        type=restructuring,
        announced_on=published,
        confidence=confidence(signals),
        cues=tuple(cues),
        brand=actor.brand,
        additional=figure is not None and figure.additional,
    )
    return Reading(announcement, signals)


_CLOSING = (RestructuringType.CLOSURE, RestructuringType.BANKRUPTCY)
# The country national press writes about when it names none (English is no nation's press).
_PRESS_COUNTRY = {
    "fr": "FR", "de": "DE", "it": "IT", "es": "ES", "nl": "NL", "pl": "PL", "hu": "HU",
    "cs": "CZ", "sk": "SK", "ro": "RO", "pt": "PT", "sv": "SE",
}  # fmt: skip


def _scoped(
    where: Location,
    t: str,
    folded: Folded,
    figure: JobFigure | None,
    language: str | None,
    title_end: int,
) -> Location:
    """No country for a figure spread over many ("950 jobs worldwide"). When the text names
    none and spreads the news over no many (`sites.spread`): the firm's country as the text
    calls it ("the Swedish maker"), else the press's own country."""
    if figure is not None:
        start, end = clause_span(folded, figure.mention.start)
        named = [c for c in find_countries(folded) if start <= c.start < end and not c.adjective]
        if lx.MANY_COUNTRIES.search(t, start, end) and not named:
            return dataclasses.replace(where, country=None, cue=where.cue or "many countries")
    if where.country is not None or spread(folded, title_end):
        return where
    if where.home is not None:
        return dataclasses.replace(where, country=where.home, cue=where.cue or "firm's country")
    if language in _PRESS_COUNTRY:
        return dataclasses.replace(where, country=_PRESS_COUNTRY[language], cue="press country")
    return where


_CUES = (lx.STRONG_LOSS, lx.LOSS, lx.CREATION, lx.STRONG_CREATION)


def _rival_subject(
    folded: Folded, figure: JobFigure, actor: Actor, names: list[NameMention], watchlist: Watchlist
) -> bool:
    """Whether another name is the subject of the clause that holds `figure`."""
    start, end = clause_span(folded, figure.mention.start)
    mine = fold(actor.name).text
    return any(
        n.how == "subject"
        and start <= n.start < end
        and n.name
        and not cx.THIRD_PARTY.fullmatch(fold(n.name).text)  # "Unite says": the speaker
        and fold(n.name).text not in mine
        and mine not in fold(n.name).text
        and not (actor.company and watchlist.find_companies(fold(n.name)))
        for n in names
    )


_JOB_WORD = re.compile(rf"\b{lf.JOB_NOUN}\b|\bmunkahely\w*|\bjobs?\b")
_MONEY = re.compile(
    r"[€$£]|\b(?:eur|euros?|dollars?|usd|pounds|chf|zl|zlotych|forint|ft|yuan|mrd|mds?|bn"
    r"|milliard\w*|miliard\w*|billions?|mld|millions?\sd'euros|milioni\sdi\seuro|millones"
    r"|millionen|mio|miljoen|mln|milion\w*|miliony|millions?|milioni)\b"
)
_SLUG_WORD = re.compile(r"[^\W_]+")


def _from_url(url: str | None, watchlist: Watchlist, at: int) -> Actor | None:
    """The watch-list company the address's path names, when the text names none: headlines
    often drop the name their address keeps ("Tweeduizend banen weg" at .../nedcar-...)."""
    if not url:
        return None
    path = urlsplit(url).path
    words = " ".join(_SLUG_WORD.findall(path.replace("-", " ").replace("_", " ")))
    mentions = watchlist.find_companies(fold(words))
    if not mentions:
        return None
    first = mentions[0]
    return Actor(first.company.name, first.company, first.brand, "url", at)


def _figure_kind(figure: JobFigure | None) -> str:
    if figure is None:
        return "none"
    if figure.reason.startswith(("cut noun", "job noun", "workforce")):
        return figure.reason.split(",")[0]
    return "verb"


def _parents(company: Company | None) -> set[str]:
    """The company's own group and brands' group count as the same actor."""
    if company is None:
        return set()
    return {company.id, company.parent} - {None}  # type: ignore[return-value]
