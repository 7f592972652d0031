"""Where Hungarian news puts a company's name, which the other languages' patterns miss.

Hungarian declines a name by endings, attached or, after an abbreviation, a legal form or a
foreign spelling, hyphenated: "az Audinál" (at Audi), "a Bosch-nál", "a Continentalnál", "a
Lajta Zrt.-nél", "a Pannon Hőtechnikával" (with). And it often puts the subject after the
verb, behind the article "a"/"az" ("200 dolgozót bocsát el a Kovács Autóelektronika"), with a
town's adjective, written in lower case, before it ("a kecskeméti Halmos Kft."). Read only
for Hungarian text (`reads_hungarian`), so other news costs nothing more.
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses._fold import Folded, fold_text
from monitor.judgement.joblosses.company import NameMention
from monitor.judgement.joblosses.name_cleaning import clean_name

_UPPER = "A-ZÁÉÍÓÖŐÚÜŰÀ-Þ"
_LOWER = "a-záéíóöőúüű"
# A hyphenated ending: any short lower-case one ("-nál", "-nél", "-tól", "-val", "-sal").
_HYPHENATED = re.compile(rf"(?P<stem>.*[^\s-])-(?P<ending>[{_LOWER}]{{1,5}})")
# Endings attached to a name: at, with, from, to, for. Locatives ("-ban", "-on") are left
# out, since towns take them ("Győrben", "Szolnokon") far more often than companies do.
_ATTACHED = re.compile(
    r"(?P<stem>.{3,}?)(?:(?<=[aeiouáéíóöőúüű])(?:val|vel)|nál|nél|nak|nek|hoz|hez|höz|tól|től)"
)
# "In" a company whose name ends in a works' noun ("Konzervgyárban", "Öntödében"): towns take
# these endings too, so only such a noun tells a company.
_WORKS_LOCATIVE = re.compile(
    r"(?P<stem>.{2,}(?:gyár|üzem|művek|mű|telep|öntödé|gyártó|ipar))(?:ban|ben)"
)
# The accusative after a long final vowel: "Alkatrészgyártót", "Hőtechnikát" ("-t" after a
# consonant, or a short vowel, is too often a name's own letter to be taken off).
_ACCUSATIVE = re.compile(r"(?P<stem>.{3,}[áéóőúű])t")
# "Continentallal", "Opellel": "-val/-vel" doubles a final consonant.
_ASSIMILATED = re.compile(r"(?P<stem>.{2,}(?P<c>[bcdfghjklmnprstvz]))(?P=c)(?:al|el)")
_LENGTHENED = {"á": "a", "é": "e"}  # "Skodánál" is Skoda's, "Hőtechnikával" Hőtechnika's
_TOKEN = re.compile(r"\S+")
_ARTICLE = frozenset({"a", "az"})
_LEGAL_FORMS = frozenset({"kft", "zrt", "nyrt", "bt", "kft.", "zrt.", "nyrt.", "bt."})
# A name before these words is not the actor: the supplier, partner or customer of it is
# ("a Magyar Suzuki beszállítója"), or it is only quoted ("a Continental szerint").
_NOT_THE_ACTOR = re.compile(
    r"(?:beszallito|partner|vevo|ugyfel|megrendelo|tulajdonos|anyavallalat|versenytars)\w*"
    r"|szerint|kozlese\w*"
)
# A town in the locative after a name: "Szolnokon", "Tatabányán", "Ausztriában".
_LOCATIVE = re.compile(r"\w{3,}(?:ban|ben|[áéoö]n)")
_PLACE_ADJECTIVE = re.compile(rf"[{_LOWER}]+i")


def reads_hungarian(language: str | None, original: str) -> bool:
    """Whether to read the text as Hungarian: said so, or unsaid, written with "ő"/"ű" (no
    other EU language has them) and with a Hungarian word of its own ("az", "és", "fős"):
    a town's name alone ("Audi to cut 500 jobs in Győr") makes no Hungarian text."""
    if language is not None:
        return language == "hu"
    return any(letter in original for letter in "őűŐŰ") and _OWN_WORD.search(original) is not None


_OWN_WORD = re.compile(
    r"(?<!\w)(?:[Aa]z|és|egy|meg|el|fős|dolgozó\w*|munkahely\w*|leépít\w*|elbocsát\w*)(?!\w)"
)


