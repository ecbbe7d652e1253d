"""Exporting a PDF report from the GUI: from the metrics tab (the figures on screen, not recomputed), from a
profile, cancelled midway, and looked at in the print preview."""
from __future__ import annotations

import threading
import time
from datetime import date

from pypdf import PdfReader

TODAY = date(2026, 7, 15)


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages).split())


def _metrics_view(qtbot, demo_db):
    from crm_app.ui.metrics_view import MetricsView

    v = MetricsView(demo_db, today=TODAY)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitUntil(lambda: v.result is not None, timeout=30000)
    return v


def test_retention_report_from_the_tab_uses_the_figures_shown(qtbot, demo_db, tmp_path, monkeypatch):
    view = _metrics_view(qtbot, demo_db)
    with qtbot.waitSignal(view.computed, timeout=30000):
        view.segment.setCurrentIndex(view.segment.findData("activity"))
    from crm_app.services import metrics

    calls = []
    real = metrics.compute
    monkeypatch.setattr(metrics, "compute", lambda *a, **k: calls.append(1) or real(*a, **k))
    dlg = view.export_report()
    qtbot.addWidget(dlg)
    out = tmp_path / "retention.pdf"
    dlg.path.setText(str(out))
    with qtbot.waitSignal(dlg.written, timeout=60000) as sig:
        dlg.create_button.click()
    assert calls == []                                   # the tab's result was reused
    pages = sig.args[1]
    assert pages == len(PdfReader(str(out)).pages) >= 3
    text = _text(out)
    crr = view.result["retention"]["crr"]
    assert f"{crr:.2f}" in text and "Retention report" in text
    assert view.result["win_back"][0]["name"].split()[0] in text
    # the preview paints the same pages
    assert dlg.preview_button.isEnabled()
    preview = dlg.preview()
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    again = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(again))
    assert dlg.paint(printer) == pages
    del printer
    assert len(PdfReader(str(again)).pages) == pages
    preview.close()


def test_profile_report_in_arabic(qtbot, window, demo_db, tmp_path):
    from sqlalchemy import select

    from crm_app.db.models import Customer

    with demo_db.read() as s:
        cid, code, name = s.execute(select(Customer.id, Customer.code, Customer.full_name)
                                    .where(Customer.language == "ar", Customer.last_order_date.is_not(None))
                                    .order_by(Customer.id)).first()
    profile = window.customers.profile
    with qtbot.waitSignal(profile.loaded, timeout=10000):
        window.open_customer(cid)
    dlg = profile.export_report()
    assert dlg.kind.currentData() == "customer" and dlg.code.text() == code
    dlg.lang.setCurrentIndex(dlg.lang.findData("ar"))
    out = tmp_path / "profile-ar.pdf"
    dlg.path.setText(str(out))
    with qtbot.waitSignal(dlg.written, timeout=60000):
        dlg.create_button.click()
    import unicodedata

    text = unicodedata.normalize("NFKC", _text(out))
    assert code in text
    # Arabic comes back from PDF text extraction in presentation forms and sometimes in visual order
    words = [w for w in unicodedata.normalize("NFKC", name).split() if len(w) > 2]
    assert any(w in text or w[::-1] in text for w in words)


def test_cancel_writes_nothing(qtbot, demo_db, tmp_path, monkeypatch):
    from crm_app.reports import retention
    from crm_app.ui.report_dialog import ReportDialog

    real = retention.build_retention_report
    started = threading.Event()

    def slow(*a, progress=None, **k):
        def crawl(f, m):
            started.set()
            time.sleep(0.05)
            progress(f, m)
        return real(*a, progress=crawl, **k)

    monkeypatch.setattr(retention, "build_retention_report", slow)
    dlg = ReportDialog(demo_db, "retention")
    qtbot.addWidget(dlg)
    dlg.show()
    out = tmp_path / "never.pdf"
    dlg.path.setText(str(out))
    dlg.create_button.click()
    qtbot.waitUntil(started.is_set, timeout=10000)
    assert dlg.cancel_button.isVisible() and dlg.progress.isVisible()
    dlg.cancel_button.click()
    qtbot.waitUntil(lambda: dlg.task is None, timeout=30000)
    assert "no file" in dlg.status.text()
    assert not out.exists() and not list(tmp_path.glob("never.pdf*"))
    assert not dlg.preview_button.isEnabled()


def test_bad_choices_are_refused_before_any_work(qtbot, demo_db, tmp_path):
    from crm_app.ui.report_dialog import ReportDialog

    dlg = ReportDialog(demo_db, "customer")
    qtbot.addWidget(dlg)
    dlg.code.setText("")
    dlg.create_button.click()
    assert dlg.task is None and "code" in dlg.status.text()
    dlg.code.setText("NO-SUCH-CODE")
    dlg.path.setText(str(tmp_path / "missing-folder" / "x.pdf"))
    dlg.create_button.click()
    assert dlg.task is None and "folder" in dlg.status.text()
    dlg.path.setText(str(tmp_path / "x.pdf"))
    dlg.create_button.click()
    qtbot.waitUntil(lambda: dlg.task is None, timeout=30000)
    assert "could not be made" in dlg.status.text() and not (tmp_path / "x.pdf").exists()
