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


def test_retention_report_english(qt_app, demo_db, result, tmp_path):
    from crm_app.reports import pdf
    from crm_app.reports.retention import build_retention_report

    out = tmp_path / "retention.pdf"
    seen = []
    done = build_retention_report(demo_db, out, options=ReportOptions(business_name="Acme Tea Shop"),
                                  result=result, progress=lambda f, m: seen.append(f))
    reader, pages = read(out)
    assert len(reader.pages) == done.pages >= 8
    assert seen == sorted(seen) and seen[-1] == 1.0
    width = float(reader.pages[0].mediabox.width)
    assert abs(width - 595.3) < 1.0                      # A4 portrait, in points
    raw = "\n".join(pages)
    text = flat(raw)
    lang = pdf.Lang("en")
    r = result["retention"]
    assert "Acme Tea Shop" in flat(pages[0]) and "Retention report" in flat(pages[0])
    # the KPI values and the formula with its actual inputs
    assert f"{r['crr']:.2f} %" in text
    assert flat(lang.percent(r["churn_rate"])) in text
    assert flat(lang.money(result["revenue"], result["currency"])) in text
    formula = (f"CRR = (E − N) / S × 100 = ({r['customers_end']:,} − {r['new']:,}) / {r['customers_start']:,} "
               f"× 100 = {r['crr']:.2f} %")
    assert formula in text
    # the win-back list names the customers (Latin, Arabic, Persian and Cyrillic names in the demo)
    names = [w["name"] for w in result["win_back"]]
    assert len(names) >= 5
    toks = tokens(raw)
    assert all(has(toks, n) for n in names), [n for n in names if not has(toks, n)]
    # every page has its header and numbered footer
    for i, page in enumerate(pages, 1):
        assert f"Page {i} of {len(pages)}" in flat(page)
        assert "Acme Tea Shop" in flat(page)
    # the engine's explain strings are reproduced (English report), the last section included
    assert flat(r["explain"]["crr"]) in text
    assert "Model details" in text and "Win-back list" in text


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
    for value in (lang.percent(r["crr"]), lang.percent(r["churn_rate"]), lang.int(r["customers_start"]),
                  lang.money(result["revenue"], result["currency"])):
        assert has(toks, value), value
    assert re.search(r"[\u0660-\u0669]", "".join(pages))    # Arabic-Indic digits, as QLocale("ar") writes them
    names = [w["name"] for w in result["win_back"]]
    assert all(has(toks, n) for n in names), [n for n in names if not has(toks, n)]
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
    model = customer_model(demo_db, result, cid)
    assert 0.0 <= model["p_alive"] <= 1.0
    assert has(toks, lang.number(model["p_alive"], 3))


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


def test_chart_data_agrees_with_the_metrics(demo_db, result):
    from crm_app.reports import series

    data = series.chart_data(demo_db, result)
    assert data.months[-1] == date(2026, 6, 1) and len(data.months) == 12
    assert data.revenue[-1] == result["revenue"]              # the running month is the KPI's period
    assert data.retention.crr[-1] == result["retention"]["crr"]
    assert data.retention.crr_previous[-1] == next(
        r["crr"] for r in result["retention_by_period"] if r["start"] == "2025-06-01")
    assert abs(float(data.p_alive.mean()) - result["predicted"]["mean_p_alive"]) < 1e-4
    assert abs(float(data.clv.sum()) - float(result["predicted"]["clv_total"])) < 0.01 * float(
        result["predicted"]["clv_total"])
    assert int(data.win_back.sum()) == len(result["win_back"])
    assert sum(c for _, c, _ in data.tiers) == result["customers"]["total"]
    assert data.measures.nps[-1] == result["nps"]["value"] and data.measures.csat[-1] == result["csat"]["value"]
    assert data.measures.tickets[-1] == result["tickets"]["tickets"]
