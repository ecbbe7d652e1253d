"""Reading a table out of a CSV or .xlsx file: header row, data rows with their row numbers, progress.

Row numbers are what a spreadsheet shows: the header is row 1, the first data row is row 2 (for an
.xlsx, the sheet's own row numbers). Empty rows are skipped. Exports from tills and shop systems often
put a title, a date range or a blank line above the real header: with `is_header`, the first of the
first HEADER_SCAN non-empty rows that it accepts is the header (else the first non-empty row), and the
rows above it are left out. Excel's "sep=;" first line sets the delimiter. Cells come back as `str` from a CSV
and as str/int/float/datetime/None from an .xlsx; the value parsers accept both.
"""
from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from crm_app.domain.errors import CrmError
from crm_app.io import encoding as enc

SAMPLE_BYTES = 1 << 20
DELIMITERS = [",", ";", "\t", "|", "\u060c"]   # comma, semicolon, tab, pipe, Arabic comma
DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "pipe": "|", "space": " "}
HEADER_SCAN = 30
csv.field_size_limit(16 * 1024 * 1024)
HeaderTest = Callable[[list[str]], bool]


class SourceError(CrmError):
    """The file cannot be read as a table (missing, not CSV/.xlsx, wrong encoding, no header)."""


@dataclass
class Source:
    path: Path
    kind: str                                   # "csv" | "xlsx"
    headers: list[str]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    _rows: Iterator[tuple[int, list]] | None = field(default=None, repr=False)
    _fraction: object = field(default=None, repr=False)
    _close: object = field(default=None, repr=False)

    def rows(self) -> Iterator[tuple[int, list]]:
        """(row number, cells) for every non-empty data row, read lazily."""
        return self._rows

    def fraction(self) -> float:
        """How much of the file has been read, 0..1 (for progress bars)."""
        return float(self._fraction()) if self._fraction else 0.0

    def close(self) -> None:
        if self._close:
            self._close()
            self._close = None

    def __enter__(self) -> "Source":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_source(path: str | os.PathLike, *, encoding: str | None = None, delimiter: str | None = None,
                sheet: str | None = None, is_header: HeaderTest | None = None) -> Source:
    path = Path(path)
    if not path.exists():
        raise SourceError(f"{path} does not exist")
    if path.is_dir():
        raise SourceError(f"{path} is a folder, not a file")
    try:
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror or exc}") from None
    if head.startswith(b"PK\x03\x04") or path.suffix.lower() in {".xlsx", ".xlsm"}:
        return _open_xlsx(path, sheet, is_header)
    if path.suffix.lower() == ".xls" or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise SourceError(f"{path.name} is an old Excel .xls file: save it as .xlsx or CSV and import that")
    return _open_csv(path, encoding, delimiter, is_header)


def _find_header(records: Iterator[tuple[int, list]], cells, is_header: HeaderTest | None) -> list[str] | None:
    """The header row (cells as text): the first non-empty one, or the first `is_header` accepts among
    the first HEADER_SCAN non-empty rows. Consumes `records` up to and including the header."""
    seen: list[tuple[int, list]] = []
    for n, rec in records:
        headers = cells(rec)
        if not any(headers):
            continue
        if is_header is None:
            return headers
        if is_header(headers):
            return headers
        seen.append((n, headers))
        if len(seen) >= HEADER_SCAN:
            break
    if not seen:
        return None
    raise _NoHeader(seen)


class _NoHeader(Exception):
    """No row looked like a header: fall back to the first non-empty row (the caller reopens)."""

    def __init__(self, seen):
        self.seen = seen


# --- CSV -----------------------------------------------------------------------------------------
class _CountingRaw(io.RawIOBase):
    def __init__(self, f):
        self.f, self.count = f, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = self.f.readinto(b)
        self.count += n or 0
        return n

    def close(self) -> None:
        self.f.close()
        super().close()


def parse_delimiter(value: str | None) -> str | None:
    if not value:
        return None
    value = DELIMITER_NAMES.get(value.strip().lower(), value)
    if len(value) != 1:
        raise SourceError(f"the delimiter must be one character (or comma, semicolon, tab, pipe), not {value!r}")
    return value


def sniff_delimiter(lines: list[str]) -> str:
    """The candidate that splits the first lines into the same number (> 1) of fields most consistently."""
    best, best_key = ",", (-1.0, 0)
    lines = [ln for ln in lines if ln.strip()][:50]
    if not lines:
        return ","
    for d in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=d)]
        except csv.Error:
            continue
        if not counts or max(counts) < 2:
            continue
        mode = max(set(counts), key=counts.count)
        if mode < 2:
            continue
        key = (counts.count(mode) / len(counts), mode)
        if key > best_key:
            best, best_key = d, key
    return best


_SEP_LINE = re.compile(r"^sep=(.)\r?$")


