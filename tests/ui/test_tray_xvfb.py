"""The real app under a real tray host: Xvfb + trayer (an XEmbed tray), Qt on xcb.

Starts ``python -m antigravity_tray --background`` as a person's autostart would, finds its
icon docked in trayer, clicks it with xdotool, walks its menu with the keyboard (choosing
round-robin), sends a second ``--show settings``, and quits from the menu. On the way it
saves the screenshots the README links to (docs/screenshots/). Needs the apt packages
``xvfb xauth trayer xdotool imagemagick x11-xserver-utils``; skipped without them, except
when CI is set.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from helpers import REPO, run_cli

SHOTS = REPO / "docs" / "screenshots"
SCREEN = (1366, 768)  # the smallest laptop screen the windows must fit
PANEL_HEIGHT = 28
TOOLS = ("Xvfb", "trayer", "xdotool", "import", "convert", "xsetroot")


def require_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not missing:
        return
    message = (f"needs {', '.join(missing)} "
               "(apt-get install xvfb xauth trayer xdotool imagemagick x11-xserver-utils)")
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


class Screen:
    """A fresh Xvfb (on a display it picks) with trayer as a light top panel."""

    def __init__(self) -> None:
        read_end, write_end = os.pipe()
        self.xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                                      f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp", "-noreset"],
                                     pass_fds=(write_end,), stderr=subprocess.DEVNULL)
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not start"
        self.name = f":{number}"
        self.env = {"PATH": os.environ.get("PATH", ""), "DISPLAY": self.name}
        self.x("xsetroot", "-solid", "#3a4a5f")  # a desktop colour, so pictures are not pitch black
        # A light panel: with no desktop colour scheme to read, the app picks its dark icon.
        self.trayer = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype", "percent",
                                        "--width", "100", "--height", str(PANEL_HEIGHT), "--SetDockType", "true",
                                        "--transparent", "true", "--alpha", "0", "--tint", "0xe8eaed",
                                        "--padding", "6"],
                                       env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def x(self, *command: str) -> str:
        return subprocess.run(command, env=self.env, check=True, capture_output=True, text=True,
                              timeout=30).stdout

    def windows(self, *criteria: str) -> list[dict[str, int]]:
        """Geometry of the visible windows that xdotool's search finds."""
        found = subprocess.run(["xdotool", "search", "--onlyvisible", *criteria], env=self.env,
                               capture_output=True, text=True, timeout=30).stdout.split()
        result = []
        for window in found:
            shell = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window], env=self.env,
                                   capture_output=True, text=True, timeout=30).stdout
            fields = dict(line.split("=", 1) for line in shell.split() if "=" in line)
            if {"X", "Y", "WIDTH", "HEIGHT"} <= fields.keys():
                result.append({key.lower(): int(fields[key]) for key in ("WINDOW", "X", "Y", "WIDTH", "HEIGHT")})
        return result

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
    """``python -m antigravity_tray`` in its own process; its info log is read as it comes."""

    def __init__(self, env: dict[str, str], *args: str):
        self.process = subprocess.Popen([sys.executable, "-m", "antigravity_tray", *args], env=env, text=True,
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE)
        self.lines: list[str] = []
        threading.Thread(target=lambda: self.lines.extend(iter(self.process.stderr.readline, "")),
                         daemon=True).start()

    def count(self, text: str) -> int:
        return sum(text in line for line in self.lines)

    def wait_for_log(self, text: str, times: int = 1, timeout: float = 20) -> None:
        until(lambda: self.count(text) >= times, timeout,
              lambda: f"the app never logged {text!r}; its log:\n{''.join(self.lines)}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


def until(condition, timeout: float, explain):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(explain() if callable(explain) else explain)


@pytest.fixture
def screen():
    require_tools()
    display = Screen()
    yield display
    display.close()


@pytest.fixture
def plugin_files(tmp_path, monkeypatch):
    """A home folder with a pool worth a picture: five accounts, two rate-limited, one cooling
    down, one disabled, quotas cached; no settings file yet (so: hybrid)."""
    home = tmp_path / "home"
    config = home / ".config" / "opencode"
    config.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("ANTIGRAVITY_TRAY_HOME", str(tmp_path / "app"))
    for name in list(os.environ):
        if name.startswith(("OPENCODE_", "XDG_CONFIG_HOME")):
            monkeypatch.delenv(name)
    now = int(time.time() * 1000)

    def iso(ms: int) -> str:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ms / 1000))

    def quota(claude: float, pro: float, flash: float) -> dict:
        reset = iso(now + 3 * 3_600_000)
        return {"claude": {"remainingFraction": claude, "resetTime": reset, "modelCount": 2},
                "gemini-pro": {"remainingFraction": pro, "resetTime": reset, "modelCount": 2},
                "gemini-flash": {"remainingFraction": flash, "resetTime": reset, "modelCount": 1}}

    names = ["alice.chen", "bob.martin", "carol.diaz", "dan.kim", "erin.lopez"]
    accounts = [{"email": f"{n}@example.com", "refreshToken": f"1//shot-{i}", "projectId": f"proj-{i}",
                 "addedAt": now - (40 - i) * 86_400_000, "lastUsed": now - (i + 1) * 480_000, "enabled": True,
                 "cachedQuota": quota(0.2 * i, 1 - 0.15 * i, 0.9), "cachedQuotaUpdatedAt": now - 300_000}
                for i, n in enumerate(names)]
    accounts[0]["rateLimitResetTimes"] = {"claude": now + 42 * 60_000}
    accounts[3]["rateLimitResetTimes"] = {"gemini-antigravity:gemini-3-pro": now + 20 * 60_000,
                                          "gemini-cli:gemini-3-pro": now + 25 * 60_000}
    accounts[1].update(coolingDownUntil=now + 90_000, cooldownReason="network-error")
    accounts[4]["enabled"] = False
    pool = {"version": 4, "accounts": accounts, "activeIndex": 2, "activeIndexByFamily": {"claude": 2, "gemini": 1}}
    path = config / "antigravity-accounts.json"
    path.write_text(json.dumps(pool, indent=2))
    path.chmod(0o600)
    return config


