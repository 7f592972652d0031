"""A Polish company name in the genitive that a noun governs: "Upadłość Autometu" (the
bankruptcy of Automet), "pracownicy Kabelmaru", "załoga Sitpolu". A masculine name ending in a
consonant takes "-u" there; the name is its nominative, the ending dropped. Watch-list names
are undone by the watch list itself (`companies._inflected`); this is for the names it does
not know. Works on folded text for the governing word; pure.
"""

from __future__ import annotations

import re

# Nouns that govern the genitive of the company after them (folded).
_GOVERNING = re.compile(
    r"\b(?:upadlosc|upadlosci|likwidacja|likwidacji|restrukturyzacja|restrukturyzacji"
    r"|pracownicy|pracownikow|zaloga|zalogi|zarzad|zarzadem|decyzji|zapowiedzi|syndyk|prezes|wlasciciel|klopoty|koniec"
    r"|zwolnienia|zamkniecie)\s$"
)
_CONSONANT_THEN_U = re.compile(r"[^\W\d_]{3,}[^\W\d_aeiouyąęó]u", re.IGNORECASE)


def nominative(name: str, folded_before: str) -> str:
    """`name` in the nominative when the folded words just before it govern its genitive and
    it is one word that ends in a consonant and "-u" ("Autometu" is Automet); else `name`."""
    if " " in name or not name.endswith("u") or not _GOVERNING.search(folded_before[-24:]):
        return name
    return name[:-1] if _CONSONANT_THEN_U.fullmatch(name) else name


# A Polish place after "w" stands in the locative, which never ends in a consonant but for the
# plural's "-ach" and an adjective's "-ej", "-ym" ("w Gliwicach", "w Mielcu", "w Zielonej
# Górze", "w Nowym Sączu"); a word that does is a name Polish does not decline, a company's
# ("w Plastmet", "W Ferrox zostanie zlikwidowanych").
_UNDECLINED = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{2,}[^\W\d_aeiouyąęóAEIOUY]")
_LOCATIVE_ENDINGS = ("ach", "ech", "ich", "ych", "ium", "ej", "ym", "im")


def undeclined(preposition: str, word: str) -> bool:
    """Whether `word`, after the folded `preposition`, is a name Polish leaves undeclined after
    "w"/"we" (one capitalised word ending in a consonant), not the locative of a place."""
    bare = word.strip(".,:;!?\"'”“")
    if preposition.strip() not in ("w", "we") or not _UNDECLINED.fullmatch(bare):
        return False
    return not bare.lower().endswith(_LOCATIVE_ENDINGS)
