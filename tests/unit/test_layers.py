"""No Qt below ui/ (reports/pdf.py may use QtGui for the PDF writer)."""
import ast
from pathlib import Path

import crm_app

ROOT = Path(crm_app.__file__).parent
ALLOWED = {ROOT / "reports" / "pdf.py"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_does_not_import_qt():
    offenders = []
    for path in ROOT.rglob("*.py"):
        if "ui" in path.relative_to(ROOT).parts[:1] or path in ALLOWED:
            continue
        if any(n.split(".")[0] in {"PySide6", "shiboken6"} for n in _imports(path)):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_checker_sees_qt_imports(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("from PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in _imports(probe)


def test_no_sql_in_widgets():
    ui = ROOT / "ui"
    offenders = []
    for path in ui.rglob("*.py"):
        names = _imports(path)
        if any(n.startswith("sqlalchemy") or n.startswith("crm_app.db.models") for n in names):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
