"""The accounts window with a 1,000-account pool while the plugin keeps saving it.

Offscreen Qt, the real hub and window. This script plays the plugin: every ``--gap`` seconds
it bumps one account's lastUsed (and now and then moves the Claude index) and renames the new
file over the pool, as the plugin's saveAccounts does. A 5 ms probe timer measures how late
the event loop answers (a stall a person would see as a frozen window). Prints, over --saves
saves: rename → table updated p50/p95, the worst event-loop lateness, and whether the
selected row and the scroll position stayed. Asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_accounts_window.py [--accounts 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_pool_scale import big_pool  # noqa: E402


def write_like_the_plugin(path: Path, text: str) -> float:
    temp = path.with_name(f"{path.name}.{os.urandom(6).hex()}.tmp")
    temp.write_text(text)
    renamed = time.perf_counter()
    os.rename(temp, path)
    return renamed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=1000)
    parser.add_argument("--saves", type=int, default=60)
    parser.add_argument("--gap", type=float, default=0.25, help="seconds between saves")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="accounts-bench-"))
    os.environ.update(
        OPENCODE_CONFIG_DIR=str(work / "opencode"),
        ANTIGRAVITY_TRAY_HOME=str(work / "app"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    pool_file = work / "opencode" / "antigravity-accounts.json"
    pool_file.parent.mkdir(parents=True)
    document = big_pool(args.accounts)
    pool_file.write_text(json.dumps(document, indent=2))

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from antigravity_tray.core.services import Services
    from antigravity_tray.live.hub import AppHub
    from antigravity_tray.ui.accounts.window import AccountsWindow

    app = QApplication(["accounts-bench"])
    hub = AppHub(Services(), agents_source=list)
    window = AccountsWindow(hub)
    window.resize(1200, 700)
    window.show()
    app.processEvents()
    middle = window.proxy.index(args.accounts // 2, 0)
    window.table.selectionModel().setCurrentIndex(
        middle,
        window.table.selectionModel().SelectionFlag.ClearAndSelect | window.table.selectionModel().SelectionFlag.Rows,
    )
    window.table.scrollTo(middle)
    app.processEvents()
    selected, scrolled = window.selected_account(), window.table.verticalScrollBar().value()

    versions = []  # made before the clock starts: encoding 650 KB would stall this loop itself
    for n in range(args.saves):
        document["accounts"][(n * 37) % args.accounts]["lastUsed"] += 1000
        if n % 10 == 9:
            document["activeIndexByFamily"]["claude"] = (n * 13) % args.accounts
        versions.append(json.dumps(document, indent=2))
    updates: list[float] = []
    renamed_at = [0.0]
    hub.poolChanged.connect(
        lambda _ours: updates.append((time.perf_counter() - renamed_at[0]) * 1000)
    )  # after the window's slot

    lateness: list[float] = []  # a probe lives through the whole run, saves and idle gaps alike
    clock = QElapsedTimer()
    probe = QTimer(interval=5)

    def tick() -> None:
        lateness.append(max(0.0, clock.restart() - 5))

    probe.timeout.connect(tick)
    clock.start()
    probe.start()

    saves = [0]

    def save() -> None:
        renamed_at[0] = write_like_the_plugin(pool_file, versions[saves[0]])
        saves[0] += 1
        if saves[0] < args.saves:
            QTimer.singleShot(int(args.gap * 1000), save)
        else:
            QTimer.singleShot(int(args.gap * 1000) + 500, app.quit)

    QTimer.singleShot(300, save)
    app.exec()
    probe.stop()

    def p(values: list[float], q: int) -> float:
        return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]

    kept = window.selected_account()
    print(
        f"{args.accounts} accounts, {pool_file.stat().st_size / 1024:.0f} KB, {saves[0]} saves, {len(updates)} updates"
    )
    print(f"rename -> table updated: p50 {p(updates, 50):.1f} ms, p95 {p(updates, 95):.1f} ms")
    print(f"event loop lateness: p95 {p(lateness, 95):.1f} ms, worst {max(lateness):.1f} ms")
    print(
        f"selection kept: {kept is not None and selected is not None and kept.email == selected.email}; "
        f"scroll kept: {window.table.verticalScrollBar().value() == scrolled}"
    )
    window.close()
    hub.shutdown()


if __name__ == "__main__":
    main()
