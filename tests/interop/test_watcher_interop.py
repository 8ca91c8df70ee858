"""The app's file watcher reads a renamed pool at once (no debounce): with the plugin's real
saveAccounts writing as fast as it can, every read is a whole file."""

from __future__ import annotations

import time

import pytest

from antigravity_tray.core.services import Services
from antigravity_tray.live.hub import AppHub
from interop.plugin_driver import node_env, require_plugin, start

from support.helpers import write_pool

pytestmark = pytest.mark.interop
SECONDS = 4


def test_every_pool_the_hub_reads_under_the_plugins_writes_is_whole(plugin_dir, tmp_path, qtbot):
    require_plugin()
    pool = plugin_dir / "antigravity-accounts.json"
    write_pool(pool, [])
    hub = AppHub(Services(), agents_source=list)
    seen = {"reloads": 0, "errors": [], "shrank": 0, "largest": 0}

    def check(_ours: bool) -> None:
        seen["reloads"] += 1
        if hub.pool_error or hub.pool is None:
            seen["errors"].append(hub.pool_error)
            return
        size = len(hub.pool.accounts)
        seen["shrank"] += size < seen["largest"]
        seen["largest"] = max(seen["largest"], size)

    hub.poolChanged.connect(check)
    start_at = int(time.time() * 1000) + 2500
    env = node_env(plugin_dir, SAVER_START_AT_MS=str(start_at))
    savers = [start("saver.mts", f"n{i}", SECONDS * 1000, tmp_path / f"node{i}.json", env=env) for i in range(2)]
    try:
        deadline = time.time() + SECONDS + 15
        while any(s.poll() is None for s in savers) and time.time() < deadline:
            qtbot.wait(50)  # the GUI thread runs the watcher, as in the tray
        qtbot.wait(500)
    finally:
        for saver in savers:
            if saver.poll() is None:
                saver.kill()
        hub.shutdown()
    assert all(s.returncode == 0 for s in savers)
    assert seen["errors"] == [] and seen["shrank"] == 0, seen
    assert seen["reloads"] > 20 and seen["largest"] > 20, seen
