"""A stand-in OpenCode process: a real process whose name is ``opencode``."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import psutil


def start_fake_opencode(folder: Path, cwd: Path) -> subprocess.Popen:
    binary = folder / "opencode"
    if not binary.exists():
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(shutil.which("sleep"), binary)
    process = subprocess.Popen([str(binary), "300"], cwd=cwd)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # wait until the kernel shows the new name
        try:
            if psutil.Process(process.pid).name() == "opencode":
                return process
        except psutil.NoSuchProcess:
            pass
        time.sleep(0.02)
    raise RuntimeError("the fake opencode process did not start")


def stop(process: subprocess.Popen) -> None:
    process.kill()
    process.wait(5)
