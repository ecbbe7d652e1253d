"""crm-app profile CODE: the shared customer profile (header, recent orders, open tickets, timeline)."""
from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from decimal import Decimal
from enum import Enum


def register(sub) -> None:
    p = sub.add_parser("profile", help="show a customer's profile: figures, recent orders, open tickets, timeline")
    p.add_argument("code", help="customer code (C0000123)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--as-of", metavar="DATE", help="only count what happened on or before this day (YYYY-MM-DD)")
    p.add_argument("--orders", type=int, default=10, metavar="N", help="recent orders to show (default 10)")
    p.add_argument("--timeline", type=int, default=20, metavar="N", help="timeline events to show (default 20)")
    p.set_defaults(handler=run)


def _as_of(text: str | None) -> date | None:
    from crm_app.domain.errors import FieldError, ValidationError

    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError([FieldError("--as-of", f"'{text}' is not a date (use YYYY-MM-DD)")]) from None


def load(session, code: str, as_of: date | None, n_orders: int = 10, n_timeline: int = 20) -> dict:
    """Everything the command prints, as plain dataclasses (one read)."""
    from crm_app.services import customers, profile

    cid = customers.get_by_code(session, code).id
    return {"header": profile.load_header(session, cid, as_of),
            "orders": profile.orders_page(session, cid, None, max(0, n_orders), as_of=as_of) if n_orders > 0 else [],
            "open_tickets": [t for t in profile.tickets(session, cid, 200, open_only=as_of is None)
                             if as_of is None or _open_on(t, as_of)],
            "timeline": profile.timeline(session, cid, max(1, n_timeline), as_of=as_of) if n_timeline > 0 else []}


def _open_on(t, as_of: date) -> bool:
    from crm_app.services.profile import day_end

    end = day_end(as_of)
    return t.created_at < end and (t.resolved_at is None and t.status in ("new", "open", "pending")
                                   or (t.resolved_at is not None and t.resolved_at >= end))


def plain(obj):
    """JSON-ready copy: Money → {"amount": "12.50", "currency": "USD"}, dates ISO, enums their value."""
    from crm_app.domain.money import Money

    if isinstance(obj, Money):
        return {"amount": str(obj.amount), "currency": obj.currency}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {k: plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [plain(v) for v in obj]
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, datetime):
        return obj.isoformat(sep=" ", timespec="seconds")
    if isinstance(obj, (date, Decimal)):
        return str(obj)
    return obj


def _ts(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%d %H:%M")


def _tenure(h) -> str:
    if h.customer_since is None:
        return "not a customer yet"
    y, m = h.tenure_years, h.tenure_months
    parts = ([f"{y} year{'s' * (y != 1)}"] if y else []) + ([f"{m} month{'s' * (m != 1)}"] if m or not y else [])
    return f"customer for {' '.join(parts)}, since {h.customer_since:%d %b %Y}"


def print_text(data: dict) -> None:
    from crm_app.domain.normalize import format_phone

    h = data["header"]
    tier = f"[{h.tier_name}]" if h.tier_name else "[no tier]"
    print(f"{h.code}  {h.name}  {tier}  {h.activity.value}" + (f"  (status: {h.status})" if h.status != "active"
                                                                 else ""))
    if h.merged_into_code:
        print(f"merged into {h.merged_into_code}")
    contacts = [format_phone(e164) for _raw, e164 in h.phones] + h.emails
    print("contacts: " + (", ".join(contacts) or "-") + (f"   tags: {', '.join(h.tags)}" if h.tags else ""))
    print(_tenure(h) + f"   (as of {h.as_of})")
    aov = h.average_order_value if h.average_order_value is not None else "-"
    print(f"orders {h.orders_count} on {h.purchase_days} purchase days · spent {h.total_spent} (net of refunds)"
          f" · average order {aov}")
    print(f"first purchase {h.first_purchase or '-'} · last purchase {h.last_purchase or '-'} · "
          f"points {h.points_balance:,} · open tickets {h.open_tickets}")
    if h.p_alive is not None or h.predicted_clv is not None:
        print(f"P(alive) {h.p_alive if h.p_alive is not None else '-'} · predicted CLV {h.predicted_clv or '-'}")
    if data["orders"]:
        print("\nrecent orders:")
        for o in data["orders"]:
            refund = f"  refunded {o.refunded}" if o.refunded.amount else ""
            print(f"  {_ts(o.ordered_at)}  {o.code or '#' + str(o.id):<14} {o.lines:>3} lines  {o.total}{refund}"
                  f"  {o.channel or ''}")
    if data["open_tickets"]:
        print("\nopen tickets:")
        for t in data["open_tickets"]:
            print(f"  #{t.id:<7} {_ts(t.created_at)}  {t.status:<8} {t.priority:<7} {t.subject}")
    if data["timeline"]:
        print("\ntimeline:")
        for e in data["timeline"]:
            print(f"  {_ts(e.at)}  {e.kind:<8} {e.title}" + (f" — {e.detail}" if e.detail else ""))


def run(args) -> int:
    from crm_app.commands import open_db

    as_of = _as_of(args.as_of)
    db = open_db(args.db)
    try:
        with db.read() as s:
            data = load(s, args.code, as_of, args.orders, args.timeline)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(plain(data), ensure_ascii=False, indent=2))
    else:
        print_text(data)
    return 0
