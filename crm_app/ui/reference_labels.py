"""Names of the reference data every database starts with, in the user's language.

services/reference.py and services/loyalty.py seed tiers, badges, ticket categories and the starter reward
catalogue with English names. While a row keeps its seeded name it is shown translated; a name the business
gave or changed is shown exactly as stored (and editors, like the loyalty settings, always show the stored name).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TIER_NAMES = {"bronze": QT_TRANSLATE_NOOP("Reference", "Bronze"), "silver": QT_TRANSLATE_NOOP("Reference", "Silver"),
              "gold": QT_TRANSLATE_NOOP("Reference", "Gold"), "vip": QT_TRANSLATE_NOOP("Reference", "VIP")}
SEEDED = set(TIER_NAMES.values()) | {
    # badges
    QT_TRANSLATE_NOOP("Reference", "First purchase"), QT_TRANSLATE_NOOP("Reference", "5 visits"),
    QT_TRANSLATE_NOOP("Reference", "10 visits"), QT_TRANSLATE_NOOP("Reference", "One year with us"),
    QT_TRANSLATE_NOOP("Reference", "Five years with us"), QT_TRANSLATE_NOOP("Reference", "Big spender"),
    QT_TRANSLATE_NOOP("Reference", "Reviewer"), QT_TRANSLATE_NOOP("Reference", "Referrer"),
    QT_TRANSLATE_NOOP("Reference", "Comeback"), QT_TRANSLATE_NOOP("Reference", "3-month streak"),
    # ticket categories
    QT_TRANSLATE_NOOP("Reference", "Delivery delay"), QT_TRANSLATE_NOOP("Reference", "Damaged item"),
    QT_TRANSLATE_NOOP("Reference", "Wrong item"), QT_TRANSLATE_NOOP("Reference", "Billing"),
    QT_TRANSLATE_NOOP("Reference", "Refund request"), QT_TRANSLATE_NOOP("Reference", "Product question"),
    QT_TRANSLATE_NOOP("Reference", "Account and login"), QT_TRANSLATE_NOOP("Reference", "Loyalty points"),
    QT_TRANSLATE_NOOP("Reference", "Store experience"), QT_TRANSLATE_NOOP("Reference", "Website and app"),
    # starter rewards
    QT_TRANSLATE_NOOP("Reference", "5.00 off"), QT_TRANSLATE_NOOP("Reference", "10 % off"),
    QT_TRANSLATE_NOOP("Reference", "25.00 off"),
}


def ref_name(name: str | None) -> str:
    """A tier, badge, ticket category or reward name for display: translated while it is the seeded one."""
    if not name:
        return ""
    return QCoreApplication.translate("Reference", name) if name in SEEDED else name


def tier_code_name(code: str | None) -> str:
    """A tier shown from its code alone (the customer list): the seeded tier's name, else the code."""
    if not code:
        return ""
    return ref_name(TIER_NAMES[code]) if code in TIER_NAMES else code.capitalize()
