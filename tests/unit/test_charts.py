"""The chart functions draw what they are given: bars, points, lines, labels — on a Figure with the Agg
canvas (no pyplot, no Qt), including Arabic, Persian and Russian labels with no missing glyph."""
from __future__ import annotations

import math
import warnings
from datetime import date
from decimal import Decimal

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from crm_app.reports import charts as C

MONTHS_AR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
             "ديسمبر"]


def axes(width: float = 7.0, height: float = 3.0):
    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig.add_subplot()


def draw(ax) -> np.ndarray:
    """Render with Agg, failing on any missing glyph; return the RGBA pixels."""
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*missing from font.*")
        ax.figure.canvas.draw()
    return np.asarray(ax.figure.canvas.buffer_rgba())


def bars(ax) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def texts(ax) -> list[str]:
    fig = ax.figure
    out = [t.get_text() for a in fig.axes for t in a.texts + a.get_xticklabels() + a.get_yticklabels()]
    out += [a.get_title() for a in fig.axes] + [a.get_xlabel() for a in fig.axes] + [a.get_ylabel() for a in fig.axes]
    for leg in [*fig.legends, *(a.get_legend() for a in fig.axes)]:
        if leg is not None:
            out += [t.get_text() for t in leg.get_texts()]
    return out


def test_spend_by_month_keeps_its_signature():
    ax = C.plot_spend_by_month(axes(), [date(2026, 1, 1), date(2026, 2, 1)], [Decimal("12.50"), Decimal("0")],
                               "USD", C.ChartStyle(), "Net spend per month")
    draw(ax)
    assert [round(b.get_height(), 2) for b in bars(ax)] == [12.5, 0.0]
    assert ax.get_title() == "Net spend per month" and ax.get_ylabel() == "USD"


def test_retention_by_period_with_the_year_before_and_gaps():
    labels = [f"{m} 2026" for m in MONTHS_AR]
    crr = [96.0 + i / 10 for i in range(12)]
    churn = [3.0 - i / 20 for i in range(12)]
    churn[4] = None                                          # a period without customers: a gap, not 0
    ax = C.plot_retention_by_period(axes(), labels, crr, churn, C.ChartStyle(), crr_previous=[95.0] * 12,
                                    churn_previous=[4.0] * 12, title="معدل الاحتفاظ والتسرب",
                                    crr_label="معدل الاحتفاظ", churn_label="معدل التسرب",
                                    previous_label="{} قبل عام")
    draw(ax)
    twin = ax.figure.axes[-1]
    assert twin is not ax
    crr_line, crr_prev = ax.get_lines()
    assert list(crr_line.get_ydata()) == crr and list(crr_prev.get_ydata()) == [95.0] * 12
    churn_line = twin.get_lines()[0]
    assert math.isnan(churn_line.get_ydata()[4]) and churn_line.get_ydata()[0] == 3.0
    shown = texts(ax)
    assert "معدل الاحتفاظ قبل عام" in shown and "معدل التسرب" in shown
    assert {t.get_text() for t in ax.get_xticklabels()} <= set(labels) and len(ax.get_xticklabels()) == 12


def test_cohort_heatmap_cells_and_blanks():
    rows = [[100.0, 40.0, 30.0], [100.0, 35.0, None], [100.0, None, None]]
    ax = C.plot_cohort_heatmap(axes(), ["2026-04", "2026-05", "2026-06"], rows, C.ChartStyle(),
                               sizes=[120, 80, 95], xlabel="Months since the first purchase")
    draw(ax)
    grid = ax.images[0].get_array()
    assert grid.shape == (3, 3)
    assert grid.mask.tolist() == [[False, False, False], [False, False, True], [False, True, True]]
    assert float(grid[0, 1]) == 40.0
    cells = sorted(t.get_text() for t in ax.texts)
    assert cells == sorted(["100", "40", "30", "100", "35", "100"])
    assert [t.get_text() for t in ax.get_yticklabels()] == ["2026-04 (120)", "2026-05 (80)", "2026-06 (95)"]


def test_revenue_by_month_bars_and_year_before_line():
    revenue = [Decimal("1000.50"), Decimal("0.00"), Decimal("2500.25")]
    ax = C.plot_revenue_by_month(axes(), ["Apr 2026", "May 2026", "Jun 2026"], revenue, "USD", C.ChartStyle(),
                                 previous=[Decimal("900"), None, Decimal("2000")])
    draw(ax)
    assert [round(b.get_height(), 2) for b in bars(ax)] == [1000.5, 0.0, 2500.25]
    line = ax.get_lines()[0].get_ydata()
    assert line[0] == 900.0 and math.isnan(line[1])
    assert ax.yaxis.get_major_formatter()(2000, 0) == "2,000"


