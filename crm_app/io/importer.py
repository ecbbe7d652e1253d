"""Importing customers, purchases, tickets and feedback from CSV or .xlsx files.

    result = run_import(db, "sales.csv", ImportOptions("purchases"), progress=..., cancelled=...)

All-or-nothing by default: the whole file is one write transaction, committed only when no row was
rejected (a crash or a kill leaves the database exactly as it was). With `skip_invalid` the valid
rows are written and the rest reported. A dry run validates every row against the database and
writes nothing. A backup is taken before every import that writes. Every rejected row is reported
with its row number, column and reason, and can be saved as a CSV to fix and import again.

Rows are read, validated and written in batches (bulk inserts), so memory stays flat and a million
purchase rows import in well under a minute.
"""
from __future__ import annotations

import csv
import gc
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from itertools import chain, islice
from pathlib import Path

from crm_app import config
from crm_app.db.engine import Database
from crm_app.domain.errors import CrmError
from crm_app.io import values as V
from crm_app.io.fields import KINDS, REJECT_COLUMNS, FieldMap, looks_like_header, map_headers
from crm_app.io.source import Source, SourceError, open_source

Progress = Callable[[float, str], None]

DATE_FIELDS = {"customers": ("birthday", "created_at"), "purchases": ("date",),
               "tickets": ("created_at", "resolved_at", "closed_at"), "feedback": ("created_at",)}
AMOUNT_FIELDS = {"purchases": ("amount", "unit_price")}
SAMPLE_ROWS = 2000


class ImportSetupError(SourceError):
    """The file can be read but not imported as this kind (a required column is missing, a bad --map)."""


class ImportCancelled(CrmError):
    def __init__(self):
        super().__init__("the import was cancelled; nothing was imported")


@dataclass
class ImportOptions:
    kind: str
    mapping: dict[str, str] = field(default_factory=dict)   # column header → field ('-' to ignore)
    encoding: str | None = None          # None: detect
    delimiter: str | None = None         # None: sniff
    sheet: str | None = None             # .xlsx sheet name (default: the first)
    date_order: str | None = None        # DMY | MDY (for 03/04/2024); None: infer from the column
    decimal: str | None = None           # '.' | ',' (for 1,250); None: infer from the column
    currency: str | None = None          # default currency of amounts (default: the business's)
    feedback_kind: str | None = None     # nps | csat when a feedback file has a bare score column
    dry_run: bool = False
    skip_invalid: bool = False
    create_customers: bool = True
    rejected_csv: str | os.PathLike | None = None
    backup: bool = True
    batch_size: int = 20_000
    max_errors: int = 100_000            # kept in the result; the rejected CSV holds every one


@dataclass
class RowError:
    row: int
    column: str
    message: str


@dataclass
class MergeCandidate:
    """A customer this import created (new_id; None in a dry run) who looks like an existing one."""
    row: int
    new_id: int | None
    existing_id: int
    reason: str
    new_name: str = ""
    existing_name: str = ""
    existing_code: str = ""
    new_code: str = ""


@dataclass
class ImportResult:
    kind: str
    file: str
    dry_run: bool = False
    rows: int = 0                 # data rows read
    imported: int = 0             # rows written (or that would be, in a dry run)
    skipped: int = 0              # rows already in the database (a re-import)
    ignored: int = 0              # total lines of a till's export ("TOTAL", "Итого"): not data
    rejected: int = 0
    created_customers: int = 0
    orders: int = 0
    errors: list[RowError] = field(default_factory=list)
    errors_dropped: int = 0
    merge_candidates: list[MergeCandidate] = field(default_factory=list)
    committed: bool = False
    backup: str | None = None
    rejected_csv: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    seconds: float = 0.0

    def to_json(self) -> dict:
        d = asdict(self)
        d["errors"] = [asdict(e) for e in self.errors]
        d["merge_candidates"] = [asdict(m) for m in self.merge_candidates]
        return d


class RowInvalid(Exception):
    def __init__(self, errors: list[tuple[str, str]]):
        super().__init__("; ".join(m for _, m in errors))
        self.errors = errors   # (field or column header, message)


class _Abort(Exception):
    """Leave the write transaction without committing (rows were rejected, all-or-nothing)."""


@dataclass
class BadOrders:
    """Orders to reject whole on the next run: code → its first rejected row, and each rejected row's reasons."""
    codes: dict[str, int] = field(default_factory=dict)
    reasons: dict[int, list[tuple[str, str]]] = field(default_factory=dict)


