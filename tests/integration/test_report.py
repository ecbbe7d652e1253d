"""PDF reports end to end on a demo database, read back with pypdf: pages, page size, KPI values and
customer names as text, in English and in Arabic; the CLI; progress, cancel and a worker thread."""
from __future__ import annotations

import re
import threading
import unicodedata
from datetime import date

import pypdf
import pytest

from crm_app.analytics.common import Cancelled
from crm_app.reports.common import ReportOptions

AS_OF = date(2026, 6, 30)
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")


def norm(text: str) -> str:
    """NFKC, ASCII digits, no invisible format characters (ALM, LRI/PDI), no-break spaces as spaces."""
    text = unicodedata.normalize("NFKC", text).translate(ARABIC_DIGITS).replace("\u00a0", " ")
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def tokens(text: str) -> set[str]:
    """Words of extracted PDF text, normalized. Right-to-left runs come out of a PDF in visual order
    (each Arabic word reversed, in presentation forms): every word is taken as written and reversed,
    then NFKC (presentation forms and lam-alef ligatures → letters) and ASCII digits."""
    out = set()
    for tok in text.split():
        for t in (tok, tok[::-1]):
            out.add(norm(t).strip("()[],:;؛،"))
    return out


def flat(text: str) -> str:
    """Extracted text with the whitespace pypdf puts between runs (tabs, newlines) made single spaces."""
    return " ".join(norm(text).split())


def squash(text: str) -> str:
    """Normalized text without any whitespace: table cells come out of the PDF with tabs and line breaks
    between their runs ("97.93 % (", "−", "0.06 pp)")."""
    return "".join(norm(text).split())


def has(toks: set[str], phrase: str) -> bool:
    return all(norm(w).strip("()[],:;؛،") in toks for w in phrase.split())


def read(path) -> tuple[pypdf.PdfReader, list[str]]:
    reader = pypdf.PdfReader(str(path))
    return reader, [p.extract_text() or "" for p in reader.pages]


@pytest.fixture
def qt_app(qapp):
    """pytest-qt's one QApplication (reports use it like the GUI does; the CLI makes its own)."""
    from crm_app.reports import pdf

    return pdf.ensure_app()


@pytest.fixture
def result(demo_db):
    from crm_app.services.metrics import MetricsParams, compute

    return compute(demo_db, MetricsParams(as_of=AS_OF, segment="activity"))


TITLES = {"crr": "Customer retention rate", "churn_rate": "Churn rate", "repeat_purchase_rate": "Repeat purchase rate",
          "purchase_frequency": "Purchase frequency", "aov": "Average order value", "revenue": "Revenue",
          "clv_historical": "Historical CLV", "clv_predicted": "Predicted CLV per customer", "nps": "NPS",
          "csat": "CSAT", "sla_attainment": "SLA attainment"}


def english_value(unit: str, v: float, currency: str) -> str:
    return {"pct": f"{v:,.2f} %", "money": f"{v:,.2f} {currency}", "score": f"{v:,.1f}", "number": f"{v:,.2f}"}[unit]


def english_change(unit: str, value: float, before: float) -> str:
    """The change as the key-figures table writes it: points for percentages and NPS, else relative."""
    diff = value - before
    sign = "+" if diff >= 0 else "−"
    if unit == "pct":
        return f"{sign}{abs(diff):.2f} pp"
    if unit == "score":
        return f"{sign}{abs(diff):.2f} points"
    return f"{sign}{abs(diff / before * 100):.1f} %"


def customer_lists(result) -> dict[str, list[str]]:
    return {key: [c["name"] for c in result[key]] for key in ("win_back", "at_risk", "top_customers")}


