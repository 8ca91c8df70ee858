"""Following the plugin's debug log: what each OpenCode process selected, and its 429s.

With ``debug: true`` (or OPENCODE_ANTIGRAVITY_DEBUG) every OpenCode process appends lines
``[<ISO time>] <message>`` to its own ``antigravity-debug-<time>.log`` (the plugin's debug.js); the
plugin keeps the newest 25 files and deletes older ones. Messages can span lines (stacks,
response bodies up to 50,000 characters): a line not starting with ``[20`` continues the
previous message, and we never need those.

The follower reads only bytes appended since its last look, in fixed-size chunks, and
keeps at most one unfinished line per file, so a log of hundreds of megabytes costs what
was appended, not what is there. Where the folder comes from: ``PluginPaths.logs_dir``.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from .jsonio import open_regular

FILE_PATTERN = "antigravity-debug-*.log"
_PREFIX, _SUFFIX = "antigravity-debug-", ".log"
FOLLOWED_FILES = 8  # the newest files by mtime are read: one per running OpenCode, with room
CHUNK = 64 * 1024
LONGEST_LINE = 256 * 1024  # longer lines (response bodies) are skipped, never buffered whole
POLL_BUDGET = 4 * 1024 * 1024  # bytes per file per poll: a burst is read in steps (see ``behind``)

_STAMP = re.compile(r"^\[(20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)\] (.*)$")
_SELECTED = re.compile(r"^\[Account\] Selected: (.+?) \((\d+|-)/(\d+)\) family=(\w+)(?: rateLimits=\{.*\})?$")
_ALL_LIMITED = re.compile(r"^\[Account\] All accounts rate-limited: .*\(-/(\d+)\) family=(\w+)")
_OFFSET = re.compile(r"^\[Account\] Applying PID offset: pid=(\d+) offset=(\d+) family=(\w+) index=(-?\d+)->(\d+)")
_RATE_LIMIT = re.compile(r"^\[RateLimit\] (\d{3}) on (.+?) family=(\w+) retryAfterMs=(\d+(?:\.\d+)?)")
# The lines the plugin writes right after a 429 line, in this order, each optional.
_LIMIT_DETAIL = re.compile(r"^\[RateLimit\] (message|quotaResetTime|body retryDelayMs|reason): (.*)$")
_PID = re.compile(r"^\[Antigravity Debug [^\]]*\] pid=(\d+) ")
# Messages we parse start with one of these; other lines are skipped before decoding.
_TAGS = (b"[Account] ", b"[RateLimit] ", b"[Antigravity Debug ")


@dataclass(frozen=True)
class LogEvent:
    kind: str  # "selected", "all-limited", "pid-offset", "rate-limit", "pid"
    at_ms: float
    family: str | None = None
    label: str | None = None  # an email, or "Account N"
    index: int | None = None  # 0-based, in the plugin's list (disabled accounts included)
    count: int | None = None  # enabled accounts
    retry_after_ms: float | None = None
    status: int | None = None
    pid: int | None = None  # the writing process, when known
    offset: int | None = None
    from_index: int | None = None
    to_index: int | None = None
    file: str | None = None  # the log file's name, filled by the follower
    reason: str | None = None  # "rate-limit": the next line's reason, e.g. QUOTA_EXHAUSTED

    @property
    def email(self) -> str | None:
        return self.label if self.label and "@" in self.label else None


def _epoch_ms(stamp: str) -> float:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp() * 1000


def _split(text: str) -> tuple[float, str] | None:
    stamped = _STAMP.match(text.rstrip("\r\n"))
    return (_epoch_ms(stamped.group(1)), stamped.group(2)) if stamped else None


def _event(at: float, message: str) -> LogEvent | None:
    if m := _SELECTED.match(message):
        index = None if m.group(2) == "-" else int(m.group(2)) - 1
        return LogEvent("selected", at, m.group(4), m.group(1), index, int(m.group(3)))
    if m := _RATE_LIMIT.match(message):
        return LogEvent(
            "rate-limit", at, m.group(3), m.group(2), retry_after_ms=float(m.group(4)), status=int(m.group(1))
        )
    if m := _OFFSET.match(message):
        return LogEvent(
            "pid-offset",
            at,
            m.group(3),
            pid=int(m.group(1)),
            offset=int(m.group(2)),
            from_index=int(m.group(4)),
            to_index=int(m.group(5)),
        )
    if m := _ALL_LIMITED.match(message):
        return LogEvent("all-limited", at, m.group(2), count=int(m.group(1)))
    if m := _PID.match(message):
        return LogEvent("pid", at, pid=int(m.group(1)))
    return None


def parse_line(text: str) -> LogEvent | None:
    """The event in one log line, or None for every other line (continuations included)."""
    stamped = _split(text)
    return _event(*stamped) if stamped else None


@dataclass
class _File:
    offset: int
    inode: int
    partial: bytes = b""
    skipping: bool = False  # inside a line longer than LONGEST_LINE: drop up to its newline
    after_limit: bool = False  # the last stamped line was a 429 or one of its detail lines

    def restart(self, inode: int) -> None:
        self.offset, self.inode, self.partial, self.skipping, self.after_limit = 0, inode, b"", False, False


class LogFollower:
    """``poll()`` returns the events appended since the last poll, with their process ids.

    Files already there when the follower starts are followed from their end (history is
    not news); files that appear later are read from their start."""

    def __init__(self, logs_dir: Path):
        self.logs_dir = Path(logs_dir)
        self.bytes_read = 0
        self.behind = False  # the last poll left bytes unread (it spent its budget)
        seen = self._scan()
        self._files = {path: _File(offset=st.st_size, inode=st.st_ino) for path, st in seen.items()}
        self._followed = _newest(seen)
        self._pids: dict[str, int] = {}  # file name → the process writing it

    def followed(self) -> list[Path]:
        """The files the last poll read (the newest ones): worth a file watch."""
        return list(self._followed)

    def poll(self, budget: int = POLL_BUDGET) -> list[LogEvent]:
        """Events appended since the last poll, reading at most ``budget`` bytes per file;
        ``behind`` then says whether more is waiting (poll again soon). A "pid" event comes
        only when it tells a file's pid for the first time."""
        self.behind = False
        seen = self._scan()
        for path in [p for p in self._files if p not in seen]:
            del self._files[path]  # pruned by the plugin
            self._pids.pop(path.name, None)
        for path, st in seen.items():
            if path not in self._files:
                self._files[path] = _File(offset=0, inode=st.st_ino)  # new since we started: from its start
        # Files outside the newest keep their offsets, so one that is written again later
        # is read from where we left it, not replayed.
        self._followed = _newest(seen)
        events: list[LogEvent] = []
        for path in self._followed:
            events.extend(self._read(path, self._files[path], seen[path], budget))
        return events

    def _scan(self) -> dict[Path, os.stat_result]:
        found = {}
        try:
            with os.scandir(self.logs_dir) as entries:
                names = [e.name for e in entries if e.name.startswith(_PREFIX) and e.name.endswith(_SUFFIX)]
        except OSError:
            return {}  # no folder yet: debug logging was never on
        for name in names:
            path = self.logs_dir / name
            try:
                st = os.stat(path)  # not DirEntry.stat(): on Windows its size lags a writer
            except OSError:
                continue  # deleted since the listing (the plugin prunes when an OpenCode starts)
            if stat.S_ISREG(st.st_mode):  # a FIFO or a device named like a log is not one
                found[path] = st
        return found

    def _read(self, path: Path, state: _File, st: os.stat_result, budget: int) -> list[LogEvent]:
        if st.st_ino != state.inode or st.st_size < state.offset:
            state.restart(st.st_ino)  # truncated, or replaced under the same name
        if st.st_size == state.offset:
            return []
        events: list[LogEvent] = []
        try:
            fd, _info = open_regular(path, limit=None)  # never blocks, even if a FIFO took its place
            with os.fdopen(fd, "rb") as stream:  # opened per read, never held: Windows could not delete it
                stream.seek(state.offset)
                left = budget
                while left > 0 and (chunk := stream.read(min(CHUNK, left))):
                    state.offset += len(chunk)
                    self.bytes_read += len(chunk)
                    left -= len(chunk)
                    self._lines(path.name, state, chunk, events)
        except OSError:
            pass  # deleted while we read: the next scan forgets it
        self.behind = self.behind or state.offset < st.st_size
        pid = self._pids.get(path.name)  # learned from a line of this read, perhaps after earlier events
        return [replace(e, file=path.name, pid=pid if e.pid is None else e.pid) for e in events]

    def _lines(self, name: str, state: _File, chunk: bytes, events: list[LogEvent]) -> None:
        lines = (state.partial + chunk).split(b"\n")
        state.partial = lines.pop()
        for raw in lines:
            if state.skipping:
                state.skipping = False  # the end of the over-long line
            elif raw.startswith(b"[20"):  # other lines continue a multi-line message
                self._line(name, state, raw, events)
        if len(state.partial) > LONGEST_LINE:
            state.partial, state.skipping = b"", True

    def _line(self, name: str, state: _File, raw: bytes, events: list[LogEvent]) -> None:
        tag_at = raw.find(b"] [", 0, 40)
        if tag_at < 0 or not raw.startswith(_TAGS, tag_at + 2):
            state.after_limit = False
            return
        stamped = _split(raw.decode("utf-8", "replace"))
        if stamped is None:
            return
        if state.after_limit and (detail := _LIMIT_DETAIL.match(stamped[1])):
            _add_detail(events, detail.group(1), detail.group(2))
            return
        event = _event(*stamped)
        state.after_limit = event is not None and event.kind == "rate-limit"
        if event is None:
            return
        if event.pid is not None:
            if self._pids.get(name) == event.pid and event.kind == "pid":
                return  # every request repeats it
            self._pids[name] = event.pid  # the writer's own word beats a guess
        events.append(event)


def _add_detail(events: list[LogEvent], key: str, value: str) -> None:
    """Attach a 429's reason to it, when it was read in the same poll."""
    if key == "reason" and events and events[-1].kind == "rate-limit":
        events[-1] = replace(events[-1], reason=value.strip())


def _newest(seen: dict[Path, os.stat_result]) -> list[Path]:
    return sorted(seen, key=lambda p: (seen[p].st_mtime, p.name), reverse=True)[:FOLLOWED_FILES]


__all__ = ["FILE_PATTERN", "LogEvent", "LogFollower", "parse_line"]
