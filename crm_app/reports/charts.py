"""Plotting functions: each takes an Axes, draws plain data on it and returns it (no pyplot, no Qt).

The same functions draw the metrics tab (Figure on FigureCanvasQTAgg) and the PDF reports (Figure
saved as SVG). Callers pass translated titles/labels and, in `ChartStyle.number_format`, a locale
number formatter for the value axes; the defaults are English. Category labels (periods, cohorts,
tiers, ticket categories) are drawn as given, so they can be Arabic, Persian or Russian:
matplotlib ≥ 3.11 shapes Arabic itself (no reshaping/bidi preprocessing) and the bundled Noto fonts
cover every script the app supports (reports/fonts.py).

None / NaN values are gaps, never zeros.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

Number = float | int | Decimal | None


@dataclass(frozen=True)
class ChartStyle:
    """Colours of one palette (light by default; `ChartStyle.dark()` for dark mode) and the number format.

    number_format(value, decimals) → text, e.g. a QLocale formatter; None = Python's "1,234.5".
    """
    text: str = "#202124"
    background: str = "#ffffff"
    accent: str = "#1f77b4"
    grid: str = "#dddddd"
    secondary: str = "#d62728"     # the second series: churn, CSAT, low CSAT
    muted: str = "#9aa0a6"         # the earlier year / reference lines
    highlight: str = "#ff7f0e"     # marked points (win-back candidates)
    colormap: str = "Blues"        # cohort heatmap
    font_size: float = 8.0
    number_format: Callable[[float, int], str] | None = None
    percent: str = "%"             # the locale's percent sign

    @classmethod
    def dark(cls, **kw) -> ChartStyle:
        values = dict(text="#e8eaed", background="#202124", accent="#8ab4f8", grid="#5f6368", secondary="#f28b82",
                      muted="#9aa0a6", highlight="#fdd663", colormap="viridis")
        values.update(kw)
        return cls(**values)

    def num(self, value: float, decimals: int = 0) -> str:
        if self.number_format is not None:
            return self.number_format(float(value), decimals)
        return f"{float(value):,.{decimals}f}"


def _f(v: Number) -> float:
    """float for drawing; None/NaN → NaN (a gap)."""
    if v is None:
        return math.nan
    x = float(v)
    return x if math.isfinite(x) else math.nan


def _prepare(ax, style: ChartStyle, title: str) -> None:
    from crm_app.reports.fonts import use_in_matplotlib

    use_in_matplotlib()
    ax.set_facecolor(style.background)
    ax.figure.set_facecolor(style.background)
    if title:
        ax.set_title(title, color=style.text, fontsize=style.font_size + 1)
    ax.tick_params(colors=style.text, labelsize=style.font_size - 1)
    for spine in ax.spines.values():
        spine.set_color(style.grid)
    ax.set_axisbelow(True)


def _value_axis(axis, style: ChartStyle, decimals: int = 0, suffix: str = "") -> None:
    from matplotlib.ticker import FuncFormatter

    axis.set_major_formatter(FuncFormatter(lambda v, _pos: style.num(v, decimals) + suffix))


def _categories(ax, labels: Sequence[str], style: ChartStyle, max_labels: int = 12) -> None:
    """Category ticks 0..n-1 on the x axis, thinned to at most `max_labels` labels, slanted when crowded."""
    n = len(labels)
    step = max(1, math.ceil(n / max_labels))
    ticks = list(range(0, n, step))
    if n and ticks[-1] != n - 1 and (n - 1) - ticks[-1] >= step / 2:
        ticks.append(n - 1)
    ax.set_xticks(ticks)
    ax.set_xticklabels([labels[i] for i in ticks], rotation=30 if len(ticks) > 6 else 0,
                       ha="right" if len(ticks) > 6 else "center", rotation_mode="anchor")
    ax.set_xlim(-0.6, n - 0.4 if n else 0.6)


def _legend(ax, handles, style: ChartStyle) -> None:
    """A legend below the chart: a figure legend "outside lower center" when `ax` (with its twins) is the
    figure's only chart under constrained layout (it then never overlaps tick labels), else under `ax`."""
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    handles = [h for h in handles if h is not None and not h.get_label().startswith("_")]
    if not handles:
        return
    fig = ax.figure
    alone = all(a.get_subplotspec() == ax.get_subplotspec() for a in fig.axes)
    ncol = min(len(handles), 4)
    if alone and isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine):
        leg = fig.legend(handles=handles, loc="outside lower center", ncol=ncol, fontsize=style.font_size - 1,
                         frameon=False)
    else:
        leg = ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=ncol,
                        fontsize=style.font_size - 1, frameon=False)
    for t in leg.get_texts():
        t.set_color(style.text)