def test_retention_report_english(qt_app, demo_db, result, tmp_path, monkeypatch):
    from crm_app.reports import pdf
    from crm_app.reports.retention import build_retention_report
    from crm_app.services import metrics_data

    # every figure comes from the metrics result: the report does not read the metrics frames again
    monkeypatch.setattr(metrics_data, "load", lambda *a, **k: pytest.fail("the report recomputed from the frames"))
    out = tmp_path / "retention.pdf"
    seen = []
    done = build_retention_report(demo_db, out, options=ReportOptions(business_name="Acme Tea Shop"),
                                  result=result, progress=lambda f, m: seen.append(f))
    reader, pages = read(out)
    assert len(reader.pages) == done.pages >= 10
    assert seen == sorted(seen) and seen[-1] == 1.0
    width = float(reader.pages[0].mediabox.width)
    assert abs(width - 595.3) < 1.0                      # A4 portrait, in points
    raw = "\n".join(pages)
    text = flat(raw)
    lang = pdf.Lang("en")
    r = result["retention"]
    cur = result["currency"]
    assert "Acme Tea Shop" in flat(pages[0]) and "Retention report" in flat(pages[0])
    # the key figures: each row has the engine's value, previous-period and year-ago values (result["kpis"]) and
    # the change against them, in the tab's order; 11 figures with one SLA attainment
    kpis = result["kpis"]
    assert list(kpis) == list(TITLES)
    compared = 0
    table = squash(next(p for p in pages if "Key figures" in flat(p)))
    for key, title in TITLES.items():
        k = kpis[key]
        row = title + english_value(k["unit"], k["value"], cur)
        for before in (k["previous"], k["year_ago"]):
            if before is None:
                row += "—"
                continue
            compared += 1
            row += english_value(k["unit"], before, cur) + f"({english_change(k['unit'], k['value'], before)})"
        assert squash(row) in table, (key, row)
    assert compared >= 20                                 # the demo has both comparisons for (nearly) every figure
    assert "FirstresponseSLA" not in table                # the one SLA figure, as the engine compares it
    assert flat(lang.money(result["revenue"], cur)) in text
    formula = (f"CRR = (E − N) / S × 100 = ({r['customers_end']:,} − {r['new']:,}) / {r['customers_start']:,} "
               f"× 100 = {r['crr']:.2f} %")
    assert formula in text
    windows = result["kpi_windows"]
    assert (f"compared with the previous period ({lang.period(date.fromisoformat(windows['previous']['start']), 'month')})"
            in text)
    # the three lists name their customers (Latin, Arabic, Persian and Cyrillic names in the demo), each under
    # its heading
    toks = tokens(raw)
    for key, names in customer_lists(result).items():
        assert len(names) >= 5, key
        assert all(has(toks, n) for n in names), (key, [n for n in names if not has(toks, n)])
    for heading in ("Win-back list", "Customers at risk", "Top customers by predicted CLV"):
        assert heading in text
    top = next(c for c in result["top_customers"] if c["name"].isascii())    # (an Arabic name comes out reversed)
    assert squash(f"{top['code']}{top['name']}{lang.money(top['predicted_clv'], cur)}") in squash(raw)
    # every page has its header and numbered footer
    for i, page in enumerate(pages, 1):
        assert f"Page {i} of {len(pages)}" in flat(page)
        assert "Acme Tea Shop" in flat(page)
    # the engine's explain strings are reproduced (English report), the last section included
    assert flat(r["explain"]["crr"]) in text
    assert flat(kpis["revenue"]["explain"]) in text
    assert "Model details" in text