def test_clv_bins_bars_mean_and_open_tail():
    bins = [{"from": 0.0, "to": 50.0, "customers": 120}, {"from": 50.0, "to": 100.0, "customers": 40},
            {"from": 100.0, "to": 150.0, "customers": 0}, {"from": 150.0, "to": None, "customers": 7}]
    ax = C.plot_clv_bins(axes(), bins, "USD", C.ChartStyle(), mean=61.237, open_label="{0} customers above {1}")
    draw(ax)
    b = bars(ax)
    assert [r.get_height() for r in b] == [120, 40, 0]                  # the open tail is not a bar
    assert [(r.get_x(), r.get_width()) for r in b] == [(0.0, 50.0), (50.0, 50.0), (100.0, 50.0)]
    legend = ax.get_legend()
    assert [t.get_text() for t in legend.get_texts()] == ["Mean 61.24 USD", "7 customers above 150 USD"]
    note = legend.legend_handles[1]                                     # text only: nothing drawn beside it
    assert note.get_linestyle() == "None" and note.get_marker() in ("None", "none", None, "")
    # no tail customers, no mean: no legend
    ax2 = C.plot_clv_bins(axes(), bins[:3] + [{"from": 150.0, "to": None, "customers": 0}], "USD")
    draw(ax2)
    assert ax2.get_legend() is None and len(bars(ax2)) == 3


def test_clv_bins_note_draws_no_box_in_the_svg():
    """An invisible patch in the legend came out of Qt's PDF writer as a hairline box; the note is a
    line without line or marker, which the SVG writes as an empty group."""
    import re

    svg = C.figure_svg(lambda ax: C.plot_clv_bins(ax, [{"from": 0, "to": 10, "customers": 5},
                                                       {"from": 10, "to": None, "customers": 2}], "USD"), 400, 200)
    legend = svg.decode()[svg.decode().index('id="legend_1"'):]
    assert not re.search(r'<path [^>]*style="fill: none"/>', legend)


def test_tier_distribution_counts_shares_and_colours():
    ax = C.plot_tier_distribution(axes(), ["برونزي", "Серебро", "طلایی"], [300, 150, 50], C.ChartStyle(),
                                  colors=["#cd7f32", None, "#ffd700"])
    draw(ax)
    b = bars(ax)
    assert [r.get_width() for r in b] == [300, 150, 50]
    assert b[0].get_facecolor()[:3] == pytest.approx((0xcd / 255, 0x7f / 255, 0x32 / 255))
    notes = [t.get_text() for t in ax.texts]
    assert notes == ["300 (60.0%)", "150 (30.0%)", "50 (10.0%)"]


def test_palive_scatter_samples_but_keeps_highlighted():
    rng = np.random.default_rng(1)
    n = 10_000
    alive, clv = rng.uniform(0, 1, n), rng.gamma(1.0, 100.0, n)
    mark = np.zeros(n, bool)
    mark[[5, 50, 500]] = True
    ax = C.plot_palive_vs_clv(axes(), alive, clv, "USD", C.ChartStyle(), highlight=mark, max_points=1000)
    draw(ax)
    dots = [c for c in ax.collections if isinstance(c, PathCollection)]
    assert len(dots) == 2
    assert len(dots[1].get_offsets()) == 3                        # every highlighted customer
    assert 997 <= len(dots[0].get_offsets()) + 3 <= 1003
    assert any("of 10,000 customers shown" in t for t in texts(ax))
    assert ax.get_xlim() == pytest.approx((-0.02, 1.02))


def test_palive_scatter_shows_highlighted_customers_above_the_usual_top():
    """The y axis stops at the 99.5th percentile, but never below a highlighted (win-back) customer."""
    alive = np.linspace(0, 1, 1000)
    clv = np.full(1000, 100.0)
    clv[7] = 50_000.0                                             # far above the 99.5th percentile
    mark = np.zeros(1000, bool)
    mark[7] = True
    ax = C.plot_palive_vs_clv(axes(), alive, clv, "USD", C.ChartStyle(), highlight=mark)
    draw(ax)
    assert ax.get_ylim()[1] >= 50_000.0
    plain = C.plot_palive_vs_clv(axes(), alive, clv, "USD", C.ChartStyle())
    assert plain.get_ylim()[1] < 1000                              # not highlighted: the outlier is cut off


