"""Loyalty program rules (typed, with defaults) and the pure functions that apply them.

No database and no Qt here: the services feed these functions plain values or numpy arrays, so one
customer (after an order) and a million customers (`crm-app loyalty recalc`) go through the same code.

Dates inside the vectorised functions are day ordinals (`date.toordinal()`), money is integer minor
units, points are integers; only the tier multiplier is a float.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, timedelta
from typing import Any, Callable

import numpy as np

from crm_app.domain.errors import FieldError

LEDGER_KINDS = ("earn", "bonus", "redeem", "expire", "adjust", "reverse")
BONUS_KINDS = ("first_purchase", "birthday", "feedback", "referral", "anniversary")
COUPON_ORIGINS = ("reward", "thank_you", "birthday", "anniversary", "manual")
COUPON_STATUSES = ("issued", "redeemed", "expired")
_EPOCH = date(1970, 1, 1).toordinal()


# --- rules ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TierRule:
    code: str
    name: str
    rank: int
    min_spend_minor: int          # net spend over the rolling window that reaches this tier
    multiplier: float = 1.0       # points multiplier (not money)
    perks: str = ""
    color: str = ""


@dataclass(frozen=True)
class CouponRule:
    """A coupon issued by rule: a percentage or an amount, valid for `valid_days`."""

    enabled: bool = True
    discount_kind: str = "percent"      # percent | amount
    percent: int = 10
    amount_minor: int = 0
    valid_days: int = 30
    min_order_minor: int = 0            # thank-you: only after orders of at least this much


DEFAULT_TIERS = (TierRule("bronze", "Bronze", 0, 0, 1.0, "", "#a97142"),
                 TierRule("silver", "Silver", 1, 30000, 1.25, "", "#9ea7b3"),
                 TierRule("gold", "Gold", 2, 100000, 1.5, "", "#d4a017"),
                 TierRule("vip", "VIP", 3, 300000, 2.0, "", "#6a3d9a"))


@dataclass(frozen=True)
class LoyaltyRules:
    """One version of the program. Stored as JSON in loyalty_rule_sets; every field has its default."""

    points_per_unit: int = 1            # points earned ...
    unit_minor: int = 100               # ... per this much spent (minor units): default 1 point per 1.00
    bonus_first_purchase: int = 50
    bonus_birthday: int = 100
    bonus_feedback: int = 20
    bonus_referral: int = 200
    bonus_anniversary: int = 100
    expiry_months: int = 12             # 0 = points never expire
    tier_window_months: int = 12        # rolling window of the tier spend
    date_grace_days: int = 30           # birthday/anniversary bonuses are still given this many days late
    tiers: tuple[TierRule, ...] = DEFAULT_TIERS
    thank_you: CouponRule = CouponRule(True, "percent", 5, 0, 30, 5000)
    birthday_offer: CouponRule = CouponRule(True, "percent", 15, 0, 30)
    six_months_offer: CouponRule = CouponRule(True, "percent", 10, 0, 60)

    def validate(self) -> "LoyaltyRules":
        errors = []
        if self.points_per_unit < 0:
            errors.append(FieldError("points_per_unit", "points per unit cannot be negative"))
        if self.unit_minor <= 0:
            errors.append(FieldError("unit_minor", "the spend unit must be above zero"))
        if self.expiry_months < 0:
            errors.append(FieldError("expiry_months", "expiry cannot be negative (0 = never)"))
        if self.tier_window_months <= 0:
            errors.append(FieldError("tier_window_months", "the tier window must be at least one month"))
        for name in ("bonus_first_purchase", "bonus_birthday", "bonus_feedback", "bonus_referral",
                     "bonus_anniversary"):
            if getattr(self, name) < 0:
                errors.append(FieldError(name, "a bonus cannot be negative"))
        if not self.tiers:
            errors.append(FieldError("tiers", "at least one tier is needed"))
        tiers = sorted(self.tiers, key=lambda t: t.rank)
        if tiers and tiers[0].min_spend_minor != 0:
            errors.append(FieldError("tiers", "the entry tier must start at zero spend"))
        for a, b in zip(tiers, tiers[1:]):
            if b.min_spend_minor <= a.min_spend_minor:
                errors.append(FieldError("tiers", f"{b.name} must need more spend than {a.name}"))
        for t in tiers:
            if t.multiplier < 0:
                errors.append(FieldError("tiers", f"{t.name}: the multiplier cannot be negative"))
        if errors:
            from crm_app.domain.errors import ValidationError
            raise ValidationError(errors)
        return replace(self, tiers=tuple(tiers))

    def bonus(self, kind: str) -> int:
        return int(getattr(self, f"bonus_{kind}"))

    def tier(self, code: str | None) -> TierRule:
        for t in self.tiers:
            if t.code == code:
                return t
        return self.tiers[0]

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | dict | None) -> "LoyaltyRules":
        """Unknown keys are ignored and missing keys take their defaults (old versions still load)."""
        raw = json.loads(text) if isinstance(text, str) else dict(text or {})
        known = {f.name for f in fields(cls)}
        kw: dict[str, Any] = {k: v for k, v in raw.items() if k in known}
        if "tiers" in kw:
            kw["tiers"] = tuple(TierRule(**{k: v for k, v in t.items() if k in {f.name for f in fields(TierRule)}})
                                for t in kw["tiers"])
        for name in ("thank_you", "birthday_offer", "six_months_offer"):
            if isinstance(kw.get(name), dict):
                kw[name] = CouponRule(**{k: v for k, v in kw[name].items()
                                         if k in {f.name for f in fields(CouponRule)}})
        return cls(**kw)


# --- dates ----------------------------------------------------------------------------------------
def add_months(d: date, months: int) -> date:
    """`d` plus whole months the way SQLite's date(d, '+N months') does (Jan 31 + 1 month = Mar 3)."""
    m = d.year * 12 + d.month - 1 + months
    return date(m // 12, m % 12 + 1, 1) + timedelta(days=d.day - 1)


def expiry_date(earned_on: date, rules: LoyaltyRules) -> date | None:
    return add_months(earned_on, rules.expiry_months) if rules.expiry_months > 0 else None


def ordinals_to_dates(days: np.ndarray) -> list[date]:
    return [date.fromordinal(int(d)) for d in days]


def _d64(days: np.ndarray) -> np.ndarray:
    return (np.asarray(days, dtype=np.int64) - _EPOCH).astype("datetime64[D]")


def add_months_ord(days: np.ndarray, months: int | np.ndarray) -> np.ndarray:
    """Vectorised add_months over day ordinals (same overflow rule); months may be an array."""
    d = _d64(days)
    first = d.astype("datetime64[M]")
    offset = (d - first.astype("datetime64[D]")).astype(np.int64)
    return (first + np.asarray(months, dtype=np.int64).astype("timedelta64[M]")).astype("datetime64[D]").astype(np.int64) + offset + _EPOCH


def month_index(days: np.ndarray) -> np.ndarray:
    return _d64(days).astype("datetime64[M]").astype(np.int64)


# --- points ---------------------------------------------------------------------------------------
def points_for(amount_minor: int, rules: LoyaltyRules, multiplier: float = 1.0) -> int:
    """Points an order of `amount_minor` earns: whole points, rounded down, never negative."""
    base = max(0, int(amount_minor)) * rules.points_per_unit // rules.unit_minor
    return max(0, int(base * multiplier + 1e-9))


def reverse_points(earned: int, order_total_minor: int, refunded_minor: int, already_reversed: int) -> int:
    """Points to take back for a refund: the refunded share of what the order earned (whole refunds all)."""
    if earned <= 0 or order_total_minor <= 0:
        return 0
    refunded_minor = min(refunded_minor, order_total_minor)
    due_total = earned * refunded_minor // order_total_minor
    return max(0, min(earned, due_total) - already_reversed)


def expired_total(credits: list[tuple[date, int]], debits: list[tuple[date, int]], as_of: date) -> int:
    """Points that must have expired by `as_of` in all, oldest first.

    credits: (expires_on, points) of the positive entries (earn, bonus, positive adjust) with an expiry;
    debits: (day, points > 0) of the spending entries (redeem, reverse, negative adjust), not `expire`.
    Spending takes the earliest-expiring (= oldest) points first and a lot expiring on day d can no
    longer be spent on d, so the amount expired by T is max over expiry days d <= T of
    C(d) - D(before d), where C sums the lots expiring on or before d and D the spending before d.
    """
    if not credits:
        return 0
    debits = sorted(debits)
    out, c, di, dsum = 0, 0, 0, 0
    for exp, pts in sorted(credits):
        if exp > as_of:
            break
        c += pts
        while di < len(debits) and debits[di][0] < exp:
            dsum += debits[di][1]
            di += 1
        out = max(out, c - dsum)
    return max(0, out)


def expiring_between(credits: list[tuple[date, int]], debits: list[tuple[date, int]], already_expired: int,
                     as_of: date, until: date) -> int:
    """Points that will expire after `as_of` up to `until` if nothing more is spent."""
    due_now = max(already_expired, expired_total(credits, debits, as_of))
    later = max(due_now, expired_total(credits, debits, until))
    return later - due_now


# --- tiers ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TierProgress:
    tier: TierRule
    next_tier: TierRule | None
    spend_minor: int
    missing_minor: int          # still to spend for the next tier (0 at the top)
    fraction: float             # 0..1 of the way from this tier's threshold to the next


def choose_tier(spend_minor: int, tiers: tuple[TierRule, ...]) -> TierRule:
    """The highest tier whose threshold the rolling spend reaches (the entry tier at worst)."""
    ordered = sorted(tiers, key=lambda t: t.rank)
    best = ordered[0]
    for t in ordered:
        if spend_minor >= t.min_spend_minor:
            best = t
    return best


def tier_progress(spend_minor: int, tiers: tuple[TierRule, ...]) -> TierProgress:
    tier = choose_tier(spend_minor, tiers)
    higher = [t for t in sorted(tiers, key=lambda t: t.rank) if t.rank > tier.rank]
    if not higher:
        return TierProgress(tier, None, spend_minor, 0, 1.0)
    nxt = higher[0]
    span = max(1, nxt.min_spend_minor - tier.min_spend_minor)
    frac = min(1.0, max(0.0, (spend_minor - tier.min_spend_minor) / span))
    return TierProgress(tier, nxt, spend_minor, max(0, nxt.min_spend_minor - spend_minor), frac)


def choose_tiers(spend_minor: np.ndarray, tiers: tuple[TierRule, ...]) -> np.ndarray:
    """Vectorised choose_tier: index into `sorted(tiers, key=rank)` for each spend."""
    thresholds = np.array([t.min_spend_minor for t in sorted(tiers, key=lambda t: t.rank)], dtype=np.int64)
    return np.maximum(np.searchsorted(thresholds, spend_minor, side="right") - 1, 0)


# --- badges ---------------------------------------------------------------------------------------
@dataclass
class History:
    """Purchase days and other events of many customers, each array sorted by (customer, day).

    days/amounts: one row per purchase day (net of refunds made up to as_of);
    feedback/referrals: one row per event; spend_window: (customer ids, net spend in the tier window).
    """

    as_of: int
    cust: np.ndarray
    day: np.ndarray
    amount: np.ndarray
    fb_cust: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    fb_day: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    ref_cust: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    ref_day: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    window_cust: np.ndarray | None = None
    window_spend: np.ndarray | None = None


Awards = tuple[np.ndarray, np.ndarray]      # (customer ids, award day ordinals)
_EMPTY: Awards = (np.empty(0, np.int64), np.empty(0, np.int64))


def runs(cust: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(customer ids, start index, count) of a customer array that is already sorted: O(n), no sort."""
    if cust.size == 0:
        e = np.empty(0, np.int64)
        return e, e, e
    start = np.flatnonzero(np.concatenate([[True], cust[1:] != cust[:-1]]))
    return cust[start], start, np.diff(np.append(start, cust.size))


def _nth(cust: np.ndarray, day: np.ndarray, n: int) -> Awards:
    if cust.size == 0 or n < 1:
        return _EMPTY
    uniq, start, count = runs(cust)
    ok = count >= n
    return uniq[ok], day[start[ok] + n - 1]


def _first_where(cust: np.ndarray, day: np.ndarray, mask: np.ndarray) -> Awards:
    if not mask.any():
        return _EMPTY
    uniq, idx, _n = runs(cust[mask])
    return uniq, day[mask][idx]


def badge_purchase_days(h: History, p: dict) -> Awards:
    return _nth(h.cust, h.day, int(p.get("count", 1)))


def badge_tenure_years(h: History, p: dict) -> Awards:
    c, first = _nth(h.cust, h.day, 1)
    due = add_months_ord(first, 12 * int(p.get("years", 1)))
    ok = due <= h.as_of
    return c[ok], due[ok]


def badge_feedback_count(h: History, p: dict) -> Awards:
    return _nth(h.fb_cust, h.fb_day, int(p.get("count", 1)))


def badge_referrals(h: History, p: dict) -> Awards:
    return _nth(h.ref_cust, h.ref_day, int(p.get("count", 1)))


def badge_reactivated(h: History, p: dict) -> Awards:
    """Bought again after more than `days` (default 365) without a purchase."""
    if h.cust.size < 2:
        return _EMPTY
    gap = np.diff(h.day, prepend=h.day[0])
    same = np.concatenate([[False], h.cust[1:] == h.cust[:-1]])
    return _first_where(h.cust, h.day, same & (gap > int(p.get("days", 365))))


def badge_monthly_streak(h: History, p: dict) -> Awards:
    """Bought in `months` consecutive calendar months; earned on the first purchase day of the last one."""
    n = int(p.get("months", 3))
    if h.cust.size == 0 or n < 1:
        return _EMPTY
    m = month_index(h.day)
    new_month = np.ones(h.cust.size, bool)
    new_month[1:] = (h.cust[1:] != h.cust[:-1]) | (m[1:] != m[:-1])
    c, d, mm = h.cust[new_month], h.day[new_month], m[new_month]
    run_start = np.ones(c.size, bool)
    run_start[1:] = (c[1:] != c[:-1]) | (mm[1:] != mm[:-1] + 1)
    idx = np.arange(c.size)
    pos = idx - np.maximum.accumulate(np.where(run_start, idx, 0))
    return _first_where(c, d, pos >= n - 1)


def badge_total_spend(h: History, p: dict) -> Awards:
    """Lifetime net spend reaches `amount_minor`."""
    if h.cust.size == 0:
        return _EMPTY
    cs = np.cumsum(h.amount)
    uniq, start, _n = runs(h.cust)
    before = np.concatenate([[0], cs])[start]
    base = np.repeat(before, np.diff(np.append(start, h.cust.size)))
    return _first_where(h.cust, h.day, cs - base >= int(p.get("amount_minor", 100000)))


def badge_top_spend_share(h: History, p: dict) -> Awards:
    """Top `share` of customers by net spend in the window (needs every customer: recalc only)."""
    if h.window_cust is None or h.window_cust.size == 0:
        return _EMPTY
    spend = h.window_spend
    pos = spend > 0
    n = int(np.ceil(pos.sum() * float(p.get("share", 0.05))))
    if n <= 0:
        return _EMPTY
    threshold = np.sort(spend[pos])[-n]
    top = pos & (spend >= threshold)
    c = h.window_cust[top]
    return c, np.full(c.size, h.as_of, np.int64)


BADGE_RULES: dict[str, Callable[[History, dict], Awards]] = {
    "purchase_days": badge_purchase_days, "tenure_years": badge_tenure_years,
    "feedback_count": badge_feedback_count, "referrals": badge_referrals, "reactivated": badge_reactivated,
    "monthly_streak": badge_monthly_streak, "total_spend": badge_total_spend,
    "top_spend_share": badge_top_spend_share,
}
GLOBAL_RULES = {"top_spend_share"}     # need the whole customer base: evaluated by recalc only


@dataclass(frozen=True)
class BadgeRule:
    code: str
    rule: str
    params: dict


def evaluate_badges(h: History, badges: list[BadgeRule], *, include_global: bool = True
                    ) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """For each badge, the customers who have earned it by h.as_of and the day they earned it."""
    out = []
    for b in badges:
        fn = BADGE_RULES.get(b.rule)
        if fn is None or (b.rule in GLOBAL_RULES and not include_global):
            continue
        cust, day = fn(h, b.params)
        ok = day <= h.as_of
        out.append((b.code, cust[ok], day[ok]))
    return out
