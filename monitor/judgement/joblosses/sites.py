"""Where an announcement strikes: the site (plant and place) and its country.

The gazetteer in the watch list gives place names and their countries; a place
that is one of the company's plants wins over other places. Places and countries
named as the destination of moved work ("production moves to Poland") are not
where jobs are lost, but they tell offshoring from relocation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.judgement.joblosses import lexicon as lx
from monitor.judgement.joblosses._fold import Folded, fold_text
from monitor.judgement.joblosses.countries import CountryMention, find_countries
from monitor.judgement.joblosses.watchlist import Company, PlaceMention, Watchlist

_MOVE_BEFORE = re.compile(
    r"\b(?:mov\w*|shift\w*|transfer\w*|relocat\w*|offshor\w*|deplac\w*|demenag\w*|transf\w*"
    r"|delocalis\w*|verlager\w*|verleg\w*)\b"
)
_DESTINATION_BEFORE = re.compile(
    r"\b(?:to|towards|vers|au|aux|en|a|nach|ins)\s+(?:the\s|la\s|le\s|l'|les\s)?$"
)
_IN_BEFORE = re.compile(r"\b(?:in|at|a|de|d'|du|im|bei|near|pres\sde|von)\s*(?:the\s)?$")
_BASED_AFTER = re.compile(r"-?\s?(?:based|basee?s?|headquartered|ansassig\w*)\b")
_COMPANY_NOUN_NEAR = re.compile(
    r"\s*(?:car|auto|automotive|battery|tyre|tire|parts|components?|seat|steel)?\s*"
    r"(?:carmakers?|automakers?|makers?|suppliers?|groups?|firms?|company|companies|giants?"
    r"|manufacturers?|rivals?|autobauer\w*|hersteller\w*|konzern\w*|zulieferer\w*"
    r"|unternehmen\w*|firma|brands?|owners?)\b"
)
_COMPANY_NOUN_BEFORE = re.compile(
    r"\b(?:constructeurs?|equipementiers?|groupes?|fabricants?|sous-traitants?|champions?"
    r"|geants?|marques?|entreprises?|societes?)\s*$"
)
_UNKNOWN_SITE = re.compile(
    r"\b(?:plant|factory|site|works|facility|foundry|usine|fonderie|werk|standort|fabrik)"
    r"(?:\s(?:in|at|of|de|du|a|im|bei|von)\s|\sd'|\s)(?P<after>\S)"
)
_SITE_AFTER_NAME = re.compile(r"\s(?:plant|factory|site|works|foundry|facility)\b")
_CAPITALISED = re.compile(
    r"[A-ZÀ-Þ][\w'’]+(?:(?:-(?:\w+-)*|\s(?:am\s|an\sder\s|im\s)?)[A-ZÀ-Þ][\w'’]+)*"
)
_HOME_BEFORE = re.compile(
    r"\b(?:zulieferer|konzern|hersteller|unternehmen|autobauer|supplier|group|company|carmaker"
    r"|firm|maker|groupe|equipementier|constructeur)\s(?:aus|from|de)\s$"
)
# French puts the town after the figure: "200 emplois à Mondeville" (regions take "en").
_FIGURE_AT = re.compile(
    r"\b(?:emplois|postes|salaries|personnes|cdi|interimaires|embauches)\sa\s(?P<after>\S)"
)
_NOT_PLACES = frozenset({
    "europe", "asia", "africa", "america", "north", "south", "east", "west", "eu", "the", "its",
    "le", "la", "les", "der", "die", "das", "production", "produktion", "nord", "sud", "ouest",
    "est",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Location:
    site: str | None
    country: str | None
    destination: str | None  # country that receives moved work
    cue: str


def _is_destination(text: str, start: int) -> bool:
    before = text[max(0, start - 70) : start]
    return bool(_DESTINATION_BEFORE.search(before) and _MOVE_BEFORE.search(before))


def _is_home(text: str, start: int, end: int) -> bool:
    """Whether a place is a destination or the head office ("Stuttgart-based", "Stuttgarter
    Zulieferer", "supplier from Coburg") rather than where jobs are touched."""
    return bool(
        _is_destination(text, start)
        or _BASED_AFTER.match(text, end)
        or _COMPANY_NOUN_NEAR.match(text, end)
        or _HOME_BEFORE.search(text, max(0, start - 30), start)
    )


def _near_site_noun(text: str, start: int, end: int) -> bool:
    return bool(lx.SITE_NOUN.search(text, max(0, start - 30), min(len(text), end + 25)))


def _pick_place(
    folded: Folded, places: list[PlaceMention], company: Company | None
) -> tuple[PlaceMention | None, str]:
    text = folded.text
    usable = [p for p in places if not _is_home(text, p.start, p.end)]
    if company is not None:
        for place in usable:
            if place.place.name in company.sites:
                return place, "company site"
    for place in usable:
        if _near_site_noun(text, place.start, place.end):
            return place, "place by site noun"
    for place in usable:
        if _IN_BEFORE.search(text, max(0, place.start - 12), place.start):
            return place, "place after preposition"
    return None, ""


def _acceptable_name(name: str, watchlist: Watchlist) -> bool:
    folded_name = Folded(name, fold_text(name))
    if fold_text(name.split()[0]) in _NOT_PLACES:
        return False
    return not (watchlist.find_companies(folded_name) or find_countries(folded_name))


def _unknown_site(folded: Folded, watchlist: Watchlist, actor: str) -> str | None:
    """A place not in the gazetteer, read where news puts one: "usine de X", "X plant"."""
    original = folded.original
    matches = [*_UNKNOWN_SITE.finditer(folded.text), *_FIGURE_AT.finditer(folded.text)]
    for match in matches:
        start = folded.original_offset(match.start("after"))
        rest = original[start : start + 80]
        words = _CAPITALISED.match(rest)
        name = words.group().rstrip("'’-") if words else ""
        if name and name not in actor and _acceptable_name(name, watchlist):
            return name
    for match in _SITE_AFTER_NAME.finditer(folded.text):
        end = folded.original_offset(match.start())
        before = original[max(0, end - 80) : end]
        words = re.search(r"(?:^|\s)([A-ZÀ-Þ][\w'’-]+)$", before)
        if not words or words.start(1) == 0:  # a headline's first word is no place name
            continue
        name = words.group(1)
        if before[: words.start(1)].rstrip().endswith((".", ":")):
            continue
        if name not in actor and _acceptable_name(name, watchlist):
            return name
    return None


def _pick_country(text: str, countries: list[CountryMention]) -> CountryMention | None:
    usable = [c for c in countries if not _is_destination(text, c.start)]
    for mention in usable:
        if not mention.adjective:
            return mention
    for mention in usable:
        if _COMPANY_NOUN_NEAR.match(text, mention.end) or _COMPANY_NOUN_BEFORE.search(
            text, max(0, mention.start - 25), mention.start
        ):
            continue  # "German carmaker", "le constructeur français": the firm, not the site
        return mention
    return None


def locate(
    folded: Folded, watchlist: Watchlist, company: Company | None, actor: str = ""
) -> Location:
    """The site and country `folded` speaks of, and any country work moves to.

    `actor` is the company name as found, so that "Fonderie de Bretagne" is not
    read as a foundry in Brittany.
    """
    text = folded.text
    names = [(m.start, m.end) for m in watchlist.find_companies(folded)]
    places = [  # "Magna Steyr" names a company, not the town of Steyr
        p for p in watchlist.find_places(folded)
        if not any(start <= p.start < end for start, end in names)
    ]  # fmt: skip
    countries = find_countries(folded)
    destination = next(
        (p.place.country for p in places if _is_destination(text, p.start)),
        next((c.code for c in countries if _is_destination(text, c.start)), None),
    )
    place, cue = _pick_place(folded, places, company)
    if place is not None:
        return Location(place.place.name, place.place.country, destination, cue)
    site = _unknown_site(folded, watchlist, actor)
    country = _pick_country(text, countries)
    code = country.code if country else None
    if code is None:
        located = [p for p in places if not _is_destination(text, p.start)]
        code = located[0].place.country if located else None
    return Location(site, code, destination, "unknown site" if site else "country words")