def _note(label: str):
    """A legend entry that is only text: a line with no line and no marker draws nothing (an invisible
    patch would be painted as a hairline box in the PDF)."""
    from matplotlib.lines import Line2D

    return Line2D([], [], linestyle="none", marker="none", label=label)


def _twin(ax, style: ChartStyle, axis: str = "y"):
    other = ax.twinx() if axis == "y" else ax.twiny()
    other.tick_params(colors=style.text, labelsize=style.font_size - 1)
    for spine in other.spines.values():
        spine.set_color(style.grid)
    return other


def _by_period(ax, right, labels: Sequence[str], handles, style: ChartStyle, decimals: int = 0):
    """The end of a chart by period with a second value axis on the right: both value axes in the locale's
    numbers, the periods as categories, a grid and the legend below."""
    _value_axis(ax.yaxis, style, decimals)
    _value_axis(right.yaxis, style, decimals)
    _categories(ax, labels, style)
    ax.grid(axis="y", color=style.grid, linewidth=0.5)
    _legend(ax, handles, style)
    return ax


def plot_spend_by_month(ax, months: Sequence[date], amounts: Sequence[Decimal], currency: str,
                        style: ChartStyle = ChartStyle(), title: str = ""):
    """Net spend per month as bars. `amounts` are Decimal major units (converted for drawing only)."""
    _prepare(ax, style, title)
    if months:
        ax.bar(list(months), [float(a) for a in amounts], width=20, color=style.accent)
    ax.set_ylabel(currency, color=style.text, fontsize=style.font_size)
    ax.grid(axis="y", color=style.grid, linewidth=0.5)
    return ax


def plot_retention_by_period(ax, labels: Sequence[str], crr: Sequence[Number], churn: Sequence[Number],
                             style: ChartStyle = ChartStyle(), *, crr_previous: Sequence[Number] | None = None,
                             churn_previous: Sequence[Number] | None = None, title: str = "",
                             crr_label: str = "CRR", churn_label: str = "Churn rate",
                             previous_label: str = "{} a year earlier"):
    """CRR (left axis, %) and churn rate (right axis, %) per period, oldest first; the same periods a
    year earlier as dashed lines (seasonality). `previous_label` gets the series name in its {}.
    The churn axis is `ax.figure.axes[-1]` (a twin of `ax`)."""
    _prepare(ax, style, title)
    x = list(range(len(labels)))
    right = _twin(ax, style)
    handles = [ax.plot(x, [_f(v) for v in crr], color=style.accent, marker="o", markersize=3, linewidth=1.6,
                       label=crr_label)[0]]
    if crr_previous is not None:
        handles.append(ax.plot(x, [_f(v) for v in crr_previous], color=style.accent, linestyle="--", linewidth=1,
                               alpha=0.6, label=previous_label.format(crr_label))[0])
    handles.append(right.plot(x, [_f(v) for v in churn], color=style.secondary, marker="s", markersize=3,
                              linewidth=1.6, label=churn_label)[0])
    if churn_previous is not None:
        handles.append(right.plot(x, [_f(v) for v in churn_previous], color=style.secondary, linestyle="--",
                                  linewidth=1, alpha=0.6, label=previous_label.format(churn_label))[0])
    ax.set_ylabel(crr_label + f" ({style.percent})", color=style.accent, fontsize=style.font_size)
    right.set_ylabel(churn_label + f" ({style.percent})", color=style.secondary, fontsize=style.font_size)
    return _by_period(ax, right, labels, handles, style, decimals=1)


