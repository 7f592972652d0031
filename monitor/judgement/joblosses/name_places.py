"""Words around a name that say it may be a plant's, a town's or an area's rather than a
company's: a works' compound ("Traditionswerk"), a site noun and its link ("la planta de X"),
an area's noun ("la vallée de l'Arve"), a headline topic that is the name then its place
("Kabelmar w Tczewie"). Split from `company`, which finds the names; pure.
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses import lexicon as lx
from monitor.judgement.joblosses import name_words as nw
from monitor.judgement.joblosses._fold import fold_text

# A one-word compound of a works' noun: "Traditionswerk", "Motorenwerk", "Zweigfabrik".
_WORKS_ENDINGS = ("werk", "werke", "werks", "fabrik", "standort", "fabriek")
_WORKS_COMPOUND = re.compile(r"[^\W\d_]{3,}(?:werk|werke|werks|fabrik|standort|fabriek)")


def is_works_compound(name: str) -> bool:
    """Whether `name` is one compound of a works' noun ("Traditionswerk", "Zweigfabrik")."""
    if not name.lower().endswith(_WORKS_ENDINGS):
        return False  # the cheap test first
    return _WORKS_COMPOUND.fullmatch(fold_text(name)) is not None


_AREA_OR_SEAT = nw.AREA_NOUNS | nw.SEAT_NOUNS


def after_area(prefix: str, raw: str) -> bool:
    """Whether the words `raw` walked back to follow an area's noun ("la vallée de l'Arve",
    "la comarca del Bierzo") or a court's or authority's ("il tribunale di Ancona"): they
    name the area or the seat, which complements the subject."""
    before = prefix[: len(prefix.rstrip()) - len(raw)].split()
    return bool(before) and fold_text(before[-1]) in _AREA_OR_SEAT


_SITE_LINKS = frozenset({"de", "d'", "di", "dell'", "del", "della", "dello", "du", "van"})


def site_and_link(said: list[str]) -> bool:
    """Whether a site noun and a link introduced the name ("la planta de X", "l'usine de X",
    "de fabriek van X"): X is the plant's town as often as its company, so a name the text
    gives "at" or "of" elsewhere ("150 trabajadores de X") is trusted before it."""
    return (
        len(said) == 2
        and said[1] in _SITE_LINKS
        and lx.SITE_NOUN.fullmatch(fold_text(said[0])) is not None
    )


# Prepositions after which a headline's topic names whom the news is for or at.
_FOR = frozenset(
    {"per", "for", "pour", "fur", "para", "voor", "dla", "bei", "chez", "at", "presso"}
)


def located(topic: str, raw: str) -> bool:
    """Whether a headline's topic is the name then its place ("Kabelmar w Tczewie",
    "Stellantis a Termoli"), or what is for the name ("Nuovo stabilimento per la Cerchi
    Sardi")."""
    topic = topic.strip()
    if lx.SITE_NOUN.fullmatch(fold_text(raw.split()[-1])):
        return False  # "Schaefflers Werk in Passau": a plant, its company named in the genitive
    rest = topic.removeprefix(raw).split()
    if len(rest) in (2, 3) and rest[0] in nw.LOCATIVE and rest[1][:1].isupper():
        return True
    if not topic.endswith(raw):
        return False
    before = topic.removesuffix(raw).split()
    while before and fold_text(before[-1]) in nw.DETERMINERS - _FOR:
        before = before[:-1]
    return bool(before) and fold_text(before[-1]) in _FOR


# The Polish locative after "w"/"we" ends in a vowel or a plural's "-ach" ("w Mielcu", "w
# Gliwicach"), an adjective before it in "-ej", "-ym", "-im" ("w Zielonej Górze", "w Nowym
# Sączu"); a name Polish leaves undeclined does not ("w Plastmet", "w Motoprim").
_POLISH_LOCATIVE = ("e", "u", "i", "y", "ach", "ech", "ich", "ych")
_POLISH_ADJECTIVE_LOCATIVE = (*_POLISH_LOCATIVE, "ej", "ym", "im")


# Endings of the locative that towns take and firms' names hardly do: "-ów" and "-ew" towns
# ("w Tarnowie", "w Tczewie"), "-sk" towns ("w Płocku", "w Gdańsku"), plurals ("w Gliwicach").
_TOWN_LOCATIVE = ("wie", "ach", "ech", "ich", "ych", "sku", "cku")


def polish_locative(raw: str, *, town: bool = False) -> bool:
    """Whether the words `raw` read after a Polish "w" are all in the locative, with no
    company's word among them: a town ("pracę w Mielcu"), or a firm's name declined, whose
    nominative the ending does not tell; either way no name to report as it stands. With
    `town`, only the endings towns take ("Zwolnienia w Tarnowie"; "w Polmetalu" is a firm's)."""
    words = [fold_text(w).strip(".,:;!?\"'") for w in raw.split()]
    if not words or any(w in nw.COMPANY_TAILS or w in nw.COMPANY_HEADS for w in words):
        return False
    *before, last = words
    if len(last) < 4 or not last.endswith(_TOWN_LOCATIVE if town else _POLISH_LOCATIVE):
        return False
    return all(w.endswith(_POLISH_ADJECTIVE_LOCATIVE) for w in before)


def opens_with_place_preposition(raw: str) -> bool:
    """Whether a headline's topic opens with a preposition of place ("À Vesoul,", "En Ávila,",
    "In Eisenach:"): it says where, not who, unless a company's word is in it ("En Recambios
    Galicia"; the watch list is asked apart). Italian's "A Termoli" is left to the others."""
    words = [fold_text(w).strip(".,:;") for w in raw.split()]
    if len(words) < 2 or words[0] not in _TOPIC_PLACE_PREPOSITIONS:
        return False
    if words[0] == "a" and raw[:1] not in "Àà":
        return False  # "A" is also Hungarian's article ("A Szalai Gépgyár"): only "À" says where
    return not any(w in nw.COMPANY_TAILS or w in nw.COMPANY_HEADS for w in words[1:])


_TOPIC_PLACE_PREPOSITIONS = frozenset({"a", "en", "in", "w", "we", "te", "nel", "nella", "im"})


def attributive(following: str) -> bool:
    """Whether the word after a one-word name is a lower-case descriptor or site noun, so the
    name is its attribute ("at Coventry supplier", "at Derby plant"): a town or a region as
    often as a company."""
    word = following.strip(".,:;!?\"'")
    if not word[:1].islower():
        return False
    head = fold_text(word)
    return nw.is_descriptor(head) or lx.SITE_NOUN.fullmatch(head) is not None
