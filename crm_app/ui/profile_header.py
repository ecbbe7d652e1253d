"""The profile's header: who the customer is and how they stand, at a glance."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from crm_app.domain.normalize import format_phone
from crm_app.ui.i18n import fmt_date, fmt_int, fmt_money, fmt_number, fmt_percent
from crm_app.ui.reference_labels import ref_name

ACTIVITY_COLORS = {"new": "#2e7d32", "active": "#1565c0", "at_risk": "#ef6c00", "reactivated": "#6a1b9a",
                   "lapsed": "#757575", "prospect": "#9e9e9e"}


def activity_label(value: str) -> str:
    labels = {
        "new": QCoreApplication.translate("Activity", "New"),
        "active": QCoreApplication.translate("Activity", "Active"),
        "at_risk": QCoreApplication.translate("Activity", "At risk"),
        "reactivated": QCoreApplication.translate("Activity", "Reactivated"),
        "lapsed": QCoreApplication.translate("Activity", "Lapsed"),
        "prospect": QCoreApplication.translate("Activity", "No purchase yet"),
    }
    return labels.get(value, value)


def tenure_text(h) -> str:
    if h.customer_since is None:
        return QCoreApplication.translate("ProfileHeader", "No purchase yet")
    parts = []
    if h.tenure_years:
        parts.append(QCoreApplication.translate("ProfileHeader", "%Ln year(s)", "", h.tenure_years))
    if h.tenure_months or not parts:
        parts.append(QCoreApplication.translate("ProfileHeader", "%Ln month(s)", "", h.tenure_months))
    return QCoreApplication.translate("ProfileHeader", "Customer for %1, since %2").replace("%1", " ".join(parts)).replace(
        "%2", fmt_date(h.customer_since, long=True))


class Chip(QLabel):
    def __init__(self, text: str = "", color: str = "#607d8b"):
        super().__init__(text)
        self.set(text, color)

    def set(self, text: str, color: str) -> None:
        self.setText(text)
        self.setStyleSheet(f"QLabel {{ background: {color}; color: white; border-radius: 9px; padding: 2px 9px;"
                           " font-weight: 600; }")
        self.setVisible(bool(text))


class ProfileHeader(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("profileHeader")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel()
        self.name.setObjectName("profileName")
        f = self.name.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        self.name.setFont(f)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = QLabel()
        self.tier = Chip()
        self.activity = Chip()
        self.contacts = QLabel()
        self.contacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contacts.setWordWrap(True)
        self.tenure = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.name)
        top.addWidget(self.code)
        top.addStretch(1)
        top.addWidget(self.activity)
        top.addWidget(self.tier)

        self.stats: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        cells = [("points", self.tr("Points")), ("orders", self.tr("Orders")), ("spent", self.tr("Total spent")),
                 ("aov", self.tr("Average order")), ("first", self.tr("First purchase")),
                 ("last", self.tr("Last purchase")), ("tickets", self.tr("Open tickets")),
                 ("p_alive", self.tr("P(alive)")), ("clv", self.tr("Predicted CLV"))]
        for i, (key, title) in enumerate(cells):
            box = QVBoxLayout()
            cap = QLabel(title)
            cap.setStyleSheet("color: palette(mid); font-size: 11px;")
            val = QLabel("—")
            val.setObjectName(f"stat_{key}")
            vf = val.font()
            vf.setBold(True)
            val.setFont(vf)
            box.addWidget(cap)
            box.addWidget(val)
            grid.addLayout(box, i // 5, i % 5)
            self.stats[key] = val
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.contacts)
        lay.addWidget(self.tenure)
        lay.addLayout(grid)

    def show_header(self, h) -> None:
        self.name.setText(h.name)
        self.code.setText(h.code)
        self.tier.set(ref_name(h.tier_name), h.tier_color or "#607d8b")
        self.activity.set(activity_label(str(h.activity)), ACTIVITY_COLORS.get(str(h.activity), "#607d8b"))
        # U+2066/U+2069 isolate phone numbers and emails so they read left-to-right inside RTL text
        phones = ["\u2066" + format_phone(e164) + "\u2069" for _raw, e164 in h.phones]
        emails = ["\u2066" + e + "\u2069" for e in h.emails]
        self.contacts.setText("   ·   ".join(phones + emails) or self.tr("No phone or email"))
        self.tenure.setText(tenure_text(h))
        s = self.stats
        s["points"].setText(fmt_int(h.points_balance))
        s["orders"].setText(fmt_int(h.orders_count))
        s["spent"].setText(fmt_money(h.total_spent))
        s["aov"].setText(fmt_money(h.average_order_value))
        s["first"].setText(fmt_date(h.first_purchase))
        s["last"].setText(fmt_date(h.last_purchase))
        s["tickets"].setText(fmt_int(h.open_tickets))
        s["p_alive"].setText(fmt_percent(h.p_alive * 100 if h.p_alive is not None else None))
        s["clv"].setText(fmt_money(h.predicted_clv))
        for key in ("p_alive", "clv"):
            s[key].setToolTip(self.tr("Open the Metrics page once to fit the models that predict these."))

    def show_prediction(self, p) -> None:
        """P(alive) and predicted CLV from the models the metrics last fitted (services/predictions.py)."""
        s = self.stats
        if p is None:
            return
        s["p_alive"].setText(fmt_percent(p.p_alive * 100, 0))
        s["clv"].setText(fmt_money(p.predicted_clv))
        why = self.tr("BG/NBD and Gamma-Gamma fitted on the data to %1; next %Ln month(s): %2 purchase days "
                      "expected.", "", p.horizon_months).replace("%1", fmt_date(p.fitted_as_of)) \
            .replace("%2", fmt_number(p.expected_purchases, 1))
        for key in ("p_alive", "clv"):
            s[key].setToolTip(why)
