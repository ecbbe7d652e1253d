"""Plotting functions: each takes an Axes, draws, and returns it (no pyplot global state)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class ChartStyle:
    text: str = "#202124"
    background: str = "#ffffff"
    accent: str = "#1f77b4"
    grid: str = "#dddddd"


def plot_spend_by_month(ax, months: Sequence[date], amounts: Sequence[Decimal], currency: str,
                        style: ChartStyle = ChartStyle(), title: str = ""):
    """Net spend per month as bars. `amounts` are Decimal major units (converted for drawing only)."""
    ax.set_facecolor(style.background)
    ax.figure.set_facecolor(style.background)
    if months:
        ax.bar(list(months), [float(a) for a in amounts], width=20, color=style.accent)
    ax.set_title(title, color=style.text, fontsize=9)
    ax.set_ylabel(currency, color=style.text, fontsize=8)
    ax.tick_params(colors=style.text, labelsize=7)
    for spine in ax.spines.values():
        spine.set_color(style.grid)
    ax.grid(axis="y", color=style.grid, linewidth=0.5)
    ax.set_axisbelow(True)
    return ax
