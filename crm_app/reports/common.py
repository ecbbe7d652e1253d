"""What the three report builders share: options, the result record, progress stages, names of things.

Builders are Qt-free module-level functions `build_*(db, out, ..., progress=None, cancel=None)`; the
GUI runs them off the GUI thread (run_task) and the CLI on the main thread. Progress is
progress(fraction 0–1, message); cancel is a callable returning True or a threading.Event, checked
between steps and per page (raises analytics.common.Cancelled; no partial PDF is left behind).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from crm_app.analytics.common import Cancel, Progress, check_cancel, report


@dataclass(frozen=True)
class ReportOptions:
    lang: str = "en"                    # en | ar | fa | ru (ar, fa: right-to-left)
    page_size: str = "a4"               # a4 | letter
    business_name: str | None = None    # default: the business_name setting
    logo: str | Path | None = None      # an image file for the cover (PNG/JPEG/SVG raster formats Qt reads)


@dataclass
class ReportResult:
    path: Path
    pages: int
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)   # step → seconds
    document: object = None       # pdf.Document: the laid-out report, to paint again for a print preview


class Steps:
    """Splits one progress bar over named steps with weights; records how long each step took."""

    def __init__(self, progress: Progress | None, cancel: Cancel | None, weights: dict[str, float]):
        self.progress, self.cancel = progress, cancel
        total = sum(weights.values()) or 1.0
        self.bounds, acc = {}, 0.0
        for name, w in weights.items():
            self.bounds[name] = (acc / total, (acc + w) / total)
            acc += w
        self.timings: dict[str, float] = {}
        self._name: str | None = None
        self._t = time.perf_counter()
        self.started = self._t

    def step(self, name: str, message: str | None = None) -> Progress:
        """Start step `name` (ends the previous one); returns a progress callback scaled into it."""
        self._close()
        check_cancel(self.cancel)
        self._name, self._t = name, time.perf_counter()
        lo, hi = self.bounds[name]
        report(self.progress, lo, message or name)
        return lambda f, m: report(self.progress, lo + (hi - lo) * f, m)

    def _close(self) -> None:
        if self._name is not None:
            self.timings[self._name] = self.timings.get(self._name, 0.0) + time.perf_counter() - self._t
            self._name = None

    def done(self) -> float:
        self._close()
        report(self.progress, 1.0, "done")
        return time.perf_counter() - self.started


def business_name(db, options: ReportOptions) -> str:
    if options.business_name:
        return options.business_name
    from crm_app import config
    from crm_app.services import settings

    with db.read() as s:
        return str(settings.get(s, config.BUSINESS_NAME))


def logo_path(db, options: ReportOptions) -> Path | None:
    """The cover logo: the option, else the business_logo setting (Settings ▸ Business)."""
    from crm_app import config
    from crm_app.services import settings

    value = options.logo
    if value is None:
        with db.read() as s:
            value = settings.get(s, config.BUSINESS_LOGO) or None
    if not value:
        return None
    path = Path(value)
    if not path.is_file():
        raise FileNotFoundError(f"the logo {path} does not exist")
    return path


def activity_name(translate, code: str) -> str:
    return {"prospect": translate("Segments", "Prospect"), "new": translate("Segments", "New"),
            "active": translate("Segments", "Active"), "at_risk": translate("Segments", "At risk"),
            "reactivated": translate("Segments", "Reactivated"), "lapsed": translate("Segments", "Lapsed")}.get(code, code)


def rfm_name(translate, code: str) -> str:
    return {"champions": translate("Segments", "Champions"), "loyal": translate("Segments", "Loyal"),
            "potential_loyalist": translate("Segments", "Potential loyalists"),
            "new_customers": translate("Segments", "New customers"), "promising": translate("Segments", "Promising"),
            "need_attention": translate("Segments", "Need attention"),
            "about_to_sleep": translate("Segments", "About to sleep"), "at_risk": translate("Segments", "At risk"),
            "cant_lose": translate("Segments", "Cannot lose them"), "hibernating": translate("Segments", "Hibernating"),
            "(no purchase yet)": translate("Segments", "(no purchase yet)")}.get(code, code)


def segment_name(translate, kind: str, code: str) -> str:
    if kind == "activity":
        return activity_name(translate, code)
    if kind == "rfm":
        return rfm_name(translate, code)
    special = {"(no tier)": translate("Segments", "(no tier)"), "(no tag)": translate("Segments", "(no tag)"),
               "(none)": translate("Segments", "(none)")}
    return special.get(code, code)


def subst(template: str, *values: str) -> str:
    """Qt-style %1 … %9 placeholders (translators may reorder them), replaced in one pass."""
    import re

    return re.sub(r"%([1-9])", lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values)
                  else m.group(0), template)
