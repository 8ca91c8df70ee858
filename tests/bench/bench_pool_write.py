"""How long our pool writes hold the plugin's lock, by pool size.

The plugin gives up on its own save after about 2.5 s of retries (ELOCKED), so our
hold time must stay far below that. Prints numbers; asserts nothing.
Run: .venv/bin/python tests/bench/bench_pool_write.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import ClassVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from antigravity_tray.core import lock as lock_module
from antigravity_tray.core.pool_store import NewAccount, PoolStore

from support.helpers import make_account, write_pool

ROUNDS = 30


class TimedLock(lock_module.PluginFileLock):
    holds: ClassVar[list[float]] = []

    def acquire(self):
        super().acquire()
        self._taken = time.perf_counter()

    def release(self):
        TimedLock.holds.append(time.perf_counter() - self._taken)
        super().release()


def main() -> None:
    import antigravity_tray.core.pool_store as pool_module

    pool_module.PluginFileLock = TimedLock
    print(f"{'accounts':>8} {'file KB':>8} {'hold median ms':>15} {'hold p95 ms':>12} {'read ms':>8}")
    for size in (10, 100, 1000):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "antigravity-accounts.json"
            write_pool(path, [make_account(n) for n in range(size)])
            store = PoolStore(path)
            TimedLock.holds = []
            for n in range(ROUNDS):
                store.add(NewAccount(f"bench-{n}", email=f"bench-{n}@example.test"))
            started = time.perf_counter()
            for _ in range(ROUNDS):
                store.read()
            read_ms = (time.perf_counter() - started) / ROUNDS * 1000
            holds = sorted(h * 1000 for h in TimedLock.holds)
            print(
                f"{size:>8} {path.stat().st_size / 1024:>8.0f} {statistics.median(holds):>15.2f} "
                f"{holds[int(len(holds) * 0.95) - 1]:>12.2f} {read_ms:>8.2f}"
            )


if __name__ == "__main__":
    main()
