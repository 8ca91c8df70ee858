"""A second `antigravity-tray --show NAME` reaches the running app and exits."""

import os
import signal
import subprocess
import sys
import threading
import time

from support.helpers import run_cli


def start_app(env, *args):
    process = subprocess.Popen(
        [sys.executable, "-m", "antigravity_tray", *args],
        env=env,
        text=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(iter(process.stderr.readline, "")), daemon=True).start()
    return process, lines


def wait_for(lines, text, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(text in line for line in lines):
            return True
        time.sleep(0.05)
    return False


def test_second_start_raises_the_window_in_the_first_and_exits(plugin_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANTIGRAVITY_TRAY_LOG="info")
    first, lines = start_app(env, "--background")
    try:
        assert wait_for(lines, "started;"), lines
        started = time.monotonic()
        second = run_cli("--show", "settings", env=env)
        assert second.returncode == 0, second.stderr
        assert time.monotonic() - started < 10
        assert wait_for(lines, "showing the settings window"), lines
        assert first.poll() is None  # the first one keeps running
        shown_before = sum("showing the accounts window" in line for line in lines)
        third = run_cli("--show", "accounts", env=env)
        assert third.returncode == 0
        deadline = time.monotonic() + 10
        while sum("showing the accounts window" in line for line in lines) == shown_before:
            assert time.monotonic() < deadline, lines
            time.sleep(0.05)
    finally:
        first.terminate()
        first.wait(10)


def test_sigterm_quits_cleanly_and_releases_the_instance(plugin_dir, tmp_path):
    """A session logging out sends SIGTERM: the app quits as Quit does, leaving no lock."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANTIGRAVITY_TRAY_LOG="info", XDG_RUNTIME_DIR=str(runtime))
    first, lines = start_app(env, "--background")
    try:
        assert wait_for(lines, "started;"), lines
        assert list(runtime.glob("antigravity-tray-*.lock")), "the running app holds its lock file"
        first.send_signal(signal.SIGTERM)
        assert first.wait(10) == 0, lines  # not killed by the signal: it quit
        assert wait_for(lines, "quitting"), lines
        assert not list(runtime.glob("antigravity-tray-*.lock"))
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(5)
