"""One stream of account events from the pool file and, when it is on, the debug log.

The debug log (one file per OpenCode process) says which process selected which account,
and logs a 429 before the switch it causes; the pool file says the same about a second
later, without the process. A switch seen in the log is reported at once, with its
process, and the same switch arriving later from the file is dropped: one switch, one
event. Without the log, the file alone speaks (core/switches.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .debuglog import LogEvent
from .pool import Pool
from .switches import (
    PID_OFFSET,
    RATE_LIMITED,
    ROTATION,
    SWITCH,
    UNKNOWN,
    AccountEvent,
    DetectorContext,
    SwitchDetector,
    why_unusable,
)

SAME_SWITCH_MS = 30_000  # a file event this close to a log event for the same move is the same switch
LIMIT_MEMORY_MS = 120_000  # a 429 this recent explains the process's next switch


@dataclass
class ProcessView:
    """What one OpenCode process's log told us."""

    key: str  # its pid as text, or its log file's name while the pid is unknown
    pid: int | None = None
    accounts: dict[str, str] = field(default_factory=dict)  # family → label selected last
    offset: dict[str, tuple[int, int]] = field(default_factory=dict)  # family → (from, to) index
    limits: dict[tuple[str, str], tuple[float, float, str | None]] = field(default_factory=dict)
    # (family, label) → (at, until, the server's reason such as QUOTA_EXHAUSTED)


@dataclass
class Activity:
    detector: SwitchDetector = field(default_factory=SwitchDetector)
    processes: dict[str, ProcessView] = field(default_factory=dict)
    _pool: Pool | None = None
    _from_log: list[AccountEvent] = field(default_factory=list)  # recent switches reported from the log

    # -- the file ---------------------------------------------------------------------------
    def on_pool(
        self,
        pool: Pool | None,
        now_ms: float,
        context: DetectorContext = DetectorContext(),
        needs_relogin: Iterable[str] = (),
    ) -> list[AccountEvent]:
        self._pool = pool
        events = self.detector.update(pool, now_ms, context, needs_relogin)
        self._forget_old(now_ms)
        return [e for e in events if not self._already_reported(e)]

    def rebase(self, pool: Pool | None, now_ms: float) -> None:
        self._pool = pool
        self.detector.rebase(pool, now_ms)

    def next_deadline(self) -> float | None:
        return self.detector.next_deadline()

    def expire(self, now_ms: float) -> list[AccountEvent]:
        return [e for e in self.detector.expire(now_ms) if not self._already_reported(e)]

    # -- the log ----------------------------------------------------------------------------
    def on_log(self, lines: Iterable[LogEvent], context: DetectorContext = DetectorContext()) -> list[AccountEvent]:
        events = []
        for line in lines:
            view = self._view(line)
            if line.kind == "rate-limit" and line.family and line.label:
                until = line.at_ms + (line.retry_after_ms or 0)
                view.limits[(line.family, line.label)] = (line.at_ms, until, line.reason)
            elif line.kind == "pid-offset" and line.family:
                event = self._offset(view, line, line.family)
                if event is not None:
                    events.append(event)
            elif line.kind == "selected" and line.family and line.label:
                event = self._selected(view, line, line.family, line.label, context)
                if event is not None:
                    events.append(event)
        self._from_log.extend(events)
        return events

    # -- what the agents view asks -----------------------------------------------------------
    def accounts_by_pid(self) -> dict[int, dict[str, str]]:
        """Each process's accounts by family, for the processes whose pid we know."""
        return {v.pid: dict(v.accounts) for v in self.processes.values() if v.pid is not None}

    def offset_targets(self, family: str) -> dict[int, int]:
        """The 0-based index PID offset moved each process to for ``family``, from its log."""
        return {v.pid: v.offset[family][1] for v in self.processes.values() if v.pid is not None and family in v.offset}

    def forget_processes_except(self, alive: Iterable[int]) -> None:
        """Drop what the log told about processes that have exited."""
        keep = set(alive)
        self.processes = {k: v for k, v in self.processes.items() if v.pid is None or v.pid in keep}

    def _view(self, line: LogEvent) -> ProcessView:
        key = str(line.pid) if line.pid is not None else f"file:{line.file}"
        view = self.processes.get(key)
        if view is None and line.pid is not None:  # the file's lines before its pid was known
            view = self.processes.pop(f"file:{line.file}", None)
            if view is not None:
                view.key = key
        if view is None:
            view = ProcessView(key)
        view.pid = line.pid if line.pid is not None else view.pid
        self.processes[key] = view
        return view

    def _label_at(self, index: int | None) -> str | None:
        listed = self._pool.plugin_accounts() if self._pool is not None else []
        return listed[index].label if index is not None and 0 <= index < len(listed) else None

    def _offset(self, view: ProcessView, line: LogEvent, family: str) -> AccountEvent | None:
        view.offset[family] = (line.from_index or 0, line.to_index or 0)
        before, after = self._label_at(line.from_index), self._label_at(line.to_index)
        if before is None or after is None or before == after:
            return None
        return AccountEvent(SWITCH, line.at_ms, family, before, after, PID_OFFSET, pid=view.pid)

    def _selected(
        self, view: ProcessView, line: LogEvent, family: str, label: str, context: DetectorContext
    ) -> AccountEvent | None:
        previous = view.accounts.get(family)
        view.accounts[family] = label
        if previous is None or previous == label:
            return None  # the process's first request we saw, or the same account again
        self.detector.drop_pending(family, previous)
        reason, until, detail = self._why_left(view, family, previous, line.at_ms, context)
        return AccountEvent(SWITCH, line.at_ms, family, previous, label, reason, until, detail, pid=view.pid)

    def _why_left(self, view: ProcessView, family: str, label: str, now_ms: float, context: DetectorContext):
        limit = view.limits.get((family, label))
        if limit is not None and now_ms - limit[0] <= LIMIT_MEMORY_MS:
            return RATE_LIMITED, limit[1], limit[2]
        account = next((a for a in (self._pool.plugin_accounts() if self._pool else []) if a.label == label), None)
        reason = why_unusable(account, family, now_ms) if account is not None else None
        if reason is not None:
            return reason
        if context.strategy in ("round-robin", "hybrid"):
            return ROTATION, None, None
        return UNKNOWN, None, None

    # -- one switch, one event ------------------------------------------------------------
    def _already_reported(self, event: AccountEvent) -> bool:
        if event.kind != SWITCH:
            return False
        return any(
            seen.family == event.family
            and seen.after == event.after
            and abs(event.at_ms - seen.at_ms) <= SAME_SWITCH_MS
            for seen in self._from_log
        )

    def _forget_old(self, now_ms: float) -> None:
        self._from_log = [e for e in self._from_log if now_ms - e.at_ms <= SAME_SWITCH_MS]
        for view in self.processes.values():
            for key in [k for k, (at, _until, _reason) in view.limits.items() if now_ms - at > LIMIT_MEMORY_MS]:
                del view.limits[key]


__all__ = ["Activity", "ProcessView"]
