"""crm-app export: everything (zip of CSVs or one .xlsx), one table, or one customer's data (access request)."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("export", help="export everything, a table, or one customer's data")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    a = what.add_parser("all", help="every table: PATH.zip (a CSV per table) or PATH.xlsx (a sheet per table)")
    a.add_argument("path")
    a.set_defaults(handler=run_all)
    t = what.add_parser("table", help="one table to .csv or .xlsx")
    t.add_argument("name", help="customers, orders, order_lines, tickets, feedback, ...")
    t.add_argument("path")
    t.set_defaults(handler=run_table)
    c = what.add_parser("customer", help="all data of one customer (data-access request): a zip of JSON + CSV")
    c.add_argument("code", help="the customer's code")
    c.add_argument("path")
    c.set_defaults(handler=run_customer)


def run_all(args) -> int:
    from crm_app.commands import open_db
    from crm_app.io.export import export_all

    db = open_db(args.db)
    try:
        counts = export_all(db, args.path)
    except ValueError as exc:
        raise RuntimeError(str(exc)) from None
    print(f"exported {sum(counts.values()):,} rows of {len(counts)} tables to {args.path}")
    return 0


def run_table(args) -> int:
    from crm_app.commands import open_db
    from crm_app.io.export import export_rows, stream_table, tables

    by_name = {t.name: t for t in tables()}
    if args.name not in by_name:
        raise RuntimeError(f"no table {args.name!r} (tables: {', '.join(sorted(by_name))})")
    table = by_name[args.name]
    db = open_db(args.db)
    with db.read() as s:
        n = export_rows(args.path, [c.name for c in table.columns], stream_table(s.connection(), table),
                        title=table.name)
    print(f"exported {n:,} rows of {table.name} to {args.path}")
    return 0


def run_customer(args) -> int:
    from crm_app.commands import open_db
    from crm_app.services import customers, privacy

    db = open_db(args.db)
    with db.write() as s:
        c = customers.get_by_code(s, args.code)
        privacy.export_customer_data(s, c.id, args.path)
    print(f"all data of customer {args.code.upper()} written to {args.path}")
    return 0
