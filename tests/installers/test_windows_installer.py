"""The Windows installer script compiles with NSIS 3 here (the real build runs in the
workflow on Windows), and it writes the same Run value the app's own setting does."""

from __future__ import annotations

import re
import subprocess
import sys

from antigravity_tray import __version__
from antigravity_tray.platform.autostart import windows

from support.helpers import REPO, require_tools

SCRIPT = REPO / "installers" / "windows" / "antigravity-tray.nsi"


def test_the_nsis_script_compiles_into_a_windows_installer(tmp_path):
    require_tools("makensis", install="nsis")
    dist = tmp_path / "dist" / "antigravity-tray"  # a stand-in for PyInstaller's Windows folder
    (dist / "_internal").mkdir(parents=True)
    for name in ("antigravity-tray.exe", "antigravity-tray-cli.exe", "_internal/python311.dll"):
        (dist / name).write_bytes(b"MZ stand-in")
    icon = tmp_path / "app.ico"
    subprocess.run(
        [sys.executable, str(REPO / "resources" / "icons" / "generate.py"), "--ico", str(icon)],
        check=True,
        capture_output=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        timeout=60,
    )
    out = tmp_path / f"antigravity-tray-{__version__}-windows-x64-setup.exe"
    result = subprocess.run(
        [
            "makensis",
            "-V2",
            "-WX",
            f"-DVERSION={__version__}",
            f"-DDIST={dist}",
            f"-DICON={icon}",
            f"-DOUTFILE={out}",
            str(SCRIPT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr  # -WX: a warning fails it too
    assert out.read_bytes()[:2] == b"MZ" and b"Nullsoft" in out.read_bytes()


def test_the_installer_and_the_app_agree_on_the_start_at_login_value():
    text = SCRIPT.read_text(encoding="utf-8")
    defines = dict(re.findall(r'!define (REG_RUN|REG_APPROVED|RUN_VALUE) "([^"]+)"', text))
    assert defines == {
        "REG_RUN": windows.RUN_KEY,
        "REG_APPROVED": windows.APPROVED_KEY,
        "RUN_VALUE": windows.VALUE_NAME,
    }
    assert "RequestExecutionLevel user" in text and "$LOCALAPPDATA\\Programs" in text
    uninstall = text[text.index('Section "Uninstall"') :].split("SectionEnd")[0]
    assert 'DeleteRegValue HKCU "${REG_RUN}" "${RUN_VALUE}"' in uninstall
    removed = [line for line in uninstall.splitlines() if line.strip().startswith(("Delete ", "RMDir"))]
    assert removed and all("$INSTDIR" in line or "$SMPROGRAMS" in line for line in removed), removed