def test_retention_report_arabic_letter(qt_app, demo_db, result, tmp_path):
    from crm_app.reports import pdf
    from crm_app.reports.retention import build_retention_report

    out = tmp_path / "retention-ar.pdf"
    done = build_retention_report(demo_db, out, options=ReportOptions(lang="ar", page_size="letter"), result=result)
    reader, pages = read(out)
    assert len(reader.pages) == done.pages >= 8
    assert abs(float(reader.pages[0].mediabox.width) - 612.0) < 1.0    # Letter
    toks = tokens("\n".join(pages))
    assert has(toks, "تقرير الاحتفاظ بالعملاء")            # the title, translated
    assert has(tokens(pages[1]), "الأرقام الرئيسية")         # "Key figures"
    assert not has(toks, "Retention report")
    lang = pdf.Lang("ar")
    r = result["retention"]
    cur = result["currency"]
    for value in (lang.int(r["customers_start"]), lang.money(result["revenue"], cur)):
        assert has(toks, value), value
    # the key figures and both comparisons, as the engine gives them, in Arabic digits
    figures = tokens(next(p for p in pages if has(tokens(p), "الأرقام الرئيسية")))
    written = {"pct": lang.percent, "money": lambda v: lang.money(v, cur), "score": lambda v: lang.number(v, 1),
               "number": lambda v: lang.number(v, 2)}
    for key, k in result["kpis"].items():
        for v in (k["value"], k["previous"], k["year_ago"]):
            if v is not None:
                assert has(figures, written[k["unit"]](v)), (key, v)
    assert re.search(r"[\u0660-\u0669]", "".join(pages))    # Arabic-Indic digits, as QLocale("ar") writes them
    for key, names in customer_lists(result).items():
        assert all(has(toks, n) for n in names), (key, [n for n in names if not has(toks, n)])
    for heading in ("قائمة الاستعادة", "العملاء المعرّضون للتسرب"):
        assert has(toks, heading), heading
    assert not has(toks, "Customers at risk") and not has(toks, "attainment")
    assert has(tokens(pages[0]), lang.translate("Report", "Page %1 of %2").replace("%1", lang.int(1))
               .replace("%2", lang.int(len(pages))))


def test_headers_repeat_when_a_table_splits(qt_app, demo_db, tmp_path):
    """The customer with the most orders: the orders table runs over pages, each with its header row."""
    import sqlite3

    from crm_app.reports.customer import build_customer_report

    con = sqlite3.connect(demo_db.path)
    code, name, n = con.execute("SELECT c.code, c.full_name, count(*) FROM orders o JOIN customers c "
                                "ON c.id = o.customer_id GROUP BY c.id ORDER BY 3 DESC LIMIT 1").fetchone()
    codes = [r[0] for r in con.execute("SELECT o.code FROM orders o JOIN customers c ON c.id = o.customer_id "
                                       "WHERE c.code = ? AND o.code IS NOT NULL", (code,))]
    con.close()
    out = tmp_path / "customer.pdf"
    build_customer_report(demo_db, out, code, max_orders=60)
    _reader, pages = read(out)
    pages = [flat(p) for p in pages]
    with_orders = [p for p in pages if any(c in p for c in codes)]
    assert len(with_orders) >= 2, "the orders table should need more than one page"
    for page in with_orders:
        assert "Refunded" in page and "Channel" in page      # the repeated header row
    shown = sum(1 for c in codes if c in " ".join(pages))
    assert shown == min(60, len(codes))
    assert has(tokens(pages[0]), name) and code in pages[0]
    headings = ["Figures", "Net spend by month", "Orders", "Loyalty", "Points ledger", "Tickets", "Feedback"]
    at = [next((i for i, p in enumerate(pages) if h in p), None) for h in headings]
    assert None not in at and at == sorted(at), dict(zip(headings, at))     # every section, in order
    assert n <= 60 or f"The newest 60 of {n} orders." in " ".join(pages)


