"""Refreshes the translations: new and changed strings from the code go into each .ts file
(lupdate), then every .ts is compiled into the .qm the app loads (lrelease).

    .venv/bin/python resources/i18n/update.py          # after changing any user-visible string
    .venv/bin/python resources/i18n/update.py --check  # what the tests run: no .ts or .qm may change

The .ts files are desktop/antigravity_tray/resources/i18n/antigravity_tray_<lang>.ts; edit them
with Qt Linguist (``.venv/bin/pyside6-linguist FILE``) or any text editor, then run this again.
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "desktop" / "antigravity_tray"
I18N = PACKAGE / "resources" / "i18n"
LANGUAGES = ("ko", "fr", "es")
TOOLS = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p) for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def update(folder: Path) -> None:
    for language in LANGUAGES:
        ts = folder / f"antigravity_tray_{language}.ts"
        subprocess.run(
            [
                str(TOOLS / "pyside6-lupdate"),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                language,
                *sources(),
                "-ts",
                str(ts),
            ],
            check=True,
        )
        subprocess.run(
            [str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


def main() -> int:
    if "--check" not in sys.argv:
        update(I18N)
        return 0
    with tempfile.TemporaryDirectory() as temp:
        copy = Path(temp)
        for file in I18N.glob("antigravity_tray_*.ts"):
            shutil.copy2(file, copy / file.name)
        update(copy)
        changed = [f.name for f in sorted(copy.iterdir()) if not filecmp.cmp(f, I18N / f.name, shallow=False)]
    if changed:
        print(f"out of date: {', '.join(changed)}; run .venv/bin/python resources/i18n/update.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
