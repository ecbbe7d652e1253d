"""The metrics tab as the owner uses it: figures appear, controls recompute them off the GUI thread, a
long computation can be cancelled, tables open profiles and export."""
from __future__ import annotations

import csv
import threading
from datetime import date

import pytest
from PySide6.QtCore import QDate, QTimer

from crm_app.services.metrics import MetricsParams, compute
from crm_app.services.metrics_backend import MetricsBackend

TODAY = date(2026, 7, 15)           # the demo data ends on 2026-06-30


@pytest.fixture
def view(qtbot, demo_db):
    from crm_app.ui.metrics_view import MetricsView

    v = MetricsView(demo_db, today=TODAY)
    qtbot.addWidget(v)
    v.resize(1300, 900)
    v.show()
    qtbot.waitUntil(lambda: v.result is not None, timeout=30000)
    return v


def test_opens_on_the_last_complete_month_with_every_card(view, demo_db):
    assert view.params().as_of == date(2026, 6, 30)
    assert view.result["retention"]["label"] == "2026-06"
    expected = compute(demo_db, MetricsParams(as_of=date(2026, 6, 30), churn_window=365))
    crr = view.cards["crr"]
    assert crr.kpi.value == expected["retention"]["crr"]
    # the formula shows the actual inputs: S, E, N of this month
    r = expected["retention"]
    for n in (r["customers_start"], r["customers_end"], r["new"]):
        assert f"{n:,}" in crr.toolTip()
    assert len(view.cards) == 11 and all(c.value.text() for c in view.cards.values())
    # each figure against May 2026 and June 2025, as the engine compares them
    for key, card in view.cards.items():
        k = expected["kpis"][key]
        assert (card.kpi.previous, card.kpi.year_ago) == (k["previous"], k["year_ago"]), key
        assert card.previous.text() and "—" not in card.previous.text(), key
    assert view.cards["revenue"].kpi.value == expected["revenue"]


def test_changing_the_period_recomputes_off_the_gui_thread(qtbot, view, monkeypatch):
    threads = []
    real = MetricsBackend.compute

    def spy(self, params, progress=None, cancel=None):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(self, params, progress, cancel)

    monkeypatch.setattr(MetricsBackend, "compute", spy)
    with qtbot.waitSignal(view.computed, timeout=30000) as sig:
        view.period.setCurrentIndex(view.period.findData("quarter"))
    assert threads == [False]
    assert sig.args[0]["retention"]["period"] == "quarter" and sig.args[0]["retention"]["label"] == "2026-Q2"
    assert view.cards["crr"].kpi.value == sig.args[0]["retention"]["crr"]
    assert view.period_label.text().startswith("Q2 2026")
    # the as-of date moves the period; back to a month already computed comes from memory
    with qtbot.waitSignal(view.computed, timeout=30000):
        view.period.setCurrentIndex(view.period.findData("month"))
    assert len(threads) == 1 and "memory" in view.status.text()
    with qtbot.waitSignal(view.computed, timeout=30000) as sig:
        view.as_of.setDate(QDate(2026, 3, 31))
    assert sig.args[0]["retention"]["label"] == "2026-03" and len(threads) == 2


def test_the_gui_stays_responsive_and_cancel_keeps_the_old_figures(qtbot, view, monkeypatch):
    """The engine is held mid-way (at its first progress report) until the test lets it go: while it waits,
    the GUI thread must keep handling events, show the progress and take the cancel click. Were the
    computation on the GUI thread, nothing below would run until it ended (deterministic: no timing)."""
    real = MetricsBackend.compute
    reached, release = threading.Event(), threading.Event()

    def held(self, params, progress=None, cancel=None):
        def gate(fraction, text):
            reached.set()
            if not release.wait(20):
                raise AssertionError("the test never released the engine")
            progress(fraction, text)
        return real(self, params, gate, cancel)

    monkeypatch.setattr(MetricsBackend, "compute", held)
    shown = view.cards["churn_rate"].kpi.value
    try:
        view.churn.setValue(180)
        qtbot.waitUntil(reached.is_set, timeout=10000)
        assert view.cancel_button.isVisible() and view.progress.isVisible() and view.task is not None
        fired = []
        QTimer.singleShot(0, lambda: fired.append(True))     # the event loop turns while the engine waits
        qtbot.waitUntil(lambda: fired == [True], timeout=5000)
        assert not view.task.finished
        view.cancel_button.click()
        assert "Cancelling" in view.status.text()
    finally:
        release.set()
    qtbot.waitUntil(lambda: view.task is None, timeout=10000)
    assert "Cancelled" in view.status.text()
    assert view.cards["churn_rate"].kpi.value == shown and not view.cancel_button.isVisible()


