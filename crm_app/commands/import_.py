"""crm-app import: customers, purchases, tickets or feedback from a CSV or .xlsx file.

Exit status: 0 every row imported (or already there), 1 rows rejected (nothing written unless
--skip-invalid), 2 the file cannot be read (or lacks a required column).
"""
from __future__ import annotations

import json
import sys

from crm_app.io.fields import KINDS


def register(sub) -> None:
    p = sub.add_parser("import", help="import customers, purchases, tickets or feedback from CSV or .xlsx",
                       description="Import a CSV (any delimiter; UTF-8, UTF-16, Windows-1256/1251) or .xlsx file. "
                                   "All rows or none, unless --skip-invalid. A backup is taken first.")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("file")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="read COLUMN as FIELD (repeatable); FIELD '-' ignores the column")
    p.add_argument("--encoding", help="utf-8, utf-16, cp1256 (Arabic), cp1251 (Cyrillic)... (default: detect)")
    p.add_argument("--delimiter", help="',' ';' tab pipe ... (default: detect)")
    p.add_argument("--sheet", help="the .xlsx sheet to read (default: the first)")
    p.add_argument("--date-format", choices=["DMY", "MDY"], type=str.upper,
                   help="how to read 03/04/2024 (default: from the file, else from the region setting)")
    p.add_argument("--decimal", choices=[".", ","], help="the decimal separator of amounts (default: detect)")
    p.add_argument("--currency", help="currency of amounts without a currency column (default: the business's)")
    p.add_argument("--feedback-kind", choices=["nps", "csat"], help="what a bare 'score' column holds")
    p.add_argument("--dry-run", action="store_true", help="validate every row, write nothing")
    p.add_argument("--skip-invalid", action="store_true", help="import the valid rows, report the others")
    p.add_argument("--no-create-customers", action="store_true",
                   help="reject purchases of unknown customer codes instead of creating those customers")
    p.add_argument("--rejected-csv", metavar="PATH", help="save the rejected rows (with reasons) to fix and re-import")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(handler=run)


def run(args) -> int:
    from crm_app.commands import open_db
    from crm_app.io.fields import parse_mapping
    from crm_app.io.importer import ImportOptions, run_import
    from crm_app.io.source import SourceError

    try:
        mapping = parse_mapping(args.map)
    except ValueError as exc:
        return _unreadable(args, str(exc))
    options = ImportOptions(kind=args.kind, mapping=mapping, encoding=args.encoding, delimiter=args.delimiter,
                            sheet=args.sheet, date_order=args.date_format, decimal=args.decimal,
                            currency=args.currency, feedback_kind=args.feedback_kind, dry_run=args.dry_run,
                            skip_invalid=args.skip_invalid, create_customers=not args.no_create_customers,
                            rejected_csv=args.rejected_csv)
    db = open_db(args.db)
    show = not args.quiet and not args.json and sys.stderr.isatty()

    def progress(fraction: float, message: str) -> None:
        if show:
            print(f"\r{fraction * 100:5.1f} %  {message:<40}", end="", file=sys.stderr, flush=True)

    try:
        result = run_import(db, args.file, options, progress)
    except SourceError as exc:
        return _unreadable(args, str(exc))
    finally:
        if show:
            print(file=sys.stderr)
        db.dispose()
    if args.json:
        out = result.to_json()
        print(json.dumps({"imported": out.pop("imported"), "rejected": out.pop("rejected"),
                          "created_customers": out.pop("created_customers"), "errors": out.pop("errors"), **out},
                         ensure_ascii=False, indent=2, default=str))
    elif not args.quiet:
        _summary(result, options)
    return 1 if result.rejected else 0


def _unreadable(args, message: str) -> int:
    from crm_app.commands import fail

    if args.json:
        print(json.dumps({"imported": 0, "rejected": 0, "created_customers": 0, "errors": [],
                          "error": message}, ensure_ascii=False))
    return fail(message, 2)


def _summary(r, options) -> None:
    what = f"{r.imported:,} rows" + (f" ({r.orders:,} orders)" if r.kind == "purchases" else "")
    extra = []
    if r.skipped:
        extra.append(f"{r.skipped:,} already present")
    if r.ignored:
        extra.append(f"{r.ignored:,} total lines left out")
    if r.created_customers and r.kind == "purchases":
        extra.append(f"{r.created_customers:,} new customers")
    extra.append(f"{r.rejected:,} rejected")
    if r.dry_run:
        head = f"dry run: would import {what}"
    elif r.committed:
        head = f"imported {what}"
    else:
        head = f"nothing imported ({what} valid)"
    print(f"{r.kind}: {head}, {', '.join(extra)} in {r.seconds:.1f} s")
    for e in r.errors[:20]:
        print(f"  row {e.row}, {e.column}: {e.message}")
    if len(r.errors) > 20 or r.errors_dropped:
        print(f"  ... and {len(r.errors) - 20 + r.errors_dropped:,} more")
    if r.rejected and not options.skip_invalid and not r.dry_run:
        print("The database is unchanged: fix the rows, or import the valid ones with --skip-invalid.")
    if r.rejected_csv:
        print(f"rejected rows saved to {r.rejected_csv} (fix them there and import that file)")
    elif r.rejected:
        print("save the rejected rows with their reasons, to fix and import again, with --rejected-csv PATH")
    if r.merge_candidates:
        print(f"{len(r.merge_candidates):,} possible duplicates of existing customers (new id → existing id):")
        for m in r.merge_candidates[:10]:
            print(f"  row {m.row}: {m.new_id if m.new_id is not None else 'new'} → {m.existing_id} ({m.reason})")
    if r.backup:
        print(f"backup taken before the import: {r.backup}")