def app_env(screen: Screen) -> dict[str, str]:
    """The test's environment now (its plugin and app folders), on the Xvfb display."""
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORMTHEME")}
    env.update(DISPLAY=screen.name, QT_QPA_PLATFORM="xcb", LANG="en_US.UTF-8", ANTIGRAVITY_TRAY_LOG="info",
               # no session bus: Qt must use the XEmbed tray trayer offers, not a D-Bus one
               DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/antigravity-tray-test")
    return env


def union(boxes: list[dict[str, int]], margin: int) -> tuple[int, int, int, int]:
    left = max(0, min(b["x"] for b in boxes) - margin)
    right = min(SCREEN[0], max(b["x"] + b["width"] for b in boxes) + margin)
    bottom = min(SCREEN[1], max(b["y"] + b["height"] for b in boxes) + margin)
    return left, 0, right - left, bottom


def titled(screen: Screen, title: str) -> dict[str, int]:
    found = until(lambda: [w for w in screen.windows("--name", f"^{re.escape(title)}$") if w["width"] > 100],
                  10, f"no window titled {title!r} is showing")
    return found[0]


def test_the_real_app_docks_in_trayer_and_is_driven_from_its_icon(screen, plugin_files):
    env = app_env(screen)
    app = App(env, "--background")
    try:
        app.wait_for_log("started; system tray available", timeout=30)
        assert not screen.windows("--name", "Antigravity Tray$"), "--background must open no window"

        # The icon docks in the panel, top right.
        icon = until(lambda: [w for w in screen.app_windows() if w["width"] > 1 and w["y"] < PANEL_HEIGHT], 15,
                     "the tray icon never docked in trayer")[0]
        assert SCREEN[0] // 2 < icon["x"] < SCREEN[0] and icon["height"] <= PANEL_HEIGHT, icon
        centre = (str(icon["x"] + icon["width"] // 2), str(icon["y"] + icon["height"] // 2))

        # A left click opens the accounts window.
        screen.x("xdotool", "mousemove", *centre, "click", "1")
        app.wait_for_log("showing the accounts window")
        accounts = titled(screen, "Accounts — Antigravity Tray")
        assert accounts["width"] <= SCREEN[0] and accounts["height"] <= SCREEN[1], accounts
        SHOTS.mkdir(parents=True, exist_ok=True)
        time.sleep(0.5)  # the first paint of the table
        screen.shot(SHOTS / "accounts-window.png", window=accounts["window"])

        # A right click opens the menu; the keyboard walks it: Strategy ▸ Round-robin.
        def menus() -> list[dict[str, int]]:
            return [w for w in screen.app_windows() if w["width"] > 60 and w["height"] > 40
                    and w["window"] != accounts["window"]]

        screen.x("xdotool", "mousemove", *centre, "click", "3")
        [menu] = until(menus, 10, "a right click on the icon opened no menu")
        assert menu["height"] > 200, menu
        screen.x("xdotool", "mousemove", "40", str(SCREEN[1] - 40))  # out of the way; the menu stays
        time.sleep(0.3)
        screen.shot(SHOTS / "tray-menu.png", union([menu, icon], 24))
        screen.x("xdotool", "key", "Down", "Down", "Down", "Down", "Right", "Down")  # Strategy, its 2nd row
        opened = until(lambda: len(menus()) == 2 and menus(), 5, "the Strategy submenu did not open")
        time.sleep(0.3)
        screen.shot(SHOTS / "tray-menu-strategy.png", union(opened + [icon], 24))
        screen.x("xdotool", "key", "Return")
        until(lambda: (plugin_files / "antigravity.json").exists(), 10, "choosing round-robin wrote no file")
        written = json.loads((plugin_files / "antigravity.json").read_text())
        assert written == {"account_selection_strategy": "round-robin"}
        assert (plugin_files / "antigravity.json").stat().st_mode & 0o777 == 0o600
        until(lambda: not menus(), 5, "the menu stayed open after a choice")

        # A second start hands its --show to this one and exits 0.
        second = run_cli("--show", "settings", env=env)
        assert second.returncode == 0, second.stderr
        app.wait_for_log("showing the settings window")
        settings = titled(screen, "Settings — Antigravity Tray")
        assert settings["width"] <= SCREEN[0] and settings["height"] <= SCREEN[1], settings
        time.sleep(0.5)
        screen.shot(SHOTS / "settings-window.png", window=settings["window"])

        # Quit is the menu's last row: Up from a fresh menu lands on it.
        screen.x("xdotool", "mousemove", *centre, "click", "3")
        until(menus, 10, "the menu did not open again")
        screen.x("xdotool", "key", "Up", "Return")  # with the settings window open: Qt 6 asks it to close
        until(lambda: app.process.poll() is not None, 15, lambda: "Quit did not end the app:\n" + "".join(app.lines))
        assert app.process.returncode == 0, "".join(app.lines)
    finally:
        app.stop()
