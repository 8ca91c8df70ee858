"""The plugin's real saveAccounts and our writers, in several processes at once."""

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

from antigravity_tray.core.pool import Pool
from interop.plugin_driver import node_env, start

from support.helpers import REPO, write_pool

NODE_WORKERS, PY_WORKERS, SECONDS = 3, 2, 6


def watch_pool(pool: Path, stop: threading.Event, findings: dict) -> None:
    """Read the pool continuously as a tray would: it must always parse and never shrink."""
    seen: set[str] = set()
    while not stop.is_set():
        try:
            text = pool.read_text()
        except FileNotFoundError:
            if seen:
                findings["missing_after_write"] += 1
            continue
        try:
            tokens = {a.refresh_token for a in Pool.from_text(text).accounts} if text else set()
        except Exception:
            findings["unparsable"] += 1
            continue
        if not seen <= tokens:
            findings["shrank"] += 1
        seen = tokens
        findings["reads"] += 1
        time.sleep(0.002)


def test_plugin_and_our_writers_together_lose_nothing_and_leave_no_lock(plugin_dir, tmp_path):
    pool = plugin_dir / "antigravity-accounts.json"
    # The file exists, as it does once anyone has logged in. When it does not, the plugin's
    # saveAccounts creates it before taking the lock (ensureFileExists: access, then a plain
    # writeFile), so a file another writer renamed into place a moment earlier is overwritten
    # with an empty pool. That race is the plugin's and no writer of ours can prevent it.
    write_pool(pool, [])
    start_at = int(time.time() * 1000) + 2500  # tsx needs about a second to start
    env = node_env(plugin_dir, SAVER_START_AT_MS=str(start_at))
    nodes = [
        start("saver.mts", f"n{i}", SECONDS * 1000, tmp_path / f"node{i}.json", env=env) for i in range(NODE_WORKERS)
    ]
    time.sleep(max(0.0, start_at / 1000 - time.time()))
    pythons = [
        subprocess.Popen(
            [
                sys.executable,
                str(REPO / "tests" / "support" / "pool_writer.py"),
                str(pool),
                f"py{i}",
                "--seconds",
                str(SECONDS),
                "--toggle",
                "--pause-ms",
                "30",
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(PY_WORKERS)
    ]
    findings = {"reads": 0, "shrank": 0, "missing_after_write": 0, "unparsable": 0}
    stop = threading.Event()
    watcher = threading.Thread(target=watch_pool, args=(pool, stop, findings))
    watcher.start()
    try:
        node_results = []
        for i, node in enumerate(nodes):
            out, err = node.communicate(timeout=120)
            assert node.returncode == 0, err
            node_results.append(json.loads((tmp_path / f"node{i}.json").read_text()))
        python_added = []
        for process in pythons:
            out, _ = process.communicate(timeout=120)
            assert process.returncode == 0
            python_added += [
                line.split()[1].replace("@example.test", "-tok")
                for line in out.splitlines()
                if line.startswith("added ")
            ]
    finally:
        stop.set()
        watcher.join()

    final = Pool.from_text(pool.read_text())
    tokens = {a.refresh_token for a in final.accounts}
    node_saved = [t for r in node_results for t in r["saved_tokens"]]
    stats = {
        "node_saves": sum(r["saves"] for r in node_results),
        "node_lock_failures": sum(r["save_failures"] for r in node_results),
        "node_null_loads": sum(r["load_nulls"] for r in node_results),
        "python_adds": len(python_added),
        "accounts": len(tokens),
        **findings,
    }
    print(f"\nconcurrency: {stats}")
    assert set(node_saved) <= tokens and set(python_added) <= tokens
    assert len(tokens) == len(node_saved) + len(python_added)
    assert stats["node_null_loads"] == 0 and findings["shrank"] == 0 and findings["missing_after_write"] == 0
    assert findings["unparsable"] == 0 and findings["reads"] > 200
    assert len(node_saved) > 30 and len(python_added) > 30  # they really did overlap for seconds
    assert final.version == 4
    assert not (plugin_dir / "antigravity-accounts.json.lock").exists()
    assert list(plugin_dir.glob("*.tmp")) == []
