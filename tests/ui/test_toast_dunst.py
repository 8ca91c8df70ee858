"""A switch in the pool file reaches a real notification server: dunst on Xvfb, on a private
D-Bus session. The toast's picture goes to docs/screenshots/toast.png.

Needs the apt packages ``dunst xvfb trayer imagemagick`` (skipped without them, except in CI).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time

import pytest

from antigravity_tray.core.services import Services
from antigravity_tray.live.hub import AppHub
from antigravity_tray.ui.notifier import Notifier
from helpers import make_account, stop_process
from ui.test_tray_xvfb import SCREEN, SHOTS, Screen, require_tools

DUNSTRC = """[global]
    font = DejaVu Sans 10
    width = 420
    origin = top-right
    offset = 12x40
    padding = 12
    horizontal_padding = 14
    frame_width = 1
    frame_color = "#c3c7cf"
    separator_height = 0
    corner_radius = 8
    icon_position = left
    min_icon_size = 48
    max_icon_size = 48
    format = "<b>%s</b>\\n%b"
    markup = full
    show_indicators = no
[urgency_low]
    background = "#ffffff"
    foreground = "#1f2329"
    timeout = 0
[urgency_normal]
    background = "#ffffff"
    foreground = "#1f2329"
    timeout = 0
[urgency_critical]
    background = "#fff4f2"
    foreground = "#1f2329"
    frame_color = "#d9534f"
    timeout = 0
"""


def write_like_the_plugin(path, document) -> None:
    temp = path.with_name(f"{path.name}.{os.urandom(6).hex()}.tmp")
    temp.write_text(json.dumps(document, indent=2))
    os.rename(temp, path)


@pytest.fixture
def dunst(session_bus, tmp_path):
    if shutil.which("dunst") is None or shutil.which("dunstctl") is None:
        if os.environ.get("CI"):
            pytest.fail("needs dunst (apt-get install dunst)")
        pytest.skip("needs dunst (apt-get install dunst)")
    require_tools()
    screen = Screen()
    config = tmp_path / "dunstrc"
    config.write_text(DUNSTRC)
    env = {**os.environ, "DISPLAY": screen.name}
    daemon = subprocess.Popen(["dunst", "-config", str(config)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 10
    while subprocess.run(["dunstctl", "count"], env=env, capture_output=True).returncode != 0:
        assert time.monotonic() < deadline and daemon.poll() is None, daemon.stderr.read()
        time.sleep(0.1)
    yield screen, env
    stop_process(daemon)
    screen.close()


def test_a_switch_in_the_pool_file_becomes_a_dunst_toast(plugin_dir, dunst, qtbot):
    screen, env = dunst
    pool = plugin_dir / "antigravity-accounts.json"
    accounts = [make_account(n, email=f"{name}@example.com")
                for n, name in enumerate(["alice.chen", "bob.martin", "carol.diaz"])]
    document = {"version": 4, "accounts": accounts, "activeIndex": 0, "activeIndexByFamily": {"claude": 0, "gemini": 0}}
    write_like_the_plugin(pool, document)
    (plugin_dir / "antigravity.json").write_text('{"account_selection_strategy": "sticky"}')
    hub = AppHub(Services(), agents_source=lambda: [])
    notifier = Notifier(hub, lambda _name: None)
    try:
        assert notifier.desktop is not None, "dunst owns org.freedesktop.Notifications"
        assert notifier.desktop.server_info()[0] == "dunst"
        accounts[0]["rateLimitResetTimes"] = {"claude": int(time.time() * 1000) + 42 * 60_000}
        document["activeIndex"] = document["activeIndexByFamily"]["claude"] = 1
        write_like_the_plugin(pool, document)  # what the plugin's save after a 429 and a switch looks like

        qtbot.waitUntil(lambda: subprocess.run(["dunstctl", "count", "displayed"], env=env, capture_output=True,
                                               text=True).stdout.strip() == "1", timeout=5000)
        time.sleep(0.5)  # dunst draws on its next frame
        SHOTS.mkdir(parents=True, exist_ok=True)
        screen.shot(SHOTS / "toast.png", (SCREEN[0] - 480, 0, 480, 160))  # the panel and the toast under it
        subprocess.run(["dunstctl", "close-all"], env=env, check=True)
        history = json.loads(subprocess.run(["dunstctl", "history"], env=env, capture_output=True, text=True,
                                            check=True).stdout)["data"][0]
        [toast] = history
        assert toast["summary"]["data"] == "Claude: now using bob.martin@example.com"
        assert toast["body"]["data"].startswith("alice.chen@example.com is rate-limited until ")
        assert toast["appname"]["data"] == "Antigravity Tray"
    finally:
        notifier.close()
        hub.shutdown()
