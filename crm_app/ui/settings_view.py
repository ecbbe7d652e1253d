"""Settings: business details and defaults stored in the database; the UI language per user."""
from __future__ import annotations

import os

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from crm_app.services.backend import Backend
from crm_app.ui.i18n import LANGUAGES
from crm_app.ui.tasks import run_task


class SettingsView(QWidget):
    saved = Signal()

    def __init__(self, backend: Backend, parent=None):
        super().__init__(parent)
        self.backend = backend
        self.business = QLineEdit()
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.region = QLineEdit()
        self.region.setMaxLength(2)
        self.churn = QSpinBox()
        self.churn.setRange(30, 3650)
        self.churn.setSuffix(self.tr(" days"))
        self.logo = QLineEdit()
        self.logo.setObjectName("businessLogo")
        self.logo.setPlaceholderText(self.tr("an image for the cover of the reports (optional)"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        business = QGroupBox(self.tr("Business"))
        f = QFormLayout(business)
        f.addRow(self.tr("Business name"), self.business)
        f.addRow(self.tr("Currency (ISO code)"), self.currency)
        f.addRow(self.tr("Default phone region"), self.region)
        f.addRow(self.tr("Churn window"), self.churn)
        f.addRow(self.tr("Logo for reports"), logo_row)
        personal = QGroupBox(self.tr("This computer"))
        p = QFormLayout(personal)
        p.addRow(self.tr("Language"), self.language)
        p.addRow("", QLabel(self.tr("A new language applies when the app starts again.")))
        self.message = QLabel()
        save = QPushButton(self.tr("&Save settings"))
        save.clicked.connect(self.save)
        lay = QVBoxLayout(self)
        lay.addWidget(business)
        lay.addWidget(personal)
        lay.addWidget(self.message)
        lay.addWidget(save)
        lay.addStretch(1)
        self.load()

    def load(self) -> None:
        def done(values: dict) -> None:
            self.business.setText(values.get("business_name", ""))
            self.currency.setText(values.get("currency", ""))
            self.region.setText(values.get("default_region", ""))
            self.churn.setValue(int(values.get("churn_window_days", 365)))
            self.logo.setText(values.get("business_logo", "") or "")
        run_task(lambda state: self.backend.settings(), on_done=done, owner=self)
        lang = QSettings().value("ui/language", "")
        idx = self.language.findData(lang)
        if idx >= 0:
            self.language.setCurrentIndex(idx)

    def _browse_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo for reports"), self.logo.text(),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    def save(self) -> None:
        currency, region = self.currency.text().strip().upper(), self.region.text().strip().upper()
        if len(currency) != 3 or not currency.isalpha() or len(region) != 2 or not region.isalpha():
            self.message.setText(self.tr("Use a three-letter currency code and a two-letter region code."))
            return
        logo = self.logo.text().strip()
        if logo and not os.path.isfile(logo):
            self.message.setText(self.tr("The logo file does not exist: %1").replace("%1", logo))
            return
        values = {"business_name": self.business.text().strip(), "currency": currency, "default_region": region,
                  "churn_window_days": self.churn.value(), "business_logo": logo}
        QSettings().setValue("ui/language", self.language.currentData())

        def done(_):
            self.message.setText(self.tr("Saved."))
            self.saved.emit()
        run_task(lambda state: self.backend.save_settings(values), on_done=done,
                 on_error=lambda exc, tb: self.message.setText(str(exc)), owner=self)
