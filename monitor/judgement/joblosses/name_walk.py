"""Read a company's name from the words next to the place that names it.

The anchors (a verb after the subject, "at/chez/bei", a descriptor, a colon) are found by
`company.find_names`; these walks read the capitalised words on one side of an anchor, skip
the descriptors, links and words of origin that come between ("bij Brugse kunststofverwerker
Claeys", "la fábrica de cables Ibercable"), and stop where the sentence or the name ends.
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses import name_words as nw
from monitor.judgement.joblosses._fold import fold, fold_text
from monitor.judgement.joblosses.countries import find_countries
from monitor.judgement.joblosses.name_cleaning import (
    clean_name,
    is_name_token,
    is_origin,
    lower_country,
)


def walk_back(prefix: str) -> tuple[str | None, str]:
    """The name that ends `prefix` (the words before a verb or a colon), and its raw words."""
    prefix = prefix.rstrip()
    if prefix.endswith(","):  # "Xyz, the seat maker, to cut": skip the apposition
        previous = prefix.rfind(",", max(0, len(prefix) - 90), len(prefix) - 1)
        if previous < 0:
            return None, ""
        prefix = prefix[:previous]
    tokens: list[str] = []
    for token in reversed(prefix.split()):
        bare = token.strip("\"'“”«»()")
        if tokens and bare.endswith((".", ":", ";", ",", "!", "?")) and not is_abbreviation(bare):
            break
        bare = bare.rstrip(":;,")
        if is_name_token(bare) or (tokens and fold_text(bare) in nw.CONNECTORS):
            tokens.insert(0, bare)
            if len(tokens) >= 5:
                break
        else:
            break
    words = prefix.split()
    before = words[-len(tokens) - 1] if tokens and len(words) > len(tokens) else ""
    if before in nw.LOCATIVE and len(tokens) <= 2:  # "X w Tychach": the name is X
        name, raw = walk_back(" ".join(words[: -len(tokens) - 1]))
        if name:
            return name, raw
        return None, " ".join(tokens)  # "Fabryka w Jaworze": a place; a listed name may be
    return clean_name(list(tokens)), " ".join(tokens)


def is_abbreviation(token: str) -> bool:
    """Whether a token's full stop belongs to it ("S.A.", "Inc.") rather than ending a sentence."""
    return bool(re.fullmatch(r"(?:[A-Z]\.)+|Inc\.|Co\.|Corp\.|Ltd\.|S\.A\.|N\.V\.", token))


def walk_forward(rest: str, *, linked_already: bool = False) -> tuple[str | None, str]:
    """The name `rest` opens with, after descriptors, links and words of origin of its own
    sentence ("bij onderdelenmaker. Na": none); with `linked_already`, `rest` follows a
    descriptor and its link ("la fábrica de "), so what it makes may come first."""
    tokens: list[str] = []
    words = rest.split()
    skipped = 0  # "bij busbouwer Hoogendijk", "chiude la fabbrica della X": words before it
    products = 0  # "le fabricant de jantes Roulex": what the descriptor makes, before the name
    # What a descriptor makes follows a link ("fabricant de jantes") or, in Polish, stands in
    # the genitive right after it ("fabryka opon"); a German descriptor is followed by a verb.
    linked, described = linked_already, False
    while words and skipped < 6 and words[0][:1].islower():
        head = fold_text(words[0]).strip(",.")
        if nw.is_descriptor(head) or head in nw.LOWER_DESCRIPTORS:
            described, linked = True, head in nw.GENITIVE_DESCRIPTORS
        elif head in nw.LINKS:
            linked = linked or described
        elif len(words) > 1 and nw.is_descriptor(fold_text(words[1]).strip(",.")):
            pass  # "at truck maker X", "chez le spécialiste": a modifier of the descriptor
        elif head in _NEAR_PLACE or head in nw.AREA_NOUNS:
            break  # "fabryka baterii pod Opolem", "de la vallée de l'Arve": a place follows
        elif not (is_origin(head) or lower_country(head)):
            closed = words[0].endswith((",", ".", ":", ";", "!", "?"))  # the name is not after it
            if not linked or closed or products >= 2 or not _PRODUCT_WORD.fullmatch(head):
                break
            products += 1
        words, skipped = [] if words[0].endswith((".", "!", "?")) else words[1:], skipped + 1
    if words and words[0][:1].islower() and words[0][:5].lower() in ("dell'", "dell’"):
        words = [words[0][5:], *words[1:]]
    for token in words:
        bare = token.strip("\"'“”«»()")
        stop = bare.endswith((",", ":", ";", "!", "?", "'s", "’s")) or (
            bare.endswith(".") and not is_abbreviation(bare)
        )  # "Ketley Gears's Telford plant": the possessive ends the name
        bare = bare.rstrip(",:;.!?")
        if is_name_token(bare) or (tokens and fold_text(bare) in nw.CONNECTORS):
            tokens.append(bare)
        else:
            break
        if stop or len(tokens) >= 4:
            break
    rest_words = words[len(tokens) :]
    if len(tokens) == 1 and _is_place_adjective(tokens[0], rest_words):
        # "bij Brugse kunststofverwerker Claeys": the name follows the descriptor, if any
        closed = rest_words[0].endswith((",", ".", ":", ";", "!", "?"))  # the sentence ends
        if len(rest_words) < 2 or closed:
            return None, ""
        return walk_forward(" ".join(rest_words))
    return clean_name(list(tokens), after_preposition=True), " ".join(tokens)


def _is_place_adjective(token: str, rest: list[str]) -> bool:
    """Whether `token` is a Dutch adjective of a place ("Limburgse", "Gentse", "Brabantse")
    before the descriptor it qualifies: a capital makes it no name there."""
    if not rest or not rest[0][:1].islower():
        return False
    return token.endswith(("se", "sche")) and nw.is_descriptor(fold_text(rest[0]).strip(",.:"))


# Prepositions of nearness, which put a place after them ("pod Opolem", "bei Leipzig").
_NEAR_PLACE = frozenset({
    "pod", "kolo", "obok", "near", "nahe", "bei", "pres", "presso", "vicino", "cerca", "bij",
    "nabij", "w", "we", "in", "en", "a", "nel", "nella",
})  # fmt: skip


# A lower-case word that may name what a descriptor makes ("jantes", "cables", "foteli"): a
# plain word, no preposition or verb form the name walk must stop at.
_PRODUCT_WORD = re.compile(r"[^\W\d_]{3,}")


def after_qualifiers(rest: str) -> tuple[str | None, str]:
    """The name after up to three words that qualify it: an origin ("Belgische", "German"),
    a descriptor ("bussenbouwer", "supplier")."""
    words = rest.split()
    for skip in range(4):
        if skip:
            head = fold_text(words[skip - 1]).strip(",.")
            if not (nw.is_descriptor(head) or head in nw.LINKS or find_countries(fold(head))):
                return None, ""
        name, raw = walk_forward(" ".join(words[skip:]))
        if raw and name and not find_countries(fold(name)):
            return name, raw
    return None, ""
