"""Our debug-log follower (core/debuglog.py) reads what the real plugin writes.

debug_log_writer.mts writes a log with the plugin's own debug module and AccountManager,
and reports what the plugin's objects said at each step (its "truth"); the follower must
find exactly that in the file, from the right process."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import threading
from pathlib import Path

import psutil
import pytest

from antigravity_tray.core.debuglog import LogFollower
from interop.plugin_driver import INTEROP, TSX, node_env, require_plugin

pytestmark = pytest.mark.interop

ACCOUNTS = ["alice@example.test", "bob@example.test", "Account 3", "dave@example.test"]  # bob is disabled


@pytest.fixture(autouse=True)
def _plugin():
    require_plugin()


class Writer:
    """debug_log_writer.mts, running until ``close()``: its log's write stream stays open."""

    def __init__(self, config_dir: Path, logs: Path, pid_offset: bool):
        env = node_env(config_dir, WRITER_PID_OFFSET="true" if pid_offset else "false")
        self.process = subprocess.Popen(
            [str(TSX), str(INTEROP / "debug_log_writer.mts"), str(logs)],
            cwd=INTEROP,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: lines.put(self.process.stdout.readline()), daemon=True).start()
        try:
            first = lines.get(timeout=60)
        except queue.Empty:
            first = ""
        if not first:
            self.close()
            raise AssertionError(f"the writer did not report:\n{self.process.stderr.read()}")
        self.report = json.loads(first)

    def close(self) -> None:
        try:
            self.process.communicate(timeout=20)  # closes stdin: the writer exits
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.communicate()


def holders_of(paths: list[Path]) -> dict[str, int]:
    """Which process holds each file open, by file name (the plugin keeps its write stream open)."""
    wanted = {os.path.realpath(p): p.name for p in paths}
    found = {}
    for process in psutil.process_iter():
        try:
            found.update({wanted[h.path]: process.pid for h in process.open_files() if h.path in wanted})
        except (psutil.AccessDenied, psutil.NoSuchProcess, psutil.ZombieProcess):
            continue
    return found


def old_logs(folder: Path, count: int) -> list[Path]:
    """Logs of OpenCode processes long gone, oldest first."""
    folder.mkdir()
    paths = []
    for n in range(count):
        path = folder / f"antigravity-debug-2025-01-01T00-00-{n:02d}-000Z.log"
        path.write_text(
            f"[2025-01-01T00:00:{n:02d}.000Z] [Account] Selected: old{n}@example.test (1/1) family=claude\n"
        )
        os.utime(path, (1_735_689_600 + n, 1_735_689_600 + n))
        paths.append(path)
    return paths


@pytest.mark.parametrize("pid_offset", [True, False], ids=["pid-offset", "no-pid-offset"])
def test_the_follower_reads_what_the_plugin_writes(tmp_path, pid_offset):
    config, logs = tmp_path / "opencode", tmp_path / "antigravity-logs"
    config.mkdir()
    history = old_logs(logs, 26)  # the plugin keeps 25: its start-up deletes the oldest
    follower = LogFollower(logs)
    assert follower.poll() == []

    writer = Writer(config, logs, pid_offset)
    try:
        pid, log, truth = writer.report["pid"], Path(writer.report["log_file"]), writer.report["truth"]
        assert pid != writer.process.pid  # tsx runs the script in a child process: the pid is the plugin's
        events = follower.poll()
        while follower.behind:
            events += follower.poll()
        held = holders_of([log, history[-1]])
    finally:
        writer.close()

    assert not history[0].exists() and all(p.exists() for p in history[1:])
    assert log.parent == logs and log in follower.followed()
    assert {e.file for e in events} == {log.name}  # new file read whole, no old file replayed
    assert follower.bytes_read == log.stat().st_size
    assert held == {log.name: pid}  # the plugin keeps its write stream open

    assert f"] [Antigravity Debug ANTIGRAVITY-1] pid={pid} POST " in log.read_text()
    kinds = [t["kind"] for t in truth]
    if pid_offset:  # the offset line names the pid first; the request's "pid=" line is then no news
        assert [e.kind for e in events] == ["pid-offset"] + kinds
        offset, *rest = events
        assert (offset.family, offset.offset, offset.from_index, offset.to_index) == (
            "claude",
            pid % len(ACCOUNTS),
            0,
            pid % len(ACCOUNTS),
        )
    else:  # the request after the first pick names it
        assert [e.kind for e in events] == kinds[:1] + ["pid"] + kinds[1:]
        rest = [e for e in events if e.kind != "pid"]
    assert {e.pid for e in events} == {pid}  # every event, the first pick's too
    for event, said in zip(rest, truth, strict=True):
        if said["kind"] == "selected":
            assert (event.family, event.label, event.index, event.count) == (
                said["family"],
                said["label"],
                said["index"],
                said["count"],
            )
            assert event.label == ACCOUNTS[event.index]
        elif said["kind"] == "rate-limit":
            assert (event.family, event.label, event.status, event.retry_after_ms, event.reason) == (
                said["family"],
                said["label"],
                said["status"],
                said["retry_after_ms"],
                said["reason"],
            )
        else:
            assert (event.family, event.count, event.label) == (said["family"], said["count"], None)
        if event.label is not None:  # an email or "Account N": which one depends on the pid
            assert event.email == (event.label if "@" in event.label else None)
    assert "mallory@example.test" not in {e.label for e in events}  # quoted in a body, not a log line
    assert [e.label for e in events if e.kind == "selected"][-1] == "Account 3"
