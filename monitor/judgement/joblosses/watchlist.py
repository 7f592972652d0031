"""The watch list: companies to recognise (with their aliases and brands) and a
small gazetteer of the places where they have plants.

The file format is described at the top of `seeds/watchlists/automotive.toml` and read by
`watchlist_file`.
Names are matched on folded words (case and accents ignored), longest name
first, so "Volvo Group" wins over "Volvo" and "Ford Otosan" over "Ford"; names
that are also common words ("SEAT", "Lear", "Continental", "Forest") are listed as
`cased` and match only as written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

from monitor.judgement.joblosses._fold import Folded, fold_text
from monitor.judgement.joblosses.declined_places import DeclinedIndex

Kind = Literal["maker", "supplier"]
KINDS = ("maker", "supplier")
_WORD = re.compile(r"[a-z0-9]+")
T = TypeVar("T")


class WatchlistError(ValueError):
    """The watch list file cannot be used as it is."""


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str  # ISO 3166-1 alpha-2
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Company:
    id: str
    name: str
    kind: Kind
    country: str
    aliases: tuple[str, ...] = ()
    brands: tuple[str, ...] = ()  # brand names that stand for this company (Opel -> Stellantis)
    sites: Mapping[str, str] = field(default_factory=dict)  # place name -> country
    parent: str | None = None  # watch-list id of the group, when the company is listed itself


@dataclass(frozen=True, slots=True)
class CompanyMention:
    company: Company
    brand: str | None
    start: int  # folded offsets
    end: int


@dataclass(frozen=True, slots=True)
class PlaceMention:
    place: Place
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Entry(Generic[T]):
    target: T
    brand: str | None
    cased: tuple[str, ...]  # when non-empty, the original text must be one of these


class _PhraseIndex(Generic[T]):
    """Exact lookup of word n-grams: fast, and never confused by overlapping names."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry[T]] = {}
        self._first_words: set[str] = set()  # most words start no name: skip them at once
        self.longest = 1

    def add(self, phrase: str, entry: _Entry[T]) -> None:
        words = _WORD.findall(fold_text(phrase))
        if not words:
            return
        key = " ".join(words)
        known = self._entries.get(key)
        if known is not None and known.cased and entry.cased:
            entry = _Entry(entry.target, entry.brand, known.cased + entry.cased)
        self._entries[key] = entry
        self._first_words.add(words[0])
        self.longest = max(self.longest, len(words))

    def find(self, folded: Folded, *, strip_er: bool = False) -> list[tuple[_Entry[T], int, int]]:
        words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(folded.text)]
        found: list[tuple[_Entry[T], int, int]] = []
        i = 0
        while i < len(words):
            first = words[i][0]
            if first not in self._first_words and not (
                strip_er and first.endswith("er") and first[:-2] in self._first_words
            ):
                i += 1
                continue
            for n in range(min(self.longest, len(words) - i), 0, -1):
                key = " ".join(w for w, _, _ in words[i : i + n])
                entry = self._entries.get(key)
                if entry is None and strip_er and n == 1 and key.endswith("er"):
                    entry = self._entries.get(key[:-2])  # German "Zwickauer Werk"
                    if entry is not None and entry.cased:
                        entry = None
                if entry is None:
                    continue
                start, end = words[i][1], words[i + n - 1][2]
                if entry.cased and folded.original_span(start, end) not in entry.cased:
                    continue
                found.append((entry, start, end))
                i += n - 1
                break
            i += 1
        return found


@dataclass(frozen=True)
class Watchlist:
    """Companies and places to recognise; build with `load_watchlist` or directly."""

    companies: tuple[Company, ...]
    places: Mapping[str, Place] = field(default_factory=dict)
    cased: frozenset[str] = frozenset()  # names that match only as written
    _companies: _PhraseIndex[Company] = field(init=False, repr=False, compare=False)
    _places: _PhraseIndex[Place] = field(init=False, repr=False, compare=False)
    _declined: DeclinedIndex[Place] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        companies: _PhraseIndex[Company] = _PhraseIndex()
        for company in self.companies:
            for name in (company.name, *company.aliases):
                companies.add(name, _Entry(company, None, self._cased(name)))
            for brand in company.brands:
                companies.add(brand, _Entry(company, brand, self._cased(brand)))
        places: _PhraseIndex[Place] = _PhraseIndex()
        declined: DeclinedIndex[Place] = DeclinedIndex()
        for place in self.places.values():
            for name in (place.name, *place.aliases):
                places.add(name, _Entry(place, None, self._cased(name)))
                if name not in self.cased:
                    declined.add(fold_text(name), place)
        object.__setattr__(self, "_companies", companies)
        object.__setattr__(self, "_places", places)
        object.__setattr__(self, "_declined", declined)

    def _cased(self, name: str) -> tuple[str, ...]:
        return (name,) if name in self.cased else ()

    def by_id(self, company_id: str) -> Company:
        for company in self.companies:
            if company.id == company_id:
                return company
        raise KeyError(f"no company {company_id!r} on the watch list")

    def find_companies(self, folded: Folded) -> list[CompanyMention]:
        """Watch-list companies named in `folded`, in text order."""
        return [
            CompanyMention(e.target, e.brand, start, end)
            for e, start, end in self._companies.find(folded)
        ]

    def inflected_place(self, word: str) -> Place | None:
        """The gazetteer place a one-word name declines, or None: Polish and Hungarian add
        case endings to place names ("w Tychach" is in Tychy, "Szegeden" in Szeged)."""
        key = fold_text(word).strip()
        if not key.isalpha() or len(key) < 5:
            return None
        found = self._declined.find(key)
        return found[0][0] if len(found) == 1 and found[0][2] == len(key) else None

    def find_places(self, folded: Folded, *, declined: bool = False) -> list[PlaceMention]:
        """Gazetteer places named in `folded` (also as German "-er" adjectives), in order;
        with `declined`, also in the case forms of the languages that decline place names
        (`declined_places`), where no name is found as written."""
        found = [
            PlaceMention(e.target, start, end)
            for e, start, end in self._places.find(folded, strip_er=True)
        ]
        if declined:
            found += [
                PlaceMention(place, start, end)
                for place, start, end in self._declined.find(folded.text)
                if not any(m.start < end and start < m.end for m in found)
            ]
            found.sort(key=lambda m: m.start)
        return found
