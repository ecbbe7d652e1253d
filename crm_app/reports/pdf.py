"""PDF writing with Qt: HTML → QTextDocument → QPdfWriter, page header and footer painted per page.

The one module outside ui/ that imports Qt (QtGui/QtSvg, no widgets). Report builders stay Qt-free:
they get a `Lang` (translations, locale number/date formats, direction) from here, build HTML with
reports/html.py, and call `write_pdf`.

Why this shape:
- QTextDocument shapes Arabic/Persian and lays paragraphs out right-to-left (`dir="rtl"` + the default
  text direction); text stays real text in the PDF (searchable, copyable) with the bundled Noto fonts
  embedded as subsets.
- QTextDocument has no header/footer API: the document is paginated to the body height and each page is
  painted with `drawContents` between a header and a footer drawn with QPainter.
- Tables split across pages with their `<thead>` rows repeated (Qt sets the header row count from it).
  Qt does not mirror table columns in right-to-left documents: html.py reverses them. Table lines get a
  common minimum height (the Arabic font's), so a row whose cells mix scripts breaks as a whole.
- Charts are SVG (matplotlib) drawn as vectors with QSvgRenderer into a space the layout reserved with a
  blank `<img src="chart:NAME">` (PySide cannot register a Python QTextObjectInterface handler).
- Thread use: QTextDocument, QPdfWriter, QSvgRenderer and QPainter on a QPdfWriter work off the GUI
  thread (no widget is touched); the QGuiApplication must exist first (`ensure_app` creates an offscreen
  one on the main thread when there is none, e.g. in the CLI).
- Translations: a QTranslator per report language (the report language may differ from the UI's, and
  installing a translator in the application from a worker thread would re-translate every widget).
"""
from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QByteArray, QCalendar, QCoreApplication, QDate, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtCore import QTime, QTranslator, QUrl
from PySide6.QtGui import (QColor, QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QImage, QPageLayout,
                           QPageSize, QPainter, QPdfWriter, QPen, QTextBlockFormat, QTextCursor, QTextDocument,
                           QTextFormat)
from PySide6.QtSvg import QSvgRenderer

from crm_app.analytics.common import Cancel, Progress, check_cancel, report
from crm_app.reports import fonts

LANGUAGES = {"en": "English", "ar": "العربية", "fa": "فارسی", "ru": "Русский"}
RTL = {"ar", "fa"}
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
TRANSLATIONS = Path(__file__).resolve().parent / "translations"
APP_TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"   # KpiText, ...
DPI = 300                      # layout resolution of the PDF (text is vector; this only sets the grid)
MARGINS_MM = (15.0, 12.0, 15.0, 12.0)
HEADER_MM = 11.0
FOOTER_MM = 11.0
KEEP_MM = 30.0                 # a heading this close to the page end moves to the next page

_app_lock = threading.Lock()
_own_app: list[QGuiApplication] = []
_families: list[str] = []


def ensure_app() -> QGuiApplication:
    """The running QGuiApplication (the GUI's), or an offscreen one created here (CLI, scripts); fonts
    registered. Must be first called on the main thread when no application exists."""
    with _app_lock:
        app = QCoreApplication.instance()
        if app is None:
            if threading.current_thread() is not threading.main_thread():
                raise RuntimeError("reports need a QGuiApplication: create it on the main thread first")
            app = QGuiApplication([sys.argv[0] if sys.argv else "crm-app", "-platform", "offscreen"])
            _own_app.append(app)
        elif not isinstance(app, QGuiApplication):
            raise RuntimeError("reports need a QGuiApplication (fonts), not a QCoreApplication")
        if not _families:
            for path in fonts.font_files():
                fid = QFontDatabase.addApplicationFont(str(path))
                if fid < 0:
                    raise RuntimeError(f"cannot load the font {path}")
                for fam in QFontDatabase.applicationFontFamilies(fid):
                    if fam not in _families:
                        _families.append(fam)
        return app


