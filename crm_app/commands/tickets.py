"""crm-app tickets: list the support queue and show one ticket with its thread."""
from __future__ import annotations

import json

STATUSES = ["new", "open", "pending", "resolved", "closed"]
PRIORITIES = ["low", "normal", "high", "urgent"]


def register(sub) -> None:
    p = sub.add_parser("tickets", help="support tickets: list the queue, show a ticket")
    tsub = p.add_subparsers(dest="tickets_command", metavar="ACTION", required=True)
    ls = tsub.add_parser("list", help="the queue, newest first")
    ls.add_argument("--status", action="append", choices=STATUSES, help="repeat for several")
    ls.add_argument("--priority", action="append", choices=PRIORITIES)
    ls.add_argument("--channel", action="append")
    ls.add_argument("--assignee", type=int, help="user id; 0 for unassigned")
    ls.add_argument("--customer", type=int, help="customer id")
    ls.add_argument("--sla", choices=["breached", "due_soon"])
    ls.add_argument("--text", default="", help="ticket number (#123) or words of the subject/description")
    ls.add_argument("--sort", choices=["created", "id", "due", "priority", "status"], default="created")
    ls.add_argument("--asc", action="store_true", help="ascending order")
    ls.add_argument("--limit", type=int, default=50)
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.set_defaults(handler=run_list)
    show = tsub.add_parser("show", help="one ticket with its replies, notes and history")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=run_show)


def _iso(dt):
    return dt.isoformat(sep=" ", timespec="seconds") if dt else None


def run_list(args) -> int:
    from crm_app.commands import open_db
    from crm_app.domain.tickets import QueueFilter
    from crm_app.services import tickets as svc

    f = QueueFilter(statuses=tuple(args.status or ()), priorities=tuple(args.priority or ()),
                    channels=tuple(args.channel or ()), customer_id=args.customer, sla=args.sla, text=args.text,
                    assignee_id=None if args.assignee is None else (-1 if args.assignee == 0 else args.assignee))
    db = open_db(args.db)
    with db.read() as s:
        rows = [r for r, _ in svc.queue_page(s, f, args.sort, not args.asc, None, max(1, args.limit))]
        counts = svc.status_counts(s, f)
    if args.json:
        print(json.dumps({"counts": counts, "tickets": [
            {"id": r.id, "subject": r.subject, "customer_id": r.customer_id, "customer": r.customer,
             "channel": r.channel, "category": r.category, "priority": r.priority, "status": r.status,
             "assignee": r.assignee, "created_at": _iso(r.created_at), "first_response_due_at":
             _iso(r.first_response_due_at), "resolution_due_at": _iso(r.resolution_due_at),
             "first_response_at": _iso(r.first_response_at), "resolved_at": _iso(r.resolved_at),
             "breached": r.breached} for r in rows]}, ensure_ascii=False, indent=2))
        return 0
    print("  ".join(f"{k}: {v:,}{'+' if v > svc.COUNT_CAP else ''}" for k, v in counts.items()))
    for r in rows:
        flag = "!" if r.breached else " "
        print(f"#{r.id:<8}{flag} {r.status:<9}{r.priority:<8}{r.channel:<10}{_iso(r.created_at):<20} "
              f"{(r.customer or '-')[:24]:<25}{r.subject[:60]}")
    if not rows:
        print("no tickets match")
    return 0


def run_show(args) -> int:
    from crm_app.commands import open_db
    from crm_app.services import tickets as svc

    db = open_db(args.db)
    with db.read() as s:
        d = svc.detail(s, args.id)
    if args.json:
        print(json.dumps({
            "id": d.id, "subject": d.subject, "description": d.description, "customer_id": d.customer_id,
            "customer": d.customer, "customer_code": d.customer_code, "channel": d.channel, "category": d.category,
            "priority": d.priority, "status": d.status, "assignee": d.assignee, "order_id": d.order_id,
            "tags": list(d.tags), "created_at": _iso(d.created_at), "first_response_at": _iso(d.first_response_at),
            "resolved_at": _iso(d.resolved_at), "closed_at": _iso(d.closed_at),
            "first_response_due_at": _iso(d.first_response_due_at), "resolution_due_at": _iso(d.resolution_due_at),
            "first_response_breached": d.sla.first_response_breached, "resolution_breached": d.sla.resolution_breached,
            "csat": d.csat,
            "thread": [{"at": _iso(i.at), "kind": i.kind, "author": i.author, "text": i.text, "field": i.field,
                        "old": i.old, "new": i.new} for i in d.thread]}, ensure_ascii=False, indent=2))
        return 0
    print(f"#{d.id}  {d.subject}")
    print(f"customer: {d.customer or '-'} ({d.customer_code or '-'})   channel: {d.channel}   "
          f"category: {d.category or '-'}")
    print(f"status: {d.status}   priority: {d.priority}   assignee: {d.assignee or '-'}   CSAT: {d.csat or '-'}")
    print(f"created {_iso(d.created_at)}; first response {_iso(d.first_response_at) or '-'} "
          f"(due {_iso(d.first_response_due_at) or '-'}{', BREACHED' if d.sla.first_response_breached else ''}); "
          f"resolved {_iso(d.resolved_at) or '-'} (due {_iso(d.resolution_due_at) or '-'}"
          f"{', BREACHED' if d.sla.resolution_breached else ''})")
    if d.description:
        print(f"\n{d.description}")
    print()
    for i in d.thread:
        if i.kind == "event":
            print(f"{_iso(i.at)}  {i.author or 'system'}: {i.field} {i.old or '-'} → {i.new or '-'}")
        else:
            print(f"{_iso(i.at)}  {i.author or '-'} ({'internal note' if i.kind == 'note' else 'reply'}): {i.text}")
    return 0
