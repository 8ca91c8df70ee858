"""Start at login: the XDG autostart entry on Linux, a clear refusal elsewhere."""

from __future__ import annotations

import shlex
import sys

import pytest

from antigravity_tray.platform import autostart

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
    path = autostart.enable(["/usr/bin/antigravity-tray"])
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
    path = autostart.enable(["antigravity-tray"])
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


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_other_systems_raise_a_clear_not_implemented(monkeypatch, platform):
    monkeypatch.setattr(autostart.sys, "platform", platform)
    for call in (lambda: autostart.enable(["x"]), autostart.disable, autostart.is_enabled):
        with pytest.raises(NotImplementedError, match=r"not available on (Windows|macOS)"):
            call()
