"""SLA arithmetic with and without business hours, status rules, CSAT and NPS (shared/METRICS.md)."""
from datetime import datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_app.domain.errors import ValidationError
from crm_app.domain.tickets import (BusinessHours, SlaTarget, TicketInput, add_business_minutes,
                                    business_minutes_between, can_transition, clean_ticket, csat, due_times, nps,
                                    sla_state)

MON_FRI = BusinessHours()                                   # Mon–Fri 09:00–17:00 UTC
SUN_THU = BusinessHours.parse("sun-thu 09:00-17:00")


def test_parse_business_hours():
    assert MON_FRI.days == frozenset({0, 1, 2, 3, 4})
    assert SUN_THU.days == frozenset({6, 0, 1, 2, 3})
    h = BusinessHours.parse("Sat-Wed 08:30-16:00 +03:30")
    assert h.days == frozenset({5, 6, 0, 1, 2}) and h.start == time(8, 30) and h.utc_offset_minutes == 210
    assert BusinessHours.parse("mon-fri 09:00-17:00 -05:00").utc_offset_minutes == -300
    for bad in ("", "mon 9-17", "mon-fri 17:00-09:00", "xyz-fri 09:00-17:00"):
        with pytest.raises(ValueError):
            BusinessHours.parse(bad)


def test_clock_hours_ignore_weekends():
    created = datetime(2026, 11, 20, 16, 0)                  # Friday
    fr, res = due_times(created, SlaTarget(30, 240, False))
    assert fr == datetime(2026, 11, 20, 16, 30) and res == datetime(2026, 11, 20, 20, 0)


def test_business_hours_within_day():
    assert add_business_minutes(datetime(2026, 11, 16, 10, 0), 120, MON_FRI) == datetime(2026, 11, 16, 12, 0)


def test_business_hours_roll_over_night_and_weekend():
    friday_4pm = datetime(2026, 11, 20, 16, 0)
    # 1 h left on Friday, then Monday 09:00 + 1 h
    assert add_business_minutes(friday_4pm, 120, MON_FRI) == datetime(2026, 11, 23, 10, 0)
    # Sun–Thu desk: Friday and Saturday are off, Sunday is a working day
    assert add_business_minutes(friday_4pm, 120, SUN_THU) == datetime(2026, 11, 22, 11, 0)
    thursday_4pm = datetime(2026, 11, 19, 16, 0)
    assert add_business_minutes(thursday_4pm, 120, SUN_THU) == datetime(2026, 11, 22, 10, 0)


def test_business_hours_start_outside_window():
    assert add_business_minutes(datetime(2026, 11, 16, 6, 0), 60, MON_FRI) == datetime(2026, 11, 16, 10, 0)
    assert add_business_minutes(datetime(2026, 11, 16, 18, 0), 60, MON_FRI) == datetime(2026, 11, 17, 10, 0)
    assert add_business_minutes(datetime(2026, 11, 21, 12, 0), 0, MON_FRI) == datetime(2026, 11, 23, 9, 0)
    # exactly the rest of the day ends at closing time
    assert add_business_minutes(datetime(2026, 11, 16, 9, 0), 480, MON_FRI) == datetime(2026, 11, 16, 17, 0)


def test_business_days_policy_like_reference_data():
    created = datetime(2026, 11, 20, 10, 0)                  # Friday
    fr, res = due_times(created, SlaTarget(8 * 60, 3 * 24 * 60, True), MON_FRI)
    assert fr == datetime(2026, 11, 23, 10, 0)               # 7 h Friday + 1 h Monday
    # 72 working hours = 9 working days of 8 h
    assert res == datetime(2026, 12, 3, 10, 0)


def test_utc_offset():
    riyadh = BusinessHours.parse("sun-thu 09:00-17:00 +03:00")
    # 05:00 UTC Sunday = 08:00 local → opens 09:00 local = 06:00 UTC
    assert add_business_minutes(datetime(2026, 11, 22, 5, 0), 30, riyadh) == datetime(2026, 11, 22, 6, 30)


@settings(max_examples=200, deadline=None)
@given(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
       st.integers(min_value=1, max_value=20000),
       st.sampled_from([MON_FRI, SUN_THU, BusinessHours.parse("mon-sat 08:00-20:00 +03:30")]))
def test_business_minutes_round_trip(start, minutes, hours):
    start = start.replace(second=0, microsecond=0)
    due = add_business_minutes(start, minutes, hours)
    assert due > start
    assert business_minutes_between(start, due, hours) == minutes
    assert due - start >= timedelta(minutes=minutes)


def test_breach_rules():
    now = datetime(2026, 11, 20, 12, 0)
    due_fr, due_res = datetime(2026, 11, 20, 11, 0), datetime(2026, 11, 21, 11, 0)
    s = sla_state(now, due_fr, due_res, None, None)
    assert s.first_response_breached and not s.resolution_breached and s.breached
    assert s.first_response_left == timedelta(hours=-1)
    s = sla_state(now, due_fr, due_res, datetime(2026, 11, 20, 10, 59), None)
    assert not s.breached and s.first_response_left is None
    s = sla_state(now, due_fr, due_res, datetime(2026, 11, 20, 11, 1), datetime(2026, 11, 20, 11, 30))
    assert s.first_response_breached and not s.resolution_breached
    s = sla_state(datetime(2026, 11, 25), due_fr, due_res, due_fr, datetime(2026, 11, 21, 12, 0))
    assert s.resolution_breached               # resolved late stays breached
    assert not sla_state(now, None, None, None, None).breached


def test_transitions():
    assert can_transition("new", "open") and can_transition("open", "resolved")
    assert can_transition("resolved", "open") and can_transition("closed", "open")
    assert not can_transition("closed", "pending") and not can_transition("resolved", "new")


def test_clean_ticket():
    t = clean_ticket(TicketInput("  Late   parcel ", tags=("Urgent", "urgent", " vip ")))
    assert t.subject == "Late parcel" and t.tags == ("urgent", "vip")
    with pytest.raises(ValidationError) as e:
        clean_ticket(TicketInput(" ", channel="fax", priority="asap"))
    assert set(e.value.by_field()) == {"subject", "channel", "priority"}


def test_nps_definition():
    # 5 promoters, 3 passives, 2 detractors of 10 → 50 % − 20 % = 30
    r = nps([10, 9, 9, 10, 9, 8, 7, 7, 6, 0])
    assert (r.promoters, r.passives, r.detractors, r.answers) == (5, 3, 2, 10)
    assert r.score == pytest.approx(30.0)
    assert "= 30.0" in r.explain()
    assert nps([]).score is None
    assert nps([0, 6]).score == -100 and nps([9, 10]).score == 100
    with pytest.raises(ValidationError):
        nps([11])


def test_csat_definition():
    r = csat([5, 4, 4, 3, 1])           # 3 of 5 are 4–5
    assert r.score == pytest.approx(60.0) and r.low == 1
    assert r.explain() == "CSAT = 3 / 5 × 100 = 60.0 %"
    assert csat([]).score is None
    with pytest.raises(ValidationError):
        csat([0])
