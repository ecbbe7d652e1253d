"""The customer profile report: one customer's header figures, spend by month, orders, loyalty, tickets
and feedback (services/profile.py), optionally with P(alive) and predicted CLV from a metrics result.
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from crm_app.reports.common import ReportOptions, ReportResult, Steps, activity_name, business_name, subst

MAX_ORDERS = 500
MAX_ROWS = 200


def build_customer_report(db, out: str | Path, code: str, options: ReportOptions = ReportOptions(), *,
                          as_of: date | None = None, result: dict | None = None, max_orders: int = MAX_ORDERS,
                          progress=None, cancel=None) -> ReportResult:
    """Write the profile of customer `code` to `out`. `result`: a metrics result (services.metrics.compute)
    to add the customer's P(alive) and predicted CLV; without it those figures are left out.
    Orders: the newest `max_orders` (the figures count all of them)."""
    from crm_app.reports import pdf
    from crm_app.services import customers, profile

    steps = Steps(progress, cancel, {"data": 2, "model": 1 if result is not None else 0, "charts": 1, "pdf": 2})
    steps.step("data", "reading the profile")
    lang = pdf.Lang(options.lang)
    with db.read() as s:
        cid = customers.get_by_code(s, code).id
        header = profile.load_header(s, cid, as_of)
        orders, before = [], None
        while len(orders) < max_orders:
            page = profile.orders_page(s, cid, before, min(200, max_orders - len(orders)), as_of=as_of)
            orders += page
            if len(page) < 200 or not page:
                break
            before = page[-1].key
        data = {"header": header, "orders": orders, "orders_total": header.orders_count,
                "spend": profile.spend_by_month(s, cid), "tickets": profile.tickets(s, cid, MAX_ROWS),
                "feedback": profile.feedback(s, cid, MAX_ROWS), "ledger": profile.ledger(s, cid, MAX_ROWS),
                "badges": profile.badges(s, cid, MAX_ROWS), "coupons": profile.coupons(s, cid, MAX_ROWS)}
    if as_of is not None:
        data["spend"] = [(m, a) for m, a in data["spend"] if m <= as_of]
    name = business_name(db, options)
    model = None
    if result is not None:
        steps.step("model", "P(alive) and predicted CLV")
        model = customer_model(db, result, cid)
    steps.step("charts", "drawing the chart")
    charts = {}
    if data["spend"]:
        from crm_app.reports import charts as C

        style = lang.chart_style()
        months = [m for m, _ in data["spend"]][-36:]
        amounts = [a for _, a in data["spend"]][-36:]
        charts["spend"] = C.figure_svg(lambda ax: C.plot_revenue_by_month(
            ax, [lang.period(m, "month") for m in months], amounts, header.currency, style,
            label=lang.translate("CustomerReport", "Net spend")), 660, 240)
    translate = lang.translate
    title = translate("CustomerReport", "Customer profile")
    html = _html(lang, name, data, model, charts)
    sub = steps.step("pdf", "writing the PDF")
    decor = pdf.Decor(f"{name} · {header.code}", title,
                      subst(translate("Report", "Generated %1 · Retain CRM"), lang.date(datetime.now())),
                      translate("Report", "Page %1 of %2"))
    written = pdf.write_pdf(out, html, lang=lang, title=f"{header.name} — {title}", decor=decor,
                            page_size=options.page_size, charts=charts, progress=sub, cancel=cancel)
    return ReportResult(written.path, written.pages, steps.done(), steps.timings, document=written.document)


def customer_model(db, result: dict, customer_id: int) -> dict | None:
    """P(alive) and predicted CLV of one customer from the metrics result's fitted models."""
    from crm_app.analytics.clv import model_inputs, predict_clv
    from crm_app.analytics.common import to_day
    from crm_app.analytics.purchases import PurchaseDays
    from crm_app.services import metrics_data

    bg, gg = result.get("bgnbd", {}), result.get("gamma_gamma", {})
    if "r" not in bg:
        return None
    data = metrics_data.load(db)
    as_of = date.fromisoformat(result["as_of"])
    t = to_day(as_of)
    frame = data.purchases(t)
    frame = frame[frame["customer_id"] == customer_id]
    if frame.empty:
        return None
    days = PurchaseDays.from_frame(frame).until(t)
    if not days.customers:
        return None
    unit = bg.get("time_unit", "week")
    inputs = model_inputs(days, as_of, unit, data.ended)
    gamma = (gg["p"], gg["q"], gg["v"]) if "p" in gg else None
    pred = result.get("predicted", {})
    out, _ = predict_clv(inputs, (bg["r"], bg["alpha"], bg["a"], bg["b"]), gamma,
                         int(pred.get("horizon_months", 12)), float(pred.get("discount_rate", 0.01)), unit)
    row = out.iloc[0]
    return {"as_of": as_of, "p_alive": float(row["p_alive"]), "expected_purchases": float(row["expected_purchases"]),
            "clv": None if row["clv"] != row["clv"] else float(row["clv"]),
            "horizon_months": int(pred.get("horizon_months", 12)), "currency": result["currency"]}


