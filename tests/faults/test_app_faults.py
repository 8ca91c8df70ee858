"""The tray app against hostile files: it keeps running, says what is wrong in its tooltip,
and recovers when a real file comes back."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import psutil
import shiboken6

from antigravity_tray.core.services import Services
from antigravity_tray.live.hub import AppHub
from antigravity_tray.ui.tray.controller import TrayController

from support.helpers import make_account, write_pool


def replace_with(qtbot, hub, make) -> None:
    with qtbot.waitSignal(hub.poolChanged, timeout=3000):
        make()


def test_the_tray_says_what_is_wrong_and_follows_the_file_back_and_forth(qtbot, plugin_dir):
    pool = plugin_dir / "antigravity-accounts.json"
    os.mkfifo(pool)
    hub = AppHub(Services(), agents_source=list)
    tray = TrayController(hub, lambda _name: None, lambda: None, dark_panel=lambda: True)
    try:
        assert hub.pool is None and "named pipe (FIFO)" in hub.pool_error
        tip = tray.tray.toolTip()
        assert f"The accounts file cannot be read: {pool} is a named pipe (FIFO)" in tip, tip

        def real_pool():
            pool.unlink()
            write_pool(pool, [make_account(1)])

        replace_with(qtbot, hub, real_pool)
        assert hub.pool_error is None and [a.email for a in hub.pool.accounts] == ["user1@example.test"]
        assert "cannot be read" not in tray.tray.toolTip()

        def device():
            pool.unlink()
            pool.symlink_to("/dev/zero")

        replace_with(qtbot, hub, device)
        assert hub.pool is None and "character device (through a link to /dev/zero)" in hub.pool_error
        assert "/dev/zero" in tray.tray.toolTip()
    finally:
        tray.tray.hide()
        hub.shutdown()
        shiboken6.delete(tray)  # in the GUI thread, not later by the garbage collector from another
        shiboken6.delete(hub)


def test_the_app_starts_and_stays_up_on_a_dev_zero_pool_in_bounded_memory(plugin_dir):
    (plugin_dir / "antigravity-accounts.json").symlink_to("/dev/zero")
    os.mkfifo(plugin_dir / "antigravity.json")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANTIGRAVITY_TRAY_LOG="info")
    app = subprocess.Popen(
        [sys.executable, "-m", "antigravity_tray", "--background"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(3)
        assert app.poll() is None, app.stderr.read() if app.stderr else ""
        assert psutil.Process(app.pid).memory_info().rss < 100 * 2**20
    finally:
        app.terminate()
        _, err = app.communicate(timeout=10)
    assert app.returncode == 0, err
    assert "Traceback" not in err, err
