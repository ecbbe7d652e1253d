"""The readable (non-JSON) output of `crm-app metrics`: every figure with its formula and inputs."""
from __future__ import annotations


def _v(x, suffix: str = "") -> str:
    if x is None:
        return "n/a"
    if isinstance(x, float):
        return f"{x:,.2f}{suffix}"
    return f"{x:,}{suffix}" if isinstance(x, int) else f"{x}{suffix}"


def _section(lines: list[str], title: str) -> None:
    lines += ["", title, "-" * len(title)]


def render(m: dict) -> str:
    p = m["parameters"]
    cur = m["currency"]
    c = m["customers"]
    lines = [f"Metrics as of {m['as_of']} — {cur}, period {p['period']}, churn window {p['churn_window']} days",
             f"Customers: {_v(c['total'])} in total, {_v(c['with_purchases'])} with purchases, {_v(c['active'])} active"]
    lines += [f"! {w}" for w in m.get("warnings", [])]
    lines.append("  " + m["customers"]["explain"])
    r = m["retention"]
    if m.get("kpis"):
        w = m["kpi_windows"]
        _section(lines, f"Key figures: {w['current']['label']} against {w['previous']['label']} and "
                        f"{w['year_ago']['label']}")
        for entry in m["kpis"].values():
            lines.append("  " + entry["explain"])
    _section(lines, f"Retention {r['label']} ({r['start']} … {r['end']}{'' if r['complete'] else ', to date'})")
    for key in ("customers_start", "customers_end", "new", "lost", "crr", "churn_rate", "reactivated"):
        if key in r["explain"]:
            lines.append("  " + r["explain"][key])
    if m["retention_by_period"]:
        _section(lines, f"Retention by {p['period']}")
        lines.append(f"  {'period':<9} {'S':>9} {'E':>9} {'N':>8} {'L':>8} {'CRR %':>8} {'churn %':>8}")
        for x in m["retention_by_period"] + [r]:
            lines.append(f"  {x['label']:<9} {x['customers_start']:>9,} {x['customers_end']:>9,} {x['new']:>8,} "
                         f"{x['lost']:>8,} {_v(x['crr']):>8} {_v(x['churn_rate']):>8}")
    _section(lines, f"Sales {r['label']}")
    for key in ("revenue", "aov", "purchase_frequency", "repeat_purchase_rate"):
        lines.append("  " + m["explain"][key])
    h = m["clv_historical"]
    _section(lines, "Historical CLV")
    for key in ("avg_purchase_value", "purchases_per_year", "lifespan_years", "value"):
        lines.append("  " + h["explain"][key])
    _section(lines, "Predictive CLV")
    for key in ("bgnbd", "gamma_gamma"):
        block = m[key]
        lines.append("  " + (block.get("explain") or f"{key}: {block.get('error')}"))
    pr = m["predicted"]
    for text in (pr.get("explain") or {}).values():
        lines.append("  " + text)
    if "error" in pr:
        lines.append(f"  no prediction: {pr['error']}")
    if "holdout" in m:
        ho = m["holdout"]
        lines.append("  " + (ho.get("explain") or f"holdout: {ho.get('error')}"))
        for b in ho.get("by_frequency", []):
            lines.append(f"    x = {b['frequency']:<3} {b['customers']:>8,} customers: predicted "
                         f"{b['predicted_mean']:.3f}, actual {b['actual_mean']:.3f} purchase days each")
    for key in ("win_back", "at_risk", "top_customers"):
        rows = m.get(key) or []
        if not rows:
            continue
        lines.append(f"  {m['explain'][key][0].upper()}{m['explain'][key][1:]}:")
        for w in rows[:10]:
            p_alive = "n/a" if w["p_alive"] is None else f"{w['p_alive']:.2f}"
            lines.append(f"    {w.get('code') or w['customer_id']} {w.get('name') or ''}: {_v(w['historical_value'])} "
                         f"{cur} to date, predicted CLV {_v(w['predicted_clv'])}, P(alive) {p_alive}, "
                         f"last purchase {w['last_purchase']}")
    _section(lines, f"Feedback and support {r['label']}")
    lines.append("  " + m["nps"]["explain"])
    lines.append("  " + m["csat"]["explain"])
    for text in m["tickets"]["explain"].values():
        lines.append("  " + text)
    if "sla" in m["tickets"]:
        lines.append("  " + m["tickets"]["sla"]["explain"])
    if m["cohorts"]["rows"]:
        _section(lines, f"Cohort retention by {m['cohorts']['period']} (% of the cohort buying in period k)")
        lines.append("  " + m["cohorts"]["explain"])
        width = max(len(c["retention"]) for c in m["cohorts"]["rows"])
        shown = min(width, 13)
        lines.append(f"  {'cohort':<9} {'size':>7} " + " ".join(f"{k:>6}" for k in range(shown)))
        for c in m["cohorts"]["rows"]:
            cells = [("" if v is None else f"{v:.1f}") for v in c["retention"][:shown]]
            lines.append(f"  {c['cohort']:<9} {c['customers']:>7,} " + " ".join(f"{x:>6}" for x in cells))
    _section(lines, "RFM segments")
    lines.append("  " + ", ".join(f"{k} {v:,}" for k, v in m["rfm"].items()))
    if "segments" in m:
        s = m["segments"]
        _section(lines, f"By {s['name']} (membership: {s['membership_at']})")
        for row in s["rows"]:
            lines.append(f"  {row['segment']}: {row['explain']}; churn {_v(row['churn_rate'], ' %')}; "
                         f"{row['clv_historical']['explain']}")
    return "\n".join(lines) + "\n"
