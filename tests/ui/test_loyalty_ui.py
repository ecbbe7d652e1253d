"""Loyalty tab, its dialogs, the settings page and the campaigns view (pytest-qt, offscreen)."""
from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import type_text


@pytest.fixture(scope="module")
def loyal_template(demo_template, tmp_path_factory):
    """The demo database after `loyalty recalc` (built once for this module)."""
    import shutil

    from crm_app.db.engine import Database
    from crm_app.services.loyalty_recalc import recalc

    path = tmp_path_factory.mktemp("loyal") / "demo.db"
    shutil.copy(demo_template, path)
    db = Database.open(str(path))
    recalc(db, date(2026, 6, 30))
    db.dispose()
    return path


@pytest.fixture(autouse=True)
def demo_clock(monkeypatch):
    """The demo ends on 2026-06-30: live actions happen that day (else today's date expires old points)."""
    from crm_app.services import loyalty as svc

    monkeypatch.setattr(svc, "today", lambda: date(2026, 6, 30))


@pytest.fixture
def ldb(loyal_template, tmp_path):
    import shutil

    from crm_app.db.engine import Database

    path = tmp_path / "loyal.db"
    shutil.copy(loyal_template, path)
    db = Database.open(str(path))
    yield db
    db.dispose()


def busiest(db) -> int:
    from sqlalchemy import func, select

    from crm_app.db.models import PointsLedger

    with db.read() as s:
        return s.scalar(select(PointsLedger.customer_id).group_by(PointsLedger.customer_id)
                        .order_by(func.count().desc(), PointsLedger.customer_id).limit(1))


def open_tab(qtbot, db, cid):
    from crm_app.ui.loyalty_tab import LoyaltyTab

    tab = LoyaltyTab(db)
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.load(cid)
    return tab


def test_tab_shows_balance_tier_progress_badges_ledger_and_coupons(qtbot, ldb):
    from crm_app.services import loyalty as svc

    cid = busiest(ldb)
    tab = open_tab(qtbot, ldb, cid)
    with ldb.read() as s:
        bal = svc.balance(s, cid)
    assert tab.summary.balance == bal
    assert tab.tier.text() == tab.summary.tier.name
    assert 0 <= tab.progress.value() <= 1000
    tiles = tab.badge_tiles()
    assert len(tiles) == len(tab.summary.badges) and any(t.earned for t in tiles)
    assert tab.ledger_model.rowCount() == len(tab.summary.ledger) > 0
    assert tab.coupon_model.rowCount() == len(tab.summary.coupons)


def test_redeem_above_balance_is_refused_in_the_dialog_then_adjust_with_reason(qtbot, ldb):
    cid = busiest(ldb)
    tab = open_tab(qtbot, ldb, cid)
    bal = tab.summary.balance
    tab.open_redeem()
    dlg = tab._dialog
    dlg.points.setValue(bal + 1)
    dlg.save()
    qtbot.waitUntil(lambda: "balance" in dlg.message.text(), timeout=10000)
    assert dlg.isVisible()
    dlg.reject()

    tab.open_adjust()
    dlg = tab._dialog
    dlg.points.setValue(25)
    dlg.save()
    assert "reason" in dlg.message.text()
    type_text(dlg.reason, "goodwill after a late delivery")
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        dlg.save()
    assert tab.summary.balance == bal + 25
    assert tab.ledger_model.row_at(0).reason == "goodwill after a late delivery"


def test_reward_redeem_and_manual_coupon_from_the_tab(qtbot, ldb):
    cid = busiest(ldb)
    tab = open_tab(qtbot, ldb, cid)
    n = tab.coupon_model.rowCount()
    assert tab.summary.rewards                  # the starter catalogue came with the first rule version
    reward = tab.summary.rewards[0]
    tab.open_redeem()
    dlg = tab._dialog
    dlg.reward.setCurrentIndex(dlg.reward.findData(reward.id))
    assert dlg.points.value() == reward.points_cost and not dlg.points.isEnabled()
    bal = tab.summary.balance
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        dlg.save()
    assert tab.summary.balance == bal - reward.points_cost
    assert tab.coupon_model.rowCount() == n + 1
    tab.open_coupon()
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab._dialog.save()
    assert tab.coupon_model.rowCount() == n + 2
    assert tab.coupon_model.row_at(0).origin == "manual"


def test_settings_page_saves_a_new_rule_version(qtbot, ldb):
    from crm_app.services.loyalty_backend import LoyaltyBackend
    from crm_app.ui.loyalty_settings import LoyaltySettingsPage

    page = LoyaltySettingsPage(ldb)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=10000)
    v0, _ = LoyaltyBackend(ldb).rules()
    page.points.setValue(2)
    page.expiry.setValue(18)
    page.tiers.item(1, 2).setText("350")
    with qtbot.waitSignal(page.saved, timeout=10000) as sig:
        page.save()
    assert sig.args == [v0 + 1]
    v, rules = LoyaltyBackend(ldb).rules()
    assert v == v0 + 1 and rules.points_per_unit == 2 and rules.expiry_months == 18
    assert rules.tiers[1].min_spend_minor == 35000
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=10000)
    page.tiers.item(2, 2).setText("10")          # below Silver: refused with a message, nothing saved
    page.save()
    assert "more spend" in page.message.text()
    assert LoyaltyBackend(ldb).rules()[0] == v


def test_campaigns_view_lists_and_exports(qtbot, ldb, tmp_path):
    from crm_app.ui.campaigns_view import CampaignsView

    view = CampaignsView(ldb)
    qtbot.addWidget(view)
    view.start.setDate(view.start.date().fromString("2025-07-01", "yyyy-MM-dd"))
    view.end.setDate(view.end.date().fromString("2026-06-30", "yyyy-MM-dd"))
    view.load()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    first = view.model.row_at(0)
    with qtbot.waitSignal(view.open_customer, timeout=2000) as sig:
        view.table.doubleClicked.emit(view.model.index(0, 0))
    assert sig.args == [first["customer_id"]]
    out = tmp_path / "board.csv"
    view.export_csv(str(out))
    qtbot.waitUntil(lambda: "written" in view.status.text(), timeout=10000)
    assert list(csv.DictReader(open(out, encoding="utf-8")))[0]["customer_id"] == str(first["customer_id"])
    view.which.setCurrentIndex(view.which.findData("near-tier"))
    qtbot.waitUntil(lambda: "customers" in view.status.text(), timeout=10000)


def test_tab_lays_out_right_to_left(qtbot, ldb, qapp):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        tab = open_tab(qtbot, ldb, busiest(ldb))
        assert tab.isRightToLeft()
        assert tab.balance.mapTo(tab, tab.balance.rect().topLeft()).x() > tab.width() / 2
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