def case_stem(token: str) -> str | None:
    """The name in `token` without its Hungarian case ending, or None when it has none."""
    hyphenated = _HYPHENATED.fullmatch(token)
    if hyphenated and not hyphenated["stem"][-1:].isdigit():
        return hyphenated["stem"]
    if not token[:1].isupper() or "-" in token:
        return None
    assimilated = _ASSIMILATED.fullmatch(token)
    if assimilated:
        return assimilated["stem"]
    works = _WORKS_LOCATIVE.fullmatch(token)  # "a Mezőföldi Konzervgyárban"
    if works:
        stem = works["stem"]
        return stem[:-1] + _LENGTHENED.get(stem[-1], stem[-1])
    accusative = _ACCUSATIVE.fullmatch(token)  # "a Kunsági Alkatrészgyártót"
    if accusative:
        stem = accusative["stem"]
        return stem[:-1] + _LENGTHENED.get(stem[-1], stem[-1])
    attached = _ATTACHED.fullmatch(token)
    if attached is None:
        return None
    stem = attached["stem"]
    return stem[:-1] + _LENGTHENED.get(stem[-1], stem[-1])


def _is_name_word(token: str) -> bool:
    """A capitalised word, or one opening with a digit and holding a letter ("3M")."""
    return token[:1].isupper() or (token[:1].isdigit() and _LETTER.search(token) is not None)


_LETTER = re.compile(r"[^\W\d_]")


def hungarian_names(folded: Folded, title_end: int) -> list[NameMention]:
    """Names declined by an ending ("at") and subjects after an article ("subject")."""
    original = folded.original
    tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(original)]
    found: list[NameMention] = []
    for index, (token, _) in enumerate(tokens):
        bare = token.strip("\"'“”„«»()").rstrip(",:;!?.")
        stem = case_stem(bare)
        if stem is None:
            continue
        words = [stem]
        back = index - 1
        while back >= 0 and len(words) < 5:
            word = tokens[back][0].strip("\"'“”„«»()")
            if word.endswith((",", ":", ";", "!", "?")) or fold_text(word) in _ARTICLE:
                break
            if word.endswith(".") and fold_text(word) not in _LEGAL_FORMS:
                break
            if not _is_name_word(word):
                break
            words.insert(0, word)
            back -= 1
        name = clean_name([w for w in words if fold_text(w) not in _LEGAL_FORMS])
        if name and (len(words) > 1 or stem[:1].isupper()):
            at = tokens[back + 1][1]
            found.append(NameMention(name, " ".join(words), at, "at"))
    for index, (token, _) in enumerate(tokens):
        if fold_text(token) not in _ARTICLE:
            continue
        name_at = _after_size(tokens, index + 1)  # "a 900 fős Őrség Motor"
        while name_at < len(tokens) - 1 and _PLACE_ADJECTIVE.fullmatch(tokens[name_at][0]):
            name_at += 1  # "a kecskeméti Halmos Alkatrész Kft."
        words = []
        end = name_at
        while end < len(tokens) and len(words) < 5:
            word = tokens[end][0].strip("\"'“”„«»()")
            stop = word.endswith((",", ":", ";", "!", "?")) or (
                word.endswith(".") and fold_text(word) not in _LEGAL_FORMS
            )
            word = word.rstrip(",:;!?")
            legal = fold_text(word) in _LEGAL_FORMS
            if not (_is_name_word(word) or (words and legal)):
                break
            if words and _LOCATIVE.fullmatch(word) and case_stem(word) is None:
                break  # "a Tisza Gumiipari Szolnokon": the town follows
            words.append(word)
            end += 1
            if stop or legal or case_stem(word) is not None:
                break
        if not words or case_stem(words[-1].rstrip(".")) is not None:
            continue  # no name, or a declined one (read above)
        following = fold_text(tokens[end][0]).strip(",:;.!?") if end < len(tokens) else ""
        if _NOT_THE_ACTOR.fullmatch(following):
            continue
        name = clean_name([w for w in words if fold_text(w) not in _LEGAL_FORMS])
        if name:
            found.append(NameMention(name, " ".join(words), tokens[name_at][1], "subject"))
    return found


def _after_size(tokens: list[tuple[str, int]], at: int) -> int:
    """Where a name starts after its workforce's size ("a 900 fős", "az 1 200 fős"): past
    the number's groups and "fős", or at `at` when no size opens it."""
    end = at
    while end < len(tokens) and tokens[end][0].isdigit():
        end += 1
    if end > at and end < len(tokens) - 1 and fold_text(tokens[end][0]) == "fos":
        return end + 1
    return at
