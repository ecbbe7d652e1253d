"""Language, layout direction and locale-aware formatting of numbers, money and dates.

Arabic and Persian switch the whole UI to right-to-left; Persian dates use the Jalali calendar.
"""
from __future__ import annotations

import os
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCalendar, QDate, QDateTime, QLibraryInfo, QLocale, Qt, QTime, QTranslator
from PySide6.QtWidgets import QApplication

from crm_app.domain.money import Money

RTL_LANGUAGES = {"ar", "fa", "he", "ur"}
LANGUAGES = {"en": "English", "ar": "العربية", "fa": "فارسی", "ru": "Русский"}
TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"

_translators: list[QTranslator] = []


def pick_language(preferred: str | None = None) -> str:
    lang = preferred or os.environ.get("CRM_LANG") or QLocale.system().name().split("_")[0]
    return lang if lang in LANGUAGES else "en"


def install_language(app: QApplication, lang: str) -> None:
    """Load Qt's own and our translations for `lang`, set the default locale and direction."""
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _translators.append(qt)
    # English too: retain_en.qm holds the singular/plural forms of the "%Ln ..." strings ("1 month", "4 months").
    ours = QTranslator(app)
    if ours.load(f"retain_{lang}", str(TRANSLATIONS)):
        app.installTranslator(ours)
        _translators.append(ours)
    QLocale.setDefault(QLocale(lang))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang in RTL_LANGUAGES
                           else Qt.LayoutDirection.LeftToRight)


def _jalali() -> bool:
    return QLocale().language() == QLocale.Language.Persian


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def fmt_date(d: date | datetime | None, long: bool = False) -> str:
    """Locale date; Persian shows the Jalali calendar; short dates keep four-digit years."""
    if d is None:
        return "—"
    if isinstance(d, datetime):
        d = d.date()
    loc, qd = QLocale(), qdate(d)
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    if _jalali():
        return loc.toString(qd, kind, QCalendar(QCalendar.System.Jalali))
    if long:
        return loc.toString(qd, kind)
    fmt = loc.dateFormat(kind)
    return loc.toString(qd, fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy"))


def fmt_datetime(dt: datetime | None) -> str:
    if dt is None:
        return "—"
    qdt = QDateTime(qdate(dt.date()), QTime(dt.hour, dt.minute, dt.second))
    return f"{fmt_date(dt)} {QLocale().toString(qdt.time(), QLocale.FormatType.ShortFormat)}"


def fmt_int(n: int | None) -> str:
    return "—" if n is None else QLocale().toString(int(n))


def fmt_number(x: float | Decimal | None, decimals: int = 2) -> str:
    return "—" if x is None else QLocale().toString(float(x), "f", decimals)


def fmt_percent(x: float | None, decimals: int = 1) -> str:
    return "—" if x is None else QLocale().toString(float(x), "f", decimals) + QLocale().percent()


def fmt_money(m: Money | None) -> str:
    """Locale-formatted amount with the currency code (display only: the value stays Decimal elsewhere)."""
    if m is None:
        return "—"
    from crm_app.domain.money import exponent

    # QLocale formats doubles; a double holds any realistic amount to the cent exactly enough for display.
    text = QLocale().toString(float(m.amount), "f", exponent(m.currency))
    return f"{text} {m.currency}"


def fmt_period(start: date | str, kind: str) -> str:
    """A reporting period for people: "Nov 2026", "Q3 2026", "2026" (Gregorian: the metrics are)."""
    if isinstance(start, str):
        start = date.fromisoformat(start)
    loc, qd = QLocale(), QDate(start.year, start.month, 1)
    year = loc.toString(qd, "yyyy")
    if kind == "month":
        return loc.toString(qd, "MMM yyyy")
    if kind == "quarter":
        return QApplication.translate("Period", "Q%1 %2").replace("%1", fmt_int((start.month - 1) // 3 + 1)) \
            .replace("%2", year)
    return year