def _html(lang, business: str, data: dict, model: dict | None, charts: dict) -> str:
    from crm_app.reports.html import Html

    translate = lang.translate
    h = data["header"]
    html = Html(lang.rtl)
    html.raw(f'<p class="muted">{_e(business)}</p>')
    html.h1(h.name)
    tier = h.tier_name or translate("Segments", "(no tier)")
    line = f"{h.code} · {tier} · {activity_name(translate, h.activity.value)}"
    if h.status != "active":
        line += " · " + subst(translate("CustomerReport", "status: %1"), h.status)
    html.p(line, "muted")
    contacts = [e164 for _raw, e164 in h.phones] + list(h.emails)
    since = (subst(translate("CustomerReport", "%1 (%2 years, %3 months)"), lang.date(h.customer_since),
                   lang.int(h.tenure_years), lang.int(h.tenure_months)) if h.customer_since else "—")
    rows = [(translate("CustomerReport", "Contacts"), ", ".join(contacts) or "—"),
            (translate("CustomerReport", "Tags"), ", ".join(h.tags) or "—"),
            (translate("CustomerReport", "Customer since"), since),
            (translate("CustomerReport", "Figures as of"), lang.date(h.as_of))]
    if h.merged_into_code:
        rows.append((translate("CustomerReport", "Merged into"), h.merged_into_code))
    html.kv(rows, label_width=30)

    html.h2(translate("CustomerReport", "Figures"))
    fig = [(translate("CustomerReport", "Orders"), lang.int(h.orders_count)),
           (translate("CustomerReport", "Purchase days"), lang.int(h.purchase_days)),
           (translate("CustomerReport", "Total spent (net of refunds)"), _money(lang, h.total_spent)),
           (translate("CustomerReport", "Average order value"), _money(lang, h.average_order_value)),
           (translate("CustomerReport", "First purchase"), lang.date(h.first_purchase)),
           (translate("CustomerReport", "Last purchase"), lang.date(h.last_purchase)),
           (translate("CustomerReport", "Points balance"), lang.int(h.points_balance)),
           (translate("CustomerReport", "Open tickets"), lang.int(h.open_tickets))]
    if model:
        fig += [(translate("CustomerReport", "P(alive)"), lang.number(model["p_alive"], 3)),
                (subst(translate("CustomerReport", "Expected purchase days, next %1 months"),
                       lang.int(model["horizon_months"])), lang.number(model["expected_purchases"], 2)),
                (subst(translate("CustomerReport", "Predicted CLV, next %1 months"), lang.int(model["horizon_months"])),
                 lang.money(model["clv"], model["currency"]))]
    html.kv(fig, label_width=45)
    if "spend" in charts:
        html.chart("spend", 660, 240, translate("CustomerReport", "Net spend by month"))

    html.h2(translate("CustomerReport", "Orders"))
    if data["orders_total"] > len(data["orders"]):
        html.p(subst(translate("CustomerReport", "The newest %1 of %2 orders."), lang.int(len(data["orders"])),
                     lang.int(data["orders_total"])), "muted small")
    html.table([translate("CustomerReport", "Date"), translate("CustomerReport", "Order"),
                translate("CustomerReport", "Lines"), translate("CustomerReport", "Total"),
                translate("CustomerReport", "Refunded"), translate("CustomerReport", "Net"),
                translate("CustomerReport", "Channel")],
               [(lang.datetime(o.ordered_at), o.code or f"#{o.id}", lang.int(o.lines), _money(lang, o.total),
                 _money(lang, o.refunded) if o.refunded.amount else "", _money(lang, o.net), o.channel or "")
                for o in data["orders"]], numeric=[2, 3, 4, 5], widths=[20, 14, 8, 16, 14, 16, 12],
               empty=translate("CustomerReport", "No orders."))

    html.h2(translate("CustomerReport", "Loyalty"))
    html.kv([(translate("CustomerReport", "Tier"), tier),
             (translate("CustomerReport", "Points balance"), lang.int(h.points_balance)),
             (translate("CustomerReport", "Badges"),
              ", ".join(f"{b.name} ({lang.date(b.awarded_on)})" for b in data["badges"]) or "—")], label_width=30)
    if data["coupons"]:
        html.h3(translate("CustomerReport", "Coupons"))
        html.table([translate("CustomerReport", "Code"), translate("CustomerReport", "Status"),
                    translate("CustomerReport", "Discount"), translate("CustomerReport", "Expires")],
                   [(c.code, c.status, c.discount, lang.date(c.expires_on)) for c in data["coupons"]],
                   widths=[30, 20, 25, 25])
    html.h3(translate("CustomerReport", "Points ledger"))
    html.table([translate("CustomerReport", "Date"), translate("CustomerReport", "Kind"),
                translate("CustomerReport", "Points"), translate("CustomerReport", "Balance"),
                translate("CustomerReport", "Reason")],
               [(lang.datetime(r.occurred_at), r.kind, lang.int(r.points), lang.int(r.balance_after), r.reason or "")
                for r in data["ledger"]], numeric=[2, 3], widths=[20, 14, 12, 12, 42],
               empty=translate("CustomerReport", "No points yet."))

    html.h2(translate("CustomerReport", "Tickets"))
    html.table([translate("CustomerReport", "Ticket"), translate("CustomerReport", "Created"),
                translate("CustomerReport", "Subject"), translate("CustomerReport", "Category"),
                translate("CustomerReport", "Status"), translate("CustomerReport", "Priority"),
                translate("CustomerReport", "Resolved")],
               [(f"#{t.id}", lang.datetime(t.created_at), t.subject, t.category or "—", t.status, t.priority,
                 lang.datetime(t.resolved_at)) for t in data["tickets"]],
               widths=[8, 16, 28, 14, 10, 9, 15], empty=translate("CustomerReport", "No tickets."))

    html.h2(translate("CustomerReport", "Feedback"))
    html.table([translate("CustomerReport", "Date"), translate("CustomerReport", "Survey"),
                translate("CustomerReport", "Score"), translate("CustomerReport", "Comment"),
                translate("CustomerReport", "Source")],
               [(lang.datetime(f.created_at), f.kind.upper(), lang.int(f.score), f.comment or "", f.source or "")
                for f in data["feedback"]], numeric=[2], widths=[18, 10, 8, 50, 14],
               empty=translate("CustomerReport", "No feedback."))
    return html.document(h.name)


def _money(lang, m) -> str:
    return "—" if m is None else lang.money(m.amount, m.currency)


def _e(text: str) -> str:
    from crm_app.reports.html import esc

    return esc(text)