class Redo(Exception):
    """Run the import again knowing these orders must be rejected whole (see purchases)."""

    def __init__(self, bad: BadOrders):
        super().__init__("redo")
        self.bad = bad


# --- context shared by the kind importers ----------------------------------------------------------
class Context:
    def __init__(self, session, options: ImportOptions, fmap: FieldMap, result: ImportResult, rejects):
        from crm_app.io.writer import BulkWriter
        from crm_app.services import settings

        self.session, self.options, self.fmap, self.result = session, options, fmap, result
        self.writer = BulkWriter(session, enabled=not options.dry_run)
        self.region = settings.get(session, config.DEFAULT_REGION)
        self.currency = (options.currency or settings.get(session, config.CURRENCY)).upper()
        self.rejects = rejects
        self.formats: dict[str, str | None] = {}
        self.bad_orders = BadOrders()
        self.cols = fmap.columns

    @property
    def writing(self) -> bool:
        return self.writer.enabled

    def stop_writing(self) -> None:
        """All-or-nothing with a rejected row: keep validating, stop writing (it will be rolled back)."""
        self.writer.enabled = False

    def cell(self, cells: list, name: str):
        i = self.cols.get(name)
        if i is None or i >= len(cells):
            return None
        return cells[i]

    def column(self, name: str) -> str:
        return self.fmap.column_of(name)

    def reject(self, rownum: int, cells: list, errors: list[tuple[str, str]]) -> None:
        res = self.result
        res.rejected += 1
        named = [(self.column(f) if f in self.cols or f in _field_set(self.fmap.kind) else f, m)
                 for f, m in errors]
        for col, msg in named:
            if len(res.errors) < self.options.max_errors:
                res.errors.append(RowError(rownum, col, msg))
            else:
                res.errors_dropped += 1
        self.rejects.add(rownum, cells, named)
        if not self.options.skip_invalid and self.writing:
            self.stop_writing()


def _field_set(kind: str) -> set[str]:
    from crm_app.io.fields import field_names

    return set(field_names(kind))


def infer_formats(kind: str, fmap: FieldMap, sample: list[tuple[int, list]], options: ImportOptions,
                  region: str) -> dict[str, str | None]:
    """Date order per date column and decimal separator per amount column, from the first rows."""
    out: dict[str, str | None] = {}
    default_order = options.date_order or (V.MDY if region.upper() in {"US", "PH", "CA", "FM"} else V.DMY)
    for name in DATE_FIELDS.get(kind, ()):
        i = fmap.columns.get(name)
        if i is None:
            continue
        vals = [c[i] for _, c in sample if i < len(c)]
        out[name] = options.date_order or V.infer_date_order(vals, default_order)
    # One decimal separator per file: every amount column votes.
    amount_cols = [fmap.columns[n] for n in AMOUNT_FIELDS.get(kind, ()) if n in fmap.columns]
    decimal = options.decimal or V.infer_decimal([c[i] for _, c in sample for i in amount_cols if i < len(c)])
    for name in AMOUNT_FIELDS.get(kind, ()):
        if name in fmap.columns:
            out[name] = decimal
    return out


# --- rejected rows -------------------------------------------------------------------------------
class RejectSink:
    """Streams rejected rows (original cells + row number + reasons) to a CSV, moved into place at the end."""

    def __init__(self, path, headers: list[str]):
        self.path = Path(path) if path else None
        self.headers = headers
        self._f = None
        self._w = None
        self._tmp = None

    def add(self, rownum: int, cells: list, errors: list[tuple[str, str]]) -> None:
        if self.path is None:
            return
        if self._w is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix=".rejected-", suffix=".csv", dir=self.path.parent)
            self._f = os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
            self._w = csv.writer(self._f)
            self._w.writerow([*self.headers, *REJECT_COLUMNS])
        row = ["" if c is None else (c.isoformat(" ") if hasattr(c, "isoformat") else str(c)) for c in cells]
        row = (row + [""] * len(self.headers))[:max(len(self.headers), len(row))]
        self._w.writerow([*row, rownum, "; ".join(f"{c}: {m}" for c, m in errors)])

    def close(self, keep: bool) -> str | None:
        if self._f is None:
            return None
        self._f.close()
        if keep:
            os.replace(self._tmp, self.path)
            return str(self.path)
        os.unlink(self._tmp)
        return None


