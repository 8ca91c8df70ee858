"""The app as a wheel: built from a clean copy of the tree, it carries every icon, and installed
into a fresh venv outside the checkout it finds them and docks its icon in a real tray.

The fresh venv borrows the test venv's dependencies through a ``.pth`` line (PySide6 is big and
installing it again proves nothing about our package); the editable install of this checkout
in that venv is not reachable from there, because ``.pth`` files inside a borrowed folder are
not run. The test checks that ``antigravity_tray`` is imported from the fresh venv.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from support.desktop import App, Screen, app_env, docked_icon, require_x_tools
from support.helpers import REPO

PACKAGE_ICONS = REPO / "desktop" / "antigravity_tray" / "resources" / "icons"


def clean_copy(target: Path) -> Path:
    """The files a clone would hold (tracked, plus new files not ignored), nothing built."""
    listed = (
        subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=REPO,
            capture_output=True,
            check=True,
        )
        .stdout.decode()
        .split("\0")
    )
    for name in filter(None, listed):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("needs a git checkout")
    root = tmp_path_factory.mktemp("wheel")
    source = clean_copy(root / "clone")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(source),
            "-w",
            str(root / "dist"),
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--disable-pip-version-check",
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [built] = (root / "dist").glob("antigravity_tray-*.whl")
    return built


def test_the_wheel_carries_every_icon_and_translation(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = REPO / "desktop" / "antigravity_tray" / "resources"
    icons = sorted(PACKAGE_ICONS.glob("*.svg"))
    translations = sorted((resources / "i18n").glob("*.qm"))
    assert len(icons) == 9 and len(translations) == 3
    missing = [
        p.name
        for p in icons + translations
        if f"antigravity_tray/{p.relative_to(resources.parent).as_posix()}" not in names
    ]
    assert not missing, f"not in {wheel.name}: {missing}"


def test_installed_from_the_wheel_it_finds_its_icons_and_docks_in_a_real_tray(wheel, tmp_path, plugin_dir):
    require_x_tools()
    venv = tmp_path / "fresh-venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    fresh_site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (fresh_site / "borrowed-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--quiet",
            "--disable-pip-version-check",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )

    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    found = subprocess.run(
        [
            str(python),
            "-c",
            "import antigravity_tray; from antigravity_tray.ui.common import icons; "
            "print(antigravity_tray.__file__); print(icons.icon_path('tray-dark-ok'))",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    package, icon = Path(found[0]), Path(found[1])
    assert package.is_relative_to(fresh_site), f"imported from {package}, not from the fresh venv"
    assert icon.is_relative_to(fresh_site) and icon.is_file(), icon

    screen = Screen()
    app_environment = {k: v for k, v in app_env(screen).items() if k != "PYTHONPATH"}
    app = App(app_environment, "--background", command=[str(python), "-m", "antigravity_tray"], cwd=tmp_path)
    try:
        app.wait_for_log("started; system tray available", timeout=30)
        icon_window = docked_icon(screen)
        assert icon_window["width"] > 1
    finally:
        app.stop()
        screen.close()
