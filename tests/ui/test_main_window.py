"""The shell as a user walks through it: every page opens, views hand customers to the profile, and the
profile's support and loyalty actions reach the database."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget
from sqlalchemy import func, select

from crm_app.db.models import Customer, Feedback, Ticket
from tests.ui.helpers import press, type_text


def _open_profile(qtbot, window, cid):
    profile = window.customers.profile
    with qtbot.waitSignal(profile.loaded, timeout=10000):
        window.open_customer(cid)
    assert profile.customer_id == cid
    return profile


def _busy_customer(demo_db):
    with demo_db.read() as s:
        return s.scalar(select(Customer.id).where(Customer.last_order_date.is_not(None)).order_by(Customer.id))


def test_pages_are_built_on_first_show_and_every_tab_opens(qtbot, window):
    assert list(window.pages) == ["customers", "support", "loyalty", "metrics", "settings"]
    assert all(page.widget is None for page in window.lazy.values())     # nothing built at start
    for key in ("support", "loyalty", "metrics", "settings"):
        window.show_page(key)
        qtbot.waitUntil(lambda k=key: window.lazy[k].widget is not None, timeout=5000)
        assert window.stack.currentIndex() == window.pages[key]
        page = window.page(key)
        if isinstance(page, QTabWidget):
            for i in range(page.count()):
                page.setCurrentIndex(i)
                qtbot.waitUntil(lambda p=page, j=i: p.widget(j).isVisible(), timeout=5000)
    support = window.page("support")
    qtbot.waitUntil(lambda: support.queue.model.rowCount() > 0, timeout=10000)
    settings = window.page("settings")
    qtbot.waitUntil(lambda: settings.loyalty.widget is not None and settings.loyalty.widget.rules is not None,
                    timeout=10000)


def test_a_ticket_in_the_queue_opens_its_customer_profile(qtbot, window):
    window.show_page("support")
    queue = window.page("support").queue
    queue.set_status_filter("all")
    qtbot.waitUntil(lambda: queue.model.rowCount() > 0, timeout=10000)
    queue.table.selectRow(0)
    row = queue.selected_rows()[0]
    with qtbot.waitSignal(window.customers.profile.loaded, timeout=10000):
        queue.open_customer.emit(row.customer_id)
    assert window.stack.currentIndex() == window.pages["customers"]
    assert window.customers.profile.customer_id == row.customer_id


def test_campaign_list_opens_a_customer(qtbot, window):
    window.show_page("loyalty")
    campaigns = window.page("loyalty")
    with qtbot.waitSignal(window.customers.profile.loaded, timeout=10000):
        campaigns.open_customer.emit(_busy_customer_id(window))
    assert window.stack.currentIndex() == window.pages["customers"]


def _busy_customer_id(window):
    with window.backend.db.read() as s:
        return s.scalar(select(Customer.id).where(Customer.last_order_date.is_not(None)).order_by(Customer.id))


def test_log_a_call_as_a_ticket_from_the_profile_keyboard_only(qtbot, window, demo_db):
    cid = _busy_customer(demo_db)
    profile = _open_profile(qtbot, window, cid)
    before = len(profile.tickets.rows)
    profile.tabs.setCurrentIndex(2)
    qtbot.mouseClick(profile.btn_ticket, Qt.MouseButton.LeftButton)
    dlg = profile.ticket_dialog
    qtbot.waitUntil(lambda: dlg.customer_label.text() != "" and dlg.assignee.count() > 1, timeout=5000)
    assert dlg.channel.currentData() == "phone"
    type_text(dlg.subject, "Звонок: не пришёл заказ")
    with qtbot.waitSignal(profile.loaded, timeout=10000):
        press(dlg.subject, Qt.Key.Key_Return)
    assert len(profile.tickets.rows) == before + 1
    assert profile.tabs.tabText(2).endswith(f"({before + 1})") or str(before + 1) in profile.tabs.tabText(2)
    with demo_db.read() as s:
        t = s.scalar(select(Ticket).where(Ticket.customer_id == cid).order_by(Ticket.id.desc()))
        assert (t.subject, t.channel, t.status) == ("Звонок: не пришёл заказ", "phone", "new")
    assert profile.header_data.open_tickets >= 1


def test_record_nps_from_the_profile_shows_in_feedback(qtbot, window, demo_db):
    cid = _busy_customer(demo_db)
    profile = _open_profile(qtbot, window, cid)
    with demo_db.read() as s:
        before = s.scalar(select(func.count()).select_from(Feedback).where(Feedback.customer_id == cid))
    profile.tabs.setCurrentIndex(3)
    qtbot.mouseClick(profile.btn_nps, Qt.MouseButton.LeftButton)
    dlg = profile.nps_dialog
    type_text(dlg.score.lineEdit(), "9")
    with qtbot.waitSignal(profile.loaded, timeout=10000):
        press(dlg.score, Qt.Key.Key_Return)
    assert len(profile.feedback.rows) == before + 1
    assert any(r.kind == "nps" and r.score == 9 for r in profile.feedback.rows)


def test_profile_loyalty_tab_is_the_full_loyalty_view(qtbot, window, demo_db):
    cid = _busy_customer(demo_db)
    profile = _open_profile(qtbot, window, cid)
    tab = profile.loyalty
    qtbot.waitUntil(lambda: tab.summary is not None and tab.customer_id == cid, timeout=10000)
    assert profile.tabs.widget(1) is tab
    assert tab.redeem_button.isEnabled()


def test_profile_shows_p_alive_and_predicted_clv_once_the_models_are_fitted(qtbot, window, demo_db):
    from datetime import date

    from crm_app.services.metrics import MetricsParams
    from crm_app.services.metrics_backend import MetricsBackend

    cid = _busy_customer(demo_db)
    profile = _open_profile(qtbot, window, cid)
    assert profile.header.stats["p_alive"].text() == "—"          # nothing fitted yet
    MetricsBackend(demo_db).compute(MetricsParams(as_of=date(2026, 6, 30)))
    profile = _open_profile(qtbot, window, cid)
    qtbot.waitUntil(lambda: profile.prediction is not None, timeout=10000)
    assert profile.header.stats["p_alive"].text() != "—" and profile.header.stats["clv"].text() != "—"
    assert "BG/NBD" in profile.header.stats["p_alive"].toolTip()


def test_daily_loyalty_evaluation_runs_in_the_background(qtbot, window, demo_db):
    from crm_app.services import daily

    task = window.start_daily_evaluation()
    qtbot.waitUntil(lambda: task.finished, timeout=30000)
    assert "evaluation is done" in window.statusBar().currentMessage()
    assert not daily.evaluation_due(demo_db)