def test_customer_report_arabic_with_model(qt_app, demo_db, result, tmp_path):
    import sqlite3

    from crm_app.reports import pdf
    from crm_app.reports.customer import build_customer_report

    con = sqlite3.connect(demo_db.path)
    code, name = con.execute("SELECT c.code, c.full_name FROM customers c JOIN orders o ON o.customer_id = c.id "
                             "WHERE c.full_name GLOB '*[ء-ي]*' GROUP BY c.id HAVING count(*) > 2 LIMIT 1").fetchone()
    con.close()
    out = tmp_path / "customer-ar.pdf"
    build_customer_report(demo_db, out, code, ReportOptions(lang="ar"), as_of=AS_OF, result=result)
    _reader, pages = read(out)
    toks = tokens("\n".join(pages))
    assert has(toks, name) and code in "\n".join(pages)
    assert has(toks, "ملف العميل")                            # "Customer profile"
    assert has(toks, "احتمال البقاء")                          # P(alive), from the fitted model
    lang = pdf.Lang("ar")
    from crm_app.reports.customer import customer_model
    from crm_app.services import customers

    with demo_db.read() as s:
        cid = customers.get_by_code(s, code).id
    model = customer_model(demo_db, cid, AS_OF, result)
    row = result["frames"]["customers"].loc[cid]                 # the metrics' own prediction for the customer
    assert model["p_alive"] == pytest.approx(float(row["p_alive"])) and 0.0 <= model["p_alive"] <= 1.0
    assert has(toks, lang.percent(100 * float(row["p_alive"]), 0))
    assert has(toks, lang.money(round(float(row["clv"]), 2), result["currency"]))


def test_customer_report_without_a_result_matches_the_profile(qt_app, demo_db, result, tmp_path):
    """No metrics result passed (the profile's Report button): P(alive) and CLV from the models the metrics
    saved, as the profile header shows them (services.predictions); none before the first fit."""
    from crm_app.reports import pdf
    from crm_app.reports.customer import build_customer_report
    from crm_app.services import predictions

    who = result["top_customers"][0]
    lang = pdf.Lang("en")
    before = tmp_path / "before.pdf"
    build_customer_report(demo_db, before, who["code"], as_of=AS_OF)
    assert "P(alive)" not in flat("\n".join(read(before)[1]))
    with demo_db.write() as s:
        assert predictions.save_models(s, result)
    with demo_db.read() as s:
        p = predictions.customer_prediction(s, who["customer_id"], AS_OF)
    out = tmp_path / "after.pdf"
    build_customer_report(demo_db, out, who["code"], as_of=AS_OF)
    text = flat("\n".join(read(out)[1]))
    assert f"P(alive) {p.p_alive * 100:.0f} %" in text
    assert f"Predicted CLV, next 12 months {flat(lang.money(p.predicted_clv.amount, p.predicted_clv.currency))}" in text
    assert f"Models fitted on the data to {lang.date(AS_OF)}" in text
    # ... which are the metrics' own figures for this customer (the top-customers list)
    assert p.p_alive == pytest.approx(float(who["p_alive"]), abs=1e-4)
    assert float(p.predicted_clv.amount) == pytest.approx(float(who["predicted_clv"]), abs=0.01)


def test_support_report(qt_app, demo_db, tmp_path):
    from crm_app.analytics.tickets import ticket_measures
    from crm_app.reports.support import build_support_report
    from crm_app.services import metrics_data

    out = tmp_path / "support.pdf"
    done = build_support_report(demo_db, out, AS_OF, "quarter")
    _reader, pages = read(out)
    assert done.pages == len(pages) >= 3
    text = flat("\n".join(pages))
    tm = ticket_measures(metrics_data.load(demo_db).tickets, date(2026, 4, 1), AS_OF, AS_OF)
    assert tm.tickets > 0
    assert f"Tickets created {tm.tickets:,}" in text
    assert f"{tm.first_response_sla.value:.2f} %" in text
    fr, res = tm.first_response_sla, tm.resolution_sla
    both = 100 * (fr.met + res.met) / (fr.met + res.met + fr.breached + res.breached)
    assert (f"SLA attainment, both targets {both:.2f} % met / (met + breached) × 100 = {fr.met + res.met:,} / "
            f"({fr.met + res.met:,} + {fr.breached + res.breached:,})") in text
    assert "Q2 2026" in text and "Pain points" in text