def plot_cohort_heatmap(ax, cohorts: Sequence[str], retention: Sequence[Sequence[Number]],
                        style: ChartStyle = ChartStyle(), *, sizes: Sequence[int] | None = None, title: str = "",
                        xlabel: str = "Periods since the first purchase", ylabel: str = "",
                        annotate: bool = True):
    """Cohort retention in % (rows = acquisition cohorts, oldest first; columns = periods since the first
    purchase, 0 = the acquisition period). Cells not reached yet (None) stay blank."""
    import numpy as np

    _prepare(ax, style, title)
    width = max((len(r) for r in retention), default=0)
    grid = np.full((len(cohorts), width), np.nan)
    for i, row in enumerate(retention):
        grid[i, :len(row)] = [_f(v) for v in row]
    masked = np.ma.masked_invalid(grid)
    # column 0 is 100 % by definition: scale the colours over the later periods so their differences show
    later = grid[:, 1:][np.isfinite(grid[:, 1:])] if width > 1 else np.empty(0)
    top = float(later.max()) if later.size and later.max() > 0 else 100.0
    image = ax.imshow(masked, cmap=style.colormap, vmin=0, vmax=top, aspect="auto", interpolation="nearest")
    ax.set_xticks(range(width))
    ax.set_xticklabels([style.num(i) for i in range(width)])
    ax.set_yticks(range(len(cohorts)))
    names = list(cohorts) if sizes is None else [f"{c} ({style.num(n)})" for c, n in zip(cohorts, sizes)]
    ax.set_yticklabels(names)
    ax.set_xlabel(xlabel, color=style.text, fontsize=style.font_size)
    if ylabel:
        ax.set_ylabel(ylabel, color=style.text, fontsize=style.font_size)
    if annotate and grid.size:
        cmap = image.get_cmap()
        for (i, j), v in np.ndenumerate(grid):
            if math.isnan(v):
                continue
            r, g, b, _ = cmap(min(v / top, 1.0))
            dark = 0.299 * r + 0.587 * g + 0.114 * b < 0.5
            ax.text(j, i, style.num(v), ha="center", va="center", fontsize=style.font_size - 2,
                    color="white" if dark else "black")
    for spine in ax.spines.values():
        spine.set_visible(False)
    return ax


def plot_revenue_by_month(ax, labels: Sequence[str], revenue: Sequence[Number], currency: str,
                          style: ChartStyle = ChartStyle(), *, previous: Sequence[Number] | None = None,
                          title: str = "", label: str = "Revenue", previous_label: str = "A year earlier"):
    """Net revenue per month as bars (oldest first); `previous` = the same months a year earlier, as a line."""
    _prepare(ax, style, title)
    x = list(range(len(labels)))
    handles = [ax.bar(x, [_f(v) for v in revenue], color=style.accent, width=0.75, label=label)]
    if previous is not None:
        handles.append(ax.plot(x, [_f(v) for v in previous], color=style.muted, linestyle="--", marker=".",
                               linewidth=1.2, label=previous_label)[0])
    ax.set_ylabel(currency, color=style.text, fontsize=style.font_size)
    _value_axis(ax.yaxis, style)
    _categories(ax, labels, style)
    ax.grid(axis="y", color=style.grid, linewidth=0.5)
    if previous is not None:
        _legend(ax, handles, style)
    return ax


