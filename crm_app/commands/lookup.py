"""crm-app lookup: find customers by name, phone, email, code or tag (for phone systems and scripts)."""
from __future__ import annotations

import json
import sys
import time


def register(sub) -> None:
    p = sub.add_parser("lookup", help="find customers; '-' reads one query per line from stdin (JSON lines)")
    p.add_argument("query", help="name, phone, email, code or tag; '-' for stdin")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--show", action="store_true",
                   help="hand the query to the running app, which opens the customer (screen pop)")
    p.set_defaults(handler=run)


def _result(r) -> dict:
    return {"code": r.code, "name": r.name, "phones": r.phones, "emails": r.emails, "tier": r.tier}


def run(args) -> int:
    from crm_app.commands import open_db
    from crm_app.db import search_index
    from crm_app.services.customers import default_region

    if args.show:
        from crm_app.commands.screenpop import send_show

        return send_show(args)
    db = open_db(args.db)
    with db.read() as s:
        region = default_region(s)
        if args.query == "-":
            for line in sys.stdin:
                query = line.rstrip("\n")
                t0 = time.perf_counter()
                results = search_index.search(s, query, region, args.limit)
                ms = (time.perf_counter() - t0) * 1000
                print(json.dumps({"query": query, "results": [_result(r) for r in results], "ms": round(ms, 2)},
                                 ensure_ascii=False), flush=True)
            return 0
        t0 = time.perf_counter()
        results = search_index.search(s, args.query, region, args.limit)
        ms = (time.perf_counter() - t0) * 1000
    if args.json:
        print(json.dumps({"query": args.query, "results": [_result(r) for r in results], "ms": round(ms, 2)},
                         ensure_ascii=False, indent=2))
        return 0
    if not results:
        print(f"no customer matches {args.query!r}")
        return 1
    for r in results:
        print(f"{r.code:<10} {r.name:<32} {(r.phones or [''])[0]:<16} {r.tier or '-':<8} "
              f"{r.last_order_date or '-'}")
    return 0
