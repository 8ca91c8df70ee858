"""A real tray host: Xvfb + trayer (an XEmbed tray), the app in its own process under xcb.

Checks that the tray icon registers, opens its menu with a real right click (xdotool, or
``QMenu.popup`` without it) and saves screenshots to docs/screenshots/. Needs the apt
packages ``xvfb trayer`` (plus ``xdotool`` for the clicks, ``fonts-dejavu-core`` and the xcb
libraries PySide6 needs); skipped without them, except when CI is set.

Run as a script, this file is the test-only launcher (until the app's real entry point
takes its place): ``python test_tray_xvfb.py`` starts QApplication + AppHub +
TrayController, prints one JSON line once the icon has docked, then obeys commands read
from stdin, one per line: ``where KEY`` (the global centre of a menu action), ``popup``,
``state``, ``grab PATH [x y w h]`` and ``quit``. Each answer is one JSON line.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "docs" / "screenshots"
SCREEN = (1280, 800)


# -- the test-only launcher (runs in the child process) -----------------------------------

def launch() -> int:
    from PySide6.QtCore import QPoint, QRect, QSocketNotifier, QTimer
    from PySide6.QtGui import QColor, QGuiApplication, QLinearGradient, QPainter
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

    from antigravity_tray.core.services import Services
    from antigravity_tray.ui.hub import AppHub
    from antigravity_tray.ui.icons import app_icon
    from antigravity_tray.ui.tray import TrayController

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Antigravity Tray")
    app.setQuitOnLastWindowClosed(False)
    app.setWindowIcon(app_icon())

    class Wallpaper(QWidget):  # a desktop behind the panel, so screenshots are not pitch black
        def paintEvent(self, _event):
            painter = QPainter(self)
            gradient = QLinearGradient(0, 0, self.width(), self.height())
            gradient.setColorAt(0, QColor("#1e293b"))
            gradient.setColorAt(1, QColor("#3b2f63"))
            painter.fillRect(self.rect(), gradient)

    wallpaper = Wallpaper()
    wallpaper.setGeometry(QGuiApplication.primaryScreen().geometry())
    wallpaper.show()
    wallpaper.lower()

    hub = AppHub(Services(), agents_source=lambda: [])
    tray = TrayController(hub, lambda name: print(json.dumps({"window": name}), flush=True), app.quit,
                          dark_panel=lambda: True)

    def say(**fields) -> None:
        print(json.dumps(fields), flush=True)

    def rect(r: QRect) -> list[int]:
        return [r.x(), r.y(), r.width(), r.height()]

    started, seen = time.monotonic(), []

    def wait_for_dock() -> None:  # docked: a place in the panel, the same three polls running
        geometry = tray.tray.geometry()
        seen.append(rect(geometry))
        docked = tray.available and geometry.width() > 0 and (geometry.x(), geometry.y()) != (0, 0)
        if (docked and seen[-3:] == [seen[-1]] * 3) or time.monotonic() - started > 15:
            wallpaper.lower()
            say(available=QSystemTrayIcon.isSystemTrayAvailable(), geometry=rect(geometry),
                platform=QGuiApplication.platformName(), level=tray.status.level)
        else:
            QTimer.singleShot(100, wait_for_dock)

    def command(line: str) -> None:
        word, *args = line.split()
        if word == "where":
            action = tray.actions[args[0]]
            menu = tray.menu if action in tray.menu.actions() else action.parent()
            centre = menu.mapToGlobal(menu.actionGeometry(action).center())
            say(x=centre.x(), y=centre.y())
        elif word == "popup":  # where a panel would put it: under the icon, right-aligned
            icon = tray.tray.geometry()
            tray.menu.popup(QPoint(max(0, icon.right() - tray.menu.sizeHint().width()), icon.bottom() + 3))
            say(ok=True)
        elif word == "state":
            open_menus = [m for m in QApplication.topLevelWidgets() if m.isVisible() and m.inherits("QMenu")]
            say(menus=[rect(m.geometry()) for m in open_menus], icon=rect(tray.tray.geometry()))
        elif word == "grab":
            shot = QGuiApplication.primaryScreen().grabWindow(0, *map(int, args[1:5]))
            say(saved=shot.save(args[0]), size=[shot.width(), shot.height()])
        elif word == "quit":
            say(bye=True)
            app.quit()

    buffer = bytearray()

    def read_stdin() -> None:
        data = os.read(sys.stdin.fileno(), 4096)
        if not data:
            app.quit()
            return
        buffer.extend(data)
        while b"\n" in buffer:
            line, _, rest = bytes(buffer).partition(b"\n")
            buffer[:] = rest
            if line.strip():
                command(line.decode())

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(read_stdin)
    QTimer.singleShot(0, wait_for_dock)
    code = app.exec()
    hub.shutdown()
    del notifier
    return code


if __name__ == "__main__":
    sys.exit(launch())


# -- the test ------------------------------------------------------------------------------

def require(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if not missing:
        return
    message = f"needs {', '.join(missing)} (apt-get install xvfb xauth trayer xdotool)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


class Child:
    """The launcher process, spoken to over stdin/stdout, one JSON line each way."""

    def __init__(self, env: dict[str, str]):
        self.process = subprocess.Popen([sys.executable, __file__], env=env, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put("")

    def read(self, timeout: float = 20) -> dict:
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            if not line:
                break
            if line.startswith("{"):
                return json.loads(line)
        raise AssertionError(f"no answer from the launcher within {timeout} s; its stderr:\n{self.stderr()}")

    def ask(self, command: str) -> dict:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.read()

    def stderr(self) -> str:
        if self.process.poll() is None:
            self.process.kill()
        return self.process.stderr.read()

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.ask("quit")
                self.process.wait(10)
            except (AssertionError, OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait(5)


@pytest.fixture
def display():
    """A fresh Xvfb on a free display (Xvfb picks it) with trayer as a dark top panel."""
    require("Xvfb", "trayer")
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                             "-nolisten", "tcp"], pass_fds=(write_end,), stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    name = f":{number}"
    env = {**os.environ, "DISPLAY": name}
    trayer = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype", "percent",
                               "--width", "100", "--height", "28", "--SetDockType", "true",
                               "--transparent", "true", "--alpha", "0", "--tint", "0x202124", "--padding", "6"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    yield name
    for process in (trayer, xvfb):
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture
def plugin_files(plugin_dir):
    """A pool worth a screenshot: five accounts, two of them rate-limited."""
    now = int(time.time() * 1000)
    names = ["alice.chen", "bob.martin", "carol.diaz", "dan.kim", "erin.lopez"]
    accounts = [{"email": f"{n}@example.com", "refreshToken": f"1//shot-{i}", "projectId": f"proj-{i}",
                 "addedAt": now - 86_400_000, "lastUsed": now - 60_000, "enabled": True}
                for i, n in enumerate(names)]
    accounts[0]["rateLimitResetTimes"] = {"claude": now + 42 * 60_000}
    accounts[3]["rateLimitResetTimes"] = {"gemini-antigravity:gemini-3-pro": now + 20 * 60_000,
                                          "gemini-cli:gemini-3-pro": now + 25 * 60_000}
    pool = {"version": 4, "accounts": accounts, "activeIndex": 2, "activeIndexByFamily": {"claude": 2, "gemini": 1}}
    (plugin_dir / "antigravity-accounts.json").write_text(json.dumps(pool, indent=2))
    (plugin_dir / "antigravity.json").write_text(json.dumps(
        {"account_selection_strategy": "sticky", "pid_offset_enabled": True}, indent=2) + "\n")
    return plugin_dir


def app_env(display_name: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORMTHEME")}
    env.update(DISPLAY=display_name, QT_QPA_PLATFORM="xcb", LANG="en_US.UTF-8",
               # no session bus: Qt must use the XEmbed tray trayer offers, not a D-Bus one
               DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/antigravity-tray-test",
               PYTHONPATH=os.pathsep.join([str(REPO / "desktop"), env.get("PYTHONPATH", "")]))
    return env


def wait_for_menus(child: Child, count: int, timeout: float = 5) -> dict | None:
    """The launcher's state once ``count`` menus are open, or None."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = child.ask("state")
        if len(state["menus"]) == count:
            return state
        time.sleep(0.1)
    return None