def plot_clv_bins(ax, bins: Sequence[dict], currency: str, style: ChartStyle = ChartStyle(), *, mean: Number = None,
                  title: str = "", xlabel: str = "Predicted CLV", ylabel: str = "Customers", mean_label: str = "Mean",
                  open_label: str = "{} above {}"):
    """Histogram of predicted CLV from bins already counted (the metrics result's `clv_distribution.bins`:
    dicts with `from`, `to` and `customers`; a last bin with `to` None is the open tail beyond the 99th
    percentile, left out of the bars so the bulk stays readable and told in the legend). `mean`: a line.
    `open_label` gets the count and the tail's lower bound in its {} / {0} {1}."""
    _prepare(ax, style, title)
    closed = [b for b in bins if b.get("to") is not None]
    tail = [b for b in bins if b.get("to") is None]
    handles = []
    if closed:
        ax.bar([_f(b["from"]) for b in closed], [int(b["customers"]) for b in closed],
               width=[_f(b["to"]) - _f(b["from"]) for b in closed], align="edge", color=style.accent,
               edgecolor=style.background, linewidth=0.4)
    if mean is not None:
        handles.append(ax.axvline(_f(mean), color=style.secondary, linewidth=1.2,
                                  label=f"{mean_label} {style.num(_f(mean), 2)} {currency}"))
    if tail and int(tail[0]["customers"]):
        handles.append(_note(open_label.format(style.num(int(tail[0]["customers"])),
                                               f"{style.num(_f(tail[0]['from']))} {currency}")))
    ax.set_xlabel(f"{xlabel} ({currency})", color=style.text, fontsize=style.font_size)
    ax.set_ylabel(ylabel, color=style.text, fontsize=style.font_size)
    _value_axis(ax.xaxis, style)
    _value_axis(ax.yaxis, style)
    ax.grid(axis="y", color=style.grid, linewidth=0.5)
    if handles:
        leg = ax.legend(handles=handles, loc="upper right", fontsize=style.font_size - 1, frameon=False)
        for t in leg.get_texts():
            t.set_color(style.text)
    return ax


def plot_tier_distribution(ax, names: Sequence[str], counts: Sequence[int], style: ChartStyle = ChartStyle(), *,
                           colors: Sequence[str | None] | None = None, title: str = "",
                           xlabel: str = "Customers"):
    """Customers per loyalty tier as horizontal bars, the first tier on top; each bar carries its count and
    share. `colors`: the tiers' own colours (None → the accent)."""
    _prepare(ax, style, title)
    total = sum(int(c) for c in counts) or 1
    y = list(range(len(names)))
    fill = [c or style.accent for c in (colors or [None] * len(names))]
    bars = ax.barh(y, [int(c) for c in counts], color=fill, edgecolor=style.grid, linewidth=0.5, height=0.6)
    ax.set_yticks(y)
    ax.set_yticklabels(list(names))
    ax.invert_yaxis()
    for bar, c in zip(bars, counts):
        ax.annotate(f"{style.num(int(c))} ({style.num(100.0 * int(c) / total, 1)}{style.percent})",
                    (bar.get_width(), bar.get_y() + bar.get_height() / 2), xytext=(3, 0),
                    textcoords="offset points", va="center", fontsize=style.font_size - 1, color=style.text)
    ax.set_xlabel(xlabel, color=style.text, fontsize=style.font_size)
    _value_axis(ax.xaxis, style)
    ax.margins(x=0.18)
    ax.grid(axis="x", color=style.grid, linewidth=0.5)
    return ax


def plot_palive_vs_clv(ax, p_alive: Sequence[Number], clv: Sequence[Number], currency: str,
                       style: ChartStyle = ChartStyle(), *, highlight: Sequence[bool] | None = None,
                       max_points: int = 4000, seed: int = 0, title: str = "", xlabel: str = "P(alive)",
                       ylabel: str = "Predicted CLV", label: str = "Customers",
                       highlight_label: str = "Win-back candidates", sample_label: str = "{} of {} customers shown"):
    """One point per customer: probability of being alive (x) against predicted CLV (y). Large inputs are
    thinned to a reproducible random sample of `max_points` (highlighted customers are always kept);
    the y axis stops at the 99.5th percentile, or higher to show every highlighted customer."""
    import numpy as np

    _prepare(ax, style, title)
    x = np.asarray([_f(v) for v in p_alive], dtype=float)
    y = np.asarray([_f(v) for v in clv], dtype=float)
    mark = np.zeros(x.size, bool) if highlight is None else np.asarray(highlight, dtype=bool)
    ok = np.isfinite(x) & np.isfinite(y)
    x, y, mark = x[ok], y[ok], mark[ok]
    n = x.size
    handles = []
    if n:
        keep = np.arange(n)
        if n > max_points:
            rng = np.random.default_rng(seed)
            keep = np.union1d(rng.choice(n, max_points, replace=False), np.flatnonzero(mark))
        top = float(np.quantile(y, 0.995)) if n > 10 else float(y.max())
        if mark.any():
            top = max(top, float(y[mark].max()))
        top = max(top * 1.05, 1.0)
        xs, ys, ms = x[keep], y[keep], mark[keep]
        handles.append(ax.scatter(xs[~ms], ys[~ms], s=4, alpha=0.35, color=style.accent, linewidths=0,
                                  label=label, rasterized=False))
        if ms.any():
            handles.append(ax.scatter(xs[ms], ys[ms], s=14, color=style.highlight, edgecolors=style.text,
                                      linewidths=0.3, label=highlight_label))
        ax.set_ylim(min(0.0, float(y.min())), top)
        if keep.size < n:
            handles.append(_note(sample_label.format(style.num(keep.size), style.num(n))))
    ax.set_xlim(-0.02, 1.02)
    ax.set_xlabel(xlabel, color=style.text, fontsize=style.font_size)
    ax.set_ylabel(f"{ylabel} ({currency})", color=style.text, fontsize=style.font_size)
    _value_axis(ax.xaxis, style, 1)
    _value_axis(ax.yaxis, style)
    ax.grid(color=style.grid, linewidth=0.5)
    _legend(ax, handles, style)
    return ax


