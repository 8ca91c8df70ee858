"""The running tray app under faults from outside: the tray host crashing and coming back,
and the pool file flipped a hundred times a second."""

from __future__ import annotations

import json
import os
import threading
import time

import psutil

from support.desktop import App, app_env, docked_icon, until
from support.helpers import make_account, write_pool


def test_the_icon_comes_back_when_the_tray_host_restarts(screen, plugin_dir):
    write_pool(plugin_dir / "antigravity-accounts.json", [make_account(1)])
    app = App(app_env(screen), "--background")
    try:
        first = docked_icon(screen)
        screen.restart_tray()
        until(lambda: screen.trayer.poll() is None, 5, "trayer did not start again")
        again = until(
            lambda: [w for w in [docked_icon(screen, timeout=20)] if w["window"] != first["window"]],
            20,
            "the icon did not dock in the new tray host",
        )[0]  # a new icon window, embedded by the new trayer: the old one went with the old host
        assert again["width"] > 1 and app.process.poll() is None
        print(f"\ndocked at {first['x']},{first['y']}; after the tray host restarted at {again['x']},{again['y']}")
    finally:
        app.stop()


def flip(pool, versions: list[bytes], per_second: int, seconds: float, stop: threading.Event) -> int:
    """Replace the pool by rename, as the plugin does, ``per_second`` times a second."""
    written, started = 0, time.monotonic()
    while not stop.is_set() and time.monotonic() - started < seconds:
        temp = pool.with_name(f"{pool.name}.{os.urandom(6).hex()}.tmp")
        temp.write_bytes(versions[written % len(versions)])
        os.replace(temp, pool)
        written += 1
        stop.wait(max(0.0, started + written / per_second - time.monotonic()))
    return written


def test_a_pool_flipped_a_hundred_times_a_second_leaves_the_app_alive_bounded_and_idle_after(plugin_dir):
    pool = plugin_dir / "antigravity-accounts.json"
    accounts = [make_account(n) for n in range(20)]
    versions = []
    for n in range(4):  # the index moving and limits coming and going, as under heavy use
        document = {"version": 4, "accounts": accounts, "activeIndex": n, "activeIndexByFamily": {"claude": n}}
        versions.append(json.dumps(document, indent=2).encode())
    pool.write_bytes(versions[0])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANTIGRAVITY_TRAY_LOG="info")
    app = App(env, "--background")
    try:
        app.wait_for_log("settled in")
        watched = psutil.Process(app.process.pid)
        before = watched.memory_info().rss
        stop = threading.Event()
        written = flip(pool, versions, 100, 20.0, stop)
        assert app.process.poll() is None, "".join(app.lines[-20:])
        during = watched.memory_info().rss
        time.sleep(2)  # the last events settle (a toast window, the debounce)
        cpu = watched.cpu_times()
        time.sleep(5)
        after_cpu = watched.cpu_times()
        idle_cpu = after_cpu.user + after_cpu.system - cpu.user - cpu.system
        print(
            f"\n{written} flips in 20 s; RSS {before / 2**20:.0f} -> {during / 2**20:.0f} MB; "
            f"CPU over the 5 s after: {idle_cpu * 1000:.0f} ms"
        )
        assert written >= 1500
        assert during - before < 50 * 2**20
        assert idle_cpu < 0.05  # back to idle: no timer left ticking
        assert "Traceback" not in "".join(app.lines)
    finally:
        app.stop()