def test_svg_leaves_out_scatter_points_outside_the_axes():
    """Qt's SVG renderer ignores a marker group's clip path: points beyond the limits are removed before
    saving (they would be painted over the chart's title in the PDF); lines and bars are clipped anyway."""
    import re

    fig = Figure(figsize=(4, 3))
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    dots = ax.scatter([0.1, 0.5, 0.9, 0.5], [0.5, 3.0, 0.2, -2.0], s=[10, 20, 30, 40])
    ax.set_ylim(0, 1)
    C._drop_points_outside(fig)
    assert dots.get_offsets().tolist() == [[0.1, 0.5], [0.9, 0.2]]
    assert dots.get_sizes().tolist() == [10, 30]                   # per-point sizes follow their points

    def plot(ax):
        ax.scatter([0.1, 0.5, 0.9], [0.5, 3.0, 0.2])
        ax.set_ylim(0, 1)

    svg = C.figure_svg(plot, 400, 300).decode()
    group = svg[svg.index('id="PathCollection_1"'):]
    group = group[:group.index("</g>\n   </g>")]
    assert len(re.findall(r"<use ", group)) == 2


def test_pain_points_top_categories_with_low_csat():
    cats = [f"cat {i}" for i in range(12)]
    tickets = list(range(12, 0, -1))
    low = [float(i) for i in range(12)]
    low[1] = None
    ax = C.plot_pain_points(axes(), cats, tickets, C.ChartStyle(), low_csat=low, top=10)
    draw(ax)
    assert [r.get_width() for r in bars(ax)] == tickets[:10]
    assert [t.get_text() for t in ax.get_yticklabels()] == cats[:10]
    top_axis = ax.figure.axes[-1]
    diamonds = top_axis.collections[0].get_offsets()
    assert len(diamonds) == 10 and np.ma.is_masked(diamonds[1][0]) and diamonds[2][0] == 2.0   # None: no diamond


def test_satisfaction_and_ticket_trends():
    labels = ["Q3 2025", "Q4 2025", "Q1 2026", "Q2 2026"]
    ax = C.plot_satisfaction_trend(axes(), labels, [10.0, -5.0, None, 20.0], [80.0, 85.0, 90.0, 88.0], C.ChartStyle())
    draw(ax)
    assert ax.get_ylim() == (-100, 100) and ax.figure.axes[-1].get_ylim() == (0, 100)
    nps = ax.get_lines()[0].get_ydata()
    assert nps[1] == -5.0 and math.isnan(nps[2])
    ax2 = C.plot_tickets_by_period(axes(), labels, [30, 40, 35, 50], [90.0, 80.0, None, 70.0], [60.0] * 4,
                                   C.ChartStyle.dark())
    draw(ax2)
    assert [b.get_height() for b in bars(ax2)] == [30, 40, 35, 50]
    assert len(ax2.figure.axes[-1].get_lines()) == 2
    assert ax2.get_facecolor()[:3] == pytest.approx((0x20 / 255, 0x21 / 255, 0x24 / 255))


def test_arabic_persian_russian_labels_render_without_tofu():
    """Every glyph of the Arabic, Persian and Cyrillic labels is in the bundled fonts (a missing glyph warns,
    which fails here), and the caller's digits are used. (Shaping was checked by eye on the PNGs.)"""
    ax = axes(4, 2)
    ax.set_axis_off()
    style = C.ChartStyle(number_format=lambda v, d: f"{v:,.{d}f}".translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")))
    C.plot_tier_distribution(ax, ["مشتریان وفادار", "عملاء جدد", "Постоянные"], [5, 3, 2], style,
                             title="توزيع العملاء — Распределение")
    pixels = draw(ax)
    assert (pixels[..., :3] < 100).any()          # dark text was drawn
    assert "٥ (٥٠.٠%)" in [t.get_text() for t in ax.texts]    # the caller's digits


def test_figure_svg_is_vector_and_readable_by_qt_free_parsers():
    import xml.etree.ElementTree as ET

    svg = C.figure_svg(lambda ax: C.plot_tier_distribution(ax, ["Gold", "ذهبي"], [1, 2]), 600, 250)
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg") and root.get("width") == "450pt"      # 600 px at 96 dpi
    assert b"<image" not in svg                                              # no raster inside
    assert b'd=""' not in svg and not any(
        el.tag.endswith("path") and el.get("d") is None and el.get("id") for el in root.iter())