def test_segments_win_back_opens_a_profile_and_tables_export(qtbot, view, tmp_path):
    with qtbot.waitSignal(view.computed, timeout=30000) as sig:
        view.segment.setCurrentIndex(view.segment.findData("tier"))
    rows = sig.args[0]["segments"]["rows"]
    assert view.segments_table.model.rowCount() == len(rows) > 0
    wb = view.win_back_table
    assert wb.model.rowCount() == len(view.result["win_back"]) > 0
    first = wb.model.row_at(0)
    with qtbot.waitSignal(view.open_customer, timeout=5000) as opened:
        wb.view.doubleClicked.emit(wb.model.index(0, 1))
    assert opened.args == [first["customer_id"]]

    out = tmp_path / "win_back.csv"
    with qtbot.waitSignal(wb.exported, timeout=10000):
        wb.export(str(out))
    with open(out, encoding="utf-8-sig") as f:
        data = list(csv.reader(f))
    assert data[0][:2] == ["Code", "Customer"] and len(data) == wb.model.rowCount() + 1
    assert data[1][0] == first["code"] and data[1][1] == first["name"]
    xlsx = tmp_path / "segments.xlsx"
    with qtbot.waitSignal(view.segments_table.exported, timeout=10000):
        view.segments_table.export(str(xlsx))
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).active
    assert sheet.max_row == len(rows) + 1 and sheet.cell(1, 1).value == "Segment"


def test_a_new_order_is_seen_on_the_next_visit(qtbot, view, demo_db):
    """Results are kept per set of controls, but an order recorded meanwhile (here, or by another
    desktop or an import) changes the data fingerprint and the tab recomputes when shown again."""
    from datetime import datetime
    from decimal import Decimal

    from sqlalchemy import select

    from crm_app.db.models import Customer
    from crm_app.domain.customer import LineInput, OrderInput
    from crm_app.services import orders

    revenue = view.result["revenue"]
    with demo_db.write() as s:
        cid = s.scalar(select(Customer.id).order_by(Customer.id))
        orders.record_order(s, OrderInput(customer_id=cid, ordered_at=datetime(2026, 6, 20, 11, 0), currency="USD",
                                          lines=(LineInput("Gift box", Decimal("40.00")),)))
    view.hide()
    with qtbot.waitSignal(view.computed, timeout=30000) as sig:
        view.show()
    assert "Computed" in view.status.text()
    assert sig.args[0]["revenue"] == revenue + Decimal("40.00")


def test_every_chart_is_drawn_from_the_result(qtbot, view):
    charts = view.charts
    if charts._waiting:
        qtbot.waitSignal(charts.drawn, timeout=30000).wait()
    r = view.result
    for key, panel in charts.panels.items():
        assert panel.figure is not None and panel.image.pixmap() is not None, key
    revenue = charts.panels["revenue"].axes[0]
    assert len(revenue.patches) == min(12, len(r["revenue_by_month"]))
    heights = [p.get_height() for p in revenue.patches]
    assert heights[-1] == pytest.approx(float(r["revenue_by_month"][-1]["revenue"]))
    cohorts = charts.panels["cohorts"].axes[0]
    assert len(cohorts.get_yticklabels()) == len(r["cohorts"]["rows"])
    scatter = charts.panels["palive"].axes[0]
    offsets = sum(len(c.get_offsets()) for c in scatter.collections)
    assert offsets >= r["p_alive_vs_clv"]["sample"]
    # a resize renders again at the new size
    before = charts.panels["tiers"].image.pixmap().width()
    view.resize(view.width() + 300, view.height())
    qtbot.waitUntil(lambda: charts.panels["tiers"].image.pixmap().width() != before, timeout=10000)


def test_every_formula_is_written_with_its_inputs_in_the_ui_language(view):
    r = view.result
    rpr = view.cards["repeat_purchase_rate"].kpi.formula
    assert f"{r['bgnbd']['repeat_customers']:,}" in rpr and f"{r['customers']['with_purchases']:,}" in rpr
    for card in view.cards.values():
        assert "=" in card.kpi.formula and any(ch.isdigit() for ch in card.kpi.formula), card.key