def plot_pain_points(ax, categories: Sequence[str], tickets: Sequence[int], style: ChartStyle = ChartStyle(), *,
                     low_csat: Sequence[Number] | None = None, top: int = 10, title: str = "",
                     xlabel: str = "", low_label: str = "Low CSAT (1–2), % of answers",
                     tickets_label: str = "Tickets"):
    """Ticket categories by volume (horizontal bars, the biggest on top, at most `top`), with the share of
    low CSAT answers per category as diamonds on a second axis along the top."""
    _prepare(ax, style, title)
    order = sorted(range(len(categories)), key=lambda i: -int(tickets[i]))[:top]
    names = [categories[i] for i in order]
    y = list(range(len(order)))
    handles = [ax.barh(y, [int(tickets[i]) for i in order], color=style.accent, height=0.6, label=tickets_label)]
    ax.set_yticks(y)
    ax.set_yticklabels(names)
    ax.invert_yaxis()
    if xlabel:
        ax.set_xlabel(xlabel, color=style.text, fontsize=style.font_size)
    _value_axis(ax.xaxis, style)
    ax.grid(axis="x", color=style.grid, linewidth=0.5)
    if low_csat is not None:
        top_axis = _twin(ax, style, "x")
        handles.append(top_axis.scatter([_f(low_csat[i]) for i in order], y, marker="D", s=22,
                                        color=style.secondary, zorder=3, label=low_label))
        top_axis.set_xlim(0, max(10.0, max((_f(low_csat[i]) for i in order if not math.isnan(_f(low_csat[i]))),
                                           default=0.0) * 1.15))
        _value_axis(top_axis.xaxis, style, 0, style.percent)
        top_axis.set_ylim(ax.get_ylim())
    _legend(ax, handles, style)
    return ax


def plot_satisfaction_trend(ax, labels: Sequence[str], nps: Sequence[Number], csat: Sequence[Number],
                            style: ChartStyle = ChartStyle(), *, title: str = "", nps_label: str = "NPS",
                            csat_label: str = "CSAT"):
    """NPS (left axis, −100 … 100) and CSAT (right axis, %) per period, oldest first.
    The CSAT axis is `ax.figure.axes[-1]`."""
    _prepare(ax, style, title)
    x = list(range(len(labels)))
    right = _twin(ax, style)
    handles = [ax.plot(x, [_f(v) for v in nps], color=style.accent, marker="o", markersize=3, linewidth=1.6,
                       label=nps_label)[0],
               right.plot(x, [_f(v) for v in csat], color=style.secondary, marker="s", markersize=3, linewidth=1.6,
                          label=csat_label + f" ({style.percent})")[0]]
    ax.axhline(0, color=style.muted, linewidth=0.6)
    ax.set_ylim(-100, 100)
    right.set_ylim(0, 100)
    ax.set_ylabel(nps_label, color=style.accent, fontsize=style.font_size)
    right.set_ylabel(csat_label + f" ({style.percent})", color=style.secondary, fontsize=style.font_size)
    return _by_period(ax, right, labels, handles, style)


