"""`crm-app lookup --show QUERY`: hand a caller's number to the running window (screen pop)."""
from __future__ import annotations


def send_show(args) -> int:
    from crm_app import config
    from crm_app.ui.single_instance import send

    if send(config.resolve_database_url(args.db), {"action": "show", "query": args.query}):
        print(f"sent {args.query!r} to the running Retain CRM window")
        return 0
    raise RuntimeError("Retain CRM is not running for this database; start it with `crm-app`")
