"""The retention report: cover, key figures with their formulas and inputs, the charts, the segment table,
the customers to act on (win-back, at risk, top predicted CLV) and the model details.

`build_retention_report(db, out, params, options, result=None, progress=None, cancel=None)`; pass the
metrics `result` the caller already has (the metrics tab) to skip computing it again. Every figure and
chart comes from that result (services.metrics.compute: `kpis`, `retention_trend`, `cohorts`,
`revenue_by_month`, `clv_distribution`, `tier_distribution`, `p_alive_vs_clv`, `feedback_by_period`, the
lists), drawn as the metrics tab draws them; only the pain points (services/painpoints.py) and the
tiers' colours are read from the database.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from crm_app.reports.common import (ReportOptions, ReportResult, Steps, business_name, logo_path, rfm_name,
                                    segment_name, subst)
from crm_app.reports.parts import pain_chart, period_text, period_word, ref_name

CHART_W, CHART_H = 660, 300
DEFAULT_SEGMENT = "activity"
SHOWN = 12                     # periods of the NPS/CSAT chart and months of the revenue chart, as in the tab


def build_retention_report(db, out: str | Path, params=None, options: ReportOptions = ReportOptions(), *,
                           result: dict | None = None, progress=None, cancel=None) -> ReportResult:
    """Write the retention report of `db` to `out` (PDF). `params`: services.metrics.MetricsParams (its
    segment defaults to "activity" for the segment table). Returns pages, seconds and per-step timings."""
    from crm_app.reports import parts, pdf
    from crm_app.services.metrics import MetricsParams, compute

    steps = Steps(progress, cancel, {"metrics": 0 if result is not None else 6, "data": 1, "charts": 4,
                                     "layout": 1, "pdf": 2})
    params = params or MetricsParams()
    if params.segment is None and result is None:
        params = replace(params, segment=DEFAULT_SEGMENT)
    if result is None:
        sub = steps.step("metrics", "computing the metrics")
        result = compute(db, params, sub, cancel)
    steps.step("data", "pain points")
    lang = pdf.Lang(options.lang)
    pain = _pain_points(db, result)
    colours = _tier_colours(db)
    name = business_name(db, options)
    logo = logo_path(db, options)

    sub = steps.step("charts", "drawing the charts")
    charts = _charts(lang, result, pain, colours, sub, cancel)
    steps.step("layout", "laying out")
    title = lang.translate("RetentionReport", "Retention report")
    html = _html(lang, name, logo, result, charts)
    sub = steps.step("pdf", "writing the PDF")
    written = parts.write(out, html, lang, header=name, title=title, document_title=f"{name} — {title}",
                          page_size=options.page_size, charts=charts, images={"logo": logo} if logo else None,
                          progress=sub, cancel=cancel)
    seconds = steps.done()
    return ReportResult(written.path, written.pages, seconds, steps.timings, document=written.document)


def _pain_points(db, result: dict) -> list[dict]:
    """Ticket categories of the period by volume ({name, tickets, low_csat}): the tab's own when it passed
    its result, else read as the tab reads them."""
    if "pain_points" in result:
        return result["pain_points"]
    from crm_app.services.metrics_backend import MetricsBackend

    r = result["retention"]
    return MetricsBackend(db).pain_points(date.fromisoformat(r["start"]), date.fromisoformat(r["end"]))


def _tier_colours(db) -> dict[str, str]:
    """Tier code → the colour the loyalty settings give it (for the tier chart's bars)."""
    from crm_app.services import loyalty

    with db.read() as s:
        _version, rules = loyalty.current_rules(s)
    return {t.code: t.color for t in rules.tiers if t.color}


# --- charts ----------------------------------------------------------------------------------------------
def chart_plots(lang, result: dict, pain: list[dict], colours: dict[str, str] | None = None) -> dict:
    """name → plot(ax) for every chart the result has data for, from the engine's chart keys (the metrics
    tab's choices: the last 12 months and periods, the win-back customers always on the scatter)."""
    from crm_app.reports import charts as C

    translate = lang.translate
    style = lang.chart_style()
    kind = result["retention"]["period"]
    cur = result["currency"]
    colours = colours or {}

    def label(row: dict, period: str) -> str:
        return lang.period(date.fromisoformat(row["start"]), period)

    jobs = {}
    trend = result.get("retention_trend") or []
    if trend:
        jobs["retention"] = lambda ax: C.plot_retention_by_period(
            ax, [label(x, kind) for x in trend], [x["crr"] for x in trend], [x["churn_rate"] for x in trend], style,
            crr_previous=[x.get("crr_last_year") for x in trend],
            churn_previous=[x.get("churn_rate_last_year") for x in trend],
            crr_label=translate("RetentionReport", "CRR"), churn_label=translate("RetentionReport", "Churn rate"),
            previous_label=translate("RetentionReport", "{} a year earlier"))
    cohorts = result.get("cohorts") or {}
    if cohorts.get("rows"):
        rows, ckind = cohorts["rows"], cohorts.get("period", kind)
        jobs["cohorts"] = lambda ax: C.plot_cohort_heatmap(
            ax, [_cohort_label(lang, c["cohort"], ckind) for c in rows], [c["retention"] for c in rows], style,
            sizes=[c["customers"] for c in rows],
            xlabel={"month": translate("RetentionReport", "Months since the first purchase"),
                    "quarter": translate("RetentionReport", "Quarters since the first purchase"),
                    "year": translate("RetentionReport", "Years since the first purchase")}[ckind])
    months = result.get("revenue_by_month") or []
    if months:
        shown, earlier = months[-SHOWN:], (months[-2 * SHOWN:-SHOWN] if len(months) >= 2 * SHOWN else None)
        jobs["revenue"] = lambda ax: C.plot_revenue_by_month(
            ax, [label(m, "month") for m in shown], [m["revenue"] for m in shown], cur, style,
            previous=[m["revenue"] for m in earlier] if earlier else None,
            label=translate("RetentionReport", "Revenue"),
            previous_label=translate("RetentionReport", "A year earlier"))
    tiers = [t for t in (result.get("tier_distribution") or []) if t.get("tier") or t.get("customers")]
    if tiers:
        jobs["tiers"] = lambda ax: C.plot_tier_distribution(
            ax, [ref_name(lang, t["name"]) if t.get("tier") else translate("Segments", "(no tier)") for t in tiers],
            [t["customers"] for t in tiers], style, colors=[colours.get(t.get("tier")) for t in tiers],
            xlabel=translate("RetentionReport", "Customers"))
    dist = result.get("clv_distribution") or {}
    if dist.get("bins"):
        jobs["clv"] = lambda ax: C.plot_clv_bins(
            ax, dist["bins"], cur, style, mean=dist.get("mean"), xlabel=translate("RetentionReport", "Predicted CLV"),
            ylabel=translate("RetentionReport", "Customers"), mean_label=translate("RetentionReport", "Mean"),
            open_label=subst(translate("RetentionReport", "%1 customers above %2"), "{0}", "{1}"))
    scatter = result.get("p_alive_vs_clv") or {}
    if scatter.get("p_alive"):
        p_alive, clv, marked = _scatter_points(result)
        jobs["palive"] = lambda ax: C.plot_palive_vs_clv(
            ax, p_alive, clv, cur, style, highlight=marked, xlabel=translate("RetentionReport", "P(alive)"),
            ylabel=translate("RetentionReport", "Predicted CLV"), label=translate("RetentionReport", "Customers"),
            highlight_label=translate("RetentionReport", "Win-back list"))
    feedback = (result.get("feedback_by_period") or [])[-SHOWN:]
    if feedback:
        jobs["satisfaction"] = lambda ax: C.plot_satisfaction_trend(
            ax, [label(x, kind) for x in feedback], [x["nps"] for x in feedback], [x["csat"] for x in feedback],
            style, nps_label=translate("Report", "NPS"), csat_label=translate("Report", "CSAT"))
    if pain:
        jobs["pain"] = pain_chart(lang, style, [p["name"] for p in pain], [p["tickets"] for p in pain],
                                  [p["low_csat"] for p in pain])
    return jobs


def _scatter_points(result: dict) -> tuple[list, list, list[bool]]:
    """The engine's random sample for the P(alive)/CLV scatter plus the win-back customers it missed, with
    the win-back customers marked (as the metrics tab draws it)."""
    sc = result["p_alive_vs_clv"]
    ids = list(sc["customer_id"])
    wb = [w for w in result.get("win_back") or [] if w.get("p_alive") is not None and w.get("predicted_clv")
          is not None]
    win = {w["customer_id"] for w in wb}
    sampled = set(ids)
    missing = [w for w in wb if w["customer_id"] not in sampled]
    return (list(sc["p_alive"]) + [w["p_alive"] for w in missing],
            list(sc["clv"]) + [w["predicted_clv"] for w in missing],
            [c in win for c in ids] + [True] * len(missing))


def _charts(lang, result: dict, pain: list[dict], colours: dict[str, str], progress, cancel) -> dict[str, bytes]:
    from crm_app.analytics.common import check_cancel, report
    from crm_app.reports import charts as C

    jobs = chart_plots(lang, result, pain, colours)
    out = {}
    for i, (name, draw) in enumerate(jobs.items()):
        check_cancel(cancel)
        report(progress, i / len(jobs), f"chart {name}")
        out[name] = C.figure_svg(draw, CHART_W, _chart_height(name))
    return out


def _chart_height(name: str) -> int:
    return CHART_H + 40 if name == "cohorts" else CHART_H


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
def _html(lang, name: str, logo, result: dict, charts: dict[str, bytes]) -> str:
    from crm_app.reports.html import Html

    translate = lang.translate
    h = Html(lang.rtl)
    r = result["retention"]
    kind = r["period"]
    cur = result["currency"]
    period = period_text(lang, r["start"], r["end"], kind)

    # cover
    if logo:
        h.image("logo", height=72)
    h.spacer(60).raw(f'<p class="big" style="font-size: 26pt">{_e(name)}</p>')
    h.raw(f'<p style="font-size: 18pt; color: #1a4f8b">{_e(translate("RetentionReport", "Retention report"))}</p>')
    h.spacer(12)
    p = result["parameters"]
    h.kv([(translate("Report", "Period"), period),
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

    # key figures: the engine's `kpis` block (value, previous period, a year earlier) as the tab shows it
    h.h2(translate("RetentionReport", "Key figures"), new_page=True)
    windows = result.get("kpi_windows") or {}
    h.p(subst(translate("RetentionReport", "%1; compared with the previous period (%2) and the same period a "
                                           "year earlier (%3)."), period,
              _window(lang, windows.get("previous"), kind), _window(lang, windows.get("year_ago"), kind)),
        "muted small")
    text, items = _kpis(lang, result)
    h.table([translate("RetentionReport", "Figure"), translate("RetentionReport", "Value"),
             translate("RetentionReport", "Previous period"), translate("RetentionReport", "A year earlier")],
            _kpi_table(text, items), numeric=[1, 2, 3], widths=[31, 19, 25, 25])
    h.h3(translate("RetentionReport", "How each figure is computed"))
    for k in items:
        h.raw(f'<p class="formula"><b>{_e(k.title)}</b>: {_e(_math(lang, k.formula))}</p>')

    # charts: two per page, each page opened by its section heading (a caption never parts from its chart)
    word = period_word(lang, kind)
    _chart_page(h, lang, translate("RetentionReport", "Retention"), charts, [
        ("retention", subst(translate("RetentionReport", "CRR and churn rate by %1, with the year before"), word)),
        ("cohorts", translate("RetentionReport", "Cohort retention (% of each cohort buying in each period)"))])
    _chart_page(h, lang, translate("RetentionReport", "Revenue and loyalty tiers"), charts, [
        ("revenue", translate("RetentionReport", "Revenue by month")),
        ("tiers", translate("RetentionReport", "Customers by loyalty tier"))])
    if "clv" in charts or "palive" in charts:
        _chart_page(h, lang, translate("RetentionReport", "Predicted customer value"), charts, [
            ("clv", translate("RetentionReport", "Distribution of predicted CLV")),
            ("palive", translate("RetentionReport", "P(alive) against predicted CLV"))])
        sc = result.get("p_alive_vs_clv") or {}
        if "palive" in charts and sc.get("sample") and sc["sample"] < sc.get("customers", 0):
            h.p(subst(translate("RetentionReport", "A random %1 of the %2 customers with a prediction, and every "
                                                   "customer of the win-back list."),
                      lang.int(sc["sample"]), lang.int(sc["customers"])), "muted small")
    _chart_page(h, lang, translate("RetentionReport", "Customer satisfaction"), charts, [
        ("satisfaction", subst(translate("RetentionReport", "NPS and CSAT by %1"), word)),
        ("pain", subst(translate("RetentionReport", "Pain points: ticket categories, %1 – %2"), lang.date(r["start"]),
                       lang.date(r["end"])))])

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

    # the customers to act on: the metrics tab's three lists
    _customer_lists(h, lang, result)

    # RFM segments and model details
    rfm = result.get("rfm") or {}
    if rfm:
        h.h2(translate("RetentionReport", "RFM segments on the as-of date"), new_page=True)
        h.table([translate("RetentionReport", "Segment"), translate("RetentionReport", "Customers")],
                [(rfm_name(translate, k), lang.int(v)) for k, v in rfm.items()], numeric=[1], widths=[70, 30])
    h.h2(translate("RetentionReport", "Model details"), new_page=not rfm)
    h.kv(_model_rows(lang, result), label_width=55)
    if lang.code == "en":
        h.h3("Calculation notes, as computed by the metrics engine")
        for text in _engine_notes(result):
            h.p(text, "formula")
    return h.document(translate("RetentionReport", "Retention report"))


def _chart_page(h, lang, heading: str, charts: dict, items: list[tuple[str, str]]) -> None:
    """A page opened by `heading` with the charts of `items` (name, caption) that have data; a chart
    without data is said so under its caption. No page when none of them has data."""
    if not any(name in charts for name, _ in items):
        return
    h.h2(heading, new_page=True)
    for name, caption in items:
        if name in charts:
            h.chart(name, CHART_W, _chart_height(name), caption)
        else:
            h.h3(caption)
            h.p(lang.translate("RetentionReport", "No data for this chart in the period."), "muted small")


def _window(lang, window: dict | None, kind: str) -> str:
    """A comparison window: the period's name, with its days when it is not the whole period (a running
    period is compared day for day)."""
    from crm_app.analytics.retention import period_end

    if not window:
        return "—"
    start, end = date.fromisoformat(window["start"]), date.fromisoformat(window["end"])
    if end == period_end(start, kind):
        return lang.period(start, kind)
    return subst(lang.translate("Report", "%1 (%2 – %3)"), lang.period(start, kind), lang.date(start), lang.date(end))


def _customer_lists(h, lang, result: dict) -> None:
    """Win-back list, at-risk customers and top customers by predicted CLV (the engine's lists)."""
    translate = lang.translate
    cur = result["currency"]

    def money(key: str):
        return lambda c: lang.money(c.get(key), cur)

    code = (translate("RetentionReport", "Code"), lambda c: c.get("code") or "—", 11, False)
    name = (translate("RetentionReport", "Name"), lambda c: c.get("name") or "—", 25, False)
    spent = (translate("RetentionReport", "Historical value"), money("historical_value"), 15, True)
    clv = (translate("RetentionReport", "Predicted CLV"), money("predicted_clv"), 13, True)
    alive = (translate("RetentionReport", "P(alive)"), lambda c: lang.number(c.get("p_alive"), 3), 10, True)
    last = (translate("RetentionReport", "Last purchase"), lambda c: lang.date(c.get("last_purchase")), 13, True)
    gap = (translate("RetentionReport", "Usual gap (days)"), lambda c: lang.number(c.get("usual_gap_days"), 1), 11,
           True)
    since = (translate("RetentionReport", "Days since last purchase"), lambda c: lang.int(c.get("days_since_last")),
             13, True)
    expected = (translate("RetentionReport", "Expected purchase days"),
                lambda c: lang.number(c.get("expected_purchases"), 2), 13, True)
    horizon = lang.int(result["parameters"]["horizon_months"])
    lists = [
        ("win_back", translate("RetentionReport", "Win-back list"),
         translate("RetentionReport", "Customers who brought the most and are probably gone (P(alive) below 50 %), "
                                      "highest historical value first."), [code, name, spent, clv, alive, last]),
        ("at_risk", translate("RetentionReport", "Customers at risk"),
         translate("RetentionReport", "No purchase for longer than their usual gap between purchases (1.5 × their "
                                      "mean gap), still inside the churn window; highest predicted CLV first."),
         [code, name, clv, spent, gap, since, last]),
        ("top_customers", translate("RetentionReport", "Top customers by predicted CLV"),
         subst(translate("RetentionReport", "The highest predicted CLV over the next %1 months (closed accounts left "
                                            "out)."), horizon), [code, name, clv, expected, alive, spent])]
    for key, title, note, columns in lists:           # a page each: 20 rows fit, no table splits
        widths = [w for _, _, w, _ in columns]
        widths[1] += 100 - sum(widths)                  # the name takes what is left
        h.h2(title, new_page=True)
        h.p(note, "muted small")
        h.table([c[0] for c in columns], [[c[1](row) for c in columns] for row in result.get(key) or []],
                numeric=[j for j, c in enumerate(columns) if c[3]], widths=widths,
                empty=translate("RetentionReport", "No customer qualifies."))


def _model_rows(lang, result: dict) -> list[tuple[str, str]]:
    translate = lang.translate
    cur = result["currency"]
    bg, gg, pred = result.get("bgnbd", {}), result.get("gamma_gamma", {}), result.get("predicted", {})
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
    return rows


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


def _kpis(lang, result: dict):
    """The key figures (reports/kpis.py, shared with the metrics tab): values, formulas and the engine's
    comparisons (`kpis`: previous period and a year earlier)."""
    from crm_app.reports.kpis import Fmt, KpiText

    fmt = Fmt(translate=lambda text: lang.translate("KpiText", text),
              number=lambda x, d: lang.locale.toString(float(x), "f", d), percent=lang.locale.percent())
    text = KpiText(result, fmt)
    return text, text.kpis()


def _kpi_table(text, items) -> list[tuple[str, str, str, str]]:
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
    notes += [k["explain"] for k in (result.get("kpis") or {}).values() if k.get("explain")]
    return notes
