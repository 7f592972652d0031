"""Country names and adjectives in EN FR DE IT ES NL PL, mapped to ISO codes.

Used when no known site names the country: "in Germany", "usines françaises",
"deutschen Werken". Adjectives are generated with their inflections.
"""

from __future__ import annotations

from dataclasses import dataclass

import ahocorasick

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
    "TW": ("taiwan", "taiwanese", "taiwanais", "taiwanisch"),
    "MX": ("mexico|mexique|mexiko", "mexican", "mexicain", "mexikanisch"),
    "US": ("US|USA|U.S.|united states|etats-unis|vereinigte staaten|vereinigten staaten"
           # the states where carmakers and suppliers build (not Georgia, Washington, New
           # York or Indiana: a country, a capital's politics, a head-office city and the
           # Italian for "Indian" as often)
           "|michigan|ohio|illinois|kentucky|tennessee|alabama|mississippi|missouri"
           "|south carolina|north carolina|texas|california|kalifornien|californie"
           "|new jersey|pennsylvania|wisconsin",
           "american", "americain", "amerikanisch"),
    "CA": ("canada|kanada|ontario", "canadian", "canadien", "kanadisch"),
    "BR": ("brazil|bresil|brasilien", "brazilian", "bresilien", "brasilianisch"),
    "AR": ("argentina|argentine|argentinien", "argentinian|argentine", "argentin",
           "argentinisch"),
    "ZA": ("south africa|afrique du sud|sudafrika", "south african", "sud-africain",
           "sudafrikanisch"),
    "RU": ("russia|russie|russland", "russian", "russe", "russisch"),
    "TH": ("thailand|thailande", "thai", "thailandais", "thailandisch"),
}  # fmt: skip