def crop_around(menus: list[list[int]], icon: list[int], margin: int = 40) -> list[int]:
    left = min([icon[0]] + [m[0] for m in menus]) - margin
    bottom = max([icon[1] + icon[3]] + [m[1] + m[3] for m in menus]) + margin
    left = max(0, min(left, SCREEN[0] - 560))
    return [left, 0, SCREEN[0] - left, min(SCREEN[1], bottom)]


def test_the_tray_icon_registers_and_its_menu_opens(display, plugin_files):
    child = Child(app_env(display))
    try:
        hello = child.read(timeout=30)
        assert hello["platform"] == "xcb"
        assert hello["available"] is True, "QSystemTrayIcon.isSystemTrayAvailable() under trayer"
        x, y, w, h = hello["geometry"]
        assert w > 0 and h > 0 and SCREEN[0] // 2 < x < SCREEN[0] and 0 <= y < 28, hello  # docked top right
        assert hello["level"] == "some-limited"

        SHOTS.mkdir(parents=True, exist_ok=True)
        centre = (x + w // 2, y + h // 2)
        if shutil.which("xdotool"):
            env = {**os.environ, "DISPLAY": display}
            subprocess.run(["xdotool", "mousemove", *map(str, centre), "click", "1"], env=env, check=True)
            assert child.read() == {"window": "accounts"}  # a left click opens the accounts window
            subprocess.run(["xdotool", "click", "3"], env=env, check=True)  # a right click, the menu
            assert wait_for_menus(child, 1), "a right click on the icon did not open the menu"
            subprocess.run(["xdotool", "key", "Escape", "mousemove", "10", "400"], env=env, check=True)
            assert wait_for_menus(child, 0) is not None
        child.ask("popup")  # Qt puts it at the pointer; for the picture, where a panel would
        state = wait_for_menus(child, 1)
        assert state, "the tray menu did not open"
        time.sleep(0.3)
        shot = child.ask(f"grab {SHOTS / 'tray-menu.png'} " + " ".join(map(str, crop_around(state["menus"], state["icon"]))))
        assert shot["saved"] and shot["size"][0] > 300

        if shutil.which("xdotool"):  # hover Strategy: its submenu opens beside the menu
            where = child.ask("where strategy")
            subprocess.run(["xdotool", "mousemove", str(where["x"]), str(where["y"])],
                           env={**os.environ, "DISPLAY": display}, check=True)
            state = wait_for_menus(child, 2)
            assert state, "the Strategy submenu did not open"
            time.sleep(0.3)
            crop = crop_around(state["menus"], state["icon"])
            shot = child.ask(f"grab {SHOTS / 'tray-menu-strategy.png'} " + " ".join(map(str, crop)))
            assert shot["saved"]
    finally:
        child.close()
