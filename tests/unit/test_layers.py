"""The house rules of the package layout, checked on the source (README: "How the code is laid out").

- core/ is a plain library: no Qt, directly or through another module, and nothing above it.
- live/ is QtCore only (no widgets, no GUI) and never reaches into ui/.
- In cli/, only the entry that starts the tray app imports ui/.
- ui/ feature folders do not import each other; what they share lives in ui/common/.
"""

import ast
import subprocess
import sys
from pathlib import Path

import antigravity_tray
import antigravity_tray.core as core

PACKAGE = Path(antigravity_tray.__file__).parent
CORE = Path(core.__file__).parent
QT_ROOTS = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"}
UI_FEATURES = ("accounts", "settings", "login", "agents", "tray")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path, source: str | None = None) -> set[str]:
    """Every module ``path`` names in an import, as an absolute dotted name (relative imports
    resolved; ``from . import x`` gives ``pkg.x``; import_module("...") calls included)."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    names = set()
    for node in ast.walk(ast.parse(source if source is not None else path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([node.module] if node.module else []))
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", getattr(node.func, "attr", "")) in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names.add(str(node.args[0].value))
    return names


def offenders(folder: str, forbidden) -> dict[str, set[str]]:
    found = {}
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        bad = {name for name in imported(path) if forbidden(path, name)}
        if bad:
            found[str(path.relative_to(PACKAGE))] = bad
    return found


def under(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def test_no_core_module_names_qt_or_a_layer_above_it():
    above = ("antigravity_tray.live", "antigravity_tray.ui", "antigravity_tray.cli", "antigravity_tray.platform")
    assert offenders("core", lambda _p, name: name.split(".")[0] in QT_ROOTS or under(name, *above)) == {}
    assert len(list(CORE.glob("*.py"))) >= 10  # the scan did look at the modules


def test_live_uses_qtcore_only_and_never_ui():
    def forbidden(_path, name):
        qt_gui = name.split(".")[0] in QT_ROOTS and not under(name, "PySide6.QtCore")
        return qt_gui or under(name, "antigravity_tray.ui")

    assert offenders("live", forbidden) == {}


def test_only_the_clis_entry_imports_ui():
    assert offenders("cli", lambda path, name: path.name != "__init__.py" and under(name, "antigravity_tray.ui")) == {}
    assert any(under(n, "antigravity_tray.ui") for n in imported(PACKAGE / "cli" / "__init__.py"))


def test_ui_feature_folders_do_not_import_each_other():
    for feature in UI_FEATURES:
        others = [f"antigravity_tray.ui.{f}" for f in UI_FEATURES if f != feature]
        assert offenders(f"ui/{feature}", lambda _p, name, others=others: under(name, *others)) == {}, feature


def test_importing_all_of_core_and_the_cli_loads_no_qt():
    modules = sorted(f"antigravity_tray.core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__")
    code = (
        "import sys\n" + "".join(f"import {m}\n" for m in modules) + "import antigravity_tray.cli\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {sorted(QT_ROOTS)!r}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_scanner_resolves_relative_imports():
    place = PACKAGE / "ui" / "accounts" / "window.py"  # relative imports resolve from here
    sample = (
        "from PySide6.QtCore import QObject\nimport importlib\nimportlib.import_module('shiboken6')\n"
        "from ..settings.form import SettingsForm\nfrom . import format as fmt\nfrom ...core import pool\n"
    )
    names = imported(place, sample)
    assert {
        "PySide6.QtCore",
        "shiboken6",
        "antigravity_tray.ui.settings.form",
        "antigravity_tray.ui.accounts.format",
        "antigravity_tray.core.pool",
    } <= names
