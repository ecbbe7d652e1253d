"""The `crm-app` command. No subcommand opens the GUI.

Each subcommand's code lives in crm_app/commands/<name>.py with `register(subparsers)`;
user mistakes print one line to stderr and exit non-zero, never a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

from crm_app import __version__

COMMANDS = ["gui", "demo", "migrate", "lookup", "tickets", "loyalty", "profile",
            "import_", "export", "backup", "restore", "erase", "metrics", "report"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="crm-app", description="Retain CRM — customer retention desktop CRM.")
    parser.add_argument("--version", action="version", version=f"crm-app {__version__}")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="database file or SQLAlchemy URL (default: CRM_DATABASE_URL, else the user data folder)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"crm_app.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from crm_app.commands import fail

    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    if args.command is None:
        args = parser.parse_args([*argv, "gui"])
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - turn expected failures into one line
        from crm_app.commands import explain

        message = explain(exc)
        if message is None or args.verbose:
            raise
        return fail(message)


if __name__ == "__main__":
    raise SystemExit(main())
