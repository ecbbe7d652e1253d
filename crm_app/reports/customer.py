"""The customer profile report: one customer's header figures, spend by month, orders, loyalty, tickets
and feedback (services/profile.py), with P(alive) and predicted CLV once the metrics have fitted their models.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from crm_app.reports.common import ReportOptions, ReportResult, Steps, activity_name, business_name, subst
from crm_app.reports.parts import ref_name

MAX_ORDERS = 500
MAX_ROWS = 200


def build_customer_report(db, out: str | Path, code: str, options: ReportOptions = ReportOptions(), *,
                          as_of: date | None = None, result: dict | None = None, max_orders: int = MAX_ORDERS,
                          progress=None, cancel=None) -> ReportResult:
    """Write the profile of customer `code` to `out`. P(alive) and predicted CLV: from `result` (a metrics
    result, services.metrics.compute) when given, else from the models the metrics last fitted (as the
    app's profile shows them; left out before the first fit). Orders: the newest `max_orders` (the
    figures count all of them)."""
    from crm_app.reports import parts, pdf
    from crm_app.services import customers, profile

    steps = Steps(progress, cancel, {"data": 2, "model": 1, "charts": 1, "pdf": 2})
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
    steps.step("model", "P(alive) and predicted CLV")
    model = customer_model(db, cid, as_of, result)
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
    written = parts.write(out, html, lang, header=f"{name} · {header.code}", title=title,
                          document_title=f"{header.name} — {title}", page_size=options.page_size, charts=charts,
                          progress=sub, cancel=cancel)
    return ReportResult(written.path, written.pages, steps.done(), steps.timings, document=written.document)


def customer_model(db, customer_id: int, as_of: date | None = None, result: dict | None = None) -> dict | None:
    """The customer's P(alive), expected purchase days and predicted CLV. With a metrics `result`: its own
    per-customer predictions (the `frames` compute() returns); without one: the models the last metrics
    computation saved, applied to this customer as of `as_of` (services.predictions, as the app's profile
    header does). None when there is no fit or the customer has not bought."""
    frame = ((result or {}).get("frames") or {}).get("customers")
    if frame is not None:
        if customer_id not in frame.index or frame.at[customer_id, "p_alive"] != frame.at[customer_id, "p_alive"]:
            return None                                                   # no purchase, or no BG/NBD fit
        row = frame.loc[customer_id]
        clv = None if row["clv"] != row["clv"] else round(float(row["clv"]), 2)   # NaN: no Gamma-Gamma fit
        return {"p_alive": float(row["p_alive"]), "expected_purchases": float(row["expected_purchases"]),
                "clv": clv, "horizon_months": int(result["parameters"]["horizon_months"]),
                "currency": result["currency"], "fitted_as_of": date.fromisoformat(result["as_of"])}
    from crm_app.services import predictions

    with db.read() as s:
        p = predictions.customer_prediction(s, customer_id, as_of)
    if p is None:
        return None
    return {"p_alive": p.p_alive, "expected_purchases": p.expected_purchases,
            "clv": None if p.predicted_clv is None else p.predicted_clv.amount, "horizon_months": p.horizon_months,
            "currency": None if p.predicted_clv is None else p.predicted_clv.currency, "fitted_as_of": p.fitted_as_of}


def _html(lang, business: str, data: dict, model: dict | None, charts: dict) -> str:
    from crm_app.reports.html import Html

    translate = lang.translate
    h = data["header"]
    html = Html(lang.rtl)
    html.raw(f'<p class="muted">{_e(business)}</p>')
    html.h1(h.name)
    tier = ref_name(lang, h.tier_name) or translate("Segments", "(no tier)")
    line = f"{h.code} · {tier} · {activity_name(translate, h.activity.value)}"
    if h.status != "active":
        line += " · " + subst(translate("CustomerReport", "status: %1"), h.status)
    html.p(line, "muted")
    contacts = [e164 for _raw, e164 in h.phones] + list(h.emails)
    if lang.rtl:   # each one isolated: in a right-to-left line "+966…" would otherwise lose its plus to the end
        contacts = [f"\u2068{c}\u2069" for c in contacts]
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
    if model:   # written as the profile header writes them: P(alive) in whole percent, CLV in money
        fig += [(translate("CustomerReport", "P(alive)"), lang.percent(100 * model["p_alive"], 0)),
                (subst(translate("CustomerReport", "Expected purchase days, next %1 months"),
                       lang.int(model["horizon_months"])), lang.number(model["expected_purchases"], 2)),
                (subst(translate("CustomerReport", "Predicted CLV, next %1 months"), lang.int(model["horizon_months"])),
                 lang.money(model["clv"], model["currency"] or "")),
                (translate("CustomerReport", "Models fitted on the data to"), lang.date(model["fitted_as_of"]))]
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
              ", ".join(f"{ref_name(lang, b.name)} ({lang.date(b.awarded_on)})" for b in data["badges"]) or "—")],
             label_width=30)
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
               [(f"#{t.id}", lang.datetime(t.created_at), t.subject, ref_name(lang, t.category) or "—", t.status,
                 t.priority, lang.datetime(t.resolved_at)) for t in data["tickets"]],
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
