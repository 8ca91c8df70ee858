"""An X display for the real-tray tests: Xvfb at the smallest laptop screen, trayer as a real
XEmbed tray along its top, and the app started as its own process with its log read as it comes.
Needs ``xvfb xauth trayer xdotool imagemagick x11-xserver-utils`` (skipped without, failed in CI)."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from support.helpers import require_tools

SCREEN = (1366, 768)  # the smallest laptop screen the windows must fit
PANEL_HEIGHT = 28
TOOLS = ("Xvfb", "trayer", "xdotool", "import", "convert", "xsetroot")


def require_x_tools() -> None:
    require_tools(*TOOLS, install="xvfb xauth trayer xdotool imagemagick x11-xserver-utils")


class Screen:
    """A fresh Xvfb (on a display it picks) with trayer as a light top panel."""

    def __init__(self) -> None:
        read_end, write_end = os.pipe()
        self.xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                f"{SCREEN[0]}x{SCREEN[1]}x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(write_end,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not start"
        self.name = f":{number}"
        self.env = {"PATH": os.environ.get("PATH", ""), "DISPLAY": self.name}
        self.x("xsetroot", "-solid", "#3a4a5f")  # a desktop colour, so pictures are not pitch black
        # A light panel: with no desktop colour scheme to read, the app picks its dark icon.
        self.trayer = self._start_trayer()

    def _start_trayer(self) -> subprocess.Popen:
        """trayer, once it owns the tray: an app started before that finds no tray at all."""
        trayer = self._spawn_trayer()
        until(lambda: tray_owned(self.name), 10, "trayer never took the system tray selection")
        return trayer

    def _spawn_trayer(self) -> subprocess.Popen:
        return subprocess.Popen(
            [
                "trayer",
                "--edge",
                "top",
                "--align",
                "right",
                "--widthtype",
                "percent",
                "--width",
                "100",
                "--height",
                str(PANEL_HEIGHT),
                "--SetDockType",
                "true",
                "--transparent",
                "true",
                "--alpha",
                "0",
                "--tint",
                "0xe8eaed",
                "--padding",
                "6",
            ],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def restart_tray(self) -> None:
        """The tray host crashes and comes back, as a panel does after an update."""
        self.trayer.kill()
        self.trayer.wait(5)
        self.trayer = self._start_trayer()

    def x(self, *command: str) -> str:
        return subprocess.run(command, env=self.env, check=True, capture_output=True, text=True, timeout=30).stdout

    def windows(self, *criteria: str) -> list[dict[str, int]]:
        """Geometry of the visible windows that xdotool's search finds."""
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", *criteria], env=self.env, capture_output=True, text=True, timeout=30
        ).stdout.split()
        result = []
        for window in found:
            shell = subprocess.run(
                ["xdotool", "getwindowgeometry", "--shell", window],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=30,
            ).stdout
            fields = dict(line.split("=", 1) for line in shell.split() if "=" in line)
            if {"X", "Y", "WIDTH", "HEIGHT"} <= fields.keys():
                result.append({key.lower(): int(fields[key]) for key in ("WINDOW", "X", "Y", "WIDTH", "HEIGHT")})
        return result

    def window_type(self, window: int) -> str:
        """The window's _NET_WM_WINDOW_TYPE as xprop prints it (``..._POPUP_MENU``, ``..._TOOLTIP``)."""
        return subprocess.run(
            ["xprop", "-id", str(window), "_NET_WM_WINDOW_TYPE"],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout

    def app_windows(self) -> list[dict[str, int]]:
        return self.windows("--classname", "^antigravity-tray$")

    def shot(self, path: Path, box: tuple[int, int, int, int] | None = None, window: int | None = None) -> None:
        """The screen (cropped to ``box`` = x, y, w, h) or one window, saved as PNG."""
        full = path.with_suffix(".full.png")
        self.x("import", "-window", str(window) if window else "root", str(full))
        if box:
            x, y, w, h = box
            self.x("convert", str(full), "-crop", f"{w}x{h}+{x}+{y}", "+repage", str(path))
            full.unlink()
        else:
            full.replace(path)

    def close(self) -> None:
        for process in (self.trayer, self.xvfb):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()


class App:
    """The app (``python -m antigravity_tray``, or ``command``) in its own process; its info log is read as it comes."""

    def __init__(self, env: dict[str, str], *args: str, command: list[str] | None = None, cwd: Path | None = None):
        program = command or [sys.executable, "-m", "antigravity_tray"]
        self.process = subprocess.Popen(
            [*program, *args],
            env=env,
            text=True,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.lines: list[str] = []
        threading.Thread(target=lambda: self.lines.extend(iter(self.process.stderr.readline, "")), daemon=True).start()

    def count(self, text: str) -> int:
        return sum(text in line for line in self.lines)

    def wait_for_log(self, text: str, times: int = 1, timeout: float = 20) -> None:
        until(
            lambda: self.count(text) >= times,
            timeout,
            lambda: f"the app never logged {text!r}; its log:\n{''.join(self.lines)}",
        )

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


def tray_owned(display: str) -> bool:
    """Whether a tray host owns the _NET_SYSTEM_TRAY_S0 selection on ``display`` (Xlib through
    ctypes: no X tool prints a selection's owner)."""
    x11 = ctypes.CDLL("libX11.so.6")
    x11.XOpenDisplay.argtypes, x11.XOpenDisplay.restype = [ctypes.c_char_p], ctypes.c_void_p
    x11.XInternAtom.argtypes, x11.XInternAtom.restype = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int], ctypes.c_ulong
    x11.XGetSelectionOwner.argtypes, x11.XGetSelectionOwner.restype = [ctypes.c_void_p, ctypes.c_ulong], ctypes.c_ulong
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = x11.XOpenDisplay(display.encode())
    if not connection:
        return False
    try:
        return x11.XGetSelectionOwner(connection, x11.XInternAtom(connection, b"_NET_SYSTEM_TRAY_S0", 0)) != 0
    finally:
        x11.XCloseDisplay(connection)


def until(condition, timeout: float, explain):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(explain() if callable(explain) else explain)


def app_env(screen: Screen) -> dict[str, str]:
    """The test's environment now (its plugin and app folders), on the Xvfb display."""
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORMTHEME")}
    env.update(
        DISPLAY=screen.name,
        QT_QPA_PLATFORM="xcb",
        LANG="en_US.UTF-8",
        ANTIGRAVITY_TRAY_LOG="info",
        # no session bus: Qt must use the XEmbed tray trayer offers, not a D-Bus one
        DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/antigravity-tray-test",
    )
    return env


def docked_icon(screen: Screen, timeout: float = 15) -> dict[str, int]:
    """The app's icon window once it sits in trayer's panel along the top."""
    return until(
        lambda: [w for w in screen.app_windows() if w["width"] > 1 and w["y"] < PANEL_HEIGHT],
        timeout,
        "the tray icon never docked in trayer",
    )[0]
