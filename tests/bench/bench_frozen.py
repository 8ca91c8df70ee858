"""The frozen app next to the pip-installed one: size on disk, and start time under a real tray.

    bash installers/linux/build.sh          # makes build/linux/dist/antigravity-tray and dist/*
    .venv/bin/python tests/bench/bench_frozen.py [--runs 5]

Size: the frozen folder, the .deb and the .tar.gz, against the installed files of the wheel and
every distribution it pulls in (its dependency closure in this venv). Start: both are started
alternately under Xvfb with trayer, ``--background``, with a fresh plugin folder; the time is
from the spawn to the app's "started; system tray available" log line and to its icon docked in
trayer; RSS is read 3 s after the start. Prints medians; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from support.desktop import App, Screen, app_env, docked_icon  # noqa: E402

REPO = HERE.parents[1]
FROZEN = REPO / "build" / "linux" / "dist" / "antigravity-tray"


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def installed_size(name: str = "antigravity-tray") -> tuple[int, list[str]]:
    """Bytes of the distribution's installed files and of everything it requires, recursively."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [name]
    while todo:
        wanted = re.split(r"[ ;<>=!~\[(]", todo.pop(), maxsplit=1)[0].lower().replace("_", "-")
        if wanted in seen:
            continue
        try:
            dist = metadata.distribution(wanted)
        except metadata.PackageNotFoundError:
            continue  # an optional or other-platform requirement
        seen[wanted] = dist
        for requirement in dist.requires or []:
            marker = requirement.partition(";")[2]
            if "extra ==" in marker or ("sys_platform" in marker and sys.platform not in marker):
                continue
            todo.append(requirement)
    total = 0
    for dist in seen.values():
        for file in dist.files or []:
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                total += path.stat().st_size
    return total, sorted(seen)


def one_start(command: list[str], screen: Screen, home: Path) -> tuple[float, float, float]:
    plugin = home / "opencode"
    plugin.mkdir(parents=True, exist_ok=True)
    env = app_env(screen)
    env.update(HOME=str(home), OPENCODE_CONFIG_DIR=str(plugin), ANTIGRAVITY_TRAY_HOME=str(home / "app"))
    env.pop("PYTHON_KEYRING_BACKEND", None)
    started = time.monotonic()
    app = App(env, "--background", command=command, cwd=home)
    try:
        app.wait_for_log("started; system tray available", timeout=60)
        logged = time.monotonic() - started
        docked_icon(screen, timeout=60)
        docked = time.monotonic() - started
        time.sleep(max(0.0, 3 - (time.monotonic() - started)))
        rss = psutil.Process(app.process.pid).memory_info().rss / 2**20
    finally:
        app.stop()
    return logged * 1000, docked * 1000, rss


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--frozen", type=Path, default=FROZEN)
    args = parser.parse_args()
    program = args.frozen / "antigravity-tray"
    if not program.exists():
        raise SystemExit(f"no frozen app at {program}: run bash installers/linux/build.sh first")

    print("size on disk")
    print(f"  frozen folder        {folder_size(args.frozen) / 2**20:7.1f} MB")
    for package in sorted((REPO / "dist").glob("antigravity-tray*")):
        print(f"  {package.name:<44} {package.stat().st_size / 2**20:7.1f} MB")
    pip_bytes, names = installed_size()
    print(f"  pip install          {pip_bytes / 2**20:7.1f} MB ({len(names)} distributions: {', '.join(names)})")

    commands = {"frozen": [str(program)], "pip": [sys.executable, "-m", "antigravity_tray"]}
    results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in commands}
    screen = Screen()
    try:
        for run in range(args.runs):
            for name, command in commands.items():  # alternate, so drift hits both alike
                with tempfile.TemporaryDirectory(prefix="agt-bench-") as home:
                    results[name].append(one_start(command, screen, Path(home)))
            print(f"  run {run + 1}/{args.runs} done", file=sys.stderr)
    finally:
        screen.close()

    print(f"start under Xvfb + trayer, --background, median of {args.runs}")
    for name, rows in results.items():
        logged, docked, rss = (statistics.median(column) for column in zip(*rows, strict=True))
        print(f"  {name:<6} tray ready {logged:6.0f} ms   icon docked {docked:6.0f} ms   RSS at 3 s {rss:5.1f} MB")
    ratio = statistics.median(r[1] for r in results["frozen"]) / statistics.median(r[1] for r in results["pip"])
    print(f"  frozen / pip, icon docked: {ratio:.2f}")


if __name__ == "__main__":
    os.environ.setdefault("ANTIGRAVITY_TRAY_LOG", "info")
    main()