def plot_tickets_by_period(ax, labels: Sequence[str], tickets: Sequence[int], first_response_sla: Sequence[Number],
                           resolution_sla: Sequence[Number], style: ChartStyle = ChartStyle(), *, title: str = "",
                           tickets_label: str = "Tickets", first_response_label: str = "First response SLA",
                           resolution_label: str = "Resolution SLA"):
    """Tickets created per period (bars, left axis) and SLA attainment in % (lines, right axis)."""
    _prepare(ax, style, title)
    x = list(range(len(labels)))
    right = _twin(ax, style)
    handles = [ax.bar(x, [int(t) for t in tickets], color=style.muted, width=0.7, label=tickets_label),
               right.plot(x, [_f(v) for v in first_response_sla], color=style.accent, marker="o", markersize=3,
                          linewidth=1.6, label=first_response_label + f" ({style.percent})")[0],
               right.plot(x, [_f(v) for v in resolution_sla], color=style.secondary, marker="s", markersize=3,
                          linewidth=1.6, label=resolution_label + f" ({style.percent})")[0]]
    right.set_ylim(0, 100)
    ax.set_ylabel(tickets_label, color=style.text, fontsize=style.font_size)
    right.set_ylabel(style.percent, color=style.text, fontsize=style.font_size)
    return _by_period(ax, right, labels, handles, style)


def figure_svg(draw: Callable, width_px: float, height_px: float) -> bytes:
    """Draw on a new Figure of width_px × height_px CSS pixels (96 per inch) and return it as SVG.

    `draw(ax)` draws on the figure's single Axes. Glyphs are outlines (svg.fonttype = path), so the SVG
    renders identically anywhere.
    """
    import io
    import re

    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    from crm_app.reports.fonts import use_in_matplotlib

    use_in_matplotlib()
    fig = Figure(figsize=(width_px / 96.0, height_px / 96.0), dpi=96, layout="constrained")
    FigureCanvasSVG(fig)
    draw(fig.add_subplot())
    _drop_points_outside(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    fig.clear()
    text = buf.getvalue().decode("utf-8")
    # glyphs without outline (spaces) are <path> without d: Qt's SVG reader rejects them and every <use>
    empty = re.findall(r'<path id="([^"]+)"(?: transform="[^"]*")?\s*/>', text)
    if empty:
        ids = "|".join(re.escape(i) for i in empty)
        text = re.sub(r'<path id="(?:%s)"(?: transform="[^"]*")?\s*/>' % ids, "", text)
        text = re.sub(r'<use xlink:href="#(?:%s)"[^>]*/>' % ids, "", text)
    return text.encode("utf-8")


def _drop_points_outside(fig) -> None:
    """Remove scatter points that lie outside their axes' limits. Agg clips them, but in the SVG the
    markers of a collection are clipped by a group's clip-path, which Qt's SVG renderer does not apply:
    in the PDF they would be painted over the title or the neighbouring chart."""
    import numpy as np
    from matplotlib.collections import PathCollection

    for ax in fig.axes:
        (x0, x1), (y0, y1) = sorted(ax.get_xlim()), sorted(ax.get_ylim())
        for c in ax.collections:
            if not isinstance(c, PathCollection) or c.get_offset_transform() is not ax.transData:
                continue
            xy = np.ma.filled(np.ma.asarray(c.get_offsets(), dtype=float), np.nan)
            if not len(xy):
                continue
            inside = (xy[:, 0] >= x0) & (xy[:, 0] <= x1) & (xy[:, 1] >= y0) & (xy[:, 1] <= y1)
            if inside.all():
                continue
            n = len(xy)
            sizes, faces, edges = c.get_sizes(), c.get_facecolors(), c.get_edgecolors()
            c.set_offsets(xy[inside])
            if len(sizes) == n:
                c.set_sizes(sizes[inside])
            if len(faces) == n:
                c.set_facecolors(faces[inside])
            if len(edges) == n:
                c.set_edgecolors(edges[inside])
