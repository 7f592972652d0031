"""Numbers written in words: "twenty thousand", "deux mille trois cents", "duemila",
"tweeduizend", "pół tysiąca", "un millier".

text2num (a maintained parser, Rust core) reads EN FR DE IT ES NL and more; Polish, which it
does not cover, has a small grammar here, and Hungarian one in `hungarian_numbers`. Rounded
amounts ("un millier", "een paar honderd") are "about"; plural scales alone ("thousands of
jobs", "des milliers") are no figure at all. Works on folded text and returns offsets in it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from text_to_num import text2num

from monitor.judgement.joblosses.hungarian_numbers import hungarian_number
from monitor.model.joblosses import Qualifier

TEXT2NUM_LANGUAGES = frozenset({"en", "fr", "de", "it", "es", "nl", "pt", "da"})
DEFAULT_LANGUAGES = ("en", "fr", "de")
_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)*")
_CONNECTORS = frozenset({"and", "et", "und", "e", "y", "en"})
# A single word that names a number but in news is an article or a pronoun, not a figure.
_NOT_ALONE = frozenset({"un", "une", "uno", "una", "one", "een", "ein", "eine", "dos"})
_MIN_VALUE = 20  # "ten jobs" in words is rare; small words are mostly articles
# Plural scales alone say "many", not a number: "thousands of jobs", "des milliers",
# "Tausende"; after a number they are its scale ("dwa tysiące", 2,000).
_PLURAL_SCALES = frozenset({
    "hundreds", "thousands", "millions", "centaines", "milliers", "hunderte", "tausende",
    "centinaia", "migliaia", "cientos", "miles", "honderden", "duizenden", "setki",
    "tysiace", "tysiecy",
})  # fmt: skip

# Rounded amounts, counted as "about": "une centaine", "un migliaio", "un millar".
# The collective numerals of tens are rounded too: "une soixantaine", "una sessantina", "una
# veintena", "een dertigtal".
_ROUND_VALUE = {"centaine": 100, "millier": 1000, "centinaio": 100, "migliaio": 1000,
                "centenar": 100, "millar": 1000, "hundred": 100, "thousand": 1000,
                "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
                "soixantaine": 60, "ventina": 20, "trentina": 30, "quarantina": 40,
                "cinquantina": 50, "sessantina": 60, "settantina": 70, "ottantina": 80,
                "novantina": 90, "veintena": 20, "treintena": 30, "cuarentena": 40,
                "cincuentena": 50, "twintigtal": 20, "dertigtal": 30, "veertigtal": 40,
                "vijftigtal": 50, "zestigtal": 60, "zeventigtal": 70, "tachtigtal": 80,
                "negentigtal": 90, "honderdtal": 100}  # fmt: skip
_ROUND = re.compile(
    r"\b(?:une?|ein|un|una|uno|een|a|some)\s+(?P<word>"
    + "|".join(sorted(_ROUND_VALUE, key=len, reverse=True))
    + r")\b"
)
_HALF = re.compile(
    r"\b(?:half\sa|a\shalf|un\sdemi-?|une\sdemi-?|mezzo|medio|een\shalve|halve|pol)\s*"
    r"(?P<scale>thousand|million|millier|million|migliaio|millar|millon|miljoen|tysiaca|miliona)\b"
)
# One and a half thousand: "półtora tysiąca", "anderhalfduizend", "eineinhalbtausend".
_ONE_AND_HALF = re.compile(
    r"\b(?:one\sand\sa\shalf\s|poltora\s|anderhalf\s?|anderthalb\s?|eineinhalb\s?)"
    r"(?:thousand|tysiaca|duizend|tausend)\b"
)
_HALF_VALUE = {"thousand": 500, "millier": 500, "migliaio": 500, "millar": 500, "tysiaca": 500,
               "million": 500_000, "millon": 500_000, "miljoen": 500_000,
               "miliona": 500_000}  # fmt: skip

# Polish: units, teens, tens, hundreds and "tysiąc" in its three forms (folded).
_PL_UNITS = {"jeden": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "piec": 5, "szesc": 6,
             "siedem": 7, "osiem": 8, "dziewiec": 9}  # fmt: skip
_PL_TEENS = {"dziesiec": 10, "jedenascie": 11, "dwanascie": 12, "trzynascie": 13,
             "czternascie": 14, "pietnascie": 15, "szesnascie": 16, "siedemnascie": 17,
             "osiemnascie": 18, "dziewietnascie": 19}  # fmt: skip
_PL_TENS = {"dwadziescia": 20, "trzydziesci": 30, "czterdziesci": 40, "piecdziesiat": 50,
            "szescdziesiat": 60, "siedemdziesiat": 70, "osiemdziesiat": 80,
            "dziewiecdziesiat": 90}  # fmt: skip
_PL_HUNDREDS = {"sto": 100, "dwiescie": 200, "trzysta": 300, "czterysta": 400,
                "piecset": 500, "szescset": 600, "siedemset": 700, "osiemset": 800,
                "dziewiecset": 900}  # fmt: skip
_PL_THOUSAND = frozenset({"tysiac", "tysiace", "tysiecy", "tysiaca", "tysiacom", "tysiacami"})
# The same numbers in the oblique cases news writes after verbs and prepositions: "zwolni
# trzystu pracowników", "ponad dwustu", "dla pięciuset osób".
_PL_OBLIQUE = {
    "dwoch": 2, "dwu": 2, "trzech": 3, "czterech": 4, "pieciu": 5, "szesciu": 6, "siedmiu": 7,
    "osmiu": 8, "dziewieciu": 9, "dziesieciu": 10, "jedenastu": 11, "dwunastu": 12,
    "trzynastu": 13, "czternastu": 14, "pietnastu": 15, "szesnastu": 16, "siedemnastu": 17,
    "osiemnastu": 18, "dziewietnastu": 19, "dwudziestu": 20, "trzydziestu": 30,
    "czterdziestu": 40, "piecdziesieciu": 50, "szescdziesieciu": 60, "siedemdziesieciu": 70,
    "osiemdziesieciu": 80, "dziewiecdziesieciu": 90, "stu": 100, "dwustu": 200,
    "trzystu": 300, "czterystu": 400, "pieciuset": 500, "szesciuset": 600, "siedmiuset": 700,
    "osmiuset": 800, "dziewieciuset": 900,
}  # fmt: skip
_PL_WORDS = {**_PL_UNITS, **_PL_TEENS, **_PL_TENS, **_PL_HUNDREDS, **_PL_OBLIQUE}


# Folding drops the accents text2num needs in a few number words ("fünf", "zwölf",
# "veintidós"): put them back before it reads a run of them.
_ACCENTED = {
    "de": (("funf", "fünf"), ("zwolf", "zwölf")),
    "es": (("veintidos", "veintidós"), ("veintitres", "veintitrés"), ("veintiseis", "veintiséis")),
}


@dataclass(frozen=True, slots=True)
class WordNumber:
    value: int
    start: int
    end: int
    qualifier: Qualifier = Qualifier.EXACT


@functools.lru_cache(maxsize=65536)
def _value(words: str, language: str) -> int | None:
    """text2num's reading of `words`, or None when they are no number in that language."""
    if language == "pl":
        return _polish(words.split())
    if language == "hu":
        return hungarian_number(words)
    for folded, accented in _ACCENTED.get(language, ()):
        words = words.replace(folded, accented)
    try:
        return int(text2num(words, language))
    except ValueError:
        return None


