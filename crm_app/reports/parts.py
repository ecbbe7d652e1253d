"""Pieces the report builders share: the period line, the pain-point chart, names of seeded reference
data, and writing the laid-out HTML as a PDF with the common header and footer.

Qt-free (pdf.py is imported where a PDF is written). Its texts are translated through the reports' own
reports_xx.ts like the builders' (`make translations` reads every crm_app/reports/*.py for them).
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from crm_app.reports.common import subst


def period_word(lang, kind: str) -> str:
    """"month" / "quarter" / "year" for a sentence ("NPS and CSAT by month")."""
    translate = lang.translate
    return {"month": translate("Report", "month"), "quarter": translate("Report", "quarter"),
            "year": translate("Report", "year")}[kind]


def period_text(lang, start: date | str, end: date | str, kind: str) -> str:
    """"Nov 2026 (1 Nov 2026 – 30 Nov 2026)", with "(to date)" when `end` is before the period's last day."""
    from crm_app.analytics.retention import period_end

    start = date.fromisoformat(start) if isinstance(start, str) else start
    end = date.fromisoformat(end) if isinstance(end, str) else end
    text = subst(lang.translate("Report", "%1 (%2 – %3)"), lang.period(start, kind), lang.date(start), lang.date(end))
    if end < period_end(start, kind):
        text += " " + lang.translate("Report", "(to date)")
    return text


def ref_name(lang, name: str | None) -> str:
    """A tier or ticket category name in the report language: the app's translation of the seeded English
    names (context "Reference", as the app shows them); a name the business chose has none and stays."""
    return lang.translate("Reference", name) if name else ""


def pain_chart(lang, style, names: list[str | None], tickets: list[int], low_csat: list):
    """plot(ax) of the pain-point chart: ticket categories by volume with their share of low CSAT answers."""
    from crm_app.reports import charts as C

    translate = lang.translate
    labels = [ref_name(lang, n) if n else translate("SupportReport", "(no category)") for n in names]
    return lambda ax: C.plot_pain_points(ax, labels, tickets, style, low_csat=low_csat,
                                         tickets_label=translate("SupportReport", "Tickets"),
                                         low_label=translate("SupportReport", "Low CSAT (1–2), % of answers"))


def write(out: str | Path, html: str, lang, *, header: str, title: str, document_title: str, page_size: str,
          charts: dict[str, bytes], images: dict | None = None, progress=None, cancel=None):
    """pdf.write_pdf with the reports' page decoration: `header` | `title` above, "Generated …" and the page
    number below. Returns pdf.Written."""
    from crm_app.reports import pdf

    decor = pdf.Decor(header, title,
                      subst(lang.translate("Report", "Generated %1 · Retain CRM"), lang.date(datetime.now())),
                      lang.translate("Report", "Page %1 of %2"))
    return pdf.write_pdf(out, html, lang=lang, title=document_title, decor=decor, page_size=page_size,
                         charts=charts, images=images, progress=progress, cancel=cancel)
