"""A small HTML builder for the subset of HTML/CSS that QTextDocument lays out (Qt-free).

Right-to-left: paragraphs follow `dir="rtl"`, but Qt keeps table columns left-to-right, so `table()`
reverses the columns itself (the first column ends up on the right) and mirrors cell alignment.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
import re
from html import escape


_ARABIC_LETTER = re.compile(r"[\u0620-\u065f\u066e-\u06ef\u06fa-\u06ff]")
LRI, PDI = "\u2066", "\u2069"


def ltr_math(text: str) -> str:
    """Text for a right-to-left paragraph: a formula written without Arabic-script words (Latin variables
    and digits, e.g. an untranslated "CRR = (E − N) / S × 100 = …") is wrapped in a Unicode left-to-right
    isolate so it keeps its left-to-right order. Translated formulas are left to the bidi algorithm, which
    lays them out as right-to-left mathematics (read from the right, with mirrored parentheses)."""
    if not text or _ARABIC_LETTER.search(text):
        return text
    return f"{LRI}{text}{PDI}"


def esc(value) -> str:
    return escape("" if value is None else str(value), quote=True)


class Html:
    def __init__(self, rtl: bool = False):
        self.rtl = rtl
        self.parts: list[str] = []

    # blocks
    def h1(self, text: str) -> Html:
        return self.raw(f"<h1>{esc(text)}</h1>")

    def h2(self, text: str, *, new_page: bool = False) -> Html:
        style = ' style="page-break-before: always"' if new_page else ""
        return self.raw(f"<h2{style}>{esc(text)}</h2>")

    def h3(self, text: str) -> Html:
        return self.raw(f"<h3>{esc(text)}</h3>")

    def p(self, text: str, cls: str | None = None) -> Html:
        c = f' class="{cls}"' if cls else ""
        return self.raw(f"<p{c}>{esc(text)}</p>")

    def raw(self, html: str) -> Html:
        self.parts.append(html)
        return self

    def page_break(self) -> Html:
        return self.raw('<p style="page-break-after: always; margin: 0"></p>')

    def spacer(self, px: int = 12) -> Html:
        return self.raw(f'<p style="margin-top: {int(px)}px; margin-bottom: 0"></p>')

    def image(self, name: str, width: int | None = None, height: int | None = None) -> Html:
        size = (f' width="{int(width)}"' if width else "") + (f' height="{int(height)}"' if height else "")
        return self.raw(f'<p><img src="image:{esc(name)}"{size}></p>')

    def chart(self, name: str, width: int, height: int, caption: str | None = None) -> Html:
        """A chart drawn by pdf.write_pdf from the SVG named `name` (width × height in 96-dpi pixels)."""
        if caption:
            self.h3(caption)
        return self.raw(f'<p align="center" style="margin-top: 2px; margin-bottom: 8px">'
                        f'<img src="chart:{esc(name)}" width="{int(width)}" height="{int(height)}"></p>')

    def kv(self, rows: Iterable[tuple[str, str]], *, label_width: int = 35) -> Html:
        """Label/value pairs as a borderless two-column table (labels muted)."""
        body = []
        for label, value in rows:
            cells = [f'<td width="{label_width}%" class="muted">{esc(label)}</td>', f"<td>{esc(value)}</td>"]
            body.append("<tr>" + "".join(reversed(cells) if self.rtl else cells) + "</tr>")
        return self.raw('<table class="plain" width="100%" cellspacing="0" cellpadding="2">' + "".join(body) +
                        "</table>")

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[str]], *, numeric: Iterable[int] = (),
              widths: Sequence[int] | None = None, empty: str | None = None, raw_cells: Iterable[int] = ()) -> Html:
        """A bordered table with a header row that repeats on every page. `numeric`: columns aligned to the
        end side; `widths`: column widths in %; `raw_cells`: columns whose cells are HTML already."""
        num, raw = set(numeric), set(raw_cells)
        end = "left" if self.rtl else "right"
        order = list(range(len(headers)))
        if self.rtl:
            order.reverse()

        def width(i: int) -> str:
            return f' width="{widths[i]}%"' if widths else ""

        head = "".join(f"<th{width(i)}>{esc(headers[i])}</th>" for i in order)
        body = []
        for row in rows:
            cells = []
            for i in order:
                value = row[i] if raw and i in raw else esc(row[i])
                align = f' align="{end}"' if i in num else ""
                cells.append(f"<td{align}>{value}</td>")
            body.append("<tr>" + "".join(cells) + "</tr>")
        if not body:
            if empty:
                self.p(empty, "muted")
            return self
        return self.raw('<table class="grid" width="100%" cellspacing="0" cellpadding="3">'
                        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")

    def document(self, title: str) -> str:
        d = "rtl" if self.rtl else "ltr"
        return (f'<html dir="{d}"><head><meta charset="utf-8"><title>{esc(title)}</title></head>'
                f'<body dir="{d}">' + "\n".join(self.parts) + "</body></html>")
