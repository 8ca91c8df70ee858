"""core/ is a plain library: no Qt import, directly or through another module."""

import ast
import subprocess
import sys
from pathlib import Path

import antigravity_tray.core as core

CORE = Path(core.__file__).parent
QT_ROOTS = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"}


def imported_roots(tree: ast.AST) -> set[str]:
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
        elif isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in (
                "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
            roots.add(str(node.args[0].value).split(".")[0])
    return roots


def test_no_core_module_names_qt():
    offenders = {path.name: imported_roots(ast.parse(path.read_text())) & QT_ROOTS
                 for path in CORE.rglob("*.py")}
    assert {name: qt for name, qt in offenders.items() if qt} == {}
    assert len(offenders) >= 10  # the scan did look at the modules


def test_importing_all_of_core_and_the_cli_loads_no_qt():
    modules = sorted(f"antigravity_tray.core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__")
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules) + "import antigravity_tray.cli\n"
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {sorted(QT_ROOTS)!r}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_scanner_would_catch_a_qt_import():
    sample = "from PySide6.QtCore import QObject\nimport importlib\nimportlib.import_module('shiboken6')\n"
    assert imported_roots(ast.parse(sample)) & QT_ROOTS == {"PySide6", "shiboken6"}
