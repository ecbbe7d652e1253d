"""crm-app erase: remove a customer's personal data (erasure request); their orders stay, anonymous."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("erase", help="erase a customer's personal data (orders are kept anonymously)")
    p.add_argument("code", help="the customer's code")
    p.add_argument("--reason", help="recorded in the audit log")
    p.add_argument("--yes", action="store_true", help="do it (without --yes, only says what would be erased)")
    p.set_defaults(handler=run)


def run(args) -> int:
    from crm_app.commands import open_db
    from crm_app.services import customers, privacy

    db = open_db(args.db)
    if not args.yes:
        with db.read() as s:
            c = customers.get_by_code(s, args.code)
            data = privacy.customer_data(s, c.id)
        print(f"would erase {c.full_name} ({c.code}): " + ", ".join(
            f"{len(data[k])} {k}" for k in ("phones", "emails", "notes", "tickets", "feedback")) +
            f"; {len(data['orders'])} orders stay, anonymous. Run again with --yes to erase.")
        return 1
    with db.write() as s:
        c = customers.get_by_code(s, args.code)
        r = privacy.erase_customer(s, c.id, reason=args.reason)
    print(f"erased customer {args.code.upper()}: {r.phones} phones, {r.emails} emails, {r.notes} notes removed; "
          f"{r.tickets_redacted} ticket texts redacted; orders kept")
    return 0
