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
import time

import pytest

from antigravity_tray.core.history import History
from antigravity_tray.core.paths import AppPaths
from antigravity_tray.core.services import Services

from support.activity import busy_day
from support.desktop import PANEL_HEIGHT, SCREEN, App, Screen, app_env, docked_icon, until
from support.helpers import REPO, run_cli, text_in

SHOTS = REPO / "docs" / "screenshots"


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
        if name.startswith(("OPENCODE_", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")):
            monkeypatch.delenv(name)
    # OpenCode lists and has installed the plugin, so the pictures show no setup warning.
    (config / "opencode.json").write_text('{"plugin": ["opencode-antigravity-auth@1.6.0"]}')
    installed = home / ".cache" / "opencode" / "node_modules" / "opencode-antigravity-auth"
    installed.mkdir(parents=True)
    (installed / "package.json").write_text('{"name": "opencode-antigravity-auth", "version": "1.6.0"}')
    now = int(time.time() * 1000)

    def iso(ms: int) -> str:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ms / 1000))

    def quota(claude: float, pro: float, flash: float) -> dict:
        reset = iso(now + 3 * 3_600_000)
        return {
            "claude": {"remainingFraction": claude, "resetTime": reset, "modelCount": 2},
            "gemini-pro": {"remainingFraction": pro, "resetTime": reset, "modelCount": 2},
            "gemini-flash": {"remainingFraction": flash, "resetTime": reset, "modelCount": 1},
        }

    names = ["alice.chen", "bob.martin", "carol.diaz", "dan.kim", "erin.lopez"]
    accounts = [
        {
            "email": f"{n}@example.com",
            "refreshToken": f"1//shot-{i}",
            "projectId": f"proj-{i}",
            "addedAt": now - (40 - i) * 86_400_000,
            "lastUsed": now - (i + 1) * 480_000,
            "enabled": True,
            "cachedQuota": quota(0.2 * i, 1 - 0.15 * i, 0.9),
            "cachedQuotaUpdatedAt": now - 300_000,
        }
        for i, n in enumerate(names)
    ]
    accounts[0]["rateLimitResetTimes"] = {"claude": now + 42 * 60_000}
    accounts[3]["rateLimitResetTimes"] = {
        "gemini-antigravity:gemini-3-pro": now + 20 * 60_000,
        "gemini-cli:gemini-3-pro": now + 25 * 60_000,
    }
    accounts[1].update(coolingDownUntil=now + 90_000, cooldownReason="network-error")
    accounts[4]["enabled"] = False
    pool = {"version": 4, "accounts": accounts, "activeIndex": 2, "activeIndexByFamily": {"claude": 2, "gemini": 1}}
    path = config / "antigravity-accounts.json"
    path.write_text(json.dumps(pool, indent=2))
    path.chmod(0o600)
    history = History.open(AppPaths.default().history_file)  # a day of agents at work, for the Activity window
    for event in busy_day(400, now - 24 * 3_600_000, now):
        history.record(event)
    history.close()
    return config


def union(boxes: list[dict[str, int]], margin: int) -> tuple[int, int, int, int]:
    left = max(0, min(b["x"] for b in boxes) - margin)
    right = min(SCREEN[0], max(b["x"] + b["width"] for b in boxes) + margin)
    bottom = min(SCREEN[1], max(b["y"] + b["height"] for b in boxes) + margin)
    return left, 0, right - left, bottom


def titled(screen: Screen, title: str) -> dict[str, int]:
    """The window titled ``title``, moved below the panel: with no window manager on this display,
    nothing keeps a screen-wide window (French, Spanish) from covering the tray icon."""
    found = until(
        lambda: [w for w in screen.windows("--name", f"^{re.escape(title)}$") if w["width"] > 100],
        10,
        f"no window titled {title!r} is showing",
    )[0]
    if found["y"] < PANEL_HEIGHT:
        screen.x("xdotool", "windowmove", str(found["window"]), str(found["x"]), str(PANEL_HEIGHT))
        found = until(
            lambda: [w for w in screen.windows("--name", f"^{re.escape(title)}$") if w["y"] >= PANEL_HEIGHT],
            5,
            f"the window titled {title!r} did not move below the panel",
        )[0]
    return found


