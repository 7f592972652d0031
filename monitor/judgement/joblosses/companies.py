"""Who announces: the company an announcement is about, chosen among the names found.

`company.find_names` reads candidate names where news puts them (subject of a clause,
"bei X", a legal form, "der Zulieferer X", a headline's topic); this module trusts them in
order, prefers the watch list's canonical name when a candidate is on it, and refuses
candidates that are places, countries or third parties (unions, ministries).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from monitor.judgement.joblosses import lexicon as lx
from monitor.judgement.joblosses import lexicon_context as cx
from monitor.judgement.joblosses import lexicon_figures as lf
from monitor.judgement.joblosses import name_words as nw
from monitor.judgement.joblosses._fold import Folded, fold
from monitor.judgement.joblosses.company import NameMention
from monitor.judgement.joblosses.compound_owner import compound_owners
from monitor.judgement.joblosses.countries import find_countries
from monitor.judgement.joblosses.customers import customers
from monitor.judgement.joblosses.dateline import after_place
from monitor.judgement.joblosses.headline_close import headline_closing
from monitor.judgement.joblosses.headline_echo import echoed_in_lead
from monitor.judgement.joblosses.headline_subject import headline_opening
from monitor.judgement.joblosses.lead_subject import lead_openings
from monitor.judgement.joblosses.name_cleaning import is_origin
from monitor.judgement.joblosses.name_places import is_works_compound
from monitor.judgement.joblosses.owners import owned_by
from monitor.judgement.joblosses.referent import headline_referent
from monitor.judgement.joblosses.watchlist import Company, CompanyMention, Watchlist


@dataclass(frozen=True, slots=True)
class Actor:
    """The company found, how, and where the text names it."""

    name: str
    company: Company | None
    brand: str | None
    how: str
    start: int = 0  # where the text names it (folded offset)


# Case endings Slavic languages add to a name: "fabryka Fiata" (of Fiat), "Mercedesem"; and
# the German and Dutch genitive "s" ("Boschs Werk", "Opels Zukunft").
_CASE_ENDINGS = ("owi", "em", "ie", "a", "u", "y", "s")


def _inflected(name: str, watchlist: Watchlist) -> list[CompanyMention]:
    """Watch-list names behind a one-word name with a case ending ("Fiata" is Fiat); a
    vowel that falls out before the ending comes back ("Opla" is Opel, "Forda" Ford)."""
    if " " in name or len(name) < 4:
        return []
    for ending in _CASE_ENDINGS:
        if name.endswith(ending) and len(name) - len(ending) >= 3:
            stem = name[: -len(ending)]
            for candidate in (stem, stem[:-1] + "e" + stem[-1]):
                found = [
                    m
                    for m in watchlist.find_companies(fold(candidate))
                    if m.end - m.start == len(candidate)
                ]
                if found:
                    return found
    return []


def _watchlisted(name: str, watchlist: Watchlist, start: int = 0) -> Actor | None:
    mentions = watchlist.find_companies(fold(name)) or _inflected(name, watchlist)
    if not mentions:
        return None
    first = mentions[0]
    return Actor(first.company.name, first.company, first.brand, "watch list", start)


def _plausible(name: str | None, watchlist: Watchlist) -> bool:
    if not name:
        return False
    folded = fold(name)
    if cx.THIRD_PARTY.search(folded.text):
        return False
    if " " not in folded.text and any(cue.fullmatch(folded.text) for cue in _CUE_WORDS):
        return False  # "Betroffen ist der Zulieferer X": a cue word opening a sentence
    if " " not in folded.text and (_JOB_WORD.fullmatch(folded.text) or _factory_noun(name)):
        return False  # "rund 480 Arbeitsplätze abbauen", "Batteriezellfabrik sucht": a noun
    if folded.text.split(" ", 1)[0] in nw.PUBLIC_BODY_HEADS:
        return False  # "Lo ha confermato la Regione Piemonte": a public body, not the employer
    if " " not in name.strip() and watchlist.inflected_place(name):
        return False  # "Zwolnienia w Tychach": a town in its locative, not a company
    spans = [(p.start, p.end) for p in watchlist.find_places(folded)]
    spans += [(c.start, c.end) for c in find_countries(folded)]
    covered = {i for start, end in spans for i in range(start, end)}  # a place that is also
    return len(covered) < len(folded.text.replace(" ", "")) - 1  # a region counts once


_CUE_WORDS = (lx.LOSS, lx.STRONG_LOSS, lx.CREATION)
_JOB_WORD = re.compile(lf.JOB_NOUN)  # a German noun has a capital: "Arbeitsplätze", "Stellen"


def _factory_noun(name: str) -> bool:
    """A compound of a factory's noun ("Batteriezellfabrik"); one of "-werk" may be a firm's
    own name ("Voltwerk"), so it is left to the other tests."""
    return name.lower().endswith(("fabrik", "fabriek")) and is_works_compound(name)


_PLACE_TAIL = re.compile(r"\s(?:di|de|du|des|del|della|von|van|in|en|aus|from|of)\s(?P<place>.+)$")


_PLACE_HEAD = re.compile(
    r"^(?P<place>\S+(?:\s\S+)?)\s(?:de|di|du|des|del|della|von|van|of)\s(?=\S)"
)


def _without_place(name: str, watchlist: Watchlist) -> str:
    """ "Orobica di Bergamo" names Orobica: a known place after "di/de/von" is no part of it;
    "Béthune de Fournel Pneus" names Fournel Pneus: nor is one before it (the site's town)."""
    tail = _PLACE_TAIL.search(name)
    if tail and (watchlist.find_places(fold(tail["place"])) or find_countries(fold(tail["place"]))):
        return name[: tail.start()]
    head = _PLACE_HEAD.match(name)
    if head and _is_place(head["place"], watchlist):
        return name[head.end() :]
    trade = _TRADE_AFTER.search(name)  # "Arnedo de Neumáticos Rioja": the trade opens the name
    if trade and fold(trade["head"]).text in nw.COMPANY_HEADS:
        return name[trade.start("head") :]
    town = _DI_TOWN.match(name)  # "Bruno Motori di Asti": the Italian press's town of a firm
    if town and not _names_a_trade(town["name"]):
        return town["name"]
    return name


_TRADE_AFTER = re.compile(r"^\S+\s(?:de|di|du|del|della)\s(?P<head>\S+)\s\S")
_DI_TOWN = re.compile(r"^(?P<name>\S+(?:\s\S+)*?)\sdi\s[A-ZÀ-Þ][\w'’-]+$")


def _names_a_trade(words: str) -> bool:
    """Whether `words` open with a trade or a works' noun ("Officine di Cuneo", "Fonderia di
    Torino"): the place after "di" is then part of the name, unless a name of the firm's own
    follows the trade ("Fonderia Gatti di Cremona" is Fonderia Gatti, of Cremona)."""
    head, *rest = fold(words).text.split()
    if rest and not any(
        _trade_word(word) or word in nw.COMPANY_TAILS or is_origin(word) for word in rest
    ):
        return False  # "Fonderia Gatti": a name of its own follows the trade
    return _trade_word(head)


def _trade_word(word: str) -> bool:
    return word in nw.COMPANY_HEADS or nw.is_descriptor(word) or word in nw.LOWER_DESCRIPTORS


def _is_place(words: str, watchlist: Watchlist) -> bool:
    """Whether `words` are a known place or country, whole."""
    folded = fold(words)
    spans = [(m.start, m.end) for m in watchlist.find_places(folded)]
    spans += [(c.start, c.end) for c in find_countries(folded)]
    return (0, len(folded.text)) in spans


def _covering(name: str, raw: str, watchlist: Watchlist, start: int) -> Actor | None:
    """A watch-list name in the raw words that holds the cleaned name and more ("Van Hool",
    cleaned to "Hool" because "van" opens a name as a preposition would)."""
    folded_name = fold(name).text
    for mention in watchlist.find_companies(fold(raw)):
        span = fold(raw).text[mention.start : mention.end]
        if folded_name in span and len(span) > len(folded_name):
            return Actor(mention.company.name, mention.company, mention.brand, "watch list", start)
    return None


def _from_name(mention: NameMention, watchlist: Watchlist) -> Actor | None:
    if mention.name and _plausible(mention.name, watchlist):
        name = _without_place(mention.name, watchlist)
        return (
            _watchlisted(name, watchlist, mention.start)
            or _covering(name, mention.raw, watchlist, mention.start)
            or Actor(name, None, None, mention.how, mention.start)
        )
    return _watchlisted(mention.raw, watchlist, mention.start)


def choose_actor(
    folded: Folded, title_end: int, cue_at: int, watchlist: Watchlist, names: list[NameMention]
) -> Actor | None:
    """The company the announcement is about, or None when no candidate will do. A company
    named only as a supplier's customer ("Zulieferer von BMW") is the last resort."""
    owners = [n for n in names if owned_by(folded.text, fold(n.raw).text)]
    own = [n for n in names if n not in owners] + lead_openings(folded, title_end) * bool(owners)
    if owners and own:  # "X, a subsidiary of Y": X, unless X will not do
        actor = choose_actor(folded, title_end, cue_at, watchlist, own)
        if actor is not None:
            return actor
    mentions = watchlist.find_companies(folded)
    supplied = customers(folded, watchlist, mentions)
    skipped: list[Actor] = []

    def chosen(actor: Actor | None) -> Actor | None:
        if actor is not None and actor.company is not None and actor.company.id in supplied:
            skipped.append(actor)
            return None
        return actor

    in_title = [n for n in names if n.start < title_end]
    near_cue = [n for n in names if n.start >= title_end and abs(n.start - cue_at) < 200]
    # the lead's own subjects, however long its sentence ("X, which employs 2,400 ... will cut
    # 420 jobs"): a headline "at X" the lead never names again yields to them
    lead_subjects = [
        n for n in names if n.start >= title_end and n.how in ("subject", "described", "legal")
    ] or lead_openings(folded, title_end)
    led = bool(lead_subjects)
    unechoed = [
        n
        for n in in_title
        if led
        and n.how in ("at", "of", "colon")
        and " " not in n.raw.strip()  # one word: "Midlands", "Welsh", "Ávila"
        and not echoed_in_lead(folded, title_end, n.raw)
    ]
    for group in (
        [n for n in names if n.how == "bankrupt"],  # the company that fails loses the jobs
        [n for n in in_title if n.how == "subject"],
        [n for n in names if n.how == "legal"],
        [n for n in in_title if n.how == "described"],
        [n for n in in_title if n.how in ("at", "of") and not n.site and n not in unechoed],
    ):
        for name in group:
            actor = chosen(_from_name(name, watchlist))
            if actor:
                return actor
    for mention in mentions:
        if mention.start < title_end:
            actor = chosen(_listed(mention))
            if actor:
                return actor
    for group in (
        [n for n in in_title if n.how == "colon" and n not in unechoed],
        [n for n in near_cue if n.how in ("subject", "described")],
        [n for n in near_cue if n.how in ("at", "of")],
        [n for n in lead_subjects if n.how != "described"] if unechoed else [],
        unechoed,  # "jobs to go at Midlands parts plant": the lead's company came first
        # "à l'usine de X" in the headline: X is the plant's town as often as its company, so
        # a company the lead names by its verb or its trade is trusted first
        [n for n in in_title if n.site],
    ):
        for name in group:
            actor = chosen(_from_name(name, watchlist))
            if actor:
                return actor
    # the name that opens the headline, or that follows the town opening it
    for opening in (
        headline_opening(folded, title_end),
        after_place(folded, title_end, watchlist),
        headline_referent(folded, title_end),  # "X grijpt in. Het bedrijf schrapt 180 banen"
        headline_closing(folded, title_end),  # "Quale futuro per la X? L'azienda chiude"
        *compound_owners(folded)[:1],  # "de fabriek van het Veldkamp-concern gaat dicht"
    ):
        actor = chosen(_from_name(opening, watchlist) if opening is not None else None)
        if actor:
            return actor
    for mention in mentions:
        actor = chosen(_listed(mention))
        if actor:
            return actor
    for word in _CAPITALISED.finditer(folded.original):  # "fabryka baterii Mercedesa"
        found = _inflected(word.group(), watchlist)
        if found:
            at = folded.text.find(fold(word.group()).text)
            company = found[0].company
            actor = chosen(Actor(company.name, company, found[0].brand, "watch list", max(at, 0)))
            if actor:
                return actor
    if skipped:  # only a customer is named: the report waits for a person
        return dataclasses.replace(skipped[0], how="customer")
    return None


def _listed(mention: CompanyMention) -> Actor:
    return Actor(mention.company.name, mention.company, mention.brand, "watch list", mention.start)


_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÀ-Þ][\w]{3,}(?![\w-])")
