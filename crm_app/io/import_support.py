"""Tickets and feedback (NPS, CSAT) from a help desk or survey tool's export.

Validated with the support desk's own rules (domain.tickets: clean_ticket, check_nps, check_csat);
SLA due times from the configured policies. A customer code must name an existing customer. A
ticket (customer, subject, created) or an answer (customer, kind, score, date) that is already in
the database is not imported again.
"""
from __future__ import annotations

from sqlalchemy import func, or_, select

from crm_app.db.models import Customer, Feedback, Order, Ticket, TicketCategory, TicketEvent, utcnow
from crm_app.domain.enums import Channel, FeedbackKind, TicketStatus
from crm_app.domain.errors import ValidationError
from crm_app.domain.normalize import fold
from crm_app.domain.tickets import TicketInput, check_csat, check_nps, clean_ticket, due_times
from crm_app.io import values as V
from crm_app.io.import_purchases import check_customer_code
from crm_app.io.importer import Context, RowInvalid

_WORDS = {
    "channel": {"in person": "in_person", "walk in": "in_person", "store": "in_person", "shop": "in_person",
                "telephone": "phone", "call": "phone", "e mail": "email", "mail": "email", "live chat": "chat",
                "whatsapp": "chat", "website": "web", "portal": "web", "form": "web", "app": "web",
                "instagram": "social", "facebook": "social", "twitter": "social", "x": "social"},
    "priority": {"medium": "normal", "med": "normal", "p1": "urgent", "critical": "urgent", "p2": "high",
                 "p3": "normal", "p4": "low", "minor": "low", "major": "high"},
    "status": {"solved": "resolved", "done": "resolved", "fixed": "resolved", "in progress": "open",
               "waiting": "pending", "on hold": "pending", "hold": "pending", "reopened": "open"},
    "kind": {"net promoter": "nps", "satisfaction": "csat"},
}


def _word(kind: str, raw) -> str:
    key = " ".join(fold(V.text(raw)).replace("_", " ").replace("-", " ").split())
    return _WORDS[kind].get(key, key.replace(" ", "_"))


class _Base:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.now = utcnow()
        self.customers: dict[str, int | None] = {}
        self.added: set[tuple] = set()          # natural keys written by this import

    def _when(self, cells, name, errors, default=None):
        raw = self.ctx.cell(cells, name)
        if V.is_blank(raw):
            return default
        try:
            dt = V.parse_datetime(raw, self.ctx.formats.get(name))
        except ValueError as exc:
            errors.append((name, str(exc)))
            return default
        if dt > self.now:
            errors.append((name, "the date is in the future"))
        return dt

    def _code(self, cells, errors) -> str | None:
        raw = self.ctx.cell(cells, "customer_code")
        if V.is_blank(raw):
            return None
        try:
            return check_customer_code(raw)
        except ValueError as exc:
            errors.append(("customer_code", str(exc)))
            return None

    def _resolve(self, parsed: list) -> list:
        """Drop (reject) rows whose customer code names nobody; returns (row, cells, customer id, data)."""
        wanted = {c for p in parsed if (c := p[2]) and c not in self.customers}
        for code, cid, merged_into in self.ctx.writer.lookup(Customer.code, wanted, Customer.id,
                                                              Customer.merged_into_id):
            self.customers[code] = merged_into or cid
        out = []
        for rownum, cells, code, data in parsed:
            if code and code not in self.customers:
                self.ctx.reject(rownum, cells, [("customer_code", f"no customer has the code {code}")])
                continue
            out.append((rownum, cells, self.customers.get(code) if code else None, data))
        return out

    def _split(self, batch):
        parsed = []
        for rownum, cells in batch:
            try:
                code, data = self.parse(cells)
            except RowInvalid as bad:
                self.ctx.reject(rownum, cells, bad.errors)
                continue
            parsed.append((rownum, cells, code, data))
        return self._resolve(parsed)

    def finish(self) -> None:
        pass

    # Rows without a date get the import's time, which differs at every import: they are matched by
    # occurrence instead. The k-th undated row of a key in the file is the k-th record of that key that
    # was in the database before this import (oldest first), so importing the file again adds nothing.
    def _undated_seen(self, key, existing_ids) -> bool:
        k = self.undated_seen.get(key, 0)
        self.undated_seen[key] = k + 1
        return k < len(existing_ids)


