"""Citations of EU law in one normal form: acts, COM documents, procedures, CELEX numbers.

News and institutional pages cite the same act in many ways ("Directive 1999/62/EC",
"Richtlijn 1999/62/EG", "(EU) 2019/631", "Regulation (EC) No 715/2007", CELEX "32019R0631",
an EUR-Lex address with "uri=COM:2025:348:FIN"). Each citation reads as one `Reference`
whose `key` is the same whatever the language or the form, so a plan can name an act once and
match it everywhere:

- `act:2019/631` an adopted act (regulation, directive, decision, recommendation), by year and
  number; the type is left out because news often omits it ("2019/631");
- `com:2025/348` a Commission COM document (a proposal, a communication, a report);
- `c:2025/3107` a Commission C document (a decision, a recommendation before publication);
- `proc:2025/0180` an interinstitutional procedure ("2025/0180(COD)", "2025/0180/COD").

Pure: no IO. `parse_citation` reads one citation (for plan files) and `find_citations` every
citation in a text or an address.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote

from timeline.errors import CitationError

__all__ = ["Reference", "find_citations", "parse_citation"]

_YEARS = range(1950, 2100)

# Act words in the EU's languages (folded to lower case; accents optional).
_ACT_WORDS = (
    r"regulations?|directives?|decisions?|recommendations?"
    r"|r[eè]glements?|d[eé]cisions?|recommandations?"
    r"|verordnung(?:en)?|richtlinien?|beschlu(?:ss|ß)|empfehlung(?:en)?|durchf[uü]hrungsverordnung"
    r"|regolament[oi]|direttiv[ae]|decision[ei]|raccomandazion[ei]"
    r"|reglamentos?|directivas?|decisi[oó]n(?:es)?|recomendaci[oó]n(?:es)?"
    r"|verordening(?:en)?|richtlijn(?:en)?|besluit|aanbeveling(?:en)?"
    r"|rozporz[aą]dzeni[aeu]|dyrektyw[aąy]?|decyzj[aięi]|zaleceni[aeu]"
)
_ISSUER = r"\((?:eu|ue|eg|ec|ce|ee|we|euratom|eea|eu,\s*euratom)\)"
# Words some languages put between the act word and the number: its kind and its authors
# ("Règlement d'exécution (UE)", "Regolamento di esecuzione (UE)", "Zalecenie Komisji (UE)",
# "Rozporządzenie wykonawcze Komisji (UE)", "Rozporządzenie Parlamentu Europejskiego i Rady").
_QUALIFIER = (
    r"(?:d['’ ]\s*ex[eé]cution|d[eé]l[eé]gu[eé]|di\s+esecuzione|delegato"
    r"|de\s+ejecuci[oó]n|delegado|wykonawcz[eay]|delegowan[eay])"
)
_AUTHOR = r"(?:komisji(?:\s+europejskiej)?|parlamentu\s+europejskiego\s+i\s+rady|rady(?:\s+ue)?)"
_NUMBER_WORD = r"(?:no\.?|nr\.?|n[°º.]\s?|n\.?º|num\.?|nº)"
_SUFFIX = r"(?:/(?:eu|ue|eg|ec|ce|ee|we|eec|ewg|cee|euratom))"


@functools.cache
def _act_pattern() -> re.Pattern[str]:
    """The act grammar: "Directive 1999/62/EC", "Regulation (EU) 2019/631", "(EU) 2019/631",
    "(EG) Nr. 715/2007". Compiled on first use, being the dearest pattern to compile (~2 ms
    of every command reading the stored plan, whose own citation holds no "/")."""
    return re.compile(
        rf"(?:\b(?P<word>{_ACT_WORDS})\s+(?:{_QUALIFIER}\s+)?(?:{_AUTHOR}\s+)?)?"
        rf"(?:(?P<issuer>{_ISSUER})\s*)?"
        rf"(?P<number_word>{_NUMBER_WORD}\s*)?"
        rf"(?<![\d/])(?P<a>\d{{1,4}})\s*/\s*(?P<b>\d{{1,4}})(?P<suffix>{_SUFFIX})?(?![\d/])",
        re.IGNORECASE,
    )


_COM = re.compile(
    r"\b(?P<kind>com|c)\s*[(/]\s*(?P<year>\d{4})\s*[)/]\s*(?P<number>\d{1,5})\b", re.I
)
_COM_URI = re.compile(r"\b(?P<kind>com|c):(?P<year>\d{4}):(?P<number>\d{1,5})\b", re.I)
_PROCEDURE = re.compile(
    r"\b(?P<year>\d{4})\s*/\s*(?P<number>\d{4})\s*\(\s*(?:cod|nle|cns|app|ini|bud|rsp|ole)\s*\)",
    re.I,
)
# The same procedure without brackets, as OEIL and some registers write it: "2025/0070/COD",
# "2025/0070 COD". The type in capitals only: "2025/0070 app" is no procedure.
_PROCEDURE_TYPES = ("COD", "NLE", "CNS", "APP", "INI", "BUD", "RSP", "OLE")
_PROCEDURE_BARE = re.compile(
    rf"\b(?P<year>\d{{4}})\s*/\s*(?P<number>\d{{4}})(?:\s*/\s*|\s+)(?:{'|'.join(_PROCEDURE_TYPES)})\b"
)
# CELEX: sector 3 (legislation) or 5 (preparatory acts), year, document type, number.
_CELEX = re.compile(r"\b(?P<sector>[35])(?P<year>\d{4})(?P<type>[A-Z]{1,2})(?P<number>\d{4})\b")
# Official Journal L series, act by act since October 2023: "OJ L, 2025/1021", "OJ:L_202501021".
_OJ = re.compile(r"\boj[:\s]*l[_\s,]*(?P<year>\d{4})(?P<sep>/?)(?P<number>\d{1,5})\b", re.I)
# European Legislation Identifier addresses: ".../eli/reg/2019/631/oj", ".../eli/dir/1999/62/oj".
_ELI = re.compile(r"/eli/[a-z_]+/(?P<year>\d{4})/(?P<number>\d{1,5})(?:/|$)", re.I)
_NO_DIGITS = re.compile(r"\D*")
_DIGIT_RUN = re.compile(r"\d{4,}")
_DIGIT_SLASH_DIGIT = re.compile(r"\d\s*/\s*\d")
_CELEX_COM_TYPES = {"PC": "com", "DC": "com", "AE": "com"}


@dataclass(frozen=True, slots=True, order=True)
class Reference:
    """A legal citation in normal form; `text` keeps it as it was written."""

    key: str
    text: str = ""

    @property
    def kind(self) -> str:
        return self.key.split(":", 1)[0]


def _act_key(a: str, b: str, numbered: bool) -> str | None:
    """Year and number from "1999/62" (year first) or "No 715/2007" (number first)."""
    first, second = int(a), int(b)
    first_year = (len(a) == 4 and first in _YEARS) or (len(a) == 2 and not numbered)
    second_year = len(b) == 4 and second in _YEARS
    if first_year and second_year and not numbered:  # "2024/2025" is a season, not an act
        return None
    if numbered and second_year:
        return f"act:{second}/{first}"
    if first_year:
        year = first if len(a) == 4 else (1900 + first if first >= 50 else 2000 + first)
        return f"act:{year}/{second}"
    if second_year and len(a) <= 4:
        return f"act:{second}/{first}"
    return None


def find_citations(text: str) -> Iterator[Reference]:
    """Every citation in `text` (prose or an address), in order of appearance, each once."""
    if not _has_digit(text):  # every form below holds a digit; most text has none
        return
    plain = unquote(text) if "%" in text else text
    found: dict[str, tuple[int, str]] = {}
    taken: list[tuple[int, int]] = []  # spans read as COM documents or procedures

    def add(match: re.Match[str], key: str | None) -> None:
        if key and key not in found:
            found[key] = (match.start(), match[0].strip())

    # Each pattern runs only where the text holds something every match of it holds: four
    # digits in a row (the year of all forms but the act grammar's), five (a CELEX number's
    # sector and year), a slash, a colon, a bracket, "oj", a digit on each side of a slash
    # (the act grammar). Most text with a digit, and most addresses, hold too little for
    # any: each pattern costs 1-10 µs a text, the act grammar up to 100 µs.
    longest = max(map(len, _DIGIT_RUN.findall(plain)), default=0)
    year, slash, bracket = longest >= 4, "/" in plain, "(" in plain
    if year and slash and bracket:
        for match in _PROCEDURE.finditer(plain):
            add(match, f"proc:{match['year']}/{match['number']}")
            taken.append(match.span())
    if year and slash and any(map(plain.__contains__, _PROCEDURE_TYPES)):
        for match in _PROCEDURE_BARE.finditer(plain):
            add(match, f"proc:{match['year']}/{match['number']}")
            taken.append(match.span())
    for pattern, held in ((_COM, slash or bracket), (_COM_URI, ":" in plain)):
        if year and held:  # "COM(2025) 348", "COM/2025/348"; "COM:2025:348"
            for match in pattern.finditer(plain):
                add(match, f"{match['kind'].lower()}:{match['year']}/{int(match['number'])}")
                taken.append(match.span())
    if longest >= 5:
        for match in _CELEX.finditer(plain):
            add(match, _celex_key(match))
    if year and "oj" in plain.lower():  # under IGNORECASE only "o", "O" match "o" (j alike)
        for match in _OJ.finditer(plain):
            number = match["number"]
            if not match["sep"]:  # "L_202501021": the year, then the number on five digits
                number = number.lstrip("0") or "0"
            add(match, f"act:{match['year']}/{int(number)}")
    if year and slash:
        for match in _ELI.finditer(plain):
            add(match, f"act:{match['year']}/{int(match['number'])}")
            taken.append(match.span())
    if slash and _DIGIT_SLASH_DIGIT.search(plain) is not None:
        for match in _act_pattern().finditer(plain):
            if not any(start <= match.start("a") < end for start, end in taken):
                add(match, _act_of(match))
    for key, (_, written) in sorted(found.items(), key=lambda item: item[1][0]):
        yield Reference(key, written)


def _has_digit(text: str) -> bool:
    """Whether `text` holds a digit as `\\d` reads one: in ASCII, a membership test per digit
    (0.5 µs on 500 characters), else the end of a run of no digit (1.7 µs); searching
    `\\d` costs 4 µs, and every entry's title, summary and address are asked."""
    if text.isascii():
        return any(map(text.__contains__, "0123456789"))
    run = _NO_DIGITS.match(text)
    return run is not None and run.end() < len(text)