# --- running ---------------------------------------------------------------------------------------
def _importer_class(kind: str):
    if kind == "purchases":
        from crm_app.io.import_purchases import PurchaseImporter
        return PurchaseImporter
    if kind == "customers":
        from crm_app.io.import_customers import CustomerImporter
        return CustomerImporter
    from crm_app.io.import_support import FeedbackImporter, TicketImporter
    return TicketImporter if kind == "tickets" else FeedbackImporter


def _open_source(path, options: ImportOptions) -> Source:
    """The file, its header found below any title lines (the first row that has every required column)."""
    return open_source(path, encoding=options.encoding, delimiter=options.delimiter, sheet=options.sheet,
                       is_header=lambda cells: looks_like_header(options.kind, cells, options.mapping))


def _open(path, options: ImportOptions) -> tuple[Source, FieldMap]:
    if options.kind not in KINDS:
        raise ImportSetupError(f"unknown kind {options.kind!r} (one of {', '.join(KINDS)})")
    src = _open_source(path, options)
    try:
        fmap = map_headers(options.kind, src.headers, options.mapping)
    except ValueError as exc:
        src.close()
        raise ImportSetupError(str(exc)) from None
    missing = fmap.missing()
    if missing:
        src.close()
        raise ImportSetupError(f"{Path(path).name}: no column for {', '.join(missing)} "
                               f"(columns: {', '.join(h or '?' for h in src.headers)}); "
                               f"map one with --map COLUMN=FIELD")
    return src, fmap


