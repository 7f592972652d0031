"""Reading watch-list files: TOML, with `include` for more files, validated entry by entry.

The format is described at the top of `seeds/watchlists/automotive.toml`. A bad entry is
reported with its file and line and what to write instead.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from monitor.judgement.joblosses.watchlist import (
    KINDS,
    Company,
    Kind,
    Place,
    Watchlist,
    WatchlistError,
)

_COUNTRY = re.compile(r"[A-Z]{2}")


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
    if raw["kind"] not in KINDS:
        raise WatchlistError(f"{where}: kind must be one of {KINDS}, not {raw['kind']!r}")
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


def watchlist_files(path: str | Path) -> list[Path]:
    """The watch list file and the files its `include` names, in reading order: what a
    watch list depends on, for telling whether it changed."""
    path = Path(path)
    main = _document(_read(path), str(path))
    included = main.data.get("include", [])
    return [path, *(path.parent / name for name in _strings(included, f"{path}: include"))]


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
