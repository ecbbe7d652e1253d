"""crm-app gui (the default): open the desktop application."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("gui", help="open the desktop application (the default)")
    p.add_argument("--customer", metavar="CODE", help="open this customer's profile")
    p.set_defaults(handler=run)


def run(args) -> int:
    from crm_app.ui.app import run_app

    return run_app(args)
