"""The support report: tickets and SLA attainment, CSAT/NPS, pain points, unhappy customers who have not
come back — for the period (month/quarter/year) containing the as-of date.

Figures come from the same analytics functions as the metrics result (ticket_measures, nps, csat over
the cached metrics frames) and from services/painpoints.py; no CLV model is fitted, so it is quick.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from crm_app.reports.common import ReportOptions, ReportResult, Steps, business_name, subst
from crm_app.reports.parts import pain_chart, period_text, period_word, ref_name

CHART_W, CHART_H = 660, 300
UNHAPPY = 25


def build_support_report(db, out: str | Path, as_of: date | None = None, period: str = "month",
                         options: ReportOptions = ReportOptions(), *, progress=None, cancel=None) -> ReportResult:
    from crm_app.analytics.feedback import csat, nps
    from crm_app.analytics.tickets import ticket_measures
    from crm_app.reports import parts, pdf, series
    from crm_app.services import metrics_data, painpoints

    if period not in series.SHOWN:
        raise ValueError(f"period must be one of {', '.join(series.SHOWN)}")
    steps = Steps(progress, cancel, {"data": 3, "charts": 2, "pdf": 2})
    sub = steps.step("data", "reading tickets and feedback")
    lang = pdf.Lang(options.lang)
    as_of = as_of or date.today()
    data = metrics_data.load(db, sub, cancel)
    shown = series.periods(as_of, period)
    trend = series.support_by_period(data, shown, as_of)
    start, end = shown[-1].start, shown[-1].end
    current = {"tickets": ticket_measures(data.tickets, start, end, as_of), "nps": nps(data.feedback, start, end),
               "csat": csat(data.feedback, start, end)}
    with db.read() as s:
        pain = painpoints.report(s, start, end)
        unhappy = painpoints.unhappy_not_returned(s, limit=UNHAPPY)
    name = business_name(db, options)

    sub = steps.step("charts", "drawing the charts")
    from crm_app.reports import charts as C

    translate = lang.translate
    style = lang.chart_style()
    labels = [lang.period(t.period.start, period) for t in trend]
    charts = {
        "tickets": C.figure_svg(lambda ax: C.plot_tickets_by_period(
            ax, labels, [t.tickets for t in trend], [t.first_response_sla for t in trend],
            [t.resolution_sla for t in trend], style, tickets_label=translate("SupportReport", "Tickets"),
            first_response_label=translate("Report", "First response SLA attainment"),
            resolution_label=translate("Report", "Resolution SLA attainment")), CHART_W, CHART_H),
        "satisfaction": C.figure_svg(lambda ax: C.plot_satisfaction_trend(
            ax, labels, [t.nps for t in trend], [t.csat for t in trend], style,
            nps_label=translate("Report", "NPS"), csat_label=translate("Report", "CSAT")), CHART_W, CHART_H)}
    if pain.categories:
        charts["pain"] = C.figure_svg(pain_chart(lang, style, [c.name for c in pain.categories],
                                                 [c.tickets for c in pain.categories],
                                                 [c.low_share for c in pain.categories]), CHART_W, CHART_H)
    title = translate("SupportReport", "Support report")
    html = _html(lang, name, period, start, end, current, pain, unhappy, charts)
    sub = steps.step("pdf", "writing the PDF")
    written = parts.write(out, html, lang, header=name, title=title, document_title=f"{name} — {title}",
                          page_size=options.page_size, charts=charts, progress=sub, cancel=cancel)
    return ReportResult(written.path, written.pages, steps.done(), steps.timings, document=written.document)


def _html(lang, business, period, start, end, current, pain, unhappy, charts) -> str:
    from crm_app.reports.html import Html, esc

    translate = lang.translate
    h = Html(lang.rtl)
    h.raw(f'<p class="muted">{esc(business)}</p>')
    h.h1(translate("SupportReport", "Support report"))
    h.p(period_text(lang, start, end, period), "muted")
    tm, n, c = current["tickets"], current["nps"], current["csat"]
    both = _both_targets(tm)
    i, pct, num = lang.int, lang.percent, lang.number

    def hours(x):
        return "—" if x is None else subst(translate("SupportReport", "%1 h"), num(x, 2))

    h.h2(translate("SupportReport", "Key figures"))
    rows = [(translate("SupportReport", "Tickets created"), i(tm.tickets), "—"),
             (translate("SupportReport", "Answered / resolved"), f"{i(tm.responded)} / {i(tm.resolved)}", "—"),
             (translate("SupportReport", "First response time (median)"), hours(tm.first_response_hours_median),
              subst(translate("SupportReport", "median of (first response − created) over %1 answered tickets; "
                                               "mean %2"), i(tm.responded), hours(tm.first_response_hours_mean))),
             (translate("SupportReport", "Resolution time (median)"), hours(tm.resolution_hours_median),
              subst(translate("SupportReport", "median of (resolved − created) over %1 resolved tickets; mean %2"),
                    i(tm.resolved), hours(tm.resolution_hours_mean))),
             (translate("Report", "First response SLA attainment"), pct(tm.first_response_sla.value),
              _sla(lang, tm.first_response_sla)),
             (translate("Report", "Resolution SLA attainment"), pct(tm.resolution_sla.value),
              _sla(lang, tm.resolution_sla)),
             (translate("SupportReport", "SLA attainment, both targets"), pct(both.value), _sla(lang, both)),
             (translate("Report", "CSAT"), pct(c.value),
              subst(translate("Report", "answers 4–5 / answers × 100 = %1 / %2 × 100 = %3"), i(c.satisfied),
                    i(c.responses), pct(c.value)) if c.responses else translate("SupportReport", "no answers")),
             (translate("Report", "NPS"), num(n.value, 2),
              subst(translate("Report", "% promoters (9–10) − % detractors (0–6) = %1 − %2 = %3 (%4 answers)"),
                    pct(100.0 * n.promoters / n.responses), pct(100.0 * n.detractors / n.responses), num(n.value, 2),
                    i(n.responses)) if n.responses else translate("SupportReport", "no answers"))]
    if lang.rtl:
        from crm_app.reports.html import ltr_math

        rows = [(a, b, ltr_math(c)) for a, b, c in rows]
    h.table([translate("SupportReport", "Figure"), translate("SupportReport", "Value"),
             translate("SupportReport", "How it is computed")], rows, numeric=[1], widths=[30, 17, 53])
    h.p(translate("SupportReport", "SLA: a ticket meets its target when answered/resolved by its due time; it is "
                                   "breached when done late, or not done and already due on the as-of date."),
        "formula")

    h.h2(translate("SupportReport", "Trends"), new_page=True)
    word = period_word(lang, period)
    h.chart("tickets", CHART_W, CHART_H, subst(translate("SupportReport", "Tickets and SLA attainment by %1"), word))
    h.chart("satisfaction", CHART_W, CHART_H, subst(translate("RetentionReport", "NPS and CSAT by %1"), word))

    h.h2(translate("SupportReport", "Pain points"), new_page=True)
    if "pain" in charts:
        h.chart("pain", CHART_W, CHART_H, subst(translate("RetentionReport", "Pain points: ticket categories, %1 – %2"),
                                                lang.date(pain.start), lang.date(pain.end)))
    h.table([translate("SupportReport", "Category"), translate("SupportReport", "Tickets"),
             translate("SupportReport", "Period before"), translate("SupportReport", "Change"),
             translate("SupportReport", "CSAT answers"), translate("SupportReport", "Low CSAT (1–2)"),
             translate("SupportReport", "Detractors")],
            [(ref_name(lang, cat.name) or translate("SupportReport", "(no category)"), i(cat.tickets), i(cat.previous),
              lang.signed(cat.trend, 1, "\u00a0" + lang.locale.percent()) if cat.trend is not None else "—",
              i(cat.csat_answers), pct(cat.low_share, 1), pct(cat.detractor_share, 1))
             for cat in pain.ranked("volume")],
            numeric=range(1, 7), widths=[28, 11, 13, 12, 12, 12, 12],
            empty=translate("SupportReport", "No tickets in the period."))
    if pain.feedback:
        h.h3(translate("SupportReport", "Feedback by source"))
        h.table([translate("SupportReport", "Survey"), translate("SupportReport", "Source"),
                 translate("SupportReport", "Answers"), translate("SupportReport", "Bad answers"),
                 translate("SupportReport", "Score")],
                [(f.kind.upper(), f.source or "—", i(f.answers), pct(f.bad_share, 1),
                  pct(f.score, 1) if f.kind == "csat" else num(f.score, 1)) for f in pain.feedback],
                numeric=[2, 3, 4], widths=[14, 34, 16, 18, 18])

    h.h2(translate("SupportReport", "Unhappy customers who have not bought since"), new_page=True)
    h.p(translate("SupportReport", "Their latest answer was CSAT 1–2 or NPS 0–6 and they have not ordered since "
                                   "(newest first)."), "muted small")
    h.table([translate("RetentionReport", "Code"), translate("RetentionReport", "Name"),
             translate("SupportReport", "Survey"), translate("SupportReport", "Score"),
             translate("SupportReport", "Date"), translate("SupportReport", "Comment")],
            [(u.code, u.name, u.kind.upper(), i(u.score), lang.date(u.at), u.comment or "") for u in unhappy],
            numeric=[3], widths=[12, 22, 9, 8, 14, 35], empty=translate("SupportReport", "Nobody."))
    return h.document(translate("SupportReport", "Support report"))


def _sla(lang, s) -> str:
    translate = lang.translate
    if not s.met + s.breached:
        return translate("SupportReport", "no ticket due yet")
    return subst(translate("Report", "met / (met + breached) × 100 = %1 / (%1 + %2) × 100 = %3"), lang.int(s.met),
                 lang.int(s.breached), lang.percent(s.value))


def _both_targets(tm):
    """First-response and resolution targets counted together (the metrics tab's one SLA attainment figure,
    the engine's `tickets.sla`)."""
    from crm_app.analytics.common import pct
    from crm_app.analytics.tickets import SlaAttainment

    met = tm.first_response_sla.met + tm.resolution_sla.met
    breached = tm.first_response_sla.breached + tm.resolution_sla.breached
    return SlaAttainment(pct(met, met + breached), met, breached, "")