class TicketImporter(_Base):
    def __init__(self, ctx: Context):
        super().__init__(ctx)
        self.undated: dict[tuple, list[int]] = {}     # (customer id, subject, description) → ticket ids
        self.undated_loaded: set[str] = set()
        self.undated_seen: dict[tuple, int] = {}
        self.new_ids: set[int] = set()
        self.categories: dict[str, int] | None = None
        self.sla: dict = {}
        self.hours = None

    def parse(self, cells):
        ctx, errors = self.ctx, []
        code = self._code(cells, errors)
        status = _word("status", ctx.cell(cells, "status")) if not V.is_blank(ctx.cell(cells, "status")) else ""
        data, text = {}, {}
        for n in ("subject", "description", "category", "tags", "order_code"):
            try:
                text[n] = V.text(ctx.cell(cells, n), 20000 if n == "description" else 200, n.replace("_", " "))
            except ValueError as exc:
                errors.append((n, str(exc)))
                text[n] = ""
        if len(text["category"]) > 120:
            errors.append(("category", "the category is longer than 120 characters"))
        channel = _word("channel", ctx.cell(cells, "channel")) if not V.is_blank(ctx.cell(cells, "channel")) \
            else Channel.PHONE
        priority = _word("priority", ctx.cell(cells, "priority")) if not V.is_blank(
            ctx.cell(cells, "priority")) else "normal"
        created = self._when(cells, "created_at", errors, self.now)
        resolved = self._when(cells, "resolved_at", errors)
        closed = self._when(cells, "closed_at", errors)
        if not status:
            status = TicketStatus.CLOSED if closed else TicketStatus.RESOLVED if resolved else TicketStatus.NEW
        if status not in set(TicketStatus):
            errors.append(("status", f"unknown status {V.text(ctx.cell(cells, 'status'))!r} "
                                     f"(new, open, pending, resolved, closed)"))
        if status in (TicketStatus.RESOLVED, TicketStatus.CLOSED) and resolved is None:
            resolved = closed or created
        if status == TicketStatus.CLOSED and closed is None:
            closed = resolved
        for name, dt in (("resolved_at", resolved), ("closed_at", closed)):
            if dt is not None and created is not None and dt < created:
                errors.append((name, "the date is before the ticket was created"))
        try:
            clean = clean_ticket(TicketInput(subject=text["subject"], channel=channel, priority=priority,
                                             description=text["description"],
                                             tags=tuple(text["tags"].replace(",", " ").split())))
        except ValidationError as exc:
            errors.extend((e.field, e.message) for e in exc.errors)
            clean = None
        if errors:
            raise RowInvalid(errors)
        data.update(ticket=clean, status=str(status), created=created, resolved=resolved, closed=closed,
                    dated=not V.is_blank(ctx.cell(cells, "created_at")),
                    category=text["category"], order_code=text["order_code"])
        return code, data

    def display(self, cells) -> dict[str, object]:
        code, d = self.parse(cells)
        t = d["ticket"]
        out = {"subject": t.subject, "channel": t.channel, "priority": t.priority, "status": d["status"],
               "created_at": d["created"]}
        for k, v in (("customer_code", code), ("description", t.description), ("category", d["category"]),
                     ("resolved_at", d["resolved"]), ("closed_at", d["closed"]), ("tags", " ".join(t.tags)),
                     ("order_code", d["order_code"])):
            if v:
                out[k] = v if k in ("resolved_at", "closed_at") else str(v)
        return out

    def process(self, batch) -> None:
        from crm_app.services.tickets import business_hours, sla_target

        ctx, res, s = self.ctx, self.ctx.result, self.ctx.session
        rows = self._split(batch)
        if self.categories is None:
            self.categories = {fold(n): i for i, n in s.execute(select(TicketCategory.id, TicketCategory.name))}
            self.hours = business_hours(s)
        orders = {c: i for c, i in ctx.writer.lookup(Order.code, {d["order_code"] for *_, d in rows
                                                                  if d["order_code"]}, Order.id)}
        times = sorted({d["created"] for *_, d in rows})
        existing = set()
        for part in range(0, len(times), 500):
            existing |= set(s.execute(select(Ticket.customer_id, Ticket.subject, Ticket.created_at)
                                      .where(Ticket.created_at.in_(times[part:part + 500]))).all())
        subjects = {d["ticket"].subject for *_, d in rows if not d["dated"]} - self.undated_loaded
        if subjects:
            self.undated_loaded |= subjects
            found = s.execute(select(Ticket.id, Ticket.customer_id, Ticket.subject, Ticket.description)
                              .where(Ticket.subject.in_(sorted(subjects))).order_by(Ticket.id)).all()
            for tid, cust, subject, description in found:
                if tid not in self.new_ids:
                    self.undated.setdefault((cust, subject, description or ""), []).append(tid)
        new, keys = [], []
        for rownum, cells, cid, d in rows:
            t = d["ticket"]
            if d["order_code"] and d["order_code"] not in orders:
                ctx.reject(rownum, cells, [("order_code", f"no order numbered {d['order_code']}")])
                continue
            if not d["dated"]:
                ukey = (cid, t.subject, t.description or "")
                if self._undated_seen(ukey, self.undated.get(ukey, ())):
                    res.skipped += 1
                    continue
            else:
                key = (cid, t.subject, d["created"])
                if key in existing or key in self.added:
                    res.skipped += 1
                    continue
                self.added.add(key)     # kept across batches: a dry run writes nothing the next batch could find
            cat = None
            if d["category"]:
                cat = self.categories.get(fold(d["category"]))
                if cat is None:
                    (cat,) = ctx.writer.insert_ids(TicketCategory.__table__, ("name", "active"),
                                                   [(d["category"], True)])
                    self.categories[fold(d["category"])] = cat
            if t.priority not in self.sla:
                self.sla[t.priority] = sla_target(s, t.priority)
            fr_due, res_due = due_times(d["created"], self.sla[t.priority], self.hours)
            updated = d["closed"] or d["resolved"] or d["created"]
            new.append((t.subject, t.description, cid, t.channel, cat, t.priority, d["status"],
                        orders.get(d["order_code"]), " ".join(t.tags) or None, d["created"], updated,
                        d["resolved"], d["closed"], fr_due, res_due, 1))
            keys.append(d)
        ids = ctx.writer.insert_ids(Ticket.__table__, (
            "subject", "description", "customer_id", "channel", "category_id", "priority", "status", "order_id",
            "tags", "created_at", "updated_at", "resolved_at", "closed_at", "first_response_due_at",
            "resolution_due_at", "version"), new)
        self.new_ids.update(ids)
        ctx.writer.insert(TicketEvent.__table__, ("ticket_id", "field", "old_value", "new_value", "at"),
                          [(tid, "status", None, d["status"], d["created"]) for tid, d in zip(ids, keys)])
        res.imported += len(new)


