"""Create or edit a customer: validated on save (bad fields are marked, nothing is saved)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout,
                               QLineEdit, QMessageBox, QVBoxLayout)

from crm_app.domain.customer import CustomerInput, clean_customer
from crm_app.domain.errors import ConflictError, CrmError, ValidationError
from crm_app.services.backend import Backend
from crm_app.ui.forms import FieldMarks, message_label, message_text, save_cancel
from crm_app.ui.i18n import LANGUAGES
from crm_app.ui.tasks import run_task

NO_DATE = QDate(1900, 1, 1)


class CustomerDialog(QDialog):
    def __init__(self, backend: Backend, data: CustomerInput | None = None, *, customer_id: int | None = None,
                 version: int | None = None, parent=None):
        super().__init__(parent)
        self.backend, self.customer_id, self.version = backend, customer_id, version
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit customer") if customer_id else self.tr("New customer"))
        self.setMinimumWidth(460)
        data = data or CustomerInput(full_name="")
        self.marks = FieldMarks()
        form = QFormLayout()

        def field(key, label, widget):
            err = self.marks.add(key, widget)
            form.addRow(label, widget)
            form.addRow("", err)
            return widget

        self.full_name = field("full_name", self.tr("&Name"), QLineEdit(data.full_name))
        self.full_name.setObjectName("full_name")
        phones = list(data.phones) + ["", ""]
        emails = list(data.emails) + ["", ""]
        self.phone1 = field("phones.0", self.tr("&Phone"), QLineEdit(phones[0]))
        self.phone2 = field("phones.1", self.tr("Phone &2"), QLineEdit(phones[1]))
        self.email1 = field("emails.0", self.tr("E&mail"), QLineEdit(emails[0]))
        self.email2 = field("emails.1", self.tr("Email 2"), QLineEdit(emails[1]))
        for w, name in ((self.phone1, "phone1"), (self.phone2, "phone2"), (self.email1, "email1"),
                        (self.email2, "email2")):
            w.setObjectName(name)
        self.code = field("code", self.tr("C&ode"), QLineEdit(data.code or ""))
        self.code.setPlaceholderText(self.tr("assigned automatically"))
        self.birthday = QDateEdit()
        self.birthday.setCalendarPopup(True)
        self.birthday.setMinimumDate(NO_DATE)
        self.birthday.setSpecialValueText(self.tr("not known"))
        self.birthday.setDisplayFormat("yyyy-MM-dd")
        self.birthday.setDate(QDate(data.birthday.year, data.birthday.month, data.birthday.day)
                              if data.birthday else NO_DATE)
        field("birthday", self.tr("&Birthday"), self.birthday)
        self.country = field("country", self.tr("Co&untry"), QLineEdit(data.country or ""))
        self.country.setPlaceholderText("SA, IR, RU, US…")
        self.country.setMaxLength(2)
        self.language = QComboBox()
        self.language.addItem(self.tr("(not set)"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        idx = self.language.findData(data.language or "")
        self.language.setCurrentIndex(max(idx, 0))
        field("language", self.tr("&Language"), self.language)
        self.tags = field("tags", self.tr("&Tags"), QLineEdit(", ".join(data.tags)))
        self.tags.setPlaceholderText(self.tr("comma separated"))
        self.consent_email = QCheckBox(self.tr("Email"))
        self.consent_sms = QCheckBox(self.tr("SMS"))
        self.consent_phone = QCheckBox(self.tr("Phone calls"))
        self.consent_email.setChecked(data.consent_email)
        self.consent_sms.setChecked(data.consent_sms)
        self.consent_phone.setChecked(data.consent_phone)
        consents = QVBoxLayout()
        for c in (self.consent_email, self.consent_sms, self.consent_phone):
            consents.addWidget(c)
        form.addRow(self.tr("Marketing consent"), consents)
        self.message = message_label()
        self.buttons = save_cancel(self)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)

    def value(self) -> CustomerInput:
        bd = self.birthday.date()
        return CustomerInput(
            full_name=self.full_name.text(), phones=(self.phone1.text(), self.phone2.text()),
            emails=(self.email1.text(), self.email2.text()), code=self.code.text().strip() or None,
            birthday=None if bd == NO_DATE else date(bd.year(), bd.month(), bd.day()),
            country=self.country.text(), language=self.language.currentData() or None,
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            consent_email=self.consent_email.isChecked(), consent_sms=self.consent_sms.isChecked(),
            consent_phone=self.consent_phone.isChecked())

    def save(self) -> None:
        data = self.value()
        try:  # validate at once, in the form: pure and fast, no database
            clean_customer(data, self.backend.region())
        except ValidationError as exc:
            self._invalid(exc)
            return
        self.marks.show({})
        self.message.clear()
        self.buttons.setEnabled(False)

        def work(state):
            if self.customer_id is None:
                return self.backend.create_customer(data)
            self.backend.update_customer(self.customer_id, data, self.version)
            return self.customer_id

        run_task(work, on_done=self._saved, on_error=self._failed, owner=self)

    def _saved(self, customer_id: int) -> None:
        self.saved_id = customer_id
        self.accept()

    def _failed(self, exc, _tb) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._invalid(exc)
        elif isinstance(exc, ConflictError):
            QMessageBox.warning(self, self.tr("Changed by someone else"), str(exc))
            self.message.setText(str(exc))
        elif isinstance(exc, CrmError):
            self.message.setText(str(exc))
        else:
            self.message.setText(self.tr("Could not save: %1").replace("%1", str(exc)))

    def _invalid(self, exc: ValidationError) -> None:
        errors = exc.by_field()
        self.marks.show(errors)
        other = self.marks.unknown(errors)
        self.message.setText("\n".join(map(message_text, other.values())) if other else
                             self.tr("Please correct the marked fields. Nothing was saved."))
        first = self.marks.first_invalid(errors)
        if first is not None:
            first.setFocus()
