"""The fonts bundled in crm_app/resources/fonts (Noto Sans + Noto Sans Arabic, SIL OFL 1.1; see OFL.txt).

Noto Sans covers Latin, Cyrillic and Greek; Noto Sans Arabic covers Arabic and Persian (including
Arabic-Indic and Persian digits). Qt registers them in reports/pdf.py (QFontDatabase); matplotlib
learns them here, so charts and PDF text look the same and no glyph depends on the machine's fonts.
"""
from __future__ import annotations

import threading
from pathlib import Path

FONT_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"
FAMILIES = ("Noto Sans", "Noto Sans Arabic")
FALLBACK = ("DejaVu Sans",)  # matplotlib's own font: the last resort for symbols
_lock = threading.Lock()
_mpl_ready = False


def font_files() -> list[Path]:
    return sorted(FONT_DIR.glob("*.ttf"))


def use_in_matplotlib() -> None:
    """Register the bundled fonts with matplotlib and make them the default family list (idempotent).

    matplotlib ≥ 3.6 falls back glyph by glyph through a family *list*, and ≥ 3.11 shapes Arabic
    itself, so Arabic/Persian labels need no reshaping. The list is set on rcParams because tick
    labels are created at draw time from the defaults.
    """
    global _mpl_ready
    if _mpl_ready:
        return
    with _lock:
        if _mpl_ready:
            return
        from matplotlib import font_manager, rcParams

        known = {f.fname for f in font_manager.fontManager.ttflist}
        for path in font_files():
            if str(path) not in known:
                font_manager.fontManager.addfont(str(path))
        rcParams["font.family"] = [*FAMILIES, *FALLBACK]
        rcParams["svg.fonttype"] = "path"     # glyphs as outlines: the SVG needs no font to render
        rcParams["axes.unicode_minus"] = True
        _mpl_ready = True
