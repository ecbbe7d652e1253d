"""Record an NPS answer (0–10) for a customer, with a comment and where it came from.

    dlg = NpsDialog(db, customer_id, parent); dlg.saved.connect(...); dlg.show()
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QPlainTextEdit, QSpinBox, QVBoxLayout

from shiboken6 import isValid

from crm_app.domain.errors import CrmError
from crm_app.services.support_backend import SupportBackend
from crm_app.ui.forms import message_label, save_cancel
from crm_app.ui.tasks import run_task

SOURCES = ["survey", "phone", "email", "in_store", "web", "social"]


class NpsDialog(QDialog):
    saved = Signal(int)          # feedback id

    def __init__(self, db, customer_id: int, parent=None, *, backend: SupportBackend | None = None):
        super().__init__(parent)
        self.backend = backend or SupportBackend(db)
        self.customer_id = customer_id
        self.feedback_id: int | None = None
        self.setWindowTitle(self.tr("Record NPS answer"))
        self.score = QSpinBox()
        self.score.setObjectName("npsScore")
        self.score.setRange(-1, 10)
        self.score.setSpecialValueText(self.tr("choose 0–10"))
        self.score.setValue(-1)
        self.source = QComboBox()
        names = {"survey": self.tr("Survey"), "phone": self.tr("Phone"), "email": self.tr("Email"),
                 "in_store": self.tr("In store"), "web": self.tr("Web"), "social": self.tr("Social")}
        for s in SOURCES:
            self.source.addItem(names[s], s)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("npsComment")
        self.comment.setTabChangesFocus(True)
        self.message = message_label()
        form = QFormLayout()
        form.addRow(self.tr("How likely to &recommend us (0–10)"), self.score)
        form.addRow(self.tr("&Source"), self.source)
        form.addRow(self.tr("&Comment"), self.comment)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(save_cancel(self))
        self.score.setFocus()

    def save(self) -> None:
        if self.score.value() < 0:
            self.message.setText(self.tr("Choose a score from 0 to 10."))
            return
        args = (self.customer_id, self.score.value(), self.comment.toPlainText(), self.source.currentData())

        def done(fid):
            if not isValid(self):
                return
            self.feedback_id = fid
            self.saved.emit(fid)
            self.accept()

        def failed(exc, _tb):
            if not isValid(self):
                return
            self.message.setText(str(exc) if isinstance(exc, CrmError) else self.tr("Nothing was saved. %1").replace("%1", str(exc)))

        run_task(lambda state: self.backend.record_nps(*args), on_done=done, on_error=failed, owner=self)