class FeedbackImporter(_Base):
    def __init__(self, ctx: Context):
        super().__init__(ctx)
        self.undated: dict[tuple, list[int]] = {}     # (customer id, kind, score, comment) → feedback ids
        self.undated_loaded: set = set()              # customer ids (None: anonymous answers) looked up
        self.undated_seen: dict[tuple, int] = {}
        self.first_new_id: int | None = None

    def parse(self, cells):
        ctx, errors = self.ctx, []
        code = self._code(cells, errors)
        answers = []
        for name, kind in (("nps", FeedbackKind.NPS), ("csat", FeedbackKind.CSAT), ("score", None)):
            raw = ctx.cell(cells, name)
            if V.is_blank(raw):
                continue
            if kind is None:
                k = ctx.cell(cells, "kind")
                kind = _word("kind", k) if not V.is_blank(k) else (ctx.options.feedback_kind or "")
                if kind not in (FeedbackKind.NPS, FeedbackKind.CSAT):
                    errors.append(("kind", "say whether the score is nps (0–10) or csat (1–5)"
                                   if not kind else f"unknown kind {kind!r} (nps or csat)"))
                    continue
            try:
                score = V.parse_int(raw, what="score")
                (check_nps if kind == FeedbackKind.NPS else check_csat)(score)
                answers.append((str(kind), score))
            except (ValueError, ValidationError) as exc:
                msg = exc.errors[0].message if isinstance(exc, ValidationError) else str(exc)
                errors.append((name, msg))
        if not answers and not errors:
            errors.append(("score", "enter the score"))
        comment, source = None, "import"
        try:
            comment = V.text(ctx.cell(cells, "comment"), 20000, "comment") or None
        except ValueError as exc:
            errors.append(("comment", str(exc)))
        try:
            source = V.text(ctx.cell(cells, "source"), 32, "source").lower() or "import"
        except ValueError as exc:
            errors.append(("source", str(exc)))
        created = self._when(cells, "created_at", errors, self.now)
        if errors:
            raise RowInvalid(errors)
        return code, {"answers": answers, "comment": comment, "source": source, "created": created,
                      "dated": not V.is_blank(ctx.cell(cells, "created_at"))}

    def display(self, cells) -> dict[str, object]:
        code, d = self.parse(cells)
        out: dict[str, object] = {("nps" if k == "nps" else "csat"): v for k, v in d["answers"]}
        out.update({"source": d["source"], "created_at": d["created"]})
        if code:
            out["customer_code"] = code
        if d["comment"]:
            out["comment"] = d["comment"]
        return out

    def process(self, batch) -> None:
        ctx, res, s = self.ctx, self.ctx.result, self.ctx.session
        rows = self._split(batch)
        times = sorted({d["created"] for *_, d in rows})
        existing = set()
        for part in range(0, len(times), 500):
            existing |= set(s.execute(select(Feedback.customer_id, Feedback.kind, Feedback.score, Feedback.created_at)
                                      .where(Feedback.created_at.in_(times[part:part + 500]))).all())
        if self.first_new_id is None:      # answers this import writes are not "already there"
            self.first_new_id = (s.scalar(select(func.max(Feedback.id))) or 0) + 1
        custs = {cid for *_, cid, d in rows if not d["dated"]} - self.undated_loaded
        if custs:
            self.undated_loaded |= custs
            named = sorted(c for c in custs if c is not None)
            cond = [Feedback.customer_id.in_(named[k:k + 500]) for k in range(0, len(named), 500)]
            if None in custs:
                cond.append(Feedback.customer_id.is_(None))
            found = s.execute(select(Feedback.id, Feedback.customer_id, Feedback.kind, Feedback.score,
                                     Feedback.comment).where(or_(*cond), Feedback.id < self.first_new_id)
                              .order_by(Feedback.id)).all()
            for fid, cust, kind, score, comment in found:
                self.undated.setdefault((cust, kind, score, comment or None), []).append(fid)
        new = []
        for _rownum, _cells, cid, d in rows:
            fresh = False
            for kind, score in d["answers"]:
                if not d["dated"]:
                    ukey = (cid, kind, score, d["comment"])
                    if self._undated_seen(ukey, self.undated.get(ukey, ())):
                        continue
                else:
                    key = (cid, kind, score, d["created"])
                    if key in existing or key in self.added:
                        continue
                    self.added.add(key)     # across batches (a dry run writes nothing the next batch could find)
                fresh = True
                new.append((cid, kind, score, d["comment"], d["source"], d["created"]))
            if fresh:
                res.imported += 1
            else:
                res.skipped += 1
        ctx.writer.insert(Feedback.__table__, ("customer_id", "kind", "score", "comment", "source", "created_at"),
                          new)