@pytest.mark.parametrize(
    "locale, preference, language, shots",
    [
        ("en_US.UTF-8", "system", "en", SHOTS),
        ("ko_KR.UTF-8", "system", "ko", SHOTS / "ko"),
        ("fr_FR.UTF-8", "system", "fr", None),
        ("es_ES.UTF-8", "system", "es", None),
        ("ko_KR.UTF-8", "en", "en", None),  # the Language preference wins over the system's
    ],
    ids=["en", "ko", "fr", "es", "ko-system-english-preference"],
)
def test_the_real_app_docks_in_trayer_and_is_driven_from_its_icon(
    screen, plugin_files, tmp_path, locale, preference, language, shots
):
    """With LANG set as a person's session would: the README's pictures come from the English
    run, the Korean ones from the Korean run; the windows come up in the expected language."""
    if preference != "system":
        Services().preferences.set("language", preference)
    shots = shots or tmp_path / "shots"
    env = app_env(screen)
    env.update(LANG=locale, LANGUAGE=locale.split("_")[0], LC_ALL=locale)
    app = App(env, "--background")
    try:
        app.wait_for_log("started; system tray available", timeout=30)
        app.wait_for_log("settled in")
        assert not screen.windows("--name", "Antigravity Tray$"), "--background must open no window"

        # The icon docks in the panel, top right.
        icon = docked_icon(screen)
        assert SCREEN[0] // 2 < icon["x"] < SCREEN[0] and icon["height"] <= PANEL_HEIGHT, icon
        centre = (str(icon["x"] + icon["width"] // 2), str(icon["y"] + icon["height"] // 2))

        # A left click opens the accounts window.
        screen.x("xdotool", "mousemove", *centre, "click", "1")
        app.wait_for_log("showing the accounts window")
        accounts = titled(screen, text_in(language, "AccountsWindow", "Accounts — Antigravity Tray"))
        assert accounts["width"] <= SCREEN[0] and accounts["height"] <= SCREEN[1], accounts
        shots.mkdir(parents=True, exist_ok=True)
        time.sleep(0.5)  # the first paint of the table
        screen.shot(shots / "accounts-window.png", window=accounts["window"])

        # A right click opens the menu; the keyboard walks it: Strategy ▸ Round-robin.
        def menus() -> list[dict[str, int]]:  # not the accounts window, nor the icon's tooltip
            return [
                w
                for w in screen.app_windows()
                if w["width"] > 60
                and w["height"] > 40
                and w["window"] != accounts["window"]
                and "TOOLTIP" not in screen.window_type(w["window"])
            ]

        screen.x("xdotool", "mousemove", *centre, "click", "3")
        # (a menu can be mapped small first, then grown to its rows)
        [menu] = until(lambda: [m for m in menus() if m["height"] > 200], 10, "a right click opened no menu")
        screen.x("xdotool", "mousemove", "40", str(SCREEN[1] - 40))  # out of the way; the menu stays
        time.sleep(0.3)
        screen.shot(shots / "tray-menu.png", union([menu, icon], 24))
        screen.x(
            "xdotool", "key", "Down", "Down", "Down", "Down", "Down", "Down", "Right", "Down"
        )  # Strategy, its 2nd row
        opened = until(lambda: len(menus()) == 2 and menus(), 5, "the Strategy submenu did not open")
        time.sleep(0.3)
        screen.shot(shots / "tray-menu-strategy.png", union(opened + [icon], 24))
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
        settings = titled(screen, text_in(language, "SettingsWindow", "Settings — Antigravity Tray"))
        assert settings["width"] <= SCREEN[0] and settings["height"] <= SCREEN[1], settings
        time.sleep(0.5)
        screen.shot(shots / "settings-window.png", window=settings["window"])

        # The Activity window draws the recorded day.
        assert run_cli("--show", "activity", env=env).returncode == 0
        app.wait_for_log("showing the activity window")
        activity = titled(screen, text_in(language, "ActivityWindow", "Activity — Antigravity Tray"))
        assert activity["width"] <= SCREEN[0] and activity["height"] <= SCREEN[1], activity
        time.sleep(0.5)
        screen.shot(shots / "activity-window.png", window=activity["window"])

        # Quit is the menu's last row: Up from a fresh menu lands on it.
        screen.x("xdotool", "mousemove", *centre, "click", "3")
        until(menus, 10, "the menu did not open again")
        screen.x("xdotool", "key", "Up", "Return")  # with the settings window open: Qt 6 asks it to close
        until(lambda: app.process.poll() is not None, 15, lambda: "Quit did not end the app:\n" + "".join(app.lines))
        assert app.process.returncode == 0, "".join(app.lines)
    finally:
        app.stop()
