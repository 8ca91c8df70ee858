"""Following the plugin's debug log: what each OpenCode process selected, and its 429s.

With ``debug: true`` (or OPENCODE_ANTIGRAVITY_DEBUG) every OpenCode process appends lines
``[<ISO time>] <message>`` to its own ``antigravity-debug-<time>.log`` (reference §5); the
plugin keeps the newest 25 files and deletes older ones. Messages can span lines (stacks,
response bodies up to 50,000 characters): a line not starting with ``[20`` continues the
previous message, and we never need those.

The follower reads only bytes appended since its last look, in fixed-size chunks, and
keeps at most one unfinished line per file, so a log of hundreds of megabytes costs what
was appended, not what is there.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Iterable

import psutil

FILE_PATTERN = "antigravity-debug-*.log"
FOLLOWED_FILES = 8  # the newest files by mtime: one per running OpenCode, with room
CHUNK = 64 * 1024
LONGEST_LINE = 256 * 1024  # longer lines (response bodies) are skipped, never buffered whole
POLL_BUDGET = 4 * 1024 * 1024  # bytes per file per poll: a burst is read in steps (see ``behind``)

_STAMP = re.compile(r"^\[(20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)\] (.*)$")
_SELECTED = re.compile(r"^\[Account\] Selected: (.+?) \((\d+|-)/(\d+)\) family=(\w+)(?: rateLimits=(\{.*\}))?$")
_ALL_LIMITED = re.compile(r"^\[Account\] All accounts rate-limited: .*\(-/(\d+)\) family=(\w+)")
_OFFSET = re.compile(r"^\[Account\] Applying PID offset: pid=(\d+) offset=(\d+) family=(\w+) index=(-?\d+)->(\d+)")
_RATE_LIMIT = re.compile(r"^\[RateLimit\] (\d{3}) on (.+?) family=(\w+) retryAfterMs=(\d+)")
_PID = re.compile(r"^\[Antigravity Debug [^\]]*\] pid=(\d+) ")


@dataclass(frozen=True)
class LogEvent:
    kind: str  # "selected", "all-limited", "pid-offset", "rate-limit", "pid"
    at_ms: float
    family: str | None = None
    label: str | None = None  # an email, or "Account N"
    index: int | None = None  # 0-based, in the plugin's list
    count: int | None = None  # enabled accounts ("selected"), or all of them
    rate_limits: dict[str, float] = field(default_factory=dict)  # key → seconds left
    retry_after_ms: float | None = None
    status: int | None = None
    pid: int | None = None
    offset: int | None = None
    from_index: int | None = None
    to_index: int | None = None
    file: str | None = None  # the log file's name, filled by the follower

    @property
    def email(self) -> str | None:
        return self.label if self.label and "@" in self.label else None


def _epoch_ms(stamp: str) -> float:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp() * 1000


def _seconds(limits: str | None) -> dict[str, float]:
    try:
        raw = json.loads(limits) if limits else {}
    except ValueError:
        return {}
    return {k: float(v.rstrip("s")) for k, v in raw.items() if isinstance(v, str) and v.rstrip("s").isdigit()}


def parse_line(text: str) -> LogEvent | None:
    """The event in one log line, or None for every other line."""
    stamped = _STAMP.match(text.rstrip("\r\n"))
    if stamped is None:
        return None  # a continuation line, or noise
    at, message = _epoch_ms(stamped.group(1)), stamped.group(2)
    if m := _SELECTED.match(message):
        index = None if m.group(2) == "-" else int(m.group(2)) - 1
        return LogEvent("selected", at, m.group(4), m.group(1), index, int(m.group(3)), _seconds(m.group(5)))
    if m := _RATE_LIMIT.match(message):
        return LogEvent("rate-limit", at, m.group(3), m.group(2), retry_after_ms=float(m.group(4)),
                        status=int(m.group(1)))
    if m := _OFFSET.match(message):
        return LogEvent("pid-offset", at, m.group(3), pid=int(m.group(1)), offset=int(m.group(2)),
                        from_index=int(m.group(4)), to_index=int(m.group(5)))
    if m := _ALL_LIMITED.match(message):
        return LogEvent("all-limited", at, m.group(2), count=int(m.group(1)))
    if m := _PID.match(message):
        return LogEvent("pid", at, pid=int(m.group(1)))
    return None


@dataclass
class _Followed:
    offset: int
    pid: int | None = None
    partial: bytes = b""
    skipping: bool = False  # inside a line longer than LONGEST_LINE: drop up to its newline


class LogFollower:
    """``poll()`` returns the events appended since the last poll, with their process ids."""

    def __init__(self, logs_dir: Path):
        self.logs_dir = Path(logs_dir)
        self.bytes_read = 0
        self.behind = False  # the last poll left bytes unread (it spent its budget)
        self._files: dict[Path, _Followed] = {}
        for path in self._newest():
            self._files[path] = _Followed(offset=path.stat().st_size)  # history is not news

    def followed(self) -> list[Path]:
        return list(self._files)

    def set_pid(self, file_name: str, pid: int) -> None:
        for path, state in self._files.items():
            if path.name == file_name:
                state.pid = pid

    def poll(self, budget: int = POLL_BUDGET) -> list[LogEvent]:
        """Events appended since the last poll, reading at most ``budget`` bytes per file;
        ``behind`` then says whether more is waiting (poll again soon)."""
        events: list[LogEvent] = []
        self.behind = False
        newest = self._newest()
        for path in [p for p in self._files if p not in newest]:
            del self._files[path]  # pruned by the plugin, or no longer among the newest
        for path in newest:
            state = self._files.setdefault(path, _Followed(offset=0))  # a new file: from its start
            events.extend(self._read(path, state, budget))
        return events

    def _newest(self) -> list[Path]:
        try:
            entries = [(p.stat().st_mtime, p) for p in self.logs_dir.glob(FILE_PATTERN)]
        except OSError:
            return []
        return [p for _, p in sorted(entries, reverse=True)[:FOLLOWED_FILES]]

    def _read(self, path: Path, state: _Followed, budget: int) -> list[LogEvent]:
        try:
            size = path.stat().st_size
            if size < state.offset:  # truncated or replaced: start over
                state.offset, state.partial, state.skipping = 0, b"", False
            if size == state.offset:
                return []
            with open(path, "rb") as stream:
                stream.seek(state.offset)
                events, left = [], budget
                while left > 0 and (chunk := stream.read(min(CHUNK, left))):
                    state.offset += len(chunk)
                    self.bytes_read += len(chunk)
                    left -= len(chunk)
                    events.extend(self._lines(path, state, chunk))
                self.behind = self.behind or state.offset < size
                return events
        except OSError:
            return []

    def _lines(self, path: Path, state: _Followed, chunk: bytes) -> list[LogEvent]:
        events = []
        data = state.partial + chunk
        lines = data.split(b"\n")
        state.partial = lines.pop()
        for raw in lines:
            if state.skipping:
                state.skipping = False  # the end of the over-long line
                continue
            event = parse_line(raw.decode("utf-8", "replace")) if raw.startswith(b"[20") else None
            if event is None:
                continue
            if event.pid is not None and state.pid is None:
                state.pid = event.pid
            events.append(_with_file(event, path.name, state.pid))
        if len(state.partial) > LONGEST_LINE:
            state.partial, state.skipping = b"", True
        return events


def _with_file(event: LogEvent, name: str, pid: int | None) -> LogEvent:
    return replace(event, file=name, pid=event.pid if event.pid is not None else pid)


def pids_by_open_file(paths: Iterable[Path], processes: Iterable[psutil.Process] | None = None) -> dict[str, int]:
    """Which process holds each log file open (the plugin keeps its write stream open)."""
    wanted = {os.path.realpath(p): Path(p).name for p in paths}
    found: dict[str, int] = {}
    for process in processes if processes is not None else psutil.process_iter(["pid", "name"]):
        try:
            for handle in process.open_files():
                name = wanted.get(os.path.realpath(handle.path))
                if name is not None:
                    found[name] = process.pid
        except (psutil.AccessDenied, psutil.NoSuchProcess, psutil.ZombieProcess):
            continue
    return found


__all__ = ["LogEvent", "LogFollower", "parse_line", "pids_by_open_file", "FILE_PATTERN"]