def test_cancel_leaves_no_file(qt_app, demo_db, result, tmp_path):
    from crm_app.reports.retention import build_retention_report

    out = tmp_path / "cancelled.pdf"
    stop = threading.Event()

    def progress(f, _m):
        if f > 0.5:
            stop.set()

    with pytest.raises(Cancelled):
        build_retention_report(demo_db, out, result=result, progress=progress, cancel=stop)
    assert list(tmp_path.glob("cancelled.pdf*")) == []


def test_builds_in_a_worker_thread(qtbot, demo_db, tmp_path):
    """The GUI builds reports off the GUI thread: QTextDocument/QPdfWriter/QSvgRenderer work there."""
    from crm_app.reports.support import build_support_report

    out = tmp_path / "thread.pdf"
    box = {}

    def work():
        try:
            box["done"] = build_support_report(demo_db, out, AS_OF, options=ReportOptions(lang="fa"))
            box["thread"] = threading.current_thread()
        except BaseException as exc:  # noqa: BLE001 - reported below
            box["error"] = exc

    t = threading.Thread(target=work)
    t.start()
    qtbot.waitUntil(lambda: not t.is_alive(), timeout=60000)
    assert "error" not in box, box.get("error")
    assert box["thread"] is not threading.main_thread()
    _reader, pages = read(out)
    assert len(pages) == box["done"].pages
    assert has(tokens("\n".join(pages)), "گزارش پشتیبانی")   # Persian "Support report"


