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
from monitor.judgement.joblosses.clauses import clause_span
from monitor.judgement.joblosses.countries import CountryMention, find_countries
from monitor.judgement.joblosses.declined_places import DECLINING
from monitor.judgement.joblosses.watchlist import Company, PlaceMention, Watchlist

_MOVE_BEFORE = re.compile(
    r"\b(?:mov\w*|shift\w*|transfer\w*|relocat\w*|offshor\w*|deplac\w*|demenag\w*|transf\w*"
    r"|delocalis\w*|verlager\w*|verleg\w*|delocalizz\w*|trasfer\w*|spost\w*|desloc\w*"
    r"|traslad\w*|verplaats\w*|verhuis\w*|przenie\w*|przenos\w*)\b"
)
_DESTINATION_BEFORE = re.compile(
    r"\b(?:to|towards|vers|au|aux|en|a|nach|ins)\s+(?:the\s|la\s|le\s|l'|les\s)?$"
)
# Italian, Dutch and Polish say "in", "naar", "do" after their move verbs where English
# says "to" (English "offshoring in X" says where from): read so only
# when the move verb governs it, with no figure and no clause break between ("spostare la
# produzione in Polonia", not "trasferisce i 300 addetti rimasti in Italia" nor "moves, and
# cuts 300 jobs in Italy")
_MOVED_INTO = re.compile(
    r"(?:\b(?:delocalizz|trasferi|spost)\w*[^,.;:\d]{0,45}\sin"
    r"|\b(?:verplaats|verhuis)\w*[^,.;:\d]{0,45}\snaar"
    r"|\b(?:przenie|przenos)\w*[^,.;:\d]{0,45}\sdo)\s$"
)
# "riaprire all'estero, in Polonia": what follows a word for abroad is where work goes
_ABROAD_BEFORE = re.compile(
    r"\b(?:abroad|overseas|a\sl'etranger|ins\sausland|all'estero|al\sextranjero"
    r"|naar\shet\sbuitenland|za\sgranice?)\b[^.;:]{0,25}$"
)
# "to India and Mexico", "in Polonia o forse in Germania": a destination's list goes on
_LIST_GOES_ON = re.compile(
    r"^\s*(?:,|and|or|et|ou|und|oder|e|o|y|en|of|i|lub|albo)\s+(?:[^\W\d]+\s+){0,2}?$"
)
_IN_BEFORE = re.compile(
    r"\b(?:in|at|a|de|d'|du|im|bei|near|pres\sde|von|w|we|v|ve)\s*(?:the\s)?$"  # w, v: pl, cs
)
_BASED_AFTER = re.compile(r"-?\s?(?:based|basee?s?|headquartered|ansassig\w*)\b")
_COMPANY_NOUN_NEAR = re.compile(
    r"\s*(?:car|auto|automotive|battery|tyre|tire|parts|components?|seat|steel)?\s*"
    r"(?:carmakers?|automakers?|makers?|suppliers?|groups?|firms?|company|companies|giants?"
    r"|manufacturers?|rivals?|autobauer\w*|hersteller\w*|konzern\w*|zulieferer\w*"
    r"|unternehmen\w*|firma|brands?|owners?"
    # Dutch and Polish put the adjective first too, and Dutch makes compounds of the noun
    r"|\w*(?:concern|bedrijf|fabrikant|leverancier|bouwer|producent)|groep|merk"
    r"|koncern\w*|producent\w*|gigant\w*|firm[aey]|spolk[aei]|grup[aiy]|dostawc\w*"
    r"|przedsiebiorstw\w*|marka|marki)\b"
)
_COMPANY_NOUN_BEFORE = re.compile(
    r"\b(?:constructeurs?|equipementiers?|groupes?|fabricants?|sous-traitants?|champions?"
    r"|geants?|marques?|entreprises?|societes?"
    # Italian and Spanish put the noun first, as French does
    r"|grupp[oi]|colosso|costruttor[ei]|produttor[ei]|multinazional[ei]|aziend[ae]|societa"
    r"|fornitor[ei]|marchi?o?|grupos?|fabricantes?|empresas?|compania|multinacional"
    r"|proveedor(?:es)?|gigantes?|constructor(?:es|a)?|marcas?|firmas?)\s*$"
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


# The industry or the market at large: a word for many countries in their clause is the
# news's background ("the crisis of the car industry in Europe"), not where jobs go
_AT_LARGE = re.compile(
    r"\b(?:industr\w*|sector\w*|settor\w*|branche\w*|branz\w*|przemysl\w*|market\w*"
    r"|markt\w*|mercat\w*|mercad\w*|marche|rynk\w*|rynek|automobilindustrie)\b"
)


def spread(folded: Folded, title_end: int) -> bool:
    """Whether the text spreads the news over many countries ("in Europe", "weltweit"): in
    the headline, or in a clause of the lead that is not about the industry or the market
    at large."""
    text = folded.text
    for match in lx.MANY_COUNTRIES.finditer(text):
        if match.start() < title_end:
            return True
        start, end = clause_span(folded, match.start())
        if not _AT_LARGE.search(text, start, end):
            return True
    return False


# How far after a firm's adjective its name may follow ("producent akumulatorów do
# samochodów elektrycznych, Northvolt")
_HOME_REACH = 80


@dataclass(frozen=True, slots=True)
class Location:
    site: str | None
    country: str | None
    destination: str | None  # country that receives moved work
    cue: str
    home: str | None = None  # the firm's country as the text calls it ("the Swedish maker")


def _is_destination(text: str, start: int) -> bool:
    before = text[max(0, start - 70) : start]
    if _ABROAD_BEFORE.search(before) or _MOVED_INTO.search(before):
        return True
    return bool(_DESTINATION_BEFORE.search(before) and _MOVE_BEFORE.search(before))


def _destinations(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The starts of the places and countries named as where work goes: each one read as
    such, and each one that only a conjunction joins to one before it ("to India and
    Mexico", "in Polonia o forse in Germania")."""
    found: set[int] = set()
    previous: tuple[int, int] | None = None
    for start, end in sorted(spans):
        if _is_destination(text, start) or (
            previous is not None
            and previous[0] in found
            and _LIST_GOES_ON.match(text[previous[1] : start]) is not None
        ):
            found.add(start)
        previous = (start, end)
    return found


def _is_home(text: str, start: int, end: int, going: set[int]) -> bool:
    """Whether a place is a destination (its start in `going`) or the head office
    ("Stuttgart-based", "Stuttgarter Zulieferer", "supplier from Coburg") rather than where
    jobs are touched."""
    return bool(
        start in going
        or _BASED_AFTER.match(text, end)
        or _COMPANY_NOUN_NEAR.match(text, end)
        or _HOME_BEFORE.search(text, max(0, start - 30), start)
    )


def _near_site_noun(text: str, start: int, end: int) -> bool:
    return bool(lx.SITE_NOUN.search(text, max(0, start - 30), min(len(text), end + 25)))


def _pick_place(
    folded: Folded, places: list[PlaceMention], company: Company | None, going: set[int]
) -> tuple[PlaceMention | None, str]:
    text = folded.text
    usable = [p for p in places if not _is_home(text, p.start, p.end, going)]
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


def _pick_country(
    text: str, countries: list[CountryMention], going: set[int]
) -> CountryMention | None:
    usable = [c for c in countries if c.start not in going]
    for mention in usable:
        if not mention.adjective:
            return mention
    for mention in usable:
        if not _describes_firm(text, mention):
            return mention
    return None


def _describes_firm(text: str, mention: CountryMention) -> bool:
    """ "German carmaker", "le constructeur français", "szwedzki producent": the adjective
    says where the firm is from, not where the jobs are."""
    return bool(
        _COMPANY_NOUN_NEAR.match(text, mention.end)
        or _COMPANY_NOUN_BEFORE.search(text, max(0, mention.start - 25), mention.start)
    )


def _home(text: str, countries: list[CountryMention], going: set[int], actor: str) -> str | None:
    """The acting firm's country, from an adjective that describes a firm and whose phrase
    goes on to the firm's name in the same sentence ("szwedzki producent baterii, Nordcell,",
    "il colosso tedesco Kranwerk"); not the owner's in "del gruppo svizzero Ronal", nor
    "Valeo ... The French supplier said so", where the name came first."""
    name = fold_text(actor) if actor else ""
    if not name:
        return None
    for c in countries:
        if c.adjective and c.start not in going and _describes_firm(text, c):
            after = text[c.end : c.end + _HOME_REACH]
            at = after.find(name)
            if at >= 0 and not any(stop in after[:at] for stop in ".;:!?"):
                return c.code
    return None


def _spans(countries: list[CountryMention]) -> list[tuple[int, int]]:
    return [(c.start, c.end) for c in countries]


def locate(
    folded: Folded,
    watchlist: Watchlist,
    company: Company | None,
    actor: str = "",
    *,
    title_end: int = 0,
    language: str | None = None,
) -> Location:
    """The site and country `folded` speaks of, and any country work moves to.

    `actor` is the company name as found, so that "Fonderie de Bretagne" is not
    read as a foundry in Brittany. `title_end` is where the headline ends: the one country
    it names wins over a place of another country named only after it. `language` is the
    text's: Polish, Czech, Slovak and Hungarian decline place names ("w Tychach").
    """
    text = folded.text
    names = [(m.start, m.end) for m in watchlist.find_companies(folded)]
    places = [  # "Magna Steyr" names a company, not the town of Steyr
        p for p in watchlist.find_places(folded, declined=(language or "")[:2] in DECLINING)
        if not any(start <= p.start < end for start, end in names)
    ]  # fmt: skip
    countries = find_countries(folded)
    going = _destinations(text, [*((p.start, p.end) for p in places), *_spans(countries)])
    destination = next(
        (p.place.country for p in places if p.start in going),
        next((c.code for c in countries if c.start in going), None),
    )
    home = _home(text, countries, going, actor)
    place, cue = _pick_place(folded, places, company, going)
    headline = _headline_country(countries, going, title_end)
    if place is not None and not (
        headline is not None and place.start >= title_end and place.place.country != headline
    ):
        return Location(place.place.name, place.place.country, destination, cue, home)
    if place is not None:  # "... restructuring in France": the headline says where
        return Location(None, headline, destination, "headline country", home)
    site = _unknown_site(folded, watchlist, actor)
    country = _pick_country(text, countries, going)
    code = country.code if country else None
    if code is None:
        located = [p for p in places if p.start not in going]
        code = located[0].place.country if located else None
    cue = "unknown site" if site else "country words"
    return Location(site, code, destination, cue, home)


def _headline_country(
    countries: list[CountryMention], going: set[int], title_end: int
) -> str | None:
    """The one country the headline names (a noun, not where work goes), if it names one."""
    named = {c.code for c in countries if c.start < title_end and not c.adjective}
    named -= {c.code for c in countries if c.start in going}
    return next(iter(named)) if len(named) == 1 else None
