"""Eurofound's European Restructuring Monitor CSV export, read row by row into typed records.

The export is large (tens of thousands of rows), so rows are streamed, never loaded at once. A
row that does not fit the documented format stops the import with the file, line and column at
fault: figures users compare with Eurofound's must not be silently guessed.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO

from monitor.ingest.parsing.erm_codes import country_code, restructuring_type
from monitor.ingest.parsing.errors import ErmFormatError
from monitor.model.factsheets import (
    ERM_DETAIL_URL,
    ErmRecord,
    JobsKind,
    RestructuringType,
    citation,
)

__all__ = [
    "ERM_DETAIL_URL",
    "ErmRecord",
    "JobsKind",
    "RestructuringType",
    "citation",
    "iter_erm_csv",
    "iter_erm_file",
]

# Field -> header labels accepted for it (compared case- and space-insensitively).
_REQUIRED = {
    "id": ("Id",),
    "announced_on": ("Announcement date",),
    "country": ("Country",),
    "company": ("Company",),
    "sector": ("Sector",),
    "type": ("Restructuring type",),
    "change": ("Employment Change",),
}
_OPTIONAL = {
    "group": ("Group",),
    "region": ("Region",),
    "unit": ("Affected unit", "Affected units", "Unit"),
    "nace": ("NACE", "NACE code", "NACE sector"),
    "employment_before": ("Employment before", "Employment before restructuring"),
    "effect_start": ("Employment effect start", "Employment effect start date"),
    "effect_end": ("Employment effect end", "Employment effect end date", "Foreseen end date"),
    "sources": ("Sources", "Source"),
}
_NO_VALUE = frozenset({"", "none", "n/a"})
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.+Z-]*)?")
_DMY_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_INTEGER = re.compile(r"([+-]?)\s*(\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+)")
_SOURCE_SEPARATOR = re.compile(r"\s*(?:\r?\n|;)\s*")


def _header_key(label: str) -> str:
    return " ".join(label.replace("\ufeff", "").split()).casefold()


def _locate_columns(header: list[str], path: str) -> dict[str, int]:
    positions = {_header_key(label): index for index, label in enumerate(header)}
    columns: dict[str, int] = {}
    missing: list[str] = []
    for table, required in ((_REQUIRED, True), (_OPTIONAL, False)):
        for name, labels in table.items():
            index = next((positions[k] for k in map(_header_key, labels) if k in positions), None)
            if index is not None:
                columns[name] = index
            elif required:
                missing.append(labels[0])
    if missing:
        found = ", ".join(repr(label.strip()) for label in header) or "none"
        raise ErmFormatError(
            path,
            f"missing column(s) {', '.join(missing)}; found {found}. Is this the ERM export "
            "(factsheetscsv) with its header row?",
            line=1,
        )
    return columns


class _Row:
    """One data row, with values fetched by field name and errors that point at the cell."""

    def __init__(self, cells: list[str], columns: dict[str, int], path: str, line: int) -> None:
        self.cells, self.columns, self.path, self.line = cells, columns, path, line

    def text(self, field: str) -> str:
        index = self.columns.get(field)
        return "" if index is None else " ".join(self.cells[index].split())

    def items(self, field: str) -> tuple[str, ...]:
        """A cell holding several values, one per line or separated by ";"."""
        index = self.columns.get(field)
        if index is None:
            return ()
        parts = (" ".join(part.split()) for part in _SOURCE_SEPARATOR.split(self.cells[index]))
        return tuple(part for part in parts if part.casefold() not in _NO_VALUE)

    def optional(self, field: str) -> str | None:
        value = self.text(field)
        return None if value.casefold() in _NO_VALUE else value

    def error(self, field: str, expected: str) -> ErmFormatError:
        labels = {**_REQUIRED, **_OPTIONAL}[field]
        return ErmFormatError(
            self.path, f"{expected}, found {self.text(field)!r}", line=self.line, column=labels[0]
        )

    def integer(self, field: str, *, signed: bool) -> int | None:
        value = self.optional(field)
        if value is None:
            return None
        match = _INTEGER.fullmatch(value)
        if match is None or (match.group(1) and not signed):
            if signed:
                raise self.error(field, 'expected a whole number like "-250" or "+100", or None')
            raise self.error(field, 'expected a whole number like "1200", or nothing')
        number = int(re.sub(r"\D", "", match.group(2)))
        return -number if match.group(1) == "-" else number

    def optional_date(self, field: str) -> date | None:
        value = self.optional(field)
        return None if value is None else self.required_date(field)

    def required_date(self, field: str) -> date:
        value = self.text(field)
        try:
            if match := _ISO_DATE.fullmatch(value):
                return date(int(match[1]), int(match[2]), int(match[3]))
            if match := _DMY_DATE.fullmatch(value):
                return date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            pass  # 2025-02-30 and the like
        raise self.error(field, 'expected a date like "2025-03-05"')


def _record(row: _Row) -> ErmRecord:
    raw_id = row.text("id")
    if not (raw_id.isascii() and raw_id.isdigit()) or int(raw_id) == 0:
        raise row.error("id", "expected the factsheet number (a positive whole number)")
    company = row.text("company")
    if not company:
        raise row.error("company", "expected a company name")
    kind = restructuring_type(row.text("type"))
    if kind is None:
        known = ", ".join(t.value for t in RestructuringType)
        raise row.error("type", f"expected one of {known}")
    label = row.text("country")
    known_country, code = country_code(label)
    if not known_country:
        expected = "expected an EU country, Norway, United Kingdom, European Union or World"
        raise row.error("country", expected)
    change = row.integer("change", signed=True)
    return ErmRecord(
        factsheet_id=int(raw_id),
        announced_on=row.required_date("announced_on"),
        country=code,
        country_label=label,
        company=company,
        group=row.optional("group"),
        region=row.optional("region"),
        unit=row.optional("unit"),
        sector=row.text("sector"),
        nace=row.optional("nace"),
        type=kind,
        jobs=None if change is None else abs(change),
        jobs_kind=None if not change else ("loss" if change < 0 else "creation"),
        employment_before=row.integer("employment_before", signed=False),
        effect_start=row.optional_date("effect_start"),
        effect_end=row.optional_date("effect_end"),
        sources=row.items("sources"),
        url=ERM_DETAIL_URL.format(id=int(raw_id)),
    )


def _not_utf8(path: str, exc: UnicodeDecodeError) -> ErmFormatError:
    # Text is decoded in chunks ahead of the CSV reader, so no line number can be given.
    return ErmFormatError(
        path,
        f"not UTF-8 text ({exc.reason} at byte {exc.start} of a chunk); save the export as UTF-8",
    )


def iter_erm_csv(stream: IO[str], *, path: str) -> Iterator[ErmRecord]:
    """Records from an ERM export opened as text (newline="" preferred); `path` names it in errors.

    Raises ErmFormatError at the first row that cannot be read, and before any row if a
    required column is missing.
    """
    reader = csv.reader(stream)
    try:
        header = next(reader)
    except StopIteration:
        raise ErmFormatError(path, "the file is empty; expected a header row", line=1) from None
    except UnicodeDecodeError as exc:
        raise _not_utf8(path, exc) from exc
    except csv.Error as exc:
        raise ErmFormatError(path, f"cannot read the header row ({exc})", line=1) from exc
    columns = _locate_columns(header, path)
    width = len(header)
    last_line = reader.line_num
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            raise _not_utf8(path, exc) from exc
        except csv.Error as exc:
            raise ErmFormatError(path, f"malformed CSV ({exc})", line=last_line + 1) from exc
        line, last_line = last_line + 1, reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) < width or any(cell.strip() for cell in cells[width:]):
            raise ErmFormatError(
                path,
                f"expected {width} fields as in the header, found {len(cells)}; look for an "
                "unquoted comma or a stray quote",
                line=line,
            )
        yield _record(_Row(cells, columns, path, line))


def iter_erm_file(path: str | Path) -> Iterator[ErmRecord]:
    """Records from an ERM export on disk (UTF-8, with or without a BOM)."""
    with Path(path).open(encoding="utf-8-sig", newline="") as stream:
        yield from iter_erm_csv(stream, path=str(path))
