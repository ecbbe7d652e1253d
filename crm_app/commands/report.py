"""`crm-app report`: the retention, customer profile or support report as a PDF."""
from __future__ import annotations

from crm_app.commands.metrics import _date      # the same --as-of as crm-app metrics


def register(sub) -> None:
    p = sub.add_parser("report", help="write the retention, customer or support report as a PDF",
                       description="Write a PDF report. Text is real (searchable) text; Arabic and Persian reports "
                                   "are laid out right to left.")
    p.add_argument("--kind", choices=["retention", "customer", "support"], default="retention",
                   help="which report (default: retention)")
    p.add_argument("--customer", metavar="CODE", help="the customer's code (--kind customer)")
    p.add_argument("--as-of", type=_date, metavar="DATE", help="the day to report on (default: today)")
    p.add_argument("--period", choices=["month", "quarter", "year"], default="month",
                   help="the reporting period containing the as-of date (default: month)")
    p.add_argument("--segment", choices=["tier", "activity", "rfm", "cohort", "tag"], default="activity",
                   help="segments of the retention report's segment table (default: activity)")
    p.add_argument("--lang", choices=["en", "ar", "fa", "ru"], default="en", help="report language (default: en)")
    p.add_argument("--page-size", choices=["a4", "letter"], default="a4", help="paper size (default: a4)")
    p.add_argument("--logo", metavar="IMAGE", help="an image file for the cover of the retention report")
    p.add_argument("--pdf", metavar="OUT.pdf", required=True, help="where to write the PDF")
    p.add_argument("--quiet", action="store_true", help="print nothing on success")
    p.set_defaults(handler=run)


def run(args) -> int:
    from pathlib import Path

    from crm_app.commands import open_db
    from crm_app.reports.common import ReportOptions

    if args.kind == "customer" and not args.customer:
        raise RuntimeError("--kind customer needs --customer CODE")
    if args.customer and args.kind != "customer":
        raise RuntimeError("--customer is only for --kind customer")
    out = Path(args.pdf)
    if out.is_dir():
        raise RuntimeError(f"{out} is a folder; give a file name ending in .pdf")
    if not out.parent.exists():
        raise FileNotFoundError(f"the folder {out.parent} does not exist")
    options = ReportOptions(lang=args.lang, page_size=args.page_size, logo=args.logo)
    from crm_app.reports import pdf

    pdf.ensure_app()  # the QGuiApplication (offscreen) must come from the main thread
    db = open_db(args.db)
    try:
        from crm_app.reports.build import build
        from crm_app.services.metrics import MetricsParams

        params = MetricsParams(as_of=args.as_of, period=args.period, segment=args.segment)
        try:
            params = params.resolved()
        except ValueError as exc:
            raise RuntimeError(str(exc)) from None
        done = build(args.kind, db, out, params=params, options=options, code=args.customer,
                     as_of=args.as_of, period=args.period)
    finally:
        db.dispose()
    if not args.quiet:
        print(f"wrote {done.path} ({done.pages} pages) in {done.seconds:.1f} s")
    return 0