def _open_csv(path: Path, encoding: str | None, delimiter: str | None, is_header: HeaderTest | None = None,
              header_at: int | None = None) -> Source:
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            sample = f.read(SAMPLE_BYTES)
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        codec = enc.canonical(encoding) if encoding else enc.detect(sample)
    except ValueError as exc:
        raise SourceError(str(exc)) from None
    if not codec.startswith("utf-16") and b"\x00" in sample[:4096]:
        raise SourceError(f"{path.name} is not a text (CSV) file")
    text = sample.decode(codec, errors="replace")
    if codec == "utf-8-sig" or codec.startswith("utf-16"):
        text = text.lstrip("\ufeff")
    lines = text.splitlines()
    sep_line = _SEP_LINE.match(lines[0]) if lines else None       # Excel: "sep=;" declares the delimiter
    if sep_line:
        lines = lines[1:]
    delim = parse_delimiter(delimiter) or (sep_line[1] if sep_line else None) or sniff_delimiter(lines[:60])
    raw = _CountingRaw(open(path, "rb"))
    buffered = io.BufferedReader(raw, 1 << 20)
    stream = io.TextIOWrapper(buffered, encoding=codec, newline="", errors="strict")
    reader = csv.reader(stream, delimiter=delim)

    def records() -> Iterator[tuple[int, list]]:
        n = 0
        try:
            for rec in reader:
                n += 1
                yield n, rec
        except UnicodeDecodeError as exc:
            raise SourceError(f"{path.name} is not valid {enc.LABELS.get(codec, codec)} text after row {n + 1} "
                              f"({exc.reason}); choose its encoding") from None
        except csv.Error as exc:
            raise SourceError(f"{path.name} row {n + 1}: {exc}") from None

    it = records()
    if sep_line:
        next(it, None)

    def cells(rec):
        return [(c or "").strip().lstrip("\ufeff") for c in rec]

    try:
        headers = _find_header(_skip_to(it, header_at), cells, None if header_at else is_header)
    except _NoHeader as none:
        stream.close()
        return _open_csv(path, encoding, delimiter, None, none.seen[0][0])
    except BaseException:
        stream.close()
        raise
    if headers is None:
        stream.close()
        raise SourceError(f"{path.name} is empty: no header row")

    def data() -> Iterator[tuple[int, list]]:
        for n, rec in it:
            if rec and "".join(rec).strip():
                yield n, rec
        stream.close()

    return Source(path, "csv", headers, encoding=codec, delimiter=delim, _rows=data(),
                  _fraction=lambda: min(1.0, raw.count / size) if size else 1.0, _close=stream.close)


# --- XLSX ----------------------------------------------------------------------------------------
def _skip_to(records: Iterator[tuple[int, list]], row: int | None) -> Iterator[tuple[int, list]]:
    """The records from row number `row` on (all of them when None)."""
    for n, rec in records:
        if row is None or n >= row:
            yield n, rec


def _open_xlsx(path: Path, sheet: str | None, is_header: HeaderTest | None = None,
               header_at: int | None = None) -> Source:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise SourceError(f"{path.name} is not a readable .xlsx workbook ({exc})") from None
    except Exception as exc:  # noqa: BLE001 - openpyxl raises assorted errors on damaged files
        raise SourceError(f"{path.name} is not a readable .xlsx workbook ({type(exc).__name__})") from None
    if sheet is not None and sheet not in wb.sheetnames:
        wb.close()
        raise SourceError(f"{path.name} has no sheet {sheet!r} (sheets: {', '.join(wb.sheetnames)})")
    ws = wb[sheet] if sheet else wb.worksheets[0]
    total = ws.max_row or 0
    state = {"row": 0}

    def records() -> Iterator[tuple[int, list]]:
        try:
            for n, values in enumerate(ws.iter_rows(values_only=True), start=1):
                state["row"] = n
                yield n, list(values)
        except Exception as exc:  # noqa: BLE001
            raise SourceError(f"{path.name}: cannot read row {state['row'] + 1} ({exc})") from None

    it = records()

    def cells(rec):
        headers = ["" if c is None else str(c).strip() for c in rec]
        while headers and not headers[-1]:
            headers.pop()
        return headers

    try:
        headers = _find_header(_skip_to(it, header_at), cells, None if header_at else is_header)
    except _NoHeader as none:
        wb.close()
        return _open_xlsx(path, sheet, None, none.seen[0][0])
    except BaseException:
        wb.close()
        raise
    if headers is None:
        wb.close()
        raise SourceError(f"{path.name}: the sheet {ws.title!r} is empty")

    def data() -> Iterator[tuple[int, list]]:
        for n, rec in it:
            if any(_filled(c) for c in rec):
                yield n, rec
        wb.close()

    return Source(path, "xlsx", headers, sheet=ws.title, _rows=data(),
                  _fraction=lambda: min(1.0, state["row"] / total) if total else 0.0, _close=wb.close)


def _filled(value) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))
