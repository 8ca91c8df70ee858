"""Start and weight of the tray app next to a bare PySide6 tray (bare_tray.py), in one run.

Both are started alternately under Xvfb with trayer (``--background`` for ours, with a fresh
plugin folder holding a small pool). Per start: the time from the spawn to the icon docked in
trayer (polled every 10 ms), and the RSS 5 s after the spawn. Then, once each, the idle cost
over ``--idle`` seconds: CPU ticks and context switches. Prints medians and ratios; asserts
nothing.

    .venv/bin/python tests/bench/bench_startup.py [--runs 7] [--idle 60]
"""

from __future__ import annotations

import argparse
import compileall
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from support.desktop import PANEL_HEIGHT, Screen, app_env  # noqa: E402
from support.helpers import make_account  # noqa: E402

BARE = [sys.executable, str(HERE / "bare_tray.py")]
OURS = [sys.executable, "-m", "antigravity_tray", "--background"]


def docked(screen: Screen, classname: str) -> bool:
    return any(w["width"] > 1 and w["y"] < PANEL_HEIGHT for w in screen.windows("--classname", f"^{classname}$"))


def spawn(command: list[str], screen: Screen, home: Path) -> subprocess.Popen:
    plugin = home / "opencode"
    plugin.mkdir(parents=True, exist_ok=True)
    (plugin / "antigravity-accounts.json").write_text(
        json.dumps({"version": 4, "accounts": [make_account(n) for n in range(5)], "activeIndex": 0})
    )
    env = app_env(screen)
    env.update(HOME=str(home), OPENCODE_CONFIG_DIR=str(plugin), ANTIGRAVITY_TRAY_HOME=str(home / "app"))
    env["ANTIGRAVITY_TRAY_LOG"] = "warning"
    return subprocess.Popen(
        command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def one_start(command: list[str], classname: str, screen: Screen, home: Path) -> tuple[float, float]:
    started = time.monotonic()
    process = spawn(command, screen, home)
    try:
        while not docked(screen, classname):
            if time.monotonic() - started > 60 or process.poll() is not None:
                raise RuntimeError(f"{classname} did not dock")
            time.sleep(0.01)
        ms = (time.monotonic() - started) * 1000
        time.sleep(max(0.0, 5 - (time.monotonic() - started)))
        rss = psutil.Process(process.pid).memory_info().rss / 2**20
        return ms, rss
    finally:
        process.terminate()
        process.wait(10)


def idle_cost(command: list[str], classname: str, screen: Screen, home: Path, seconds: float) -> tuple[float, int]:
    process = spawn(command, screen, home)
    try:
        while not docked(screen, classname):
            time.sleep(0.05)
        time.sleep(5)  # let the start settle
        watched = psutil.Process(process.pid)
        cpu, switches = watched.cpu_times(), watched.num_ctx_switches()
        time.sleep(seconds)
        cpu2, switches2 = watched.cpu_times(), watched.num_ctx_switches()
        ticks = max(0.0, (cpu2.user + cpu2.system - cpu.user - cpu.system) * 100)  # in 10 ms ticks
        return ticks, (switches2.voluntary + switches2.involuntary) - (switches.voluntary + switches.involuntary)
    finally:
        process.terminate()
        process.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--idle", type=float, default=60)
    args = parser.parse_args()
    # An installed wheel carries compiled bytecode; an editable checkout may have none (this
    # machine sets PYTHONDONTWRITEBYTECODE), and compiling at every start is not what users pay.
    compileall.compile_dir(str(HERE.parents[1] / "desktop" / "antigravity_tray"), quiet=1)
    screen = Screen()
    results: dict[str, list[tuple[float, float]]] = {"bare": [], "ours": []}
    try:
        with tempfile.TemporaryDirectory() as folder:
            for run in range(args.runs):
                for name, command, classname in (("bare", BARE, "bare-tray"), ("ours", OURS, "antigravity-tray")):
                    results[name].append(one_start(command, classname, screen, Path(folder) / f"{name}-{run}"))
            idle = {
                name: idle_cost(command, classname, screen, Path(folder) / f"{name}-idle", args.idle)
                for name, command, classname in (("bare", BARE, "bare-tray"), ("ours", OURS, "antigravity-tray"))
            }
    finally:
        screen.close()
    start = {name: statistics.median(ms for ms, _ in runs) for name, runs in results.items()}
    rss = {name: statistics.median(mb for _, mb in runs) for name, runs in results.items()}
    for name in ("bare", "ours"):
        times = ", ".join(f"{ms:.0f}" for ms, _ in results[name])
        print(
            f"{name}: docked in {start[name]:.0f} ms median ({times}); RSS at 5 s {rss[name]:.0f} MB; "
            f"idle {args.idle:.0f} s: {idle[name][0]:.0f} CPU ticks, {idle[name][1]} context switches"
        )
    print(
        f"start ratio {start['ours'] / start['bare']:.2f}, RSS ratio {rss['ours'] / rss['bare']:.2f} "
        f"(goal 1.3 / 1.2; done when 1.5 / 1.3)"
    )


if __name__ == "__main__":
    main()
