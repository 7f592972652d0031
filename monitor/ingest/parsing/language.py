"""Which of the monitor's languages a text is in, and ISO 639-1 codes out of language tags.

Feeds often omit their language, yet matching rules and digests are per language. A stop-word
count is enough to tell en/fr/de/it/es/nl/pl/pt/hu apart on a headline plus summary, costs a few
microseconds, and needs no model: when it is unsure it says so (None) rather than guess.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["detect_language", "language_code"]

_STOP_WORDS: dict[str, str] = {
    "en": "the of and to in is that for on with as was by at are from be this have has it its "
    "an not which were will would but they their been or who said after more new about",
    "fr": "le la les des du de un une et est dans pour que qui sur au aux par pas avec ce cette "
    "sont il elle ils ont été sera plus leur mais ou se ses selon aussi entre après l d qu",
    "de": "der die das und ist nicht den dem des ein eine einer zu mit auf für sich von im "
    "auch werden wird wurde sind hat bei nach aus noch über durch wie oder vor zum zur",
    "it": "il lo gli della delle dei degli di che per una con non sono nel nella alla alle è "
    "anche come ma più dal dalla sul sulla questo questa ha stato essere tra dell nell all "
    "la le l un i e del al",
    "es": "el los las del de que en y por con para una es se al su sus lo como más pero fue "
    "ha este esta entre sobre también sin ser han desde hasta donde la un",
    "nl": "de het een van en in is dat op te voor met zijn niet aan er om ook als bij door "
    "wordt worden naar uit maar heeft nog deze werd dan tot hun over",
    "pl": "i w z na do nie się to że jest o od po za jak ale co tak dla przez przy już oraz "
    "jego jej są być został została może będzie także który która które tym ich niż",
    "pt": "o os as da das do dos de que em e para com uma um não por mais na no nas nos ao "
    "pelo pela foi são ser mas como também entre sobre seu sua está",
    # Hungarian: only words no other list has ("van", "is", "el", "de" and "a" would tip the
    # others), so a long Hungarian lead is not taken for Dutch ("van", "is")
    "hu": "az és hogy nem egy meg már csak mint volt lesz után szerint között miatt pedig vagy "
    "amely amelyet aki ezt azt ez még mert így ami több kell cég millió forint",
}

# Each word scores 1 / (number of languages using it): "de" (fr, es, nl, pt) weighs 0.25,
# "the" weighs 1. Shared words still help, but cannot outvote a language's own words.
_WEIGHTS: dict[str, dict[str, float]] = {}
for _lang, _words in _STOP_WORDS.items():
    for _word in _words.split():
        _WEIGHTS.setdefault(_word, {})[_lang] = 1.0
for _scores in _WEIGHTS.values():
    for _lang in _scores:
        _scores[_lang] = 1.0 / len(_scores)

_PAIRS = {word: tuple(scores.items()) for word, scores in _WEIGHTS.items()}

# A word, with what follows an apostrophe matched but not returned: "l'usine" and
# "dell'auto" count as "l" and "dell", the article being the telling part.
_WORD = re.compile(r"([^\W\d_]+)(?:'[^\W\d_]+)?")
# The particles of a surname say nothing of the text's language: "Von der Leyen unveils ..."
# is English, though "von" and "der" are German stop words.
# The "v" comes first, its lookbehind after it, so the search skips ahead to each "v" (twice
# as fast as a pattern opening with the lookbehind, tried at every character).
_NAME_PARTICLES = re.compile(r"[Vv](?<![^\W\d_].)(?:on\sder|an\sde[rn])\s(?=[A-ZÀ-Þ])")
_SCAN_CHARS = 2_000  # a headline and a paragraph settle it; longer texts only cost time
_MIN_WORDS = 5
_MIN_SCORE = 2.0
_MIN_LEAD = 1.5  # the winner must score this many times the runner-up

# ISO 639-2 codes and names some feeds put where a language tag belongs.
_ALIASES = {
    "eng": "en", "english": "en",
    "fra": "fr", "fre": "fr", "french": "fr", "français": "fr", "francais": "fr",
    "deu": "de", "ger": "de", "german": "de", "deutsch": "de",
    "ita": "it", "italian": "it", "italiano": "it",
    "spa": "es", "spanish": "es", "español": "es", "espanol": "es",
    "nld": "nl", "dut": "nl", "dutch": "nl", "nederlands": "nl",
    "pol": "pl", "polish": "pl", "polski": "pl",
    "por": "pt", "portuguese": "pt", "português": "pt", "portugues": "pt",
}  # fmt: skip


def detect_language(text: str, *, min_lead: float = _MIN_LEAD) -> str | None:
    """The ISO 639-1 code of text in en/fr/de/it/es/nl/pl/pt/hu, or None if too short or unclear.

    `min_lead` is how many times the runner-up's score the winner needs; raise it to overrule
    a language declared by the feed only when the text leaves no doubt."""
    best, best_score, runner_up = _ranked(text[:_SCAN_CHARS])
    if best is None or best_score < _MIN_SCORE or best_score < min_lead * runner_up:
        return None
    return best


# An entry's text is asked twice: when its feed is parsed (for a feed that declares no
# language) and when it is judged, with another lead; its scores are counted once.
@lru_cache(maxsize=4096)
def _ranked(text: str) -> tuple[str | None, float, float]:
    """The leading language of `text`, its score and the runner-up's (None: too short)."""
    words = _WORD.findall(_NAME_PARTICLES.sub(" ", text).lower().replace("’", "'"))
    if len(words) < _MIN_WORDS:
        return None, 0.0, 0.0
    scores = dict.fromkeys(_STOP_WORDS, 0.0)
    # Most words are no stop word: `filter` drops them in C, and the stop words are added
    # up in text order, so every score is the same float sum as word by word.
    for word in filter(_PAIRS.__contains__, words):
        for lang, weight in _PAIRS[word]:
            scores[lang] += weight
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, best_score), (_, runner_up) = ranked[0], ranked[1]
    return best, best_score, runner_up


def language_code(tag: str | None) -> str | None:
    """ISO 639-1 code of a language tag: "fr-FR" -> "fr", "en_us" -> "en", "ger" -> "de".

    None for an empty or unintelligible tag ("x-default", "*", "123").
    """
    if not tag:
        return None
    cleaned = tag.strip().lower()
    primary = re.split(r"[-_\s,;]", cleaned, maxsplit=1)[0]
    if len(primary) == 2 and primary.isascii() and primary.isalpha():
        return primary
    return _ALIASES.get(primary) or _ALIASES.get(cleaned)
