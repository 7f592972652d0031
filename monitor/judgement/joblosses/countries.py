"""Country names and adjectives in English, French and German, mapped to ISO codes.

Used when no known site names the country: "in Germany", "usines françaises",
"deutschen Werken". Adjectives are generated with their inflections.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.judgement.joblosses._fold import Folded

# code: (nouns, English adjectives, French adjective stems, German adjective stems)
_COUNTRIES: dict[str, tuple[str, str, str, str]] = {
    "DE": ("germany|allemagne|deutschland|rfa|brd", "german", "allemand", "deutsch"),
    "FR": ("france|frankreich|hexagone", "french", "francais", "franzosisch"),
    "IT": ("italy|italie|italien", "italian", "italien", "italienisch"),
    "ES": ("spain|espagne|spanien", "spanish", "espagnol", "spanisch"),
    "GB": ("UK|U.K.|united kingdom|britain|great britain|england|royaume-uni|grande-bretagne|"
           "angleterre|grossbritannien|vereinigtes konigreich|vereinigten konigreich|"
           "england", "british|english", "britannique|anglais", "britisch|englisch"),
    "BE": ("belgium|belgique|belgien|flanders|wallonia|flandre|wallonie", "belgian",
           "belge", "belgisch"),
    "NL": ("netherlands|the netherlands|pays-bas|niederlande|niederlanden|holland",
           "dutch", "neerlandais", "niederlandisch"),
    "LU": ("luxembourg|luxemburg", "luxembourgish", "luxembourgeois", "luxemburgisch"),
    "AT": ("austria|autriche|osterreich", "austrian", "autrichien", "osterreichisch"),
    "CH": ("switzerland|suisse|schweiz", "swiss", "suisse", "schweizerisch"),
    "PL": ("poland|pologne|polen", "Polish", "polonais", "polnisch"),
    "CZ": ("czech republic|czechia|republique tcheque|tchequie|tschechien", "czech",
           "tcheque", "tschechisch"),
    "SK": ("slovakia|slovaquie|slowakei", "slovak|slovakian", "slovaque", "slowakisch"),
    "HU": ("hungary|hongrie|ungarn", "hungarian", "hongrois", "ungarisch"),
    "RO": ("romania|roumanie|rumanien", "romanian", "roumain", "rumanisch"),
    "BG": ("bulgaria|bulgarie|bulgarien", "bulgarian", "bulgare", "bulgarisch"),
    "SI": ("slovenia|slovenie|slowenien", "slovenian|slovene", "slovene", "slowenisch"),
    "HR": ("croatia|croatie|kroatien", "croatian", "croate", "kroatisch"),
    "RS": ("serbia|serbie|serbien", "serbian", "serbe", "serbisch"),
    "SE": ("sweden|suede|schweden", "swedish", "suedois", "schwedisch"),
    "FI": ("finland|finlande|finnland", "finnish", "finlandais", "finnisch"),
    "DK": ("denmark|danemark|daenemark", "danish", "danois", "danisch"),
    "NO": ("norway|norvege|norwegen", "norwegian", "norvegien", "norwegisch"),
    "IE": ("ireland|irlande|irland", "irish", "irlandais", "irisch"),
    "PT": ("portugal", "portuguese", "portugais", "portugiesisch"),
    "GR": ("greece|grece|griechenland", "greek", "grec", "griechisch"),
    "EE": ("estonia|estonie|estland", "estonian", "estonien", "estnisch"),
    "LV": ("latvia|lettonie|lettland", "latvian", "letton", "lettisch"),
    "LT": ("lithuania|lituanie|litauen", "lithuanian", "lituanien", "litauisch"),
    "UA": ("ukraine", "ukrainian", "ukrainien", "ukrainisch"),
    "TR": ("turkey|turkiye|turquie|turkei", "turkish", "turc", "turkisch"),
    "MA": ("morocco|maroc|marokko", "moroccan", "marocain", "marokkanisch"),
    "TN": ("tunisia|tunisie|tunesien", "tunisian", "tunisien", "tunesisch"),
    "CN": ("china|chine", "chinese", "chinois", "chinesisch"),
    "IN": ("india|inde|indien", "indian", "indien", "indisch"),
    "JP": ("japan|japon", "japanese", "japonais", "japanisch"),
    "KR": ("south korea|coree du sud|sudkorea", "korean|south korean", "coreen", "koreanisch"),
    "MX": ("mexico|mexique|mexiko", "mexican", "mexicain", "mexikanisch"),
    "US": ("US|USA|U.S.|united states|etats-unis|vereinigte staaten|vereinigten staaten",
           "american", "americain", "amerikanisch"),
}  # fmt: skip

_FR_ENDINGS = ("", "e", "s", "es", "ne", "nes")
_DE_ENDINGS = ("", "e", "en", "er", "es", "em")


@dataclass(frozen=True, slots=True)
class CountryMention:
    code: str
    start: int  # folded offsets
    end: int
    adjective: bool


def _forms() -> tuple[dict[str, tuple[str, bool]], frozenset[str]]:
    forms: dict[str, tuple[str, bool]] = {}
    cased: set[str] = set()

    def add(form: str, code: str, adjective: bool) -> None:
        if form != form.lower():
            cased.add(form)
        forms.setdefault(form.lower(), (code, adjective))

    for code, (nouns, en, fr, de) in _COUNTRIES.items():
        for noun in nouns.split("|"):
            add(noun, code, False)
        for adjective in en.split("|"):
            add(adjective, code, True)
        for stem in fr.split("|"):
            for ending in _FR_ENDINGS:
                if ending.startswith("n") and not stem.endswith("ien"):
                    continue
                add(stem + ending, code, True)
        for stem in de.split("|"):
            for ending in _DE_ENDINGS:
                add(stem + ending, code, True)
    return forms, frozenset(cased)


_FORMS, _CASED = _forms()
_PATTERN = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(f) for f in sorted(_FORMS, key=len, reverse=True))
    + r")(?![\w])"
)


def find_countries(folded: Folded) -> list[CountryMention]:
    """Country names and adjectives in `folded`, in order."""
    found = []
    for match in _PATTERN.finditer(folded.text):
        code, adjective = _FORMS[match.group()]
        original = folded.original_span(match.start(), match.end())
        if any(original.lower() == c.lower() and original != c for c in _CASED):
            continue  # "us" the pronoun, "polish" the verb
        found.append(CountryMention(code, match.start(), match.end(), adjective))
    return found


def country_names(code: str) -> tuple[str, ...]:
    """The nouns that name `code` (for tests and documentation)."""
    return tuple(_COUNTRIES[code][0].split("|"))
