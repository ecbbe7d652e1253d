"""Check the translation sources (.ts) of Retain CRM.

    .venv/bin/python tools/check_translations.py              # every crm_app/resources/translations/*.ts
    .venv/bin/python tools/check_translations.py --stale      # also: do the .ts hold every string of the code?
    .venv/bin/python tools/check_translations.py FILE.ts ...

Fails (exit 1, one line per problem) when a message is unfinished or empty, when a translation lost or
added a placeholder (%1, %2, ..., %n, %Ln) or an HTML tag compared with its source, or when a plural
message does not have the number of forms its language needs. In a plural form that stands for exactly one
number (Arabic 0, 1 and 2; English 1) the count may be written out ("عميلان", "1 month") instead of %n.

With --stale, pyside6-lupdate reads the sources (SOURCE_GLOBS, as the Makefile's) into a temporary
file, and every (context, source, plural) found there must be in each language's .ts (English: the plural
ones only). Run `make translations` to refresh the .ts files, translate, and compile the .qm files.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "crm_app" / "resources" / "translations"
# The UI, and the Qt-free report modules whose texts the UI shows through the app's translator; the PDF report
# builders (reports/customer.py, retention.py, support.py, pdf.py) have their own reports_xx.ts. Keep in step
# with TR_SOURCES in the Makefile.
SOURCE_GLOBS = ("crm_app/ui/*.py", "crm_app/reports/kpis.py", "crm_app/reports/common.py")
LANGUAGES = ("ar", "fa", "ru")          # full translations; retain_en.ts holds the plural forms only

PLACEHOLDER = re.compile(r"%L?(?:n|[1-9][0-9]?)")
COUNT = {"%n", "%Ln"}
TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*\b[^<>]*?/?>")
# numerus forms per language (Qt's rules, in the order lrelease expects) and the forms that stand for one
# number only, where the count may be spelled out: Arabic 0, 1, 2; English 1.
FORMS = {"ar": 6, "fa": 1, "ru": 3, "en": 2}
SINGLE_VALUE_FORMS = {"ar": {0, 1, 2}, "en": {0}}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    kind: str | None               # translation type: None (finished), "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]         # the translation, or its numerus forms


def language(path: Path) -> str:
    lang = ET.parse(path).getroot().get("language") or path.stem.rsplit("_", 1)[-1]
    return lang.split("_")[0]


def messages(path: Path) -> list[Message]:
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            numerus = m.get("numerus") == "yes"
            if tr is None:
                forms: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = tr.get("type")
                forms = (tuple(f.text or "" for f in tr.iter("numerusform")) if numerus else (tr.text or "",))
            out.append(Message(name, m.findtext("source") or "", numerus, kind, forms))
    return out


def _placeholders(text: str) -> Counter:
    return Counter(PLACEHOLDER.findall(text))


def _tags(text: str) -> Counter:
    return Counter(t.lower().replace(" ", "") for t in TAG.findall(text))


def problems(path: Path) -> list[str]:
    """Every problem of one .ts file, as 'file: context: "source": what is wrong'."""
    lang = language(path)
    out = []
    for m in messages(path):
        if m.kind in ("vanished", "obsolete"):
            continue
        where = f"{path.name}: {m.context}: {m.source!r}"
        if m.kind == "unfinished":
            out.append(f"{where}: unfinished")
            continue
        if m.numerus and lang in FORMS and len(m.forms) != FORMS[lang]:
            out.append(f"{where}: {len(m.forms)} plural forms, {lang} needs {FORMS[lang]}")
        want, want_tags = _placeholders(m.source), _tags(m.source)
        for i, text in enumerate(m.forms):
            label = f" (plural form {i + 1})" if m.numerus else ""
            if not text.strip():
                out.append(f"{where}{label}: empty translation")
                continue
            got = _placeholders(text)
            expected = want
            if m.numerus and i in SINGLE_VALUE_FORMS.get(lang, ()) and not set(got) & COUNT:
                expected = Counter({k: v for k, v in want.items() if k not in COUNT})   # count spelled out
            if set(got) != set(expected):
                lost = sorted(set(expected) - set(got))
                added = sorted(set(got) - set(expected))
                what = "; ".join(x for x in (lost and "lost " + " ".join(lost), added and "added " + " ".join(added))
                                 if x)
                out.append(f"{where}{label}: placeholders differ ({what}) in {text!r}")
            if _tags(text) != want_tags:
                out.append(f"{where}{label}: HTML tags differ in {text!r}")
    return out


# --- stale check --------------------------------------------------------------------------------------
def source_files() -> list[Path]:
    return sorted(p for g in SOURCE_GLOBS for p in ROOT.glob(g))


def lupdate(sources: list[Path], ts: Path, *extra: str) -> None:
    """Run pyside6-lupdate (from the PySide6 of this interpreter) over `sources` into `ts`."""
    runner = ("import sys; from PySide6.scripts.pyside_tool import lupdate; "
              "sys.argv[0] = 'pyside6-lupdate'; sys.exit(lupdate())")
    cmd = [sys.executable, "-c", runner, "-silent", "-no-obsolete", *extra, *map(str, sources), "-ts", str(ts)]
    subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True, text=True)


def keys(msgs: list[Message], plural_only: bool = False) -> set[tuple[str, str, bool]]:
    return {(m.context, m.source, m.numerus) for m in msgs
            if m.kind not in ("vanished", "obsolete") and (m.numerus or not plural_only)}


def code_messages() -> set[tuple[str, str, bool]]:
    """What lupdate finds in the code now."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "retain_ar.ts"
        lupdate(source_files(), ts)
        return keys(messages(ts))


def stale(folder: Path = TRANSLATIONS, found: set | None = None) -> list[str]:
    """Strings of the code missing from a language's .ts (English: the plural ones)."""
    found = code_messages() if found is None else found
    out = []
    for lang in (*LANGUAGES, "en"):
        path = folder / f"retain_{lang}.ts"
        if not path.exists():
            out.append(f"{path.name}: missing (run make translations)")
            continue
        plural_only = lang == "en"
        have = keys(messages(path), plural_only)
        for ctx, src, numerus in sorted((k for k in found if k[2] or not plural_only), key=str):
            if (ctx, src, numerus) not in have:
                out.append(f"{path.name}: {ctx}: {src!r} is in the code but not in the .ts (run make translations)")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--stale", action="store_true", help="also check that the .ts files are up to date")
    args = ap.parse_args(argv)
    files = args.files or sorted(TRANSLATIONS.glob("*.ts"))
    found = [p for f in files for p in problems(f)]
    if args.stale:
        found += stale()
    for line in found:
        print(line)
    counts = ", ".join(f"{f.name} {sum(m.kind not in ('vanished', 'obsolete') for m in messages(f))}" for f in files)
    print(f"{len(found)} problem(s) in {len(files)} file(s): {counts}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
