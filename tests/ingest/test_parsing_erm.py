"""Reading Eurofound's ERM CSV export: typed records, normalised vocabularies, pointed errors."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from monitor.ingest.parsing import (
    ErmFormatError,
    ErmRecord,
    ParseError,
    RestructuringType,
    citation,
    iter_erm_csv,
    iter_erm_file,
)

from conftest import FIXTURES

ERM = FIXTURES / "erm"
HEADER = "Id,Announcement date,Country,Company,Sector,Restructuring type,Employment Change"


@pytest.fixture(scope="module")
def records() -> dict[int, ErmRecord]:
    return {r.factsheet_id: r for r in iter_erm_file(ERM / "factsheets.csv")}


def read(text: str) -> list[ErmRecord]:
    return list(iter_erm_csv(io.StringIO(text, newline=""), path="export.csv"))


def test_full_export_with_bom_reads_every_row(records: dict[int, ErmRecord]) -> None:
    assert len(records) == 30
    assert records[300101] == ErmRecord(
        factsheet_id=300101,
        announced_on=date(2025, 1, 14),
        country="DE",
        country_label="Germany",
        company="Kolbenwerk Süd GmbH",
        group="Kolben Holding",
        region="Bayern",
        unit="Plant Ingolstadt",
        sector="Manufacturing",
        nace="29.32",
        type=RestructuringType.CLOSURE,
        jobs=450,
        jobs_kind="loss",
        employment_before=450,
        effect_start=date(2025, 6, 30),
        effect_end=date(2026, 12, 31),
        sources=("Regionalzeitung, 14 January 2025", "Company press release"),
        url="https://apps.eurofound.europa.eu/restructuring-events/detail/300101",
    )


def test_signed_change_becomes_size_and_direction(records: dict[int, ErmRecord]) -> None:
    assert (records[300102].jobs, records[300102].jobs_kind) == (800, "creation")
    assert (records[300103].jobs, records[300103].jobs_kind) == (120, "loss")
    assert (records[300130].jobs, records[300130].jobs_kind) == (0, None)
    assert (records[300128].jobs, records[300128].jobs_kind) == (1050, "loss")  # "-1,050"


def test_literal_none_change_means_unknown(records: dict[int, ErmRecord]) -> None:
    assert (records[300108].jobs, records[300108].jobs_kind) == (None, None)


def test_restructuring_type_spacing_is_normalised(records: dict[int, ErmRecord]) -> None:
    assert records[300105].type is RestructuringType.MERGER_ACQUISITION  # "Merger /Acquisition"
    assert records[300130].type is RestructuringType.MERGER_ACQUISITION
    assert records[300107].type is RestructuringType.OFFSHORING


def test_countries_become_iso_codes(records: dict[int, ErmRecord]) -> None:
    codes = {r.country_label: r.country for r in records.values()}
    assert codes["Greece"] == "GR"
    assert codes["United Kingdom"] == "GB"
    assert codes["Norway"] == "NO"
    assert codes["Czechia"] == "CZ"


def test_non_countries_have_no_code_but_keep_their_label(records: dict[int, ErmRecord]) -> None:
    assert (records[300106].country, records[300106].country_label) == (None, "European Union")
    assert (records[300107].country, records[300107].country_label) == (None, "World")


def test_empty_optional_cells_are_none(records: dict[int, ErmRecord]) -> None:
    record = records[300103]
    assert (record.group, record.unit, record.nace, record.employment_before) == (None,) * 4
    assert (record.effect_start, record.effect_end, record.sources) == (None, None, ())


def test_multi_line_sources_are_split(records: dict[int, ErmRecord]) -> None:
    assert records[300128].sources == (
        "https://news.example.de/a1",
        "https://news.example.de/a2",
    )


def test_quoted_company_with_a_comma(records: dict[int, ErmRecord]) -> None:
    assert records[300123].company == "Avtodeli Novo Mesto, d.o.o."


def test_minimal_export_has_only_the_seven_documented_columns() -> None:
    first, second = iter_erm_file(ERM / "factsheets_minimal.csv")
    assert first.factsheet_id == 301005
    assert first.country == "ES"
    assert first.sector == "Accommodation / Food"
    assert (first.group, first.region, first.sources) == (None, None, ())
    assert second.country == "MT"


def test_citation_follows_eurofound_form(records: dict[int, ErmRecord]) -> None:
    assert citation(records[300105]) == (
        "Eurofound (2025), Nordic Cables Polska, Merger/Acquisition in Poland, "
        "factsheet number 300105, European Restructuring Monitor."
    )


def test_bad_date_names_file_line_and_column() -> None:
    with pytest.raises(ErmFormatError) as caught:
        list(iter_erm_file(ERM / "factsheets_broken.csv"))
    error = caught.value
    assert (error.line, error.column) == (3, "Announcement date")
    assert error.path.endswith("factsheets_broken.csv")
    assert str(error).endswith(
        ":3: column 'Announcement date': expected a date like \"2025-03-05\", found '2026-13-45'"
    )
    assert isinstance(error, ParseError)
    assert isinstance(error, ValueError)


def test_rows_before_a_bad_row_are_yielded_first() -> None:
    rows = iter_erm_file(ERM / "factsheets_broken.csv")
    assert next(rows).factsheet_id == 301005
    with pytest.raises(ErmFormatError):
        next(rows)


def test_line_numbers_count_physical_lines_after_multi_line_fields() -> None:
    text = (
        f"{HEADER},Sources\n"
        '1,2025-01-01,Malta,A,S,Closure,-100,"one\ntwo"\n'
        "2,2025-01-01,Malta,B,S,Closure,-x,\n"
    )
    with pytest.raises(ErmFormatError) as caught:
        read(text)
    assert (caught.value.line, caught.value.column) == (4, "Employment Change")
    assert "-250" in str(caught.value)


def test_missing_required_column_names_the_columns_found() -> None:
    text = "Id,Date,Country,Company,Sector,Restructuring type,Employment Change\n"
    with pytest.raises(ErmFormatError) as caught:
        read(text)
    message = str(caught.value)
    assert "missing column(s) Announcement date" in message
    assert "found 'Id', 'Date', 'Country'" in message
    assert caught.value.line == 1


@pytest.mark.parametrize(
    ("row", "column", "expected"),
    [
        ("x1,2025-01-01,Malta,A,S,Closure,-100", "Id", "factsheet number"),
        ("1,2025-01-01,Atlantis,A,S,Closure,-100", "Country", "an EU country"),
        ("1,2025-01-01,Malta,,S,Closure,-100", "Company", "company name"),
        ("1,2025-01-01,Malta,A,S,Takeover,-100", "Restructuring type", "one of Business expansion"),
        ("1,05.01.2025,Malta,A,S,Closure,-100", "Announcement date", "a date like"),
        ("1,2025-01-01,Malta,A,S,Closure,-1.5", "Employment Change", "-250"),
    ],
)
def test_bad_cell_is_reported_with_its_column(row: str, column: str, expected: str) -> None:
    with pytest.raises(ErmFormatError) as caught:
        read(f"{HEADER}\n{row}\n")
    assert (caught.value.line, caught.value.column) == (2, column)
    assert expected in str(caught.value)


def test_row_with_too_few_fields_is_an_error() -> None:
    with pytest.raises(ErmFormatError, match="expected 7 fields as in the header, found 6"):
        read(f"{HEADER}\n1,2025-01-01,Malta,A,S,-100\n")


def test_blank_lines_and_trailing_empty_fields_are_tolerated() -> None:
    (record,) = read(f"{HEADER}\n\n1,2025-01-01, Malta ,A  B,S,closure,+150,,\n\n")
    assert record.company == "A B"
    assert record.country == "MT"
    assert record.type is RestructuringType.CLOSURE
    assert record.jobs_kind == "creation"


def test_day_first_dates_are_accepted() -> None:
    (record,) = read(f"{HEADER}\n1,05/03/2025,Malta,A,S,Closure,-100\n")
    assert record.announced_on == date(2025, 3, 5)


def test_empty_file_is_an_error() -> None:
    with pytest.raises(ErmFormatError, match="empty"):
        read("")


def test_non_utf8_file_is_an_error_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(f"{HEADER}\n1,2025-01-01,Malta,Caf\xe9,S,Closure,-100\n".encode("latin-1"))
    with pytest.raises(ErmFormatError, match="save the export as UTF-8"):
        list(iter_erm_file(path))


def test_rows_are_streamed_not_loaded_at_once() -> None:
    rows = "".join(f"{i},2025-01-01,Malta,A{i},S,Closure,-100\n" for i in range(1, 2001))
    stream = io.StringIO(f"{HEADER}\n{rows}")
    records = iter_erm_csv(stream, path="big.csv")
    assert next(records).factsheet_id == 1
    # The reader pulled the header and one row, not the 2,000 rows after them.
    assert sum(1 for _ in stream) == 1_999
