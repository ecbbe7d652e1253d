"""Exports: everything (a CSV per table in a zip, or one .xlsx), and any list (columns + rows).

`export_rows` is what list views use: it takes column names and an iterator of rows, so a view can
stream a query of any size. Values keep full precision: amounts stay integer minor units (the
columns say `_minor`), dates ISO. In .xlsx files text is always stored as text (a name starting
with '=' is never turned into a formula).
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from crm_app.db.engine import Database

XLSX_MAX_ROWS = 1_048_576
Progress = Callable[[float, str], None]


def cell_text(value) -> str:
    """A value as CSV text: ISO dates, 0/1 for booleans, empty for NULL. Text a spreadsheet would run
    as a formula (=…, @…, +cmd…, -cmd…, a leading tab) gets a leading apostrophe, which Excel hides and
    our importer drops; phone numbers such as +966… and negative amounts stay as they are."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if isinstance(value, str) and looks_like_formula(text):
        return "'" + text
    return text


_NUMBER_OR_PHONE = re.compile(r"[+-][\d\s().,/-]*\Z")


def looks_like_formula(text: str) -> bool:
    """=…, @…, a leading tab/CR, or +/- followed by anything but a number or phone number."""
    if not text:
        return False
    if text[0] in "=@\t\r":
        return True
    return text[0] in "+-" and not _NUMBER_OR_PHONE.match(text)


def write_csv(f, columns: Sequence[str], rows: Iterable[Sequence]) -> int:
    w = csv.writer(f)
    w.writerow(list(columns))
    n = 0
    for row in rows:
        w.writerow([cell_text(v) for v in row])
        n += 1
    return n


class _Sheets:
    """Write-only workbook that continues a table on a new sheet past Excel's row limit."""

    def __init__(self):
        from openpyxl import Workbook

        self.wb = Workbook(write_only=True)

    def add(self, title: str, columns: Sequence[str], rows: Iterable[Sequence]) -> int:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        n, part, ws, used = 0, 1, None, XLSX_MAX_ROWS

        def cell(v):
            if isinstance(v, str):
                c = WriteOnlyCell(ws, ILLEGAL_CHARACTERS_RE.sub("", v))
                c.data_type = "s"
                return c
            if isinstance(v, Decimal):
                return str(v)
            if isinstance(v, bool):
                return int(v)
            return v

        for row in rows:
            if used >= XLSX_MAX_ROWS:
                ws = self.wb.create_sheet(_title(title, part))
                part += 1
                ws.append(list(columns))
                used = 1
            ws.append([cell(v) for v in row])
            used += 1
            n += 1
        if ws is None:
            ws = self.wb.create_sheet(_title(title, 1))
            ws.append(list(columns))
        return n

    def save(self, path: Path) -> None:
        self.wb.save(path)


def _title(name: str, part: int) -> str:
    for ch in "[]:*?/\\":
        name = name.replace(ch, " ")
    return (name[:31] if part == 1 else f"{name[:26]} ({part})")


def export_rows(path: str | os.PathLike, columns: Sequence[str], rows: Iterable[Sequence], *,
                title: str = "Export") -> int:
    """Write a list to .csv (UTF-8 with BOM, opens in Excel) or .xlsx, by the file's extension.
    Returns the number of rows. The file appears complete or not at all."""
    path = Path(path)
    with _atomic(path) as tmp:
        if path.suffix.lower() == ".xlsx":
            sheets = _Sheets()
            n = sheets.add(title, columns, rows)
            sheets.save(tmp)
        else:
            with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
                n = write_csv(f, columns, rows)
    return n


class _atomic:
    def __init__(self, path: Path):
        self.path = path

    def __enter__(self) -> Path:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".export-", suffix=self.path.suffix, dir=self.path.parent)
        os.close(fd)
        self.tmp = Path(name)
        return self.tmp

    def __exit__(self, exc_type, *_):
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            self.tmp.unlink(missing_ok=True)


def tables():
    """Every table of the schema, parents before children."""
    from crm_app.db import models

    return list(models.Base.metadata.sorted_tables)


def stream_table(conn, table, size: int = 5000):
    """Every row of a table in primary-key order, fetched in chunks (for export_rows)."""
    from sqlalchemy import select

    pk = list(table.primary_key.columns)
    result = conn.execution_options(stream_results=True, yield_per=size).execute(
        select(table).order_by(*pk))
    for part in result.partitions(size):
        yield from part


def export_all(db: Database, dest: str | os.PathLike, *, fmt: str | None = None,
               progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
               user_id: int | None = None) -> dict[str, int]:
    """Every table, in one consistent read: `fmt` 'zip' (a CSV per table + manifest.json) or 'xlsx'
    (a sheet per table); by default from dest's extension. Returns the row count per table."""
    from sqlalchemy import func, select

    from crm_app import __version__
    from crm_app.db import migrate

    dest = Path(dest)
    fmt = (fmt or dest.suffix.lstrip(".") or "zip").lower()
    if fmt not in ("zip", "xlsx"):
        raise ValueError("export everything as .zip (CSV files) or .xlsx")
    progress = progress or (lambda f, m: None)
    counts: dict[str, int] = {}
    all_tables = tables()
    with db.read() as s, _atomic(dest) as tmp:
        conn = s.connection()
        totals = {t.name: s.scalar(select(func.count()).select_from(t)) or 0 for t in all_tables}
        grand = max(1, sum(totals.values()))
        done = 0
        sheets = _Sheets() if fmt == "xlsx" else None
        zf = zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) if fmt == "zip" else None
        try:
            for t in all_tables:
                if cancelled and cancelled():
                    raise KeyboardInterrupt("export cancelled")
                progress(done / grand, t.name)
                cols = [c.name for c in t.columns]
                if zf is not None:
                    with zf.open(f"{t.name}.csv", "w", force_zip64=True) as raw:
                        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
                        counts[t.name] = write_csv(text, cols, stream_table(conn, t))
                        text.flush()
                        text.detach()
                else:
                    counts[t.name] = sheets.add(t.name, cols, stream_table(conn, t))
                done += totals[t.name]
            manifest = {"app": "Retain CRM", "version": __version__, "exported_at": datetime.now().isoformat(" "),
                        "schema_revision": migrate.current_revision(db), "tables": counts,
                        "money": "integer minor units (*_minor) with an ISO 4217 currency column"}
            if zf is not None:
                zf.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
        finally:
            if zf is not None:
                zf.close()
        if sheets is not None:
            sheets.save(tmp)
    with db.write() as s:
        from crm_app.services import audit

        audit.record(s, "export.all", "database", None, {"file": dest.name, "format": fmt,
                                                         "rows": sum(counts.values())}, user_id)
    progress(1.0, "done")
    return counts
