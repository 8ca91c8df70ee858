"""A switch in the pool file reaches a real notification server: dunst on Xvfb, on a private
D-Bus session. The toast's picture goes to docs/screenshots/toast.png.

Needs the apt packages ``dunst xvfb trayer imagemagick`` (skipped without them, except in CI).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time

import pytest
from PySide6.QtCore import QTranslator

from antigravity_tray.core.services import Services
from antigravity_tray.live.hub import AppHub
from antigravity_tray.ui.common.i18n import translations_dir
from antigravity_tray.ui.notifier import Notifier
from ui.test_tray_xvfb import SCREEN, SHOTS

from support.helpers import make_account, text_in


def write_like_the_plugin(path, document) -> None:
    temp = path.with_name(f"{path.name}.{os.urandom(6).hex()}.tmp")
    temp.write_text(json.dumps(document, indent=2))
    os.rename(temp, path)


@pytest.mark.parametrize("language, shots", [("en", SHOTS), ("ko", SHOTS / "ko"), ("fr", None), ("es", None)])
def test_a_switch_in_the_pool_file_becomes_a_dunst_toast(plugin_dir, dunst, qtbot, qapp, tmp_path, language, shots):
    screen, env = dunst.screen, dunst.env
    shots = shots or tmp_path
    translator = QTranslator()
    if language != "en":
        assert translator.load(f"antigravity_tray_{language}", str(translations_dir()))
        qapp.installTranslator(translator)
    pool = plugin_dir / "antigravity-accounts.json"
    accounts = [
        make_account(n, email=f"{name}@example.com")
        for n, name in enumerate(["alice.chen", "bob.martin", "carol.diaz"])
    ]
    document = {"version": 4, "accounts": accounts, "activeIndex": 0, "activeIndexByFamily": {"claude": 0, "gemini": 0}}
    write_like_the_plugin(pool, document)
    (plugin_dir / "antigravity.json").write_text('{"account_selection_strategy": "sticky"}')
    hub = AppHub(Services(), agents_source=list)
    notifier = Notifier(hub, lambda _name: None)
    try:
        assert notifier.desktop is not None, "dunst owns org.freedesktop.Notifications"
        assert notifier.desktop.server_info()[0] == "dunst"
        accounts[0]["rateLimitResetTimes"] = {"claude": int(time.time() * 1000) + 42 * 60_000}
        document["activeIndex"] = document["activeIndexByFamily"]["claude"] = 1
        write_like_the_plugin(pool, document)  # what the plugin's save after a 429 and a switch looks like

        qtbot.waitUntil(
            lambda: (
                subprocess.run(
                    ["dunstctl", "count", "displayed"], env=env, capture_output=True, text=True
                ).stdout.strip()
                == "1"
            ),
            timeout=5000,
        )
        time.sleep(0.5)  # dunst draws on its next frame
        shots.mkdir(parents=True, exist_ok=True)
        screen.shot(shots / "toast.png", (SCREEN[0] - 480, 0, 480, 160))  # the panel and the toast under it
        subprocess.run(["dunstctl", "close-all"], env=env, check=True)
        history = json.loads(
            subprocess.run(["dunstctl", "history"], env=env, capture_output=True, text=True, check=True).stdout
        )["data"][0]
        [toast] = history
        summary, body = toast["summary"]["data"], toast["body"]["data"]
        # What the person reads, in their language (the English source under "en").
        now_using = text_in(language, "Status", "{family}: now using {after}")
        assert summary == now_using.format(family="Claude", after="bob.martin@example.com")
        limited = text_in(language, "Status", "{before} is rate-limited until {until}.")
        assert body.startswith(limited.split("{until}")[0].format(before="alice.chen@example.com")), body
        if language == "ko":
            assert re.search("[\uac00-\ud7a3]", summary) and re.search("[\uac00-\ud7a3]", body), (summary, body)
        assert toast["appname"]["data"] == "Antigravity Tray"
    finally:
        qapp.removeTranslator(translator)
        notifier.close()
        hub.shutdown()
