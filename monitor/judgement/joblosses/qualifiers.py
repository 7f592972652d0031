"""How firm a job figure is, from the words written around it: "up to 7,500", "plus de 1 200",
"ruim 2000", "oltre 600", "około 150", "4,000+".

The words are data, one table per language, so a language is added by writing its words here.
Tables are read on folded text (lower case, no accents: "più" is "piu", "około" is "okolo").
Hungarian, Portuguese, Czech, Slovak, Romanian and Swedish have their commonest words too.
Every language's words are tried, because feeds mislabel languages and quote one another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.model.joblosses import Qualifier

# Written before the figure. Within a language, longer phrases are tried first.
BEFORE: dict[Qualifier, dict[str, tuple[str, ...]]] = {
    Qualifier.UP_TO: {
        "en": ("up to", "as many as", "as much as", "at most", "a maximum of"),
        "fr": ("jusqu'a", "jusqu'au", "au plus", "au maximum", "jusqu'a environ"),
        "de": ("bis zu", "maximal", "hochstens"),
        "it": ("fino a", "fino ad", "al massimo", "massimo"),
        "es": ("hasta", "como maximo", "un maximo de"),
        "nl": ("tot wel", "tot", "maximaal", "hooguit"),
        "pl": ("nawet", "maksymalnie", "do nawet"),
        "hu": ("akar", "legfeljebb"),
        "pt": ("ate", "ate cerca de", "no maximo"),
        "cs": ("maximalne",),
        "sk": ("maximalne",),
        "ro": ("pana la", "maximum"),
        "sv": ("upp till", "hela", "som mest"),
    },
    Qualifier.FEWER_THAN: {
        "en": ("fewer than", "less than", "under", "below", "just under"),
        "fr": ("moins de",),
        "de": ("weniger als", "unter", "knapp unter"),
        "it": ("meno di",),
        "es": ("menos de",),
        "nl": ("minder dan",),
        "pl": ("mniej niz", "ponizej"),
        "hu": ("kevesebb mint", "kevesebb, mint"),
        "pt": ("menos de",),
        "cs": ("mene nez",),
        "sk": ("menej ako",),
        "ro": ("mai putin de", "sub"),
        "sv": ("farre an", "mindre an"),
    },
    Qualifier.AT_LEAST: {
        "en": ("at least", "a minimum of", "no fewer than", "not less than"),
        "fr": ("au moins", "pas moins de", "au minimum"),
        "de": ("mindestens", "wenigstens"),
        "it": ("almeno", "non meno di", "minimo"),
        "es": ("al menos", "como minimo", "por lo menos", "no menos de"),
        "nl": ("minstens", "ten minste", "tenminste", "minimaal"),
        "pl": ("co najmniej", "przynajmniej", "minimum"),
        "hu": ("legalabb",),
        "pt": ("pelo menos", "no minimo"),
        "cs": ("nejmene", "minimalne"),
        "sk": ("najmenej", "minimalne"),
        "ro": ("cel putin",),
        "sv": ("minst", "atminstone"),
    },
    Qualifier.MORE_THAN: {
        "en": ("more than", "over", "well over", "just over", "in excess of", "upwards of"),
        "fr": ("plus de", "bien plus de"),
        "de": ("mehr als", "uber", "gut", "weit uber"),
        "it": ("oltre", "piu di", "ben oltre", "oltre ai", "oltre i"),
        "es": ("mas de", "por encima de"),
        "nl": ("meer dan", "ruim", "bijna ruim", "dik"),
        "pl": ("ponad", "przeszlo", "wiecej niz", "powyzej"),
        "hu": ("tobb mint", "tobb, mint"),
        "pt": ("mais de",),
        "cs": ("vice nez", "pres"),
        "sk": ("viac ako", "vyse"),
        "ro": ("peste", "mai mult de"),
        "sv": ("mer an", "drygt", "fler an"),
    },
    Qualifier.ABOUT: {
        "en": (
            "about", "around", "some", "roughly", "approximately", "approx.", "approx", "nearly",
            "almost", "close to", "an estimated", "circa", "ca.", "c.", "an estimated total of",
        ),
        "fr": (
            "environ", "quelque", "quelques", "pres de", "presque", "autour de", "pas loin de",
            "de l'ordre de", "a peu pres",
        ),
        "de": ("rund", "etwa", "knapp", "fast", "annahernd", "ungefahr", "an die", "um die",
               "ca.", "zirka"),
        "it": ("circa", "quasi", "intorno a", "intorno ai", "attorno ai", "all'incirca",
               "poco meno di"),
        "es": ("unos", "unas", "cerca de", "alrededor de", "casi", "aproximadamente",
               "en torno a", "aproximadamente unos"),
        "nl": ("ongeveer", "circa", "zo'n", "bijna", "een kleine", "rond de", "pakweg",
               "zowat"),
        "pl": ("okolo", "ok.", "blisko", "prawie", "niemal"),
        "hu": ("mintegy", "korulbelul", "kozel", "nagyjabol", "kb.", "csaknem", "majdnem",
               "hozzavetoleg", "megkozelitoleg", "nagyjabol", "kozel"),
        "pt": ("cerca de", "aproximadamente", "quase", "perto de", "por volta de"),
        "cs": ("zhruba", "asi", "priblizne", "temer", "kolem"),
        "sk": ("zhruba", "asi", "priblizne", "takmer", "okolo"),
        "ro": ("aproximativ", "circa", "aproape", "in jur de"),
        "sv": ("cirka", "omkring", "runt", "nastan", "ungefar", "ca."),
    },
}  # fmt: skip

# Written after the figure ("4,000+", "1 000 et plus", "500 o piu"): at least that many.
AFTER_MORE = (
    "+", "or more", "and more", "et plus", "ou plus", "und mehr", "oder mehr", "o piu", "e piu",
    "o mas", "y mas", "of meer", "en meer", "i wiecej", "lub wiecej",
)  # fmt: skip


def _before_pattern(words: list[str]) -> re.Pattern[str]:
    ordered = sorted(set(words), key=len, reverse=True)
    # an apostrophe opening a quote may stand before it ("'ruim driehonderd banen'"), not one
    # inside a word
    return re.compile(
        r"(?:^|[^\w']|(?<![\w'])')(?:" + "|".join(re.escape(w) for w in ordered) + r")\s*$"
    )


# The order says which reading wins when two end at the same place ("just under" before "under").
# The one-word qualifiers ("Circa", "Casi", "Ruim"): a headline they open opens with a
# figure, not with a name.
QUALIFIER_WORDS = frozenset(
    word
    for table in BEFORE.values()
    for words in table.values()
    for word in words
    if " " not in word and "." not in word
)
_ORDER = (Qualifier.UP_TO, Qualifier.FEWER_THAN, Qualifier.AT_LEAST, Qualifier.MORE_THAN,
          Qualifier.ABOUT)  # fmt: skip
_BEFORE = tuple(
    (q, _before_pattern([w for words in BEFORE[q].values() for w in words])) for q in _ORDER
)
_AFTER = re.compile(
    r"\s*(?:\+|(?:"
    + "|".join(re.escape(w) for w in sorted(AFTER_MORE, key=len, reverse=True) if w != "+")
    + r")\b)"
)
_REACH = 28  # characters looked at before a figure


@dataclass(frozen=True, slots=True)
class Qualified:
    """A qualifier and the span of the figure with its words."""

    qualifier: Qualifier
    start: int
    end: int


def qualify(text: str, start: int, end: int) -> Qualified:
    """The qualifier of the figure at `start:end` of folded `text`, and the widened span."""
    before = text[max(0, start - _REACH) : start]
    best: tuple[int, Qualifier] | None = None
    for qualifier, pattern in _BEFORE:
        match = pattern.search(before)
        if match:
            words_start = start - len(before) + match.start()
            if words_start < start and not text[words_start].isalnum():
                words_start += 1
            if best is None or words_start < best[0]:  # the longest phrase wins
                best = (words_start, qualifier)
    if best is not None:
        return Qualified(best[1], best[0], end)
    after = _AFTER.match(text, end)
    if after:
        return Qualified(Qualifier.AT_LEAST, start, after.end())
    return Qualified(Qualifier.EXACT, start, end)
