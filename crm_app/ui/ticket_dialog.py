"""Create a ticket (prefilled with the customer and channel) or work one: thread, reply, note, resolve.

    dlg = TicketDialog.new(db, customer_id, "phone", parent)      # keyboard only: type the subject, Enter
    dlg = TicketDialog.open_existing(db, ticket_id, parent)
Everything touching the database runs in run_task workers through SupportBackend.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTextBrowser,
                               QVBoxLayout)

from shiboken6 import isValid

from crm_app.domain.errors import CrmError, ValidationError
from crm_app.domain.tickets import TicketDetail, TicketInput
from crm_app.services.support_backend import SupportBackend
from crm_app.ui.forms import FieldMarks, message_label, message_text
from crm_app.ui.i18n import fmt_datetime, fmt_int
from crm_app.ui.reference_labels import ref_name
from crm_app.ui.support_labels import (CHANNELS, PRIORITIES, STATUSES, channel_label, field_label, fill,
                                       priority_label, set_current, status_label)
from crm_app.ui.tasks import run_task

NONE = 0   # combo data for "no assignee" / "no category"


class TicketDialog(QDialog):
    created = Signal(int)          # ticket id of a new ticket
    changed = Signal(int)          # a ticket was saved, replied to or resolved
    open_customer = Signal(int)
    loaded = Signal()

    def __init__(self, db, parent=None, *, backend: SupportBackend | None = None):
        super().__init__(parent)
        self.backend = backend or SupportBackend(db)
        self.ticket_id: int | None = None
        self.customer_id: int | None = None
        self.detail: TicketDetail | None = None
        self.busy = False
        self.setMinimumWidth(560)
        self.message = message_label()
        self.message.setObjectName("ticketMessage")

    # --- constructors ----------------------------------------------------------------------------
    @classmethod
    def new(cls, db, customer_id: int | None, channel: str = "phone", parent=None) -> "TicketDialog":
        dlg = cls(db, parent)
        dlg._build_new(customer_id, channel)
        return dlg

    @classmethod
    def open_existing(cls, db, ticket_id: int, parent=None) -> "TicketDialog":
        dlg = cls(db, parent)
        dlg._build_existing(ticket_id)
        return dlg

    def _run(self, fn, *args, on_done, **kw):
        self.busy = True

        def done(result):
            if isValid(self):
                self.busy = False
                on_done(result)

        def failed(exc, tb):
            if isValid(self):
                self.busy = False
                self._error(exc, tb)

        return run_task(lambda *a, state: fn(*a, **kw), *args, on_done=done, on_error=failed, owner=self)

    def _error(self, exc, _tb) -> None:
        if isinstance(exc, ValidationError) and hasattr(self, "marks"):
            errors = exc.by_field()
            self.marks.show(errors)
            rest = self.marks.unknown(errors)
            self.message.setText("; ".join(map(message_text, rest.values())) if rest
                                 else self.tr("Please correct the marked fields."))
        elif isinstance(exc, CrmError):
            self.message.setText(str(exc))
        else:
            self.message.setText(self.tr("Something went wrong; nothing was saved.\n%1").replace("%1", str(exc)))

    # --- new ticket -------------------------------------------------------------------------------
    def _build_new(self, customer_id: int | None, channel: str) -> None:
        self.setWindowTitle(self.tr("New ticket"))
        self.customer_id = customer_id
        self.customer_label = QLabel(self.tr("No customer") if customer_id is None else "…")
        self.customer_label.setObjectName("ticketCustomer")
        self.subject = QLineEdit()
        self.subject.setObjectName("ticketSubject")
        self.subject.setPlaceholderText(self.tr("What is the problem, in a few words"))
        self.description = QPlainTextEdit()
        self.description.setObjectName("ticketDescription")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("Details, order number, what was promised…"))
        self.channel = QComboBox()
        fill(self.channel, [(channel_label(c), c) for c in CHANNELS], channel)
        self.priority = QComboBox()
        fill(self.priority, [(priority_label(p), p) for p in PRIORITIES], "normal")
        self.category = QComboBox()
        self.assignee = QComboBox()
        self.marks = FieldMarks()
        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.customer_label)
        form.addRow(self.tr("&Subject"), self.subject)
        form.addRow("", self.marks.add("subject", self.subject))
        form.addRow(self.tr("&Details"), self.description)
        form.addRow(self.tr("C&hannel"), self.channel)
        form.addRow("", self.marks.add("channel", self.channel))
        form.addRow(self.tr("Ca&tegory"), self.category)
        form.addRow(self.tr("&Priority"), self.priority)
        form.addRow(self.tr("&Assignee"), self.assignee)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Create ticket"))
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.subject.setFocus()
        self._load_choices(customer_id)

    def _load_choices(self, customer_id: int | None) -> None:
        def work():
            out = self.backend.choices()
            out["customer"] = self.backend.customer_name(customer_id) if customer_id is not None else None
            return out

        def done(ch):
            self.choices = ch
            if hasattr(self, "customer_label") and ch["customer"] is not None:
                self.customer_label.setText(ch["customer"])
            self._fill_choices()
            self.loaded.emit()

        self._run(work, on_done=done)

    def _fill_choices(self, detail: TicketDetail | None = None) -> None:
        ch = self.choices
        fill(self.category, [(self.tr("(none)"), NONE)] + [(ref_name(c.name), c.id) for c in ch["categories"]],
             detail.category_id if detail and detail.category_id else NONE)
        fill(self.assignee, [(self.tr("(unassigned)"), NONE)] + [(u.name, u.id) for u in ch["users"]],
             detail.assignee_id if detail and detail.assignee_id else NONE)

    def ticket_input(self) -> TicketInput:
        cat, who = self.category.currentData(), self.assignee.currentData()
        return TicketInput(subject=self.subject.text(), customer_id=self.customer_id,
                           channel=self.channel.currentData(), description=self.description.toPlainText(),
                           category_id=cat or None, priority=self.priority.currentData(), assignee_id=who or None)

    def save(self) -> None:
        if self.busy:
            return
        data = self.ticket_input()
        if not data.subject.strip():
            self.marks.show({"subject": self.tr("Enter a subject.")})
            self.subject.setFocus()
            return

        def done(tid):
            self.ticket_id = tid
            self.created.emit(tid)
            self.changed.emit(tid)
            self.accept()

        self.message.setText("")
        self._run(self.backend.create, data, on_done=done)

    # --- existing ticket --------------------------------------------------------------------------
    def _build_existing(self, ticket_id: int) -> None:
        self.ticket_id = ticket_id
        self.setWindowTitle(self.tr("Ticket #%1").replace("%1", str(ticket_id)))
        self.resize(760, 680)
        self.title = QLabel()
        self.title.setObjectName("ticketTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.title.setWordWrap(True)
        self.customer_button = QPushButton()
        self.customer_button.setObjectName("ticketCustomerButton")
        self.customer_button.setFlat(True)
        self.customer_button.setStyleSheet("text-align: start; color: palette(link);")
        self.customer_button.clicked.connect(lambda: self.detail and self.detail.customer_id
                                             and self.open_customer.emit(self.detail.customer_id))
        self.info = QLabel()
        self.info.setObjectName("ticketInfo")
        self.info.setWordWrap(True)
        self.sla_label = QLabel()
        self.sla_label.setObjectName("ticketSla")
        self.sla_label.setTextFormat(Qt.TextFormat.RichText)
        self.sla_label.setWordWrap(True)

        self.status = QComboBox()
        self.status.setObjectName("ticketStatus")
        fill(self.status, [(status_label(s), s) for s in STATUSES])
        self.priority = QComboBox()
        self.priority.setObjectName("ticketPriority")
        fill(self.priority, [(priority_label(p), p) for p in PRIORITIES])
        self.assignee = QComboBox()
        self.assignee.setObjectName("ticketAssignee")
        self.category = QComboBox()
        self.save_button = QPushButton(self.tr("Sa&ve changes"))
        self.save_button.setObjectName("ticketSaveChanges")
        self.save_button.clicked.connect(self.save_changes)
        grid = QGridLayout()
        for col, (label, w) in enumerate([(self.tr("S&tatus"), self.status), (self.tr("&Priority"), self.priority),
                                          (self.tr("Assi&gnee"), self.assignee), (self.tr("Categor&y"), self.category)]):
            lab = QLabel(label)
            lab.setBuddy(w)
            grid.addWidget(lab, 0, col)
            grid.addWidget(w, 1, col)
        grid.addWidget(self.save_button, 1, 4)

        self.thread = QTextBrowser()
        self.thread.setObjectName("ticketThread")
        self.thread.setOpenLinks(False)

        self.reply = QPlainTextEdit()
        self.reply.setObjectName("ticketReply")
        self.reply.setTabChangesFocus(True)
        self.reply.setPlaceholderText(self.tr("Write a reply to the customer (Ctrl+Enter sends)…"))
        self.reply.setMaximumHeight(110)
        self.internal = QCheckBox(self.tr("&Internal note (not sent to the customer)"))
        self.internal.setObjectName("ticketInternal")
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setObjectName("ticketSend")
        self.send_button.clicked.connect(self.send_reply)
        QShortcut(QKeySequence("Ctrl+Return"), self.reply, self.send_reply)
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.internal)
        reply_row.addStretch(1)
        reply_row.addWidget(self.send_button)

        self.csat = QComboBox()
        self.csat.setObjectName("ticketCsat")
        fill(self.csat, [(self.tr("Not asked"), NONE)] + [(f"{fmt_int(i)} — {self._csat_text(i)}", i)
                                                           for i in range(5, 0, -1)])
        self.resolve_button = QPushButton(self.tr("&Resolve"))
        self.resolve_button.setObjectName("ticketResolve")
        self.resolve_button.clicked.connect(self.resolve)
        resolve_box = QGroupBox(self.tr("Resolve"))
        rl = QHBoxLayout(resolve_box)
        csat_label = QLabel(self.tr("Customer satisfaction (&CSAT):"))
        csat_label.setBuddy(self.csat)
        rl.addWidget(csat_label)
        rl.addWidget(self.csat)
        rl.addStretch(1)
        rl.addWidget(self.resolve_button)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.customer_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.info)
        lay.addWidget(self.sla_label)
        lay.addLayout(grid)
        lay.addWidget(self.thread, 1)
        lay.addWidget(self.reply)
        lay.addLayout(reply_row)
        lay.addWidget(resolve_box)
        lay.addWidget(self.message)
        lay.addWidget(close)
        self.reply.setFocus()
        self.reload()

    def _csat_text(self, score: int) -> str:
        return {5: self.tr("very satisfied"), 4: self.tr("satisfied"), 3: self.tr("neutral"),
                2: self.tr("dissatisfied"), 1: self.tr("very dissatisfied")}[score]

    def reload(self) -> None:
        def work():
            return self.backend.choices(), self.backend.ticket(self.ticket_id)

        def done(result):
            self.choices, detail = result
            self.show_detail(detail)

        self._run(work, on_done=done)

    def show_detail(self, d: TicketDetail) -> None:
        self.detail = d
        self.title.setText(f"#{d.id} · {d.subject}")
        self.customer_button.setText(f"{d.customer} ({d.customer_code})" if d.customer else self.tr("No customer"))
        self.customer_button.setEnabled(d.customer_id is not None)
        parts = [self.tr("Opened %1 by %2").replace("%1", fmt_datetime(d.created_at))
                 .replace("%2", channel_label(d.channel))]
        if d.first_response_at:
            parts.append(self.tr("first response %1").replace("%1", fmt_datetime(d.first_response_at)))
        if d.resolved_at:
            parts.append(self.tr("resolved %1").replace("%1", fmt_datetime(d.resolved_at)))
        if d.csat:
            parts.append(self.tr("CSAT %1 of 5").replace("%1", fmt_int(d.csat)))
        self.info.setText(" · ".join(parts))
        self.sla_label.setText(self._sla_text(d))
        fill(self.status, [(status_label(s), s) for s in STATUSES], d.status)
        set_current(self.priority, d.priority)
        self._fill_choices(d)
        self.thread.setHtml(self._thread_html(d))
        self.thread.verticalScrollBar().setValue(self.thread.verticalScrollBar().maximum())
        self.resolve_button.setEnabled(d.status not in ("resolved", "closed"))
        self.csat.setEnabled(d.status not in ("resolved", "closed"))
        self.loaded.emit()

    def _sla_text(self, d: TicketDetail) -> str:
        def one(label, due, done, breached):
            if due is None:
                return html.escape(self.tr("%1: no target").replace("%1", label))
            text = self.tr("%1: due %2").replace("%1", label).replace("%2", fmt_datetime(due))
            if breached:
                return ("<span style='color:#c62828; font-weight:600'>"
                        + html.escape(self.tr("%1 — breached").replace("%1", text)) + "</span>")
            return html.escape(text) + (" ✓" if done else "")

        return (one(self.tr("First response"), d.first_response_due_at, d.first_response_at,
                    d.sla.first_response_breached) + " &nbsp;·&nbsp; " +
                one(self.tr("Resolution"), d.resolution_due_at, d.resolved_at, d.sla.resolution_breached))

    def _thread_html(self, d: TicketDetail) -> str:
        out = []
        if d.description:
            out.append(f"<p>{html.escape(d.description).replace(chr(10), '<br>')}</p><hr>")
        for i in d.thread:
            when = html.escape(fmt_datetime(i.at))
            who = html.escape(i.author or self.tr("System"))
            if i.kind == "event":
                change = self.tr("%1: %2 → %3").replace("%1", field_label(i.field or "")) \
                    .replace("%2", self._value(i.field, i.old)).replace("%3", self._value(i.field, i.new))
                out.append(f"<p style='color:gray; font-size:small'>{when} · {who} · {html.escape(change)}</p>")
            else:
                note = i.kind == "note"
                label = self.tr("Internal note") if note else self.tr("Reply")
                bg = "#fff8e1" if note else "#eef4fb"
                body = html.escape(i.text).replace("\n", "<br>")
                out.append(f"<table width='100%' cellpadding='6' style='background:{bg}; margin-bottom:6px'>"
                           f"<tr><td><b>{who}</b> · {html.escape(label)} · <span style='color:gray'>{when}</span>"
                           f"<br>{body}</td></tr></table>")
        return "".join(out)

    def _value(self, field: str | None, value: str | None) -> str:
        if value is None:
            return "—"
        if field == "status":
            return status_label(value)
        if field == "priority":
            return priority_label(value)
        if field == "category":
            return ref_name(value)
        return value

    def _apply(self, detail: TicketDetail) -> None:
        self.message.setText("")
        self.show_detail(detail)
        self.changed.emit(detail.id)

    def save_changes(self) -> None:
        d = self.detail
        if d is None or self.busy:
            return
        kw = {}
        if self.status.currentData() != d.status:
            kw["status"] = self.status.currentData()
        if self.priority.currentData() != d.priority:
            kw["priority"] = self.priority.currentData()
        if (self.assignee.currentData() or None) != d.assignee_id:
            kw["assignee_id"] = self.assignee.currentData() or None
        if (self.category.currentData() or None) != d.category_id:
            kw["category_id"] = self.category.currentData() or None
        if not kw:
            return
        self._run(self.backend.update, d.id, d.version, on_done=self._apply, **kw)

    def send_reply(self) -> None:
        text = self.reply.toPlainText().strip()
        if self.detail is None or self.busy:
            return
        if not text:
            self.message.setText(self.tr("The reply is empty."))
            return

        def done(detail):
            self.reply.clear()
            self.internal.setChecked(False)
            self._apply(detail)

        self._run(self.backend.reply, self.detail.id, text, self.internal.isChecked(), on_done=done)

    def resolve(self) -> None:
        if self.detail is None or self.busy:
            return
        text = self.reply.toPlainText().strip()
        internal = self.internal.isChecked()

        def work():
            if text and internal:
                self.backend.reply(self.detail.id, text, True)
            return self.backend.resolve(self.detail.id, self.csat.currentData() or None,
                                        reply=None if internal else text or None)

        def done(detail):
            self.reply.clear()
            self._apply(detail)

        self._run(work, on_done=done)
