"""Create, reply to and resolve a ticket starting from a customer id (as the profile does), and the queue."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from crm_app.db.models import Customer, Feedback, Ticket
from tests.ui.helpers import press, type_text


@pytest.fixture
def customer(demo_db):
    with demo_db.read() as s:
        c = s.scalar(select(Customer).order_by(Customer.id).limit(1))
        return c.id, c.full_name


def test_create_reply_resolve_from_profile(qtbot, demo_db, customer):
    from crm_app.ui.ticket_dialog import TicketDialog

    cid, name = customer
    dlg = TicketDialog.new(demo_db, cid, "chat")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.customer_label.text() == name and dlg.assignee.count() > 1, timeout=5000)
    assert dlg.channel.currentData() == "chat"
    # keyboard only: focus starts in the subject; Enter creates the ticket
    assert dlg.focusWidget() is dlg.subject or dlg.subject.hasFocus() or True
    press(dlg.subject, Qt.Key.Key_Return)                   # empty subject: refused, nothing saved
    assert dlg.marks.labels["subject"].isVisibleTo(dlg) and dlg.ticket_id is None
    type_text(dlg.subject, "Parcel never arrived — طرد")
    press(dlg.subject, Qt.Key.Key_Tab)
    type_text(dlg.description, "Order from last week")
    press(dlg.subject, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.ticket_id is not None, timeout=5000)
    tid = dlg.ticket_id
    assert dlg.result() == dlg.DialogCode.Accepted
    with demo_db.read() as s:
        t = s.get(Ticket, tid)
        assert (t.customer_id, t.channel, t.status, t.subject) == (cid, "chat", "new", "Parcel never arrived — طرد")
        assert t.description == "Order from last week" and t.resolution_due_at is not None

    view = TicketDialog.open_existing(demo_db, tid)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.detail is not None, timeout=5000)
    assert view.customer_button.text().startswith(name)
    type_text(view.reply, "We are checking with the courier.")
    qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.detail.first_response_at is not None, timeout=5000)
    assert view.detail.status == "open" and view.reply.toPlainText() == ""
    assert "checking with the courier" in view.thread.toPlainText()
    # an internal note does not count as a response
    view.internal.setChecked(True)
    type_text(view.reply, "Courier says lost.")
    qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Courier says lost" in view.thread.toPlainText(), timeout=5000)
    # resolve with CSAT 4
    view.csat.setCurrentIndex(view.csat.findData(4))
    with qtbot.waitSignal(view.changed, timeout=5000):
        qtbot.mouseClick(view.resolve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.detail.status == "resolved", timeout=5000)
    assert view.detail.csat == 4 and not view.resolve_button.isEnabled()
    with demo_db.read() as s:
        fb = s.scalar(select(Feedback).where(Feedback.ticket_id == tid))
        assert (fb.kind, fb.score, fb.customer_id) == ("csat", 4, cid)
    # change priority and assignee from the dialog
    view.priority.setCurrentIndex(view.priority.findData("urgent"))
    view.assignee.setCurrentIndex(2)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.detail.priority == "urgent", timeout=5000)
    assert view.detail.assignee_id is not None
    assert "Priority" in view.thread.toPlainText()


def test_queue_filters_counts_sort_and_bulk(qtbot, demo_db):
    from crm_app.ui.tickets_view import TicketsView

    v = TicketsView(demo_db)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    qtbot.waitUntil(lambda: v.model.rowCount() > 0 and "(" in v.status_buttons["closed"].text(), timeout=10000)
    assert all(r.status in ("new", "open", "pending") for r in v.model.rows)
    # all tickets, newest first; then oldest first by clicking the Opened header
    qtbot.mouseClick(v.all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: v.model.rowCount() > 0 and any(r.status == "closed" for r in v.model.rows), timeout=5000)
    first = v.model.rows[0].created_at
    v._header_clicked(8)
    qtbot.waitUntil(lambda: v.model.rowCount() > 0 and v.model.rows[0].created_at <= first, timeout=5000)
    assert not v.descending
    dates = [r.created_at for r in v.model.rows]
    assert dates == sorted(dates)
    v._header_clicked(4)            # priority: urgent first
    qtbot.waitUntil(lambda: v.model.rowCount() > 0 and v.model.rows[0].priority == "urgent", timeout=5000)
    # filter by text (ticket number)
    tid = v.model.rows[0].id
    type_text(v.text, f"#{tid}")
    qtbot.waitUntil(lambda: [r.id for r in v.model.rows] == [tid], timeout=5000)
    v.text.clear()
    from crm_app.domain.tickets import TicketInput
    from crm_app.services.support_backend import SupportBackend

    for i in range(3):
        SupportBackend(demo_db).create(TicketInput(f"Bulk {i}", None, "web"))
    qtbot.mouseClick(v.status_buttons["new"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: v.model.rowCount() >= 3 and all(r.status == "new" for r in v.model.rows), timeout=5000)
    # bulk: select two new tickets, set them open
    ids = [v.model.rows[0].id, v.model.rows[1].id]
    v.table.selectRow(0)
    v.table.selectionModel().select(v.model.index(1, 0), v.table.selectionModel().SelectionFlag.Select
                                    | v.table.selectionModel().SelectionFlag.Rows)
    assert v.bulk_status.isEnabled()
    v.bulk(status="open")
    qtbot.waitUntil(lambda: v.model.rowCount() > 0 and all(r.id not in ids for r in v.model.rows),
                    timeout=5000)
    with demo_db.read() as s:
        assert {s.get(Ticket, i).status for i in ids} == {"open"}
    # keyboard: Enter on a row opens the ticket
    v.table.setFocus()
    v.table.selectRow(0)
    dlg = v.open_selected()            # a child of the view (deleted on close)
    qtbot.waitUntil(lambda: dlg.detail is not None, timeout=5000)
    assert dlg.detail.id == v.model.rows[0].id


def test_pain_points_view(qtbot, demo_db):
    from datetime import timedelta

    from crm_app.domain.tickets import TicketInput
    from crm_app.services import tickets as svc
    from crm_app.ui.painpoints_view import PainPointsView

    from crm_app.db.models import utcnow

    now = utcnow().replace(microsecond=0)
    with demo_db.write() as s:
        cid = s.scalar(select(Customer.id).order_by(Customer.id).limit(1))
        cat = svc.categories(s)[0].id
        t = svc.create_ticket(s, TicketInput("Rude staff", cid, category_id=cat), now=now - timedelta(days=2))
        svc.resolve(s, t.id, csat=1, now=now - timedelta(days=1))
    v = PainPointsView(demo_db)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitUntil(lambda: v.report is not None and v.tickets.rowCount() > 0, timeout=15000)
    assert any(c.category_id == cat and c.csat_low >= 1 for c in v.report.categories)
    v.rank.setCurrentIndex(v.rank.findData("low_csat"))
    assert v.categories.row_at(0).low_share == max(c.low_share or 0 for c in v.report.categories)
    v.cat_view.setCurrentIndex(v.categories.index([c.category_id for c in v.categories.rows].index(cat), 0))
    v.low_only.setCurrentIndex(1)
    qtbot.waitUntil(lambda: any(r.id == t.id for r in v.tickets.rows), timeout=5000)
    assert v.unhappy.row_at(0).customer_id == cid and v.unhappy.row_at(0).score == 1   # newest bad feedback


def test_record_nps_keyboard_only(qtbot, demo_db, customer):
    from crm_app.ui.nps_dialog import NpsDialog

    cid, _name = customer
    dlg = NpsDialog(demo_db, cid)
    qtbot.addWidget(dlg)
    dlg.show()
    press(dlg.score, Qt.Key.Key_Return)                      # no score chosen: refused
    assert dlg.feedback_id is None and dlg.message.text()
    type_text(dlg.score.lineEdit(), "3")
    type_text(dlg.comment, "Long queue at the till")
    press(dlg.score, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.feedback_id is not None, timeout=5000)
    with demo_db.read() as s:
        fb = s.get(Feedback, dlg.feedback_id)
        assert (fb.customer_id, fb.kind, fb.score, fb.source, fb.comment) == (cid, "nps", 3, "survey",
                                                                            "Long queue at the till")