def test_cli(qt_app, demo_db, tmp_path, capsys):
    from crm_app.cli import main

    db = str(demo_db.path)
    demo_db.dispose()
    out = tmp_path / "cli.pdf"
    assert main(["--db", db, "report", "--as-of", "2026-06-30", "--lang", "ru", "--pdf", str(out)]) == 0
    assert "wrote" in capsys.readouterr().out
    _reader, pages = read(out)
    assert "Отчёт об удержании клиентов" in flat(pages[0])
    assert main(["--db", db, "report", "--kind", "customer", "--pdf", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--customer" in err
    assert main(["--db", db, "report", "--kind", "customer", "--customer", "C9999999", "--pdf",
                 str(tmp_path / "x.pdf")]) == 1
    assert "no customer" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    assert main(["--db", db, "report", "--pdf", str(tmp_path / "missing" / "x.pdf")]) == 1
    assert "does not exist" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["--db", db, "report", "--as-of", "30/06/2026", "--pdf", str(out)])
    assert exc.value.code == 2


def test_charts_are_drawn_from_the_engine_keys(qt_app, result):
    """Each retention chart draws the metrics result's own chart data, as the metrics tab does."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import PathCollection
    from matplotlib.figure import Figure

    from crm_app.reports import pdf
    from crm_app.reports.retention import chart_plots

    pain = [{"name": "Billing", "tickets": 7, "low_csat": 12.5}, {"name": None, "tickets": 3, "low_csat": None}]
    plots = chart_plots(pdf.Lang("en"), result, pain)
    assert set(plots) == {"retention", "cohorts", "revenue", "tiers", "clv", "palive", "satisfaction", "pain"}
    axes = {}
    for name, plot in plots.items():
        fig = Figure(figsize=(7, 3), layout="constrained")
        FigureCanvasAgg(fig)
        axes[name] = plot(fig.add_subplot())
    trend = result["retention_trend"]
    crr, crr_last_year = axes["retention"].get_lines()[:2]
    assert list(crr.get_ydata()) == [t["crr"] for t in trend]
    assert [float(v) for v in crr_last_year.get_ydata()] == pytest.approx(
        [t["crr_last_year"] if t["crr_last_year"] is not None else float("nan") for t in trend], nan_ok=True)
    months = result["revenue_by_month"]
    assert [b.get_height() for b in axes["revenue"].patches] == pytest.approx(
        [float(m["revenue"]) for m in months[-12:]])
    assert list(axes["revenue"].get_lines()[0].get_ydata()) == pytest.approx(
        [float(m["revenue"]) for m in months[-24:-12]])
    closed = [b for b in result["clv_distribution"]["bins"] if b["to"] is not None]
    assert [b.get_height() for b in axes["clv"].patches] == [b["customers"] for b in closed]
    tiers = [t for t in result["tier_distribution"] if t["tier"] or t["customers"]]
    assert [b.get_width() for b in axes["tiers"].patches] == [t["customers"] for t in tiers]
    dots = [c for c in axes["palive"].collections if isinstance(c, PathCollection)]
    win_back = [w for w in result["win_back"] if w["predicted_clv"] is not None]
    assert len(dots[1].get_offsets()) == len(win_back) > 0            # every win-back customer, highlighted
    assert len(dots[0].get_offsets()) + len(dots[1].get_offsets()) >= result["p_alive_vs_clv"]["sample"]
    feedback = result["feedback_by_period"][-12:]
    assert [float(v) for v in axes["satisfaction"].get_lines()[0].get_ydata()] == pytest.approx(
        [f["nps"] if f["nps"] is not None else float("nan") for f in feedback], nan_ok=True)
    assert [t.get_text() for t in axes["pain"].get_yticklabels()] == ["Billing", "(no category)"]
    cohorts = result["cohorts"]["rows"]
    assert axes["cohorts"].images[0].get_array().shape[0] == len(cohorts)


def test_report_translations_are_complete_and_compiled(tmp_path):
    """Every string of crm_app/reports/*.py is in reports_{ar,fa,ru}.ts, translated with its placeholders,
    and the .qm the reports load say the same (`make report-translations`)."""
    from PySide6.QtCore import QTranslator

    from crm_app.reports import pdf
    from tools import check_translations as ct

    probe = tmp_path / "reports_ar.ts"
    ct.lupdate(sorted((ct.ROOT / "crm_app" / "reports").glob("*.py")), probe)
    found = ct.keys(ct.messages(probe))
    assert ("RetentionReport", "Customers at risk", False) in found and ("KpiText", "SLA attainment", False) in found
    for lang in ("ar", "fa", "ru"):
        path = pdf.TRANSLATIONS / f"reports_{lang}.ts"
        assert ct.problems(path) == [], lang
        msgs = ct.messages(path)
        assert sorted(found - ct.keys(msgs), key=str) == [], lang
        tr = QTranslator()
        assert tr.load(str(path.with_suffix(".qm")))
        for m in msgs:
            if m.kind is None:
                assert tr.translate(m.context, m.source) == m.forms[0], (lang, m.source)


def test_the_logo_from_the_settings_is_on_the_cover(qt_app, demo_db, result, tmp_path):
    from PySide6.QtGui import QColor, QImage
    from pypdf import PdfReader

    from crm_app import config
    from crm_app.reports.build import build
    from crm_app.services import settings
    from crm_app.services.metrics import MetricsParams

    logo = tmp_path / "logo.png"
    img = QImage(120, 60, QImage.Format.Format_RGB32)
    img.fill(QColor("#1a4f8b"))
    assert img.save(str(logo))
    params = MetricsParams(as_of=AS_OF, segment="activity")
    plain = build("retention", demo_db, tmp_path / "plain.pdf", params=params, result=result)
    with demo_db.write() as s:
        settings.put(s, config.BUSINESS_LOGO, str(logo))
    with_logo = build("retention", demo_db, tmp_path / "logo.pdf", params=params, result=result)
    cover = PdfReader(str(with_logo.path)).pages[0]
    assert len(cover.images) == 1 and len(PdfReader(str(plain.path)).pages[0].images) == 0
    with demo_db.write() as s:
        settings.put(s, config.BUSINESS_LOGO, str(tmp_path / "gone.png"))
    with pytest.raises(FileNotFoundError):
        build("retention", demo_db, tmp_path / "x.pdf", params=params, result=result)
