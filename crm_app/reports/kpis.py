"""The key figures of a metrics result as the tab and the PDF show them: translated title, value in the
user's locale, the same figure for the previous period and a year earlier, and the formula with its
actual inputs ("CRR = (E − N) / S × 100 = (184 − 24) / 178 × 100 = 89.89 %").

Qt-free: the caller passes a `Fmt` that translates and writes numbers for the user's language (the tab
and the PDF pass one built on QCoreApplication.translate("KpiText", ...) and QLocale; the default is
plain English). The strings are `self.tr(...)` calls of class KpiText, so `make translations` finds them
under that context. The result is the dict of `services.metrics.compute`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

CONTEXT = "KpiText"
YEAR_BACK = {"month": 12, "quarter": 4, "year": 1}


def _plain_number(x: float, decimals: int) -> str:
    return f"{x:,.{decimals}f}"


@dataclass(frozen=True)
class Fmt:
    """How to translate (source text of context KpiText → text) and write numbers (x, decimals → text)."""

    translate: Callable[[str], str] = field(default=lambda text: text)
    number: Callable[[float, int], str] = field(default=_plain_number)
    percent: str = "%"


PLAIN = Fmt()


@dataclass(frozen=True)
class Kpi:
    key: str
    title: str
    value: float | None
    text: str                       # the value written for the locale
    formula: str                    # the formula with its inputs, or why there is no value
    unit: str                       # pct | money | number | score
    higher_is_better: bool
    previous: float | None = None   # the same figure for the previous period
    year_ago: float | None = None   # ... and for the same period a year earlier
    previous_text: str = ""         # the change against them, written ('+1.20 pp', '−3.4 %')
    year_ago_text: str = ""
    previous_good: bool | None = None
    year_ago_good: bool | None = None


class KpiText:
    """Writes the figures of one result in one language."""

    def __init__(self, result: dict, fmt: Fmt = PLAIN):
        self.r = result
        self.fmt = fmt
        self.cur = result.get("currency", "")

    # --- words and numbers --------------------------------------------------------------------------
    def tr(self, text: str) -> str:
        return self.fmt.translate(text)

    def num(self, x, decimals: int = 2) -> str:
        return "—" if x is None else self.fmt.number(float(x), decimals)

    def count(self, n) -> str:
        return "—" if n is None else self.fmt.number(int(n), 0)

    def pct(self, x, decimals: int = 2) -> str:
        return "—" if x is None else f"{self.num(x, decimals)} {self.fmt.percent}"

    def money(self, x) -> str:
        return "—" if x is None else f"{self.num(x, 2)} {self.cur}"

    def value_text(self, unit: str, value) -> str:
        if unit == "pct":
            return self.pct(value)
        if unit == "money":
            return self.money(value)
        if unit == "score":
            return self.num(value, 1)
        return self.num(value, 2)

    def change(self, unit: str, up: bool, value, before) -> tuple[str, bool | None]:
        """The change from `before` to `value` and whether it is good news (None: no change or unknown)."""
        if before is None or value is None:
            return "", None
        diff = float(value) - float(before)
        sign = "+" if diff >= 0 else "−"
        if unit in ("pct", "score"):
            text = f"{sign}{self.num(abs(diff), 2)} " + (self.tr("pp") if unit == "pct" else self.tr("points"))
        else:
            if float(before) == 0:
                return "", None
            text = f"{sign}{self.num(abs(diff / float(before) * 100), 1)} {self.fmt.percent}"
        if abs(diff) < 1e-9:
            return text, None
        return text, (diff > 0) == up

    # --- comparisons --------------------------------------------------------------------------------
    def compare(self, key: str, retention_field: str | None) -> tuple[float | None, float | None]:
        """(previous period, same period a year earlier): the engine's `kpis` block (services.metrics), else
        a `comparisons` block given by the caller, else (retention figures) the retention history."""
        for block_name in ("kpis", "comparisons"):
            block = (self.r.get(block_name) or {}).get(key)
            if isinstance(block, dict) and ("previous" in block or "year_ago" in block):
                return block.get("previous"), block.get("year_ago")
        if retention_field is None:
            return None, None
        past = self.r.get("retention_by_period") or []
        period = (self.r.get("retention") or {}).get("period", "month")
        k = YEAR_BACK.get(period, 12)
        prev = past[-1] if past else None
        year = past[-k] if len(past) >= k else None
        return (prev or {}).get(retention_field), (year or {}).get(retention_field)

    # --- the figures --------------------------------------------------------------------------------
    def crr(self):
        t = self.r.get("retention") or {}
        if t.get("crr") is None:
            return None, self.tr("CRR: no customer was active at the start of the period")
        return t["crr"], self.tr("CRR = (E − N) / S × 100 = (%1 − %2) / %3 × 100 = %4").replace(
            "%1", self.count(t["customers_end"])).replace("%2", self.count(t["new"])).replace(
            "%3", self.count(t["customers_start"])).replace("%4", self.pct(t["crr"]))

    def churn_rate(self):
        t = self.r.get("retention") or {}
        if t.get("churn_rate") is None:
            return None, self.tr("Churn rate: no customer was active at the start of the period")
        return t["churn_rate"], self.tr("Churn rate = L / S × 100 = %1 / %2 × 100 = %3").replace(
            "%1", self.count(t["lost"])).replace("%2", self.count(t["customers_start"])).replace(
            "%3", self.pct(t["churn_rate"]))

    def repeat_purchase_rate(self):
        v = self.r.get("repeat_purchase_rate")
        inputs = self.r.get("repeat_purchase") or {}
        repeat = (self.r.get("bgnbd") or {}).get("repeat_customers")
        if "repeat_customers" not in inputs and repeat is not None:   # the same count: customers with x > 0
            inputs = {"repeat_customers": repeat, "customers": (self.r.get("customers") or {}).get("with_purchases")}
        if v is None:
            return None, self.tr("Repeat purchase rate: no customer has bought yet")
        if "repeat_customers" in inputs:
            return v, self.tr("Repeat purchase rate = customers with 2+ purchase days / customers = "
                              "%1 / %2 × 100 = %3").replace("%1", self.count(inputs["repeat_customers"])).replace(
                "%2", self.count(inputs["customers"])).replace("%3", self.pct(v))
        return v, (self.r.get("explain") or {}).get("repeat_purchase_rate", "")

    def purchase_frequency(self):
        v = self.r.get("purchase_frequency")
        if v is None:
            return None, self.tr("Purchase frequency: no buyer in the period")
        return v, self.tr("Purchase frequency = purchase days / buyers = %1 / %2 = %3").replace(
            "%1", self.count(self.r.get("purchase_days"))).replace("%2", self.count(self.r.get("buyers"))).replace(
            "%3", self.num(v, 2))

    def aov(self):
        v = self.r.get("aov")
        if v is None:
            return None, self.tr("AOV: no order in the period")
        return v, self.tr("AOV = revenue / orders = %1 / %2 = %3").replace(
            "%1", self.money(self.r.get("revenue"))).replace("%2", self.count(self.r.get("orders"))).replace(
            "%3", self.money(v))

    def revenue(self):
        v = self.r.get("revenue")
        return v, self.tr("Revenue = net amount of the %1 orders in the period (order totals − their refunds) "
                          "= %2").replace("%1", self.count(self.r.get("orders"))).replace("%2", self.money(v))

    def clv_historical(self):
        h = self.r.get("clv_historical") or {}
        if h.get("value") is None:
            return None, self.tr("Historical CLV: not enough history to estimate a lifespan")
        return h["value"], self.tr("CLV = average purchase value × purchases per year × lifespan in years = "
                                   "%1 × %2 × %3 = %4").replace("%1", self.money(h["avg_purchase_value"])).replace(
            "%2", self.num(h["purchases_per_year"], 2)).replace("%3", self.num(h["lifespan_years"], 2)).replace(
            "%4", self.money(h["value"]))

    def clv_predicted(self):
        p = self.r.get("predicted") or {}
        if p.get("clv_mean") is None:
            why = p.get("error") or (self.r.get("gamma_gamma") or {}).get("error") or ""
            return None, self.tr("Predicted CLV: the models could not be fitted (%1)").replace("%1", why)
        return p["clv_mean"], self.tr(
            "Predicted CLV per customer = Σ over the next %1 months of expected purchase days (BG/NBD) × "
            "expected spend (Gamma-Gamma), discounted %2 per month = %3 / %4 customers = %5").replace(
            "%1", self.count(p["horizon_months"])).replace("%2", self.pct(p["discount_rate"] * 100)).replace(
            "%3", self.money(p["clv_total"])).replace("%4", self.count(p["customers"])).replace(
            "%5", self.money(p["clv_mean"]))

    def nps(self):
        n = self.r.get("nps") or {}
        if n.get("value") is None:
            return None, self.tr("NPS: no survey answer in the period")
        total = max(n["responses"], 1)
        return n["value"], self.tr("NPS = % promoters − % detractors = %1 − %2 = %3 (%4 promoters, %5 passives, "
                                   "%6 detractors of %7 answers)").replace(
            "%1", self.pct(n["promoters"] / total * 100)).replace("%2", self.pct(n["detractors"] / total * 100)) \
            .replace("%3", self.num(n["value"], 1)).replace("%4", self.count(n["promoters"])).replace(
            "%5", self.count(n["passives"])).replace("%6", self.count(n["detractors"])).replace(
            "%7", self.count(n["responses"]))

    def csat(self):
        c = self.r.get("csat") or {}
        if c.get("value") is None:
            return None, self.tr("CSAT: no answer in the period")
        return c["value"], self.tr("CSAT = answers 4–5 / answers × 100 = %1 / %2 × 100 = %3").replace(
            "%1", self.count(c["satisfied"])).replace("%2", self.count(c["responses"])).replace(
            "%3", self.pct(c["value"]))

    def sla_attainment(self):
        """Both targets together (first response and resolution), as the engine's `kpis` compares them."""
        t = self.r.get("tickets") or {}
        fr, res = t.get("first_response_sla") or {}, t.get("resolution_sla") or {}
        met = (fr.get("met") or 0) + (res.get("met") or 0)
        due = met + (fr.get("breached") or 0) + (res.get("breached") or 0)
        if not due:
            return None, self.tr("SLA attainment: no ticket was due in the period")
        value = (self.r.get("kpis") or {}).get("sla_attainment", {}).get("value", round(met / due * 100, 2))
        return value, self.tr("SLA attainment = targets met / targets due × 100 = (%1 + %2) / (%3 + %4) × 100 = %5 "
                              "(first response %6, resolution %7)").replace("%1", self.count(fr.get("met"))).replace(
            "%2", self.count(res.get("met"))).replace("%3", self.count((fr.get("met") or 0) + (fr.get("breached") or 0))) \
            .replace("%4", self.count((res.get("met") or 0) + (res.get("breached") or 0))).replace(
            "%5", self.pct(value)).replace("%6", self.pct(fr.get("value"))).replace("%7", self.pct(res.get("value")))

    # --- all of them --------------------------------------------------------------------------------
    def titles(self) -> dict[str, str]:
        return {"crr": self.tr("Customer retention rate"), "churn_rate": self.tr("Churn rate"),
                "repeat_purchase_rate": self.tr("Repeat purchase rate"),
                "purchase_frequency": self.tr("Purchase frequency"), "aov": self.tr("Average order value"),
                "revenue": self.tr("Revenue"), "clv_historical": self.tr("Historical CLV"),
                "clv_predicted": self.tr("Predicted CLV per customer"), "nps": self.tr("NPS"),
                "csat": self.tr("CSAT"), "sla_attainment": self.tr("SLA attainment")}

    def kpis(self) -> list[Kpi]:
        titles = self.titles()
        out = []
        for key, unit, up, retention_field in SPECS:
            value, formula = getattr(self, key)()
            previous, year_ago = self.compare(key, retention_field)
            pt, pg = self.change(unit, up, value, previous)
            yt, yg = self.change(unit, up, value, year_ago)
            out.append(Kpi(key, titles[key], value, self.value_text(unit, value), formula, unit, up, previous,
                           year_ago, pt, yt, pg, yg))
        return out


# key, unit, higher is better, the retention field that gives comparisons from the history
SPECS: list[tuple[str, str, bool, str | None]] = [
    ("crr", "pct", True, "crr"),
    ("churn_rate", "pct", False, "churn_rate"),
    ("repeat_purchase_rate", "pct", True, None),
    ("purchase_frequency", "number", True, None),
    ("aov", "money", True, None),
    ("revenue", "money", True, None),
    ("clv_historical", "money", True, None),
    ("clv_predicted", "money", True, None),
    ("nps", "score", True, None),
    ("csat", "pct", True, None),
    ("sla_attainment", "pct", True, None),
]


def kpis(result: dict, fmt: Fmt = PLAIN) -> list[Kpi]:
    """The key figures of `result`, in the order the tab and the report show them."""
    return KpiText(result, fmt).kpis()
