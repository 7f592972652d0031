"""The watch list: companies to recognise (with their aliases and brands) and a
small gazetteer of the places where they have plants.

The file format is described at the top of `seeds/watchlists/automotive.toml`.
Names are matched on folded words (case and accents ignored), longest name
first, so "Volvo Group" wins over "Volvo" and "Ford Otosan" over "Ford"; names
that are also common words ("SEAT", "Lear", "Continental", "Forest") are listed as
`cased` and match only as written.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, Literal, TypeVar

from monitor.judgement.joblosses._fold import Folded, fold_text

Kind = Literal["maker", "supplier"]
_KINDS = ("maker", "supplier")
_WORD = re.compile(r"[a-z0-9]+")
_COUNTRY = re.compile(r"[A-Z]{2}")
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

    def __post_init__(self) -> None:
        companies: _PhraseIndex[Company] = _PhraseIndex()
        for company in self.companies:
            for name in (company.name, *company.aliases):
                companies.add(name, _Entry(company, None, self._cased(name)))
            for brand in company.brands:
                companies.add(brand, _Entry(company, brand, self._cased(brand)))
        places: _PhraseIndex[Place] = _PhraseIndex()
        for place in self.places.values():
            for name in (place.name, *place.aliases):
                places.add(name, _Entry(place, None, self._cased(name)))
        object.__setattr__(self, "_companies", companies)
        object.__setattr__(self, "_places", places)

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

    def find_places(self, folded: Folded) -> list[PlaceMention]:
        """Gazetteer places named in `folded` (also as German "-er" adjectives), in order."""
        return [
            PlaceMention(e.target, start, end)
            for e, start, end in self._places.find(folded, strip_er=True)
        ]


def _strings(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise WatchlistError(f"{where}: expected a list of strings, got {value!r}")
    return tuple(value)


def _country(value: object, where: str) -> str:
    if not isinstance(value, str) or not _COUNTRY.fullmatch(value):
        raise WatchlistError(f"{where}: country must be an ISO alpha-2 code such as 'DE'")
    return value


def _parse_places(raw: object, source: str) -> dict[str, Place]:
    if not isinstance(raw, dict):
        raise WatchlistError(f"{source}: [places] must be a table of place = {{ country = .. }}")
    places: dict[str, Place] = {}
    for name, spec in raw.items():
        where = f"{source}: places.{name}"
        if isinstance(spec, str):
            places[name] = Place(name, _country(spec, where))
        elif isinstance(spec, dict):
            aliases = _strings(spec.get("aliases", []), f"{where}.aliases")
            places[name] = Place(name, _country(spec.get("country"), where), aliases)
        else:
            raise WatchlistError(f'{where}: write "XX" or {{ country = "XX", aliases = [..] }}')
    return places


_KEYS = frozenset({"id", "name", "kind", "country", "aliases", "brands", "sites", "parent"})


def _parse_company(raw: object, places: Mapping[str, Place], where: str) -> Company:
    if not isinstance(raw, dict):
        raise WatchlistError(f"{where}: each company must be a table")
    for key in ("id", "name", "kind", "country"):
        if not isinstance(raw.get(key), str):
            raise WatchlistError(f"{where}: missing text field {key!r}")
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        raise WatchlistError(
            f"{where} ({raw['id']}): unknown field(s) {', '.join(unknown)}; "
            f"known: {', '.join(sorted(_KEYS))}"
        )
    where = f"{where} ({raw['id']})"
    if raw["kind"] not in _KINDS:
        raise WatchlistError(f"{where}: kind must be one of {_KINDS}, not {raw['kind']!r}")
    sites: dict[str, str] = {}
    for site in _strings(raw.get("sites", []), f"{where}.sites"):
        if site not in places:
            raise WatchlistError(f"{where}: site {site!r} is not in [places]; add it there")
        sites[site] = places[site].country
    parent = raw.get("parent")
    if parent is not None and not isinstance(parent, str):
        raise WatchlistError(f"{where}: parent must be a company id")
    kind: Kind = "maker" if raw["kind"] == "maker" else "supplier"
    return Company(
        id=raw["id"],
        name=raw["name"],
        kind=kind,
        country=_country(raw["country"], where),
        aliases=_strings(raw.get("aliases", []), f"{where}.aliases"),
        brands=_strings(raw.get("brands", []), f"{where}.brands"),
        sites=sites,
        parent=parent,
    )


def _line_of(text: str, index: int, company_id: object) -> int | None:
    """The line where the `index`-th company (id `company_id`) is written, for messages."""
    if isinstance(company_id, str):
        match = re.search(rf"""\bid\s*=\s*["']{re.escape(company_id)}["']""", text)
        if match:
            return text.count("\n", 0, match.start()) + 1
    headers = [m.start() for m in re.finditer(r"(?m)^\[\[companies\]\]", text)]
    if index < len(headers):
        return text.count("\n", 0, headers[index]) + 1
    return None


@dataclass(frozen=True, slots=True)
class _Document:
    data: Mapping[str, object]
    source: str
    text: str


def _document(text: str, source: str) -> _Document:
    try:
        return _Document(tomllib.loads(text), source, text)
    except tomllib.TOMLDecodeError as exc:
        raise WatchlistError(f"{source}: not valid TOML: {exc}") from exc


def _build(documents: Sequence[_Document]) -> Watchlist:
    places: dict[str, Place] = {}
    for doc in documents:
        for name, place in _parse_places(doc.data.get("places", {}), doc.source).items():
            known = places.get(name)
            if known is not None and known.country != place.country:
                raise WatchlistError(
                    f"{doc.source}: places.{name} is {place.country} here but {known.country} "
                    "in another file; give one of them another name"
                )
            places[name] = place
    companies: list[Company] = []
    cased: set[str] = set()
    for doc in documents:
        raw_companies = doc.data.get("companies", [])
        if not isinstance(raw_companies, list):
            raise WatchlistError(f"{doc.source}: companies must be a list of tables")
        for i, raw in enumerate(raw_companies):
            where = f"{doc.source}: companies[{i}]"
            try:
                companies.append(_parse_company(raw, places, where))
            except WatchlistError as exc:  # say where the entry is written (found only now)
                line = _line_of(doc.text, i, raw.get("id") if isinstance(raw, dict) else None)
                if line is None:
                    raise
                raise WatchlistError(str(exc).replace(where, f"{doc.source}:{line}", 1)) from None
        cased |= set(_strings(doc.data.get("cased", []), f"{doc.source}: cased"))
    _check_unique((c.id for c in companies), documents[0].source)
    ids = {c.id for c in companies}
    for company in companies:
        if company.parent is not None and company.parent not in ids:
            raise WatchlistError(
                f"{documents[0].source}: {company.id}: parent {company.parent!r} is no company "
                "id on the watch list"
            )
    return Watchlist(tuple(companies), places, frozenset(cased))


def parse_watchlist(text: str, source: str = "<watchlist>") -> Watchlist:
    """Build a watch list from TOML text; `source` names it in error messages.

    `include` is not followed here (see `load_watchlist`)."""
    return _build([_document(text, source)])


def _check_unique(ids: Iterable[str], source: str) -> None:
    seen: set[str] = set()
    for company_id in ids:
        if company_id in seen:
            raise WatchlistError(f"{source}: company id {company_id!r} is listed twice")
        seen.add(company_id)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise WatchlistError(f"{path}: cannot read the watch list: {exc.strerror}") from exc


def load_watchlist(path: str | Path) -> Watchlist:
    """Read a watch list file and the files its `include` names (paths relative to it);
    format: see seeds/watchlists/automotive.toml."""
    path = Path(path)
    main = _document(_read(path), str(path))
    documents = [main]
    included = main.data.get("include", [])
    for name in _strings(included, f"{path}: include"):
        other = path.parent / name
        documents.append(_document(_read(other), str(other)))
    return _build(documents)
