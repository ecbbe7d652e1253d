from datetime import date, timedelta

from crm_app.domain.activity import Activity, ActivityRules, activity_status

T = date(2026, 6, 30)


def d(days_ago: int) -> date:
    return T - timedelta(days=days_ago)


def test_segments():
    assert activity_status([], T) is Activity.PROSPECT
    assert activity_status([d(-5)], T) is Activity.PROSPECT            # only future purchases
    assert activity_status([d(30)], T) is Activity.NEW
    assert activity_status([d(400)], T) is Activity.LAPSED
    assert activity_status([d(366)], T) is Activity.LAPSED
    assert activity_status([d(365)], T) is not Activity.LAPSED         # inside the window on its last day
    assert activity_status([d(300), d(200), d(100), d(10)], T) is Activity.ACTIVE
    assert activity_status([d(300), d(270), d(240), d(150)], T) is Activity.AT_RISK  # usual gap 50, 150 since
    assert activity_status([d(900), d(20)], T) is Activity.REACTIVATED
    assert activity_status([d(30)], T, explicit_status="closed") is Activity.LAPSED


def test_churn_window_is_configurable():
    assert activity_status([d(100), d(95)], T, ActivityRules(churn_window_days=90)) is Activity.LAPSED
    assert activity_status([d(100), d(95)], T, ActivityRules(churn_window_days=120)) is Activity.AT_RISK


def test_same_day_orders_are_one_purchase_day():
    assert activity_status([d(200), d(200), d(10)], T) is activity_status([d(200), d(10)], T)
