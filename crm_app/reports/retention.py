"""The retention report: cover, key figures with their formulas and inputs, the charts, the segment table,
the win-back list and the model details.

`build_retention_report(db, out, params, options, result=None, progress=None, cancel=None)`; pass the
metrics `result` the caller already has (the metrics tab) to skip computing it again.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from crm_app.reports.common import (ReportOptions, ReportResult, Steps, business_name, logo_path, rfm_name,
                                    segment_name, subst)

CHART_W, CHART_H = 660, 300
DEFAULT_SEGMENT = "activity"


def build_retention_report(db, out: str | Path, params=None, options: ReportOptions = ReportOptions(), *,
                           result: dict | None = None, progress=None, cancel=None) -> ReportResult:
    """Write the retention report of `db` to `out` (PDF). `params`: services.metrics.MetricsParams (its
    segment defaults to "activity" for the segment table). Returns pages, seconds and per-step timings."""
    from crm_app.reports import pdf, series
    from crm_app.services.metrics import MetricsParams, compute

    steps = Steps(progress, cancel, {"metrics": 0 if result is not None else 6, "data": 1, "charts": 4,
                                     "layout": 1, "pdf": 2})
    params = params or MetricsParams()
    if params.segment is None and result is None:
        params = replace(params, segment=DEFAULT_SEGMENT)
    if result is None:
        sub = steps.step("metrics", "computing the metrics")
        result = compute(db, params, sub, cancel)
    steps.step("data", "chart data")
    lang = pdf.Lang(options.lang)
    data = series.chart_data(db, result, cancel=cancel)
    prev, ago = series.comparison_periods(result)
    from crm_app.services import metrics_data, painpoints

    frames = metrics_data.load(db, cancel=cancel)
    as_of = date.fromisoformat(result["as_of"])
    compare = {}
    if prev:
        compare["prev"] = series.measures(frames, prev, as_of)
    if ago:
        compare["ago"] = series.measures(frames, ago, as_of)
    with db.read() as s:
        pain = painpoints.report(s, date.fromisoformat(result["retention"]["start"]),
                                 date.fromisoformat(result["retention"]["end"]))
    name = business_name(db, options)
    logo = logo_path(options)

    sub = steps.step("charts", "drawing the charts")
    charts = _charts(lang, result, data, pain, sub, cancel)
    steps.step("layout", "laying out")
    translate = lang.translate
    title = translate("RetentionReport", "Retention report")
    html = _html(lang, name, logo, result, data, compare, prev, ago, pain)
    sub = steps.step("pdf", "writing the PDF")
    decor = pdf.Decor(name, title, subst(translate("Report", "Generated %1 · Retain CRM"), lang.date(datetime.now())),
                      translate("Report", "Page %1 of %2"))
    written = pdf.write_pdf(out, html, lang=lang, title=f"{name} — {title}", decor=decor,
                            page_size=options.page_size, charts=charts,
                            images={"logo": logo} if logo else None, progress=sub, cancel=cancel)
    seconds = steps.done()
    return ReportResult(written.path, written.pages, seconds, steps.timings, document=written.document)


# --- charts ----------------------------------------------------------------------------------------------
def _charts(lang, result: dict, data, pain, progress, cancel) -> dict[str, bytes]:
    from crm_app.analytics.common import check_cancel, report
    from crm_app.reports import charts as C

    translate = lang.translate
    style = lang.chart_style()
    rs = data.retention
    labels = [lang.period(p.start, rs.period) for p in rs.periods]
    cur = result["currency"]
    jobs = {
        "retention": lambda ax: C.plot_retention_by_period(
            ax, labels, rs.crr, rs.churn, style, crr_previous=rs.crr_previous, churn_previous=rs.churn_previous,
            crr_label=translate("RetentionReport", "CRR"), churn_label=translate("RetentionReport", "Churn rate"),
            previous_label=translate("RetentionReport", "{} a year earlier")),
        "cohorts": lambda ax: C.plot_cohort_heatmap(
            ax, [_cohort_label(lang, c["cohort"], data.cohort_period) for c in data.cohorts],
            [c["retention"] for c in data.cohorts], style, sizes=[c["customers"] for c in data.cohorts],
            xlabel={"month": translate("RetentionReport", "Months since the first purchase"),
                    "quarter": translate("RetentionReport", "Quarters since the first purchase"),
                    "year": translate("RetentionReport", "Years since the first purchase")}[data.cohort_period]),
        "revenue": lambda ax: C.plot_revenue_by_month(
            ax, [lang.period(m, "month") for m in data.months], data.revenue, cur, style,
            previous=data.revenue_previous if any(v is not None for v in data.revenue_previous) else None,
            label=translate("RetentionReport", "Revenue"), previous_label=translate("RetentionReport", "A year earlier")),
        "clv": lambda ax: C.plot_clv_distribution(
            ax, data.clv, cur, style, xlabel=translate("RetentionReport", "Predicted CLV"),
            ylabel=translate("RetentionReport", "Customers"), mean_label=translate("RetentionReport", "Mean"),
            clipped_label=translate("RetentionReport", "{} customers above {} not shown")),
        "tiers": lambda ax: C.plot_tier_distribution(
            ax, [n or translate("Segments", "(no tier)") for n, _, _ in data.tiers], [c for _, c, _ in data.tiers],
            style, colors=[col for _, _, col in data.tiers], xlabel=translate("RetentionReport", "Customers")),
        "palive": lambda ax: C.plot_palive_vs_clv(
            ax, data.p_alive, data.clv, cur, style, highlight=data.win_back,
            xlabel=translate("RetentionReport", "P(alive)"), ylabel=translate("RetentionReport", "Predicted CLV"),
            label=translate("RetentionReport", "Customers"),
            highlight_label=translate("RetentionReport", "Win-back list"),
            sample_label=translate("RetentionReport", "{} of {} customers shown")),
        "pain": lambda ax: C.plot_pain_points(
            ax, [c.name or translate("SupportReport", "(no category)") for c in pain.categories],
            [c.tickets for c in pain.categories], style, low_csat=[c.low_share for c in pain.categories],
            tickets_label=translate("SupportReport", "Tickets"),
            low_label=translate("SupportReport", "Low CSAT (1–2), % of answers")),
        "satisfaction": lambda ax: C.plot_satisfaction_trend(
            ax, [lang.period(p.start, rs.period) for p in data.measures.periods], data.measures.nps,
            data.measures.csat, style, nps_label=translate("Report", "NPS"), csat_label=translate("Report", "CSAT")),
    }
    if not data.p_alive.size:
        jobs.pop("palive")
        jobs.pop("clv")
    if not pain.categories:
        jobs.pop("pain")
    out = {}
    for i, (name, draw) in enumerate(jobs.items()):
        check_cancel(cancel)
        report(progress, i / len(jobs), f"chart {name}")
        height = CHART_H + 40 if name == "cohorts" else CHART_H
        out[name] = C.figure_svg(draw, CHART_W, height)
    return out


def _cohort_label(lang, label: str, period: str) -> str:
    try:
        if period == "month":
            y, m = label.split("-")
            return lang.period(date(int(y), int(m), 1), "month")
        if period == "quarter":
            y, q = label.split("-Q")
            return lang.period(date(int(y), 3 * int(q) - 2, 1), "quarter")
        return lang.period(date(int(label), 1, 1), "year")
    except ValueError:
        return label


# --- the document ----------------------------------------------------------------------------------------
def _html(lang, name: str, logo, result: dict, data, compare: dict, prev, ago, pain) -> str:
    from crm_app.reports.html import Html

    translate = lang.translate
    h = Html(lang.rtl)
    r = result["retention"]
    kind = r["period"]
    cur = result["currency"]
    period_text = subst(translate("Report", "%1 (%2 – %3)"), lang.period(date.fromisoformat(r["start"]), kind),
                        lang.date(r["start"]), lang.date(r["end"]))
    if not r.get("complete", True):
        period_text += " " + translate("Report", "(to date)")

    # cover
    if logo:
        h.image("logo", height=72)
    h.spacer(60).raw(f'<p class="big" style="font-size: 26pt">{_e(name)}</p>')
    h.raw(f'<p style="font-size: 18pt; color: #1a4f8b">{_e(translate("RetentionReport", "Retention report"))}</p>')
    h.spacer(12)
    p = result["parameters"]
    h.kv([(translate("Report", "Period"), period_text),
          (translate("Report", "As of"), lang.date(result["as_of"])),
          (translate("RetentionReport", "Churn window"),
           subst(translate("RetentionReport", "%1 days without a purchase"), lang.int(p["churn_window"]))),
          (translate("RetentionReport", "Predicted CLV"),
           subst(translate("RetentionReport", "next %1 months, discounted %2 per month"),
                 lang.int(p["horizon_months"]), lang.percent(100 * p["discount_rate"], 2))),
          (translate("Report", "Currency"), cur),
          (translate("Report", "Generated"), lang.datetime(datetime.now()))])
    h.spacer(24)
    h.h3(translate("RetentionReport", "At a glance"))
    pred = result.get("predicted", {})
    h.kv([(translate("RetentionReport", "Customer retention rate (CRR)"), lang.percent(r["crr"])),
          (translate("RetentionReport", "Churn rate"), lang.percent(r["churn_rate"])),
          (translate("RetentionReport", "Revenue"), lang.money(result["revenue"], cur)),
          (translate("RetentionReport", "Active customers"), lang.int(result["customers"]["active"])),
          (translate("RetentionReport", "Predicted CLV per customer"), lang.money(pred.get("clv_mean"), cur))])
    for w in result.get("warnings", []):
        h.p(w, "small muted")

    # key figures
    h.h2(translate("RetentionReport", "Key figures"), new_page=True)
    h.p(subst(translate("RetentionReport", "%1; compared with the previous period (%2) and the same period a "
                                           "year earlier (%3)."), period_text,
              lang.period(prev.start, kind) if prev else "—", lang.period(ago.start, kind) if ago else "—"),
        "muted small")
    text, items = _kpis(lang, result, compare)
    h.table([translate("RetentionReport", "Figure"), translate("RetentionReport", "Value"),
             translate("RetentionReport", "Previous period"), translate("RetentionReport", "A year earlier")],
            _kpi_table(lang, text, items), numeric=[1, 2, 3], widths=[31, 19, 25, 25])
    h.h3(translate("RetentionReport", "How each figure is computed"))
    for k in items:
        h.raw(f'<p class="formula"><b>{_e(k.title)}</b>: {_e(_math(lang, k.formula))}</p>')


    # charts: two per page, each page opened by its section heading (a caption never parts from its chart)
    names = _chart_names(data, pain)
    h.h2(translate("RetentionReport", "Retention"), new_page=True)
    h.chart("retention", CHART_W, CHART_H, subst(translate("RetentionReport", "CRR and churn rate by %1, with the "
                                                                          "year before"), _period_word(lang, kind)))
    h.chart("cohorts", CHART_W, CHART_H + 40, translate("RetentionReport", "Cohort retention (% of each cohort "
                                                                           "buying in each period)"))
    h.h2(translate("RetentionReport", "Revenue and loyalty tiers"), new_page=True)
    h.chart("revenue", CHART_W, CHART_H, translate("RetentionReport", "Revenue by month"))
    h.chart("tiers", CHART_W, CHART_H, translate("RetentionReport", "Customers by loyalty tier"))
    if "clv" in names:
        h.h2(translate("RetentionReport", "Predicted customer value"), new_page=True)
        h.chart("clv", CHART_W, CHART_H, translate("RetentionReport", "Distribution of predicted CLV"))
        h.chart("palive", CHART_W, CHART_H, translate("RetentionReport", "P(alive) against predicted CLV"))
    h.h2(translate("RetentionReport", "Customer satisfaction"), new_page=True)
    h.chart("satisfaction", CHART_W, CHART_H, subst(translate("RetentionReport", "NPS and CSAT by %1"),
                                                    _period_word(lang, kind)))
    if "pain" in names:
        h.chart("pain", CHART_W, CHART_H, subst(translate("RetentionReport", "Pain points: ticket categories, "
                                                                             "%1 – %2"),
                                                lang.date(pain.start), lang.date(pain.end)))

    # segments
    seg = result.get("segments")
    if seg:
        h.h2(_segment_title(lang, seg["name"]), new_page=True)
        h.p(subst(translate("RetentionReport", "Retention and historical CLV per segment, %1 – %2."),
                  lang.date(seg["start"]), lang.date(seg["end"])), "muted small")
        h.table([translate("RetentionReport", "Segment"), translate("RetentionReport", "At start (S)"),
                 translate("RetentionReport", "At end (E)"), translate("RetentionReport", "New (N)"),
                 translate("RetentionReport", "Lost (L)"), translate("RetentionReport", "CRR"),
                 translate("RetentionReport", "Churn rate"), translate("RetentionReport", "Historical CLV")],
                [(segment_name(translate, seg["name"], row["segment"]), lang.int(row["customers_start"]),
                  lang.int(row["customers_end"]), lang.int(row["new"]), lang.int(row["lost"]),
                  lang.percent(row["crr"]), lang.percent(row["churn_rate"]),
                  lang.money((row.get("clv_historical") or {}).get("value"), cur))
                 for row in seg["rows"]],
                numeric=range(1, 8), widths=[20, 11, 11, 10, 10, 11, 11, 16])
    h.h2(translate("RetentionReport", "Customers by activity on the as-of date"), new_page=not seg)
    h.table([translate("RetentionReport", "Activity"), translate("RetentionReport", "Customers")],
            [(segment_name(translate, "activity", k), lang.int(v))
             for k, v in result["customers"]["by_status"].items()], numeric=[1], widths=[70, 30])
    # win-back
    h.h2(translate("RetentionReport", "Win-back list"), new_page=True)
    h.p(translate("RetentionReport", "Customers who brought the most and are probably gone (P(alive) below 50 %), "
                                     "highest historical value first."), "muted small")
    h.table([translate("RetentionReport", "Code"), translate("RetentionReport", "Name"),
             translate("RetentionReport", "Historical value"), translate("RetentionReport", "Predicted CLV"),
             translate("RetentionReport", "P(alive)"), translate("RetentionReport", "Last purchase")],
            [(w.get("code") or "—", w.get("name") or "—", lang.money(w["historical_value"], cur),
              lang.money(w["predicted_clv"], cur), lang.number(w["p_alive"], 3), lang.date(w["last_purchase"]))
             for w in result.get("win_back", [])],
            numeric=[2, 3, 4], widths=[13, 30, 16, 15, 10, 16],
            empty=translate("RetentionReport", "No customer qualifies."))

    # RFM segments and model details
    rfm = result.get("rfm") or {}
    if rfm:
        h.h2(translate("RetentionReport", "RFM segments on the as-of date"), new_page=True)
        h.table([translate("RetentionReport", "Segment"), translate("RetentionReport", "Customers")],
                [(rfm_name(translate, k), lang.int(v)) for k, v in rfm.items()], numeric=[1], widths=[70, 30])
    h.h2(translate("RetentionReport", "Model details"), new_page=not rfm)
    bg, gg = result.get("bgnbd", {}), result.get("gamma_gamma", {})
    rows = []
    if "r" in bg:
        rows += [(translate("RetentionReport", "BG/NBD r, α (purchase rate)"),
                  f"{lang.number(bg['r'], 4)}, {lang.number(bg['alpha'], 4)}"),
                 (translate("RetentionReport", "BG/NBD a, b (dropout)"),
                  f"{lang.number(bg['a'], 4)}, {lang.number(bg['b'], 4)}"),
                 (translate("RetentionReport", "Customers in the fit (with repeat purchases)"),
                  f"{lang.int(bg['customers'])} ({lang.int(bg['repeat_customers'])})")]
    else:
        rows.append((translate("RetentionReport", "BG/NBD"), bg.get("error", "—")))
    if "p" in gg:
        rows += [(translate("RetentionReport", "Gamma-Gamma p, q, γ (spend)"),
                  f"{lang.number(gg['p'], 4)}, {lang.number(gg['q'], 4)}, {lang.number(gg['v'], 4)}"),
                 (translate("RetentionReport", "Mean spend per purchase day"), lang.money(gg.get("mean_spend"), cur))]
    elif gg:
        rows.append((translate("RetentionReport", "Gamma-Gamma"), gg.get("error", "—")))
    if pred.get("expected_purchases") is not None:
        rows += [(translate("RetentionReport", "Expected purchase days over the horizon"),
                  lang.number(pred["expected_purchases"], 2)),
                 (translate("RetentionReport", "Mean P(alive)"), lang.number(pred.get("mean_p_alive"), 4))]
    h.kv(rows, label_width=55)
    if lang.code == "en":
        h.h3("Calculation notes, as computed by the metrics engine")
        for text in _engine_notes(result):
            h.p(text, "formula")
    return h.document(translate("RetentionReport", "Retention report"))


def _chart_names(data, pain) -> set[str]:
    names = {"retention", "cohorts", "revenue", "tiers", "satisfaction"}
    if data.p_alive.size:
        names |= {"clv", "palive"}
    if pain.categories:
        names.add("pain")
    return names


def _period_word(lang, kind: str) -> str:
    translate = lang.translate
    return {"month": translate("Report", "month"), "quarter": translate("Report", "quarter"),
            "year": translate("Report", "year")}[kind]


def _segment_title(lang, kind: str) -> str:
    translate = lang.translate
    return {"activity": translate("RetentionReport", "Segments by activity"),
            "tier": translate("RetentionReport", "Segments by tier"),
            "rfm": translate("RetentionReport", "Segments by RFM"),
            "cohort": translate("RetentionReport", "Segments by cohort"),
            "tag": translate("RetentionReport", "Segments by tag")}.get(kind, kind)


def _math(lang, text: str) -> str:
    from crm_app.reports.html import ltr_math

    return ltr_math(text) if lang.rtl else text


def _e(text: str) -> str:
    from crm_app.reports.html import esc

    return esc(text)


def _kpis(lang, result: dict, compare: dict):
    """The key figures (reports/kpis.py, shared with the metrics tab), with comparisons for the figures the
    engine's result does not compare itself (revenue, AOV, NPS, CSAT, SLA: from `series.measures`)."""
    from crm_app.reports.kpis import Fmt, KpiText

    fills = {"aov": "aov", "revenue": "revenue", "nps": "nps", "csat": "csat",
             "first_response_sla": "first_response_sla", "resolution_sla": "resolution_sla"}
    given = dict(result.get("comparisons") or {})
    for key, field in fills.items():
        if key not in given and (compare.get("prev") or compare.get("ago")):
            given[key] = {"previous": (compare.get("prev") or {}).get(field),
                          "year_ago": (compare.get("ago") or {}).get(field)}
    fmt = Fmt(translate=lambda text: lang.translate("KpiText", text),
              number=lambda x, d: lang.locale.toString(float(x), "f", d), percent=lang.locale.percent())
    extra = {"comparisons": given}
    repeat = (result.get("bgnbd") or {}).get("repeat_customers")
    if "repeat_purchase" not in result and repeat is not None:   # the same count: customers with x > 0
        extra["repeat_purchase"] = {"repeat_customers": repeat, "customers": result["customers"]["with_purchases"]}
    text = KpiText({**result, **extra}, fmt)
    return text, text.kpis()


def _kpi_table(lang, text, items) -> list[tuple[str, str, str, str]]:
    """Figure, value, and the previous / year-ago values with the change ("97.42 % (+0.04 pp)")."""
    def cell(unit: str, value, change: str) -> str:
        if value is None:
            return "—"
        return text.value_text(unit, value) + (f" ({change})" if change else "")

    return [(k.title, k.text, cell(k.unit, k.previous, k.previous_text), cell(k.unit, k.year_ago, k.year_ago_text))
            for k in items]


def _engine_notes(result: dict) -> list[str]:
    notes = list(result["retention"]["explain"].values())
    notes += list(result.get("explain", {}).values())
    for key in ("clv_historical",):
        notes += list((result.get(key) or {}).get("explain", {}).values())
    for key in ("bgnbd", "gamma_gamma"):
        text = (result.get(key) or {}).get("explain")
        if text:
            notes.append(text)
    notes += list((result.get("predicted") or {}).get("explain", {}).values())
    notes += [result["nps"]["explain"], result["csat"]["explain"]]
    notes += list(result["tickets"].get("explain", {}).values())
    return notes