def run_import(db: Database, path, options: ImportOptions, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Import one file. Raises SourceError (unreadable file, missing column), ImportCancelled."""
    t0 = time.perf_counter()
    progress = progress or (lambda f, m: None)
    src, fmap = _open(path, options)
    src.close()
    backup = None
    if not options.dry_run and options.backup and db.path is not None and db.path.exists():
        from crm_app.io.backup import backup_before_import

        progress(0.0, "backing up the database")
        backup = backup_before_import(db)
    bad_orders = BadOrders()
    committed = False
    # Millions of short-lived tuples: the cyclic GC would rescan the import's caches again and again
    # (a third of the time). Reference counting still frees everything; the GC is back on at the end.
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        for _attempt in range(3):
            try:
                result = _run_once(db, path, options, progress, cancelled, bad_orders)
            except Redo as redo:
                for code, row in redo.bad.codes.items():
                    bad_orders.codes.setdefault(code, row)
                for row, errors in redo.bad.reasons.items():
                    bad_orders.reasons.setdefault(row, errors)
                continue
            committed = result.committed
            result.seconds = time.perf_counter() - t0
            progress(1.0, "done")
            return result
    finally:
        if gc_was_on:
            gc.enable()
        if backup is not None:
            from crm_app.io.backup import import_finished

            kept = import_finished(db, backup, committed)
            if committed:
                result.backup = str(kept)
    raise RuntimeError("the import did not settle which orders to reject")  # pragma: no cover


def _run_once(db: Database, path, options: ImportOptions, progress: Progress, cancelled, bad_orders) -> ImportResult:
    src, fmap = _open(path, options)
    result = ImportResult(options.kind, str(path), dry_run=options.dry_run, encoding=src.encoding,
                          delimiter=src.delimiter)
    rejects = RejectSink(options.rejected_csv, src.headers)
    ok = False
    try:
        with (db.read() if options.dry_run else db.write()) as session:
            ctx = Context(session, options, fmap, result, rejects)
            ctx.bad_orders = bad_orders
            if ctx.writer.sqlite and ctx.writing:
                from crm_app.db import sqlite
                sqlite.tune_for_bulk_load(ctx.writer.conn)
            try:
                rows = src.rows()
                first = list(islice(rows, SAMPLE_ROWS))
                ctx.formats = infer_formats(options.kind, fmap, first, options, ctx.region)
                importer = _importer_class(options.kind)(ctx)
                size = max(1, options.batch_size)
                stream = chain(first, rows)
                while True:
                    if cancelled and cancelled():
                        raise ImportCancelled()
                    batch = list(islice(stream, size))
                    if not batch:
                        break
                    result.rows += len(batch)
                    importer.process(batch)
                    progress(0.03 + 0.85 * src.fraction(), f"{result.rows:,} rows read")
                if cancelled and cancelled():
                    raise ImportCancelled()
                progress(0.9, "finishing")
                importer.finish()
                _name_candidates(session, result)
                if not options.dry_run:
                    if result.rejected and not options.skip_invalid:
                        raise _Abort()
                    _audit(session, options, result)
                    progress(0.95, "saving")
            finally:
                if ctx.writer.sqlite:
                    from crm_app.db import sqlite
                    sqlite.reset_cache_size(ctx.writer.conn)
        result.committed = not options.dry_run
        ok = True
    except _Abort:
        ok = True
    finally:
        src.close()
        result.rejected_csv = rejects.close(keep=ok)
    return result


def _name_candidates(session, result: ImportResult) -> None:
    """Names and codes of the existing customers that created ones look like (for the report)."""
    from sqlalchemy import select

    from crm_app.db.models import Customer

    ids = sorted({m.existing_id for m in result.merge_candidates} |
                 {m.new_id for m in result.merge_candidates if m.new_id is not None})
    known = {}
    for k in range(0, len(ids), 500):
        known.update({r.id: r for r in session.execute(select(Customer.id, Customer.code, Customer.full_name)
                                                       .where(Customer.id.in_(ids[k:k + 500])))})
    for m in result.merge_candidates:
        if m.existing_id in known:
            m.existing_code, m.existing_name = known[m.existing_id].code, known[m.existing_id].full_name
        if m.new_id in known:
            m.new_code = known[m.new_id].code


def _audit(session, options: ImportOptions, result: ImportResult) -> None:
    from crm_app.services import audit

    audit.record(session, f"import.{options.kind}", "import", None,
                 {"file": Path(result.file).name, "rows": result.rows, "imported": result.imported,
                  "skipped": result.skipped, "ignored": result.ignored, "rejected": result.rejected, "orders": result.orders,
                  "created_customers": result.created_customers})


# --- preview -----------------------------------------------------------------------------------------
def value_text(value) -> str:
    """A preview value as plain text (ISO dates, '12.50 USD'): for the CLI, logs and tests."""
    if isinstance(value, datetime):
        return value.isoformat(" ") if value.time() != datetime.min.time() else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass
class PreviewRow:
    row: int
    cells: list
    values: dict[str, object]      # as stored: str, int, date, datetime, domain.money.Money
    errors: list[tuple[str, str]]
    ignored: bool = False          # a total line, left out

    def text(self) -> dict[str, str]:
        return {k: value_text(v) for k, v in self.values.items()}


@dataclass
class Preview:
    kind: str
    headers: list[str]
    columns: dict[str, int]          # field → column index
    missing: list[str]
    rows: list[PreviewRow]
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    formats: dict[str, str | None]


def preview(db: Database, path, options: ImportOptions, limit: int = 20) -> Preview:
    """The first rows as they will be imported (values parsed and normalized, or their errors).

    Raises SourceError when the file cannot be read; missing required columns are reported in
    `missing` (not raised), so a mapping screen can show the file and ask for them."""
    from crm_app.io.fields import field_names

    if options.kind not in KINDS:
        raise ImportSetupError(f"unknown kind {options.kind!r}")
    src = _open_source(path, options)
    try:
        try:
            fmap = map_headers(options.kind, src.headers, options.mapping)
        except ValueError as exc:
            raise ImportSetupError(str(exc)) from None
        sample = list(islice(src.rows(), SAMPLE_ROWS))
    finally:
        src.close()
    opts = ImportOptions(**{**options.__dict__, "dry_run": True, "rejected_csv": None})
    result = ImportResult(options.kind, str(path), dry_run=True)
    rows: list[PreviewRow] = []
    with db.read() as session:
        ctx = Context(session, opts, fmap, result, RejectSink(None, src.headers))
        ctx.formats = infer_formats(options.kind, fmap, sample, opts, ctx.region)
        importer = _importer_class(options.kind)(ctx)
        names = set(field_names(options.kind))
        for rownum, cells in sample[:limit]:
            try:
                values, errors = importer.display(cells), []
            except RowInvalid as bad:
                if getattr(importer, "is_total_row", None) and importer.is_total_row(cells):
                    rows.append(PreviewRow(rownum, cells, {}, [], ignored=True))
                    continue
                values, errors = {}, [(fmap.column_of(f) if f in names else f, m) for f, m in bad.errors]
            rows.append(PreviewRow(rownum, cells, values, errors))
    return Preview(options.kind, src.headers, dict(fmap.columns), fmap.missing(), rows, src.encoding,
                   src.delimiter, src.sheet, ctx.formats)