def families() -> list[str]:
    """Font families for report text: Noto Sans first (Latin, Cyrillic), Noto Sans Arabic for the rest."""
    return [f for f in fonts.FAMILIES if f in _families] or list(fonts.FAMILIES)


# --- language: translations, locale formats, direction ------------------------------------------------
class Lang:
    """One report language: `translate(context, text)`, locale formats and the layout direction."""

    def __init__(self, code: str = "en"):
        if code not in LANGUAGES:
            raise ValueError(f"report language must be one of {', '.join(LANGUAGES)}, not {code!r}")
        ensure_app()
        self.code = code
        self.rtl = code in RTL
        self.locale = QLocale(code)
        self.calendar = QCalendar(QCalendar.System.Jalali) if code == "fa" else QCalendar()
        self._translators: list[QTranslator] = []
        if code != "en":
            ours = QTranslator()
            if not ours.load(f"reports_{code}", str(TRANSLATIONS)):
                raise RuntimeError(f"the {LANGUAGES[code]} report translation is missing ({TRANSLATIONS})")
            self._translators.append(ours)
            app = QTranslator()  # the app's own strings the reports share (KpiText: the metrics tab's figures)
            if app.load(f"retain_{code}", str(APP_TRANSLATIONS)):
                self._translators.append(app)

    def translate(self, context: str, text: str, disambiguation: str | None = None) -> str:
        """The report's translation of `text`; for the strings the metrics tab shares (context KpiText) the
        app's translation wins when it has one, so the PDF says what the tab says."""
        order = self._translators[::-1] if context == "KpiText" else self._translators
        for t in order:
            out = t.translate(context, text, disambiguation)
            if out:
                return out
        return text

    # numbers
    def int(self, n: int | None) -> str:
        return "—" if n is None else self.locale.toString(int(n))

    def number(self, x: float | Decimal | None, decimals: int = 2) -> str:
        return "—" if x is None else self.locale.toString(float(x), "f", decimals)

    def percent(self, x: float | None, decimals: int = 2) -> str:
        return "—" if x is None else f"{self.number(x, decimals)}\u00a0{self.locale.percent()}"

    def money(self, amount: Decimal | float | None, currency: str, decimals: int | None = None) -> str:
        from crm_app.domain.money import exponent

        if amount is None:
            return "—"
        d = exponent(currency) if decimals is None else decimals
        return f"{self.locale.toString(float(amount), 'f', d)}\u00a0{currency}"

    def signed(self, x: float | None, decimals: int = 2, suffix: str = "") -> str:
        """+1.20 / −0.35 (a change), with the locale's signs."""
        if x is None:
            return "—"
        sign = self.locale.positiveSign() if x > 0 else self.locale.negativeSign() if x < 0 else ""
        return f"{sign}{self.number(abs(x), decimals)}{suffix}"

    # dates (Persian: Jalali calendar, like the app)
    def date(self, d: date | datetime | str | None) -> str:
        if d is None:
            return "—"
        if isinstance(d, str):
            d = date.fromisoformat(d[:10])
        if isinstance(d, datetime):
            d = d.date()
        qd = QDate(d.year, d.month, d.day)
        if self.code == "fa":  # "۹ آذر ۱۴۰۵": the day, month and year of the Jalali calendar
            parts = self.calendar.partsFromDate(qd)
            month = self.calendar.monthName(self.locale, parts.month, parts.year)
            return f"{self.int(parts.day)} {month} {self.locale.toString(parts.year).replace(self.locale.groupSeparator(), '')}"
        return self.locale.toString(qd, "d MMM yyyy")

    def datetime(self, dt: datetime | None) -> str:
        if dt is None:
            return "—"
        return f"{self.date(dt)} {self.locale.toString(QTime(dt.hour, dt.minute), 'HH:mm')}"

    def period(self, start: date, kind: str) -> str:
        """"Nov 2026", "Q3 2026", "2026" — periods are Gregorian (the metrics are), also in Persian."""
        qd = QDate(start.year, start.month, 1)
        year = self.locale.toString(qd, "yyyy")
        if kind == "month":
            return self.locale.toString(qd, "MMM yyyy")
        if kind == "quarter":
            return self.translate("Report", "Q%1 %2").replace("%1", self.int((start.month - 1) // 3 + 1)) \
                .replace("%2", year)
        return year

    def chart_style(self, **kw):
        """A ChartStyle whose axis numbers and percent sign follow this language."""
        from crm_app.reports.charts import ChartStyle

        return ChartStyle(number_format=lambda v, d: self.locale.toString(float(v), "f", d),
                          percent=self.locale.percent(), **kw)


# --- the document --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Decor:
    """Texts of the page header and footer; `page` has %1 (page) and %2 (pages)."""
    header_start: str
    header_end: str
    footer_start: str
    page: str = "Page %1 of %2"


@dataclass(frozen=True)
class Document:
    """A report ready to paint: what write_pdf laid out, kept so the GUI can paint the same pages on a
    QPrinter (print preview, printing) without building the report again."""
    html: str
    lang: "Lang"
    title: str
    decor: Decor
    page_size: str
    charts: dict
    images: dict


@dataclass(frozen=True)
class Written:
    path: Path
    pages: int
    document: Document | None = None


STYLE = """
body { font-size: 9.5pt; color: #202124; }
h1 { font-size: 20pt; font-weight: 600; margin-top: 0; margin-bottom: 6px; }
h2 { font-size: 13pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; color: #1a4f8b; }
h3 { font-size: 10.5pt; font-weight: 600; margin-top: 10px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 4px; }
.muted { color: #5f6368; }
.small { font-size: 8pt; }
.formula { font-size: 8pt; color: #3c4043; }
.big { font-size: 15pt; font-weight: 600; }
table.grid { border-collapse: collapse; }
table.grid th { background-color: #e8eef7; font-weight: 600; font-size: 8pt; }
table.grid td { font-size: 8pt; }
table.grid td, table.grid th { border: 0.5px solid #b8c2cc; }
table.plain td { font-size: 9pt; }
.cover { font-size: 12pt; }
"""


def _scale_to_layout(px_device: float) -> float:
    """QTextDocument lengths (line heights) are in 96-dpi pixels, scaled to the paint device."""
    return px_device * 96.0 / DPI


def _equalize_table_lines(doc: QTextDocument, writer: QPdfWriter) -> None:
    """Give every table line at least the height of an Arabic line of its size, so that the cells of a
    row have equal line heights and a page break never splits a row between its cells."""
    cache: dict[float, float] = {}
    edit = QTextCursor(doc)
    edit.beginEditBlock()  # one relayout at the end instead of one per block
    block = doc.begin()
    while block.isValid():
        cur = QTextCursor(block)
        if cur.currentTable() is not None:
            size = block.charFormat().fontPointSize() or doc.defaultFont().pointSizeF()
            if size not in cache:
                h = max(QFontMetricsF(QFont([fam], size), writer).height() for fam in families())
                cache[size] = _scale_to_layout(h)
            fmt = QTextBlockFormat()
            fmt.setLineHeight(cache[size], 2)  # QTextBlockFormat.LineHeightTypes.MinimumHeight
            edit.setPosition(block.position())
            edit.mergeBlockFormat(fmt)
        block = block.next()
    edit.endEditBlock()


def _relayout(doc: QTextDocument) -> None:
    """Lay the whole document out again now. Format edits are laid out incrementally, so pageCount() and
    block positions read right after them can still be those of before; a new page size forces it."""
    size = doc.pageSize()
    doc.setPageSize(QSizeF(size.width(), size.height() + 1))
    doc.setPageSize(size)


def _keep_headings_with_next(doc: QTextDocument, body_h: float, keep: float) -> int:
    """Move a heading (h1–h3) to the next page when less than `keep` is left below it on its page, so a
    heading never stands alone at the bottom of a page (QTextDocument has no keep-with-next)."""
    layout = doc.documentLayout()
    block = doc.begin()
    moved = 0
    while block.isValid() and moved < 200:
        level = block.blockFormat().headingLevel()
        if 0 < level <= 3 and block.blockFormat().pageBreakPolicy() == QTextFormat.PageBreakFlag.PageBreak_Auto:
            box = layout.blockBoundingRect(block)
            page_end = (box.top() // body_h + 1) * body_h
            after = block.next()
            # what must follow on the same page: `keep`, or all of the next block (a chart) when taller
            need = max(keep, min(layout.blockBoundingRect(after).height(), body_h / 2)) if after.isValid() else keep
            if box.top() > 0 and page_end - box.bottom() < need and box.top() % body_h > keep:
                fmt = QTextBlockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).mergeBlockFormat(fmt)
                _relayout(doc)   # measure the next headings on the layout with this move
                moved += 1
        block = block.next()
    return moved


def _chart_rects(doc: QTextDocument) -> list[tuple[QRectF, str]]:
    """Where the layout put each `<img src="chart:NAME">` (document coordinates, device pixels)."""
    out = []
    raw = doc.toRawText()
    pos = raw.find("\ufffc")
    layout = doc.documentLayout()
    while pos >= 0:
        cur = QTextCursor(doc)
        cur.setPosition(pos + 1)
        f = cur.charFormat()
        if f.isImageFormat() and f.toImageFormat().name().startswith("chart:"):
            img = f.toImageFormat()
            block = doc.findBlock(pos)
            rel = pos - block.position()
            line = block.layout().lineForTextPosition(rel)
            x0, x1 = line.cursorToX(rel)[0], line.cursorToX(rel + 1)[0]
            box = layout.blockBoundingRect(block)
            h = img.height() * DPI / 96.0
            w = img.width() * DPI / 96.0
            top = box.top() + line.y() + line.ascent() - h
            out.append((QRectF(box.left() + min(x0, x1), top, w, h), img.name()[len("chart:"):]))
        pos = raw.find("\ufffc", pos + 1)
    return out


def write_pdf(path: str | Path, html: str, *, lang: Lang, title: str, decor: Decor, page_size: str = "a4",
              charts: dict[str, bytes] | None = None, images: dict[str, str | Path] | None = None,
              progress: Progress | None = None, cancel: Cancel | None = None) -> Written:
    """Lay `html` out on pages of `page_size` ("a4" | "letter") and write the PDF to `path` atomically
    (a `.part` file renamed at the end; nothing is left behind on error or cancel).

    charts: name → SVG bytes for `<img src="chart:NAME" width=W height=H>` (W, H in 96-dpi pixels);
    images: name → image file for `<img src="image:NAME">` (e.g. the logo).
    progress(fraction, message) is called per page; cancel (callable or Event) is checked per page.
    """
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    ensure_app()
    path = Path(path)
    part = path.with_name(path.name + ".part")
    document = Document(html, lang, title, decor, page_size, dict(charts or {}), dict(images or {}))
    writer = QPdfWriter(str(part))
    writer.setTitle(title)
    writer.setCreator("Retain CRM")
    try:
        pages = paint_document(writer, document, progress, cancel)
    except BaseException:
        del writer
        part.unlink(missing_ok=True)
        raise
    del writer
    os.replace(part, path)
    return Written(path, pages, document)


def paint_document(device, document: Document, progress: Progress | None = None,
                   cancel: Cancel | None = None) -> int:
    """Lay the report out on `device` (a QPdfWriter, or a QPrinter for preview and printing: any
    QPagedPaintDevice) and paint every page; returns the page count."""
    d = document
    return _paint(device, d.html, d.lang, d.title, d.decor, d.page_size, d.charts, d.images, progress, cancel)


def _paint(writer, html: str, lang: Lang, title: str, decor: Decor, page_size: str,
           charts: dict[str, bytes], images: dict[str, str | Path], progress, cancel) -> int:
    left, top, right, bottom = MARGINS_MM
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[page_size]), QPageLayout.Orientation.Portrait,
                                     QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter))
    writer.setResolution(DPI)
    mm = DPI / 25.4
    page = writer.pageLayout().paintRectPixels(DPI)
    width, height = float(page.width()), float(page.height())
    head, foot = HEADER_MM * mm, FOOTER_MM * mm
    body_h = height - head - foot

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(QFont(families(), 9))
    doc.setDefaultStyleSheet(STYLE)
    option = doc.defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if lang.rtl else Qt.LayoutDirection.LeftToRight)
    doc.setDefaultTextOption(option)
    blank = QImage(1, 1, QImage.Format.Format_ARGB32)
    blank.fill(Qt.GlobalColor.transparent)
    for name in charts:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), blank)
    for name, file in images.items():
        img = QImage(str(file))
        if img.isNull():
            raise RuntimeError(f"cannot read the image {file}")
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"image:{name}"), img)
    doc.setHtml(html)
    check_cancel(cancel)
    _equalize_table_lines(doc, writer)
    doc.setPageSize(QSizeF(width, body_h))
    _keep_headings_with_next(doc, body_h, KEEP_MM * mm)
    count = doc.pageCount()
    if doc.documentLayout().documentSize().height() > count * body_h + 1:   # never cut the end off
        raise RuntimeError("the report layout is incomplete (page count behind the laid-out height)")
    rects = _chart_rects(doc)
    renderers = {name: QSvgRenderer(QByteArray(svg)) for name, svg in charts.items()}
    for name, r in renderers.items():
        if not r.isValid():
            raise RuntimeError(f"chart {name}: invalid SVG")

    painter = QPainter()
    if not painter.begin(writer):
        raise RuntimeError("cannot write the PDF (is the folder writable?)")
    try:
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang.rtl else Qt.LayoutDirection.LeftToRight)
        small = QFont(families(), 7)
        # with a right-to-left painter Qt mirrors AlignLeft/AlignRight itself: "left" is the start side
        start, end = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        for i in range(count):
            check_cancel(cancel)
            report(progress, i / max(count, 1), f"page {i + 1} of {count}")
            if i:
                writer.newPage()
            # header
            painter.setFont(small)
            painter.setPen(QColor("#5f6368"))
            band = QRectF(0, 0, width, head - 2.5 * mm)
            painter.drawText(band, start | Qt.AlignmentFlag.AlignBottom, decor.header_start)
            painter.drawText(band, end | Qt.AlignmentFlag.AlignBottom, decor.header_end)
            painter.setPen(QPen(QColor("#b8c2cc"), 0.3 * mm))
            painter.drawLine(0, int(head - 1.5 * mm), int(width), int(head - 1.5 * mm))
            # body
            painter.save()
            clip = QRectF(0, i * body_h, width, body_h)
            painter.translate(0, head - i * body_h)
            doc.drawContents(painter, clip)
            painter.setClipRect(clip.adjusted(-2 * mm, -mm, 2 * mm, mm))
            for rect, name in rects:
                # a chart is one inline object: it lies on the page holding its middle (its top can be a
                # pixel above that page when the layout pushed it there)
                if name in renderers and int(rect.center().y() // body_h) == i:
                    renderers[name].render(painter, rect)
            painter.restore()
            # footer
            painter.setPen(QPen(QColor("#b8c2cc"), 0.3 * mm))
            painter.drawLine(0, int(height - foot + 1.5 * mm), int(width), int(height - foot + 1.5 * mm))
            painter.setPen(QColor("#5f6368"))
            band = QRectF(0, height - foot + 2.5 * mm, width, foot - 2.5 * mm)
            painter.drawText(band, start | Qt.AlignmentFlag.AlignTop, decor.footer_start)
            page_text = decor.page.replace("%1", lang.int(i + 1)).replace("%2", lang.int(count))
            painter.drawText(band, end | Qt.AlignmentFlag.AlignTop, page_text)
        report(progress, 1.0, "PDF written")
    finally:
        painter.end()
    return count