def _act_of(match: re.Match[str]) -> str | None:
    """The act a year/number match cites, or None when it reads as no citation ("24/7")."""
    named = bool(match["word"] or match["issuer"])
    explicit = named or match["suffix"] is not None
    numbered = named and match["number_word"] is not None
    key = _act_key(match["a"], match["b"], numbered)
    if key is None or not (explicit or (len(match["a"]) == 4 and len(match["b"]) >= 2)):
        return None
    return key


def _celex_key(match: re.Match[str]) -> str | None:
    year, number, kind = match["year"], int(match["number"]), match["type"]
    if match["sector"] == "3":
        return f"act:{year}/{number}"
    prefix = _CELEX_COM_TYPES.get(kind)
    return f"{prefix}:{year}/{number}" if prefix else None


def parse_citation(text: str) -> Reference:
    """Read one citation as written in a plan file; raise CitationError if it is none."""
    found = list(find_citations(text))
    if len(found) != 1:
        what = "several citations" if found else "no citation"
        raise CitationError(
            f"{text!r} holds {what}; write one act ('Directive 1999/62/EC', "
            "'Regulation (EU) 2019/631'), COM document ('COM(2025) 348'), procedure "
            "('2025/0180(COD)') or CELEX number ('32019R0631')"
        )
    return Reference(found[0].key, text.strip())