def _polish(words: list[str]) -> int | None:
    total = current = 0
    for word in words:
        if word in _PL_THOUSAND:
            total += (current or 1) * 1000
            current = 0
        elif word in _PL_WORDS:
            current += _PL_WORDS[word]
        else:
            return None
    return total + current


_OWN_GRAMMARS = frozenset({"pl", "hu"})


def _languages(language: str | None) -> tuple[str, ...]:
    if language in TEXT2NUM_LANGUAGES or language in _OWN_GRAMMARS:
        return (language,) if language in DEFAULT_LANGUAGES else (language, "en")
    return DEFAULT_LANGUAGES


def _runs(text: str, language: str) -> list[WordNumber]:
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    found: list[WordNumber] = []
    i = 0
    while i < len(tokens):
        word = tokens[i][0]
        if word in _CONNECTORS or word in _PLURAL_SCALES or _value(word, language) is None:
            i += 1
            continue
        j = i + 1  # extend the run over number words and connectors between them
        while j < len(tokens) and (
            _value(tokens[j][0], language) is not None
            or (tokens[j][0] in _CONNECTORS and j + 1 < len(tokens)
                and _value(tokens[j + 1][0], language) is not None)
        ):  # fmt: skip
            j += 1
        for end in range(j, i, -1):  # the longest reading that parses
            words = [t[0] for t in tokens[i:end]]
            if words[-1] in _CONNECTORS:
                continue
            value = _value(" ".join(words), language)
            if value is None:
                continue
            if not (len(words) == 1 and words[0] in _NOT_ALONE) and value >= _MIN_VALUE:
                found.append(WordNumber(value, tokens[i][1], tokens[end - 1][2]))
            i = end - 1
            break
        i += 1
    return found


def find_word_numbers(text: str, language: str | None = None) -> list[WordNumber]:
    """Numbers written in words in folded `text`, in order, read in `language`'s words
    (English, French and German when the language is unknown)."""
    found: dict[int, WordNumber] = {}
    for match in _ROUND.finditer(text):
        value = _ROUND_VALUE[match["word"]]
        exact = match.group().startswith(("a ", "one "))  # "a thousand jobs" is 1,000
        qualifier = Qualifier.EXACT if exact else Qualifier.ABOUT
        found[match.start()] = WordNumber(value, match.start(), match.end(), qualifier)
    for match in _HALF.finditer(text):
        value = _HALF_VALUE[match["scale"]]
        found[match.start()] = WordNumber(value, match.start(), match.end())
    for match in _ONE_AND_HALF.finditer(text):
        found[match.start()] = WordNumber(1500, match.start(), match.end())
    for lang in _languages(language):
        for number in _runs(text, lang):
            if not any(k <= number.start < f.end for k, f in found.items()):
                found.setdefault(number.start, number)
    return sorted(found.values(), key=lambda n: n.start)
