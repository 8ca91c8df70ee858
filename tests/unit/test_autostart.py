"""Start at login: the XDG entry on Linux, the Run key on Windows, a LaunchAgent on macOS.
The Windows and macOS writers run here with the registry and the home folder injected."""

from __future__ import annotations

import plistlib
import shlex
import sys
from pathlib import Path

import pytest

from antigravity_tray import APP_ID
from antigravity_tray.platform import autostart
from antigravity_tray.platform.autostart import windows

linux_only = pytest.mark.skipif(not autostart.supported(), reason="XDG autostart is for freedesktop systems")


@pytest.fixture
def xdg(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg"


def _exec(path) -> str:
    return next(line for line in path.read_text().splitlines() if line.startswith("Exec="))[5:]


@linux_only
def test_enable_writes_the_entry_with_background_and_disable_removes_it(xdg):
    assert not autostart.is_enabled()
    path = Path(autostart.enable(["/usr/bin/antigravity-tray"]))
    assert path == xdg / "autostart" / "antigravity-tray.desktop"
    text = path.read_text()
    assert "[Desktop Entry]" in text and "Type=Application" in text
    assert _exec(path) == "/usr/bin/antigravity-tray --background"
    assert autostart.is_enabled()

    autostart.disable()
    assert not path.exists() and not autostart.is_enabled()
    autostart.disable()  # twice is fine


@linux_only
def test_enable_again_replaces_the_entry_and_can_start_with_a_window(xdg):
    autostart.enable(["/opt/x/antigravity-tray"])
    autostart.enable(["/opt/x/antigravity-tray"], background=False)
    assert _exec(autostart.entry_path()) == "/opt/x/antigravity-tray"
    assert not list((xdg / "autostart").glob("*.tmp"))


@linux_only
def test_arguments_with_spaces_are_quoted_per_the_desktop_entry_spec(xdg):
    autostart.enable(["/home/a b/venv/bin/python", "-m", "antigravity_tray", "--background"])
    line = _exec(autostart.entry_path())
    assert line.count("--background") == 1
    # After the key-level unescaping (\\ -> \), the arguments split like a shell would.
    assert shlex.split(line.replace("\\\\", "\\")) == [
        "/home/a b/venv/bin/python",
        "-m",
        "antigravity_tray",
        "--background",
    ]


@linux_only
def test_an_entry_switched_off_by_the_session_counts_as_disabled(xdg):
    path = Path(autostart.enable(["antigravity-tray"]))
    path.write_text(path.read_text().replace("X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"))
    assert not autostart.is_enabled()
    path.write_text(path.read_text() + "Hidden=true\n")
    assert not autostart.is_enabled()


@linux_only
def test_without_xdg_config_home_the_entry_goes_under_home(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert autostart.entry_path() == tmp_path / ".config" / "autostart" / "antigravity-tray.desktop"


def test_the_launch_command_starts_this_app():
    command = autostart.launch_command()
    assert command and (
        command[-1] == "antigravity_tray" or command[0].endswith("antigravity-tray") or getattr(sys, "frozen", False)
    )


def test_a_frozen_app_starts_its_own_executable_and_on_windows_the_windowed_one(tmp_path):
    program = str(tmp_path / "antigravity-tray")
    assert autostart.launch_command("linux", program, frozen=True) == [program]
    cli = tmp_path / "Antigravity Tray" / "antigravity-tray-cli.exe"
    assert autostart.launch_command("win32", str(cli), frozen=True) == [str(cli.with_name("antigravity-tray.exe"))]


def test_every_desktop_system_has_a_writer():
    assert autostart.supported("linux") and autostart.supported("win32") and autostart.supported("darwin")
    assert not autostart.supported("sunos5")
    with pytest.raises(NotImplementedError, match="by hand, with the option --background"):
        autostart.for_platform("sunos5")


# -- Windows: the Run key, and Task Manager's switch ----------------------------------------


class MemoryRegistry:
    """HKEY_CURRENT_USER as a dict: (key, name) → value."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], object] = {}

    def get(self, key: str, name: str) -> object | None:
        return self.values.get((key, name))

    def set_string(self, key: str, name: str, value: str) -> None:
        self.values[(key, name)] = value

    def delete(self, key: str, name: str) -> None:
        self.values.pop((key, name), None)


def test_windows_writes_a_quoted_command_line_under_run_and_removes_it():
    registry = MemoryRegistry()
    writer = autostart.WindowsAutostart(registry)
    assert not writer.is_enabled()
    where = writer.enable([r"C:\Users\Ann Lee\AppData\Local\Programs\Antigravity Tray\antigravity-tray.exe"])
    assert where == r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run\AntigravityTray"
    assert registry.get(windows.RUN_KEY, "AntigravityTray") == (
        r'"C:\Users\Ann Lee\AppData\Local\Programs\Antigravity Tray\antigravity-tray.exe" --background'
    )
    assert writer.is_enabled()
    writer.enable([r"C:\Apps\antigravity-tray.exe"], background=False)
    assert registry.get(windows.RUN_KEY, "AntigravityTray") == r"C:\Apps\antigravity-tray.exe"
    writer.disable()
    assert registry.values == {} and not writer.is_enabled()
    writer.disable()  # twice is fine


def test_windows_honours_task_managers_switch_and_ticking_the_box_clears_it():
    registry = MemoryRegistry()
    writer = autostart.WindowsAutostart(registry)
    writer.enable([r"C:\Apps\antigravity-tray.exe"])
    registry.values[(windows.APPROVED_KEY, "AntigravityTray")] = bytes([3]) + bytes(11)  # switched off
    assert not writer.is_enabled()
    registry.values[(windows.APPROVED_KEY, "AntigravityTray")] = bytes([2]) + bytes(11)  # switched on again
    assert writer.is_enabled()
    registry.values[(windows.APPROVED_KEY, "AntigravityTray")] = bytes([3]) + bytes(11)
    writer.enable([r"C:\Apps\antigravity-tray.exe"])
    assert writer.is_enabled() and (windows.APPROVED_KEY, "AntigravityTray") not in registry.values


def test_windows_disable_also_forgets_task_managers_switch():
    registry = MemoryRegistry()
    writer = autostart.WindowsAutostart(registry)
    writer.enable(["a.exe"])
    registry.values[(windows.APPROVED_KEY, "AntigravityTray")] = bytes([2]) + bytes(11)
    writer.disable()
    assert registry.values == {}


# -- macOS: a LaunchAgent -------------------------------------------------------------------


def test_macos_writes_a_launch_agent_that_runs_at_load_and_removes_it(tmp_path):
    writer = autostart.MacAutostart(tmp_path)
    assert not writer.is_enabled()
    app = "/Applications/Antigravity Tray.app/Contents/MacOS/antigravity-tray"
    where = Path(writer.enable([app]))
    assert where == tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    agent = plistlib.loads(where.read_bytes())
    assert agent["Label"] == APP_ID and agent["RunAtLoad"] is True
    assert agent["ProgramArguments"] == [app, "--background"]
    assert writer.is_enabled()
    writer.enable([app], background=False)
    assert plistlib.loads(where.read_bytes())["ProgramArguments"] == [app]
    assert not list(where.parent.glob("*.tmp"))
    writer.disable()
    assert not where.exists() and not writer.is_enabled()
    writer.disable()


def test_macos_reads_a_disabled_or_damaged_agent_as_off(tmp_path):
    writer = autostart.MacAutostart(tmp_path)
    writer.enable(["/x/antigravity-tray"])
    agent = plistlib.loads(writer.path.read_bytes())
    writer.path.write_bytes(plistlib.dumps({**agent, "Disabled": True}))
    assert not writer.is_enabled()
    writer.path.write_text("not a plist")
    assert not writer.is_enabled()
