"""Latency from a pool file's rename to the desktop's Notify call, over many switches.

A private D-Bus session with the fake notification server (tests/support/notifyd.py) records when
each Notify arrives; the app's pipeline (hub, file watcher, ActivityMonitor, Notifier) runs in
its own process as in the tray; this script plays the plugin: it writes each new pool
version to a temp file and renames it over the pool, as the plugin's saveAccounts does, with
one rate-limit switch per write. Prints p50/p95/max; asserts nothing.
Run: .venv/bin/python tests/bench/bench_toast_latency.py [SWITCHES]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from antigravity_tray.core.app_state import Preferences  # noqa: E402
from antigravity_tray.core.paths import AppPaths  # noqa: E402

from support.helpers import make_account  # noqa: E402

ACCOUNTS = 5
GAP_S = 0.15  # between switches: more than the watcher's 60 ms debounce, so each is its own event


def pipeline() -> None:
    """The child: the tray's event pipeline without windows."""
    from PySide6.QtGui import QGuiApplication

    from antigravity_tray.core import toasts
    from antigravity_tray.core.services import Services
    from antigravity_tray.live.hub import AppHub
    from antigravity_tray.platform.quit_signals import QuitOnSignals
    from antigravity_tray.ui.notifier import Notifier

    # Every switch its own toast: this measures the path from the file to the server, not the
    # 3 s window that keeps bursts from flickering (core/toasts.py UPDATE_MS).
    toasts.UPDATE_MS = 0
    app = QGuiApplication(["antigravity-tray-bench"])  # the notifier draws the app's icon
    hub = AppHub(Services(), agents_source=list)
    notifier = Notifier(hub, lambda _name: None)
    assert notifier.desktop is not None, "no notification server on the bench's bus"
    signals = QuitOnSignals(app.quit, app)
    print("pipeline ready", flush=True)
    app.exec()
    signals.restore()
    notifier.close()


def write_like_the_plugin(path: Path, document: dict) -> float:
    temp = path.with_name(f"{path.name}.{os.urandom(6).hex()}.tmp")
    temp.write_text(json.dumps(document, indent=2))
    os.chmod(temp, 0o600)
    renamed = time.time()  # taken before the rename, so the latency cannot come out short
    os.rename(temp, path)
    return renamed


def main(switches: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="toast-bench-"))
    config, calls = work / "opencode", work / "calls.jsonl"
    config.mkdir()
    env = {
        **os.environ,
        "OPENCODE_CONFIG_DIR": str(config),
        "ANTIGRAVITY_TRAY_HOME": str(work / "app"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
    }
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
    server = subprocess.Popen(
        [sys.executable, str(HERE.parent / "support" / "notifyd.py"), str(calls)],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout.readline().startswith("fake notifyd ready")
    Preferences(AppPaths.default(env).preferences_file).set("notify_interval_seconds", 0)  # every switch toasts
    pool_path = config / "antigravity-accounts.json"
    accounts = [make_account(n) for n in range(ACCOUNTS)]
    document = {"version": 4, "accounts": accounts, "activeIndex": 0, "activeIndexByFamily": {"claude": 0, "gemini": 0}}
    write_like_the_plugin(pool_path, document)
    (config / "antigravity.json").write_text('{"account_selection_strategy": "sticky"}')
    child = subprocess.Popen([sys.executable, __file__, "--pipeline"], env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().startswith("pipeline ready")
        time.sleep(0.5)
        renamed = []
        for step in range(switches):
            leaving, arriving = step % ACCOUNTS, (step + 1) % ACCOUNTS
            for account in accounts:
                account.pop("rateLimitResetTimes", None)
            accounts[leaving]["rateLimitResetTimes"] = {"claude": int(time.time() * 1000) + 600_000 + step}
            document["activeIndex"] = document["activeIndexByFamily"]["claude"] = arriving
            renamed.append(write_like_the_plugin(pool_path, document))
            time.sleep(GAP_S)
        time.sleep(1)
        received = [json.loads(line)["received_at"] for line in calls.read_text().splitlines()]
    finally:
        for process in (child, server, bus):
            process.terminate()
            process.wait(5)
    latencies = sorted((r - w) * 1000 for w, r in zip(renamed, received, strict=False))
    quantile = statistics.quantiles(latencies, n=100)
    print(f"switches written: {switches}, toasts received: {len(received)}")
    print(
        f"rename -> Notify latency ms: p50 {quantile[49]:.1f}  p95 {quantile[94]:.1f}  max {latencies[-1]:.1f}"
        f"  min {latencies[0]:.1f}"
    )


if __name__ == "__main__":
    if sys.argv[1:] == ["--pipeline"]:
        pipeline()
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