# Italian, Spanish, Dutch and Polish: (nouns and their case forms, adjectives and their
# inflections), folded. Regions where the industry sits count as their country.
_MORE: dict[str, tuple[str, str]] = {
    "DE": ("germania|alemania|duitsland|niemcy|niemczech|niemiec|baviera|bavaria|bayern"
           "|baviere|niedersachsen|lower saxony|sachsen|saxony|baden-wurttemberg|saarland"
           "|turingia|thuringia|thuringen|nordrhein-westfalen|renania",
           "tedesco|tedesca|tedeschi|tedesche|aleman|alemana|alemanes|alemanas|duitse|duits"
           "|niemiecki|niemiecka|niemieckie|niemieckiej|niemieckiego|niemieckich"),
    "FR": ("francia|frankrijk|francja|francji",
           "francese|francesi|frances|francesa|franceses|francesas|franse|francuski"
           "|francuska|francuskie|francuskiej|francuskiego"),
    "IT": ("italia|italie|itali|wlochy|wloszech|piemonte|piemont|piedmont|lombardia|lombardy"
           "|emilia-romagna|campania|basilicata|abruzzo|toscana|veneto",
           "italiano|italiana|italiani|italiane|italianos|italianas|italiaanse|italiaans|wloski"
           "|wloska|wloskie|wloskiej|wloskiego"),
    "ES": ("espana|spanje|hiszpania|hiszpanii|cataluna|catalunya|catalogna|catalonia|aragon"
           "|navarra|galicia|castilla|andalucia|pais vasco",
           "spagnolo|spagnola|spagnoli|spagnole|espanol|espanola|espanoles|espanolas|spaanse"
           "|spaans|hiszpanski|hiszpanska|hiszpanskie|hiszpanskiej"),
    "NL": ("paesi bassi|paises bajos|nederland|holandia|holandii|niderlandy",
           "olandese|olandesi|neerlandes|neerlandesa|holandes|holandesa|nederlandse|hollandse"
           "|holenderski|holenderska|holenderskie|holenderskiej"),
    "BE": ("belgio|belgica|belgie|belgia|belgii|vlaanderen|wallonie|fiandre|vallonia",
           "belga|belgi|belgische|belgisch|belgijski|belgijska|belgijskie"),
    "PL": ("polonia|polska|polsce|polski|slask|silesia|slesia",
           "polacco|polacca|polacchi|polaco|polaca|polacos|poolse|polskiej"
           "|polskie|polskiego|polskich"),
    "SE": ("svezia|suecia|zweden|szwecja|szwecji",
           "svedese|svedesi|sueco|sueca|suecos|zweedse|zweeds|szwedzki|szwedzka|szwedzkie"
           "|szwedzkiej|szwedzkiego"),
    "GB": ("regno unito|gran bretagna|inghilterra|reino unido|gran bretana|inglaterra"
           "|verenigd koninkrijk|groot-brittannie|engeland|wielka brytania|wielkiej brytanii"
           "|anglia|anglii",
           "britannico|britannica|britanico|britanica|britse|brytyjski|brytyjska|brytyjskie"),
    "AT": ("oostenrijk|austrii", "austriaco|austriaca|austriaci|oostenrijkse|austriacki"),
    "CZ": ("repubblica ceca|republica checa|chequia|tsjechie|czechy|czechach|czech",
           "ceco|ceca|cechi|checo|checa|tsjechische|czeski|czeska|czeskie|czeskiej"),
    "SK": ("slovacchia|eslovaquia|slowakije|slowacja|slowacji",
           "slovacco|slovacca|eslovaco|eslovaca|slowaakse|slowacki|slowacka|slowackie"),
    "HU": ("ungheria|hungria|hongarije|wegry|wegrzech|magyarorszag",
           "ungherese|ungheresi|hungaro|hungara|hongaarse|wegierski|wegierska|wegierskie"),
    "RO": ("rumania|roemenie|rumunia|rumunii",
           "rumeno|rumena|rumano|rumana|roemeense|rumunski|rumunska"),
    "PT": ("portogallo|portugalia|portugalii", "portoghese|portugues|portuguesa|portugese"),
    "SI": ("eslovenia|slovenie|slowenia|slowenii", "sloveno|slovena|esloveno|sloweens"),
    "RS": ("servie|serbii", "serbo|serba|serbio|servische|serbski"),
    "CH": ("svizzera|suiza|zwitserland|szwajcaria|szwajcarii",
           "svizzero|svizzera|suizo|suiza|zwitserse|szwajcarski|szwajcarska"),
    "DK": ("danimarca|dinamarca|denemarken|dania|danii", "danese|danes|deense|dunski"),
    "FI": ("finlandia|finlandii", "finlandese|finlandes|finse|finski"),
    "NO": ("norvegia|noruega|noorwegen|norwegia|norwegii", "norvegese|noruego|noorse|norweski"),
    "IE": ("irlanda|ierland|irlandia|irlandii", "irlandese|irlandes|ierse|irlandzki"),
    "CN": ("cina|chiny|chinach", "cinese|cinesi|chino|china|chinos|chinese|chinski|chinska"
           "|chinskie|chinskiej"),
    "US": ("stati uniti|estados unidos|verenigde staten|stany zjednoczone|stanach zjednoczonych",
           "statunitense|estadounidense|amerikaanse|amerykanski|amerykanska"),
    "JP": ("giappone|japon|japonia|japonii", "giapponese|japones|japonesa|japanse|japonski"),
    "KR": ("corea del sud|corea del sur|zuid-korea|korea poludniowa",
           "sudcoreano|surcoreano|coreano|coreana|sudcoreana|surcoreana|zuid-koreaanse|koreaanse|koreanski"),
    "TR": ("turchia|turquia|turkije|turcja|turcji", "turco|turca|turkse|turecki|turecka"),
    "TW": ("tajwan|tajwanie", "taiwanes|taiwanesa|taiwanese|taiwanees|taiwanese|tajwanski"),
    "MA": ("marocco|marruecos|maroko|maroku", "marocchino|marroqui|marokkaanse|marokanski"),
    "MX": ("messico|meksyk|meksyku", "messicano|mexicano|mexicana|mexicaanse|meksykanski"),
    "IN": ("indie|indiach", "indiano|indio|indiase|indyjski"),
    "CA": ("canada|kanadzie", "canadese|canadiense|canadese|kanadyjski|kanadyjska"),
    "BR": ("brasile|brasil|brazilie|brazylia|brazylii", "brasiliano|brasileno|braziliaanse"
           "|brazylijski|brazylijska"),
    "AR": ("argentinie|argentyna|argentynie", "argentino|argentina|argentijnse|argentynski"),
    "ZA": ("sudafrica|zuid-afrika", "sudafricano|zuid-afrikaanse"),
    "RU": ("rusia|rusland|rosja|rosji", "ruso|rusa|russische|rosyjski|rosyjska"),  # Russo: a name
    "TH": ("tailandia|thailandia|tajlandia|tajlandii", "tailandese|tailandes|thaise"),
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
    for code, (nouns, adjectives) in _MORE.items():
        for noun in nouns.split("|"):
            add(noun, code, False)
        for adjective in adjectives.split("|"):
            add(adjective, code, True)
    return forms, frozenset(cased)


_FORMS, _CASED = _forms()


def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for form in _FORMS:
        automaton.add_word(form, len(form))
    automaton.make_automaton()
    return automaton


_AUTOMATON = _automaton()


def _is_word_char(char: str) -> bool:
    """What `re` reads as `\\w`."""
    return char.isalnum() or char == "_"


def _spans(text: str) -> list[tuple[int, int]]:
    """Where the forms stand in `text`, as a search for any of them, longest first, would
    find them one after the other: at the leftmost start, the longest form with no word
    character (or ".", "U.K.") just before it and none just after; then on from its end.
    One pass of an automaton rather than a regular expression of every form, which `re`
    tries at every position."""
    longest: dict[int, int] = {}  # a start, and the end of the longest form there
    size = len(text)
    for last, length in _AUTOMATON.iter(text):
        start, stop = last - length + 1, last + 1
        if start and (_is_word_char(text[start - 1]) or text[start - 1] == "."):
            continue
        if stop < size and _is_word_char(text[stop]):
            continue
        if stop > longest.get(start, 0):
            longest[start] = stop
    spans, cursor = [], 0
    for start in sorted(longest):
        if start >= cursor:
            spans.append((start, longest[start]))
            cursor = longest[start]
    return spans


_last: tuple[Folded | None, tuple[CountryMention, ...]] = (None, ())


def find_countries(folded: Folded) -> list[CountryMention]:
    """Country names and adjectives in `folded`, in order (the last text's answer is kept:
    the extractor asks it of one text several times)."""
    global _last
    last = _last
    if last[0] is folded or last[0] == folded:
        return list(last[1])
    found = []
    for start, end in _spans(folded.text):
        code, adjective = _FORMS[folded.text[start:end]]
        original = folded.original_span(start, end)
        if any(original.lower() == c.lower() and original != c for c in _CASED):
            continue  # "us" the pronoun, "polish" the verb
        found.append(CountryMention(code, start, end, adjective))
    _last = (folded, tuple(found))
    return found


def country_names(code: str) -> tuple[str, ...]:
    """The nouns that name `code` (for tests and documentation)."""
    return tuple(_COUNTRIES[code][0].split("|"))
