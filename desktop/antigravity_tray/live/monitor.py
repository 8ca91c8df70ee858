"""Turns the hub's pool changes and the plugin's debug log into account events.

Nothing ticks while nothing happens: the pool arrives through the hub's file watcher, the
debug log through a QFileSystemWatcher on its folder and files, and the one single-shot
timer runs only while a switch reason waits for its move (core/switches.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ..core.activity import Activity
from ..core.debuglog import LogFollower
from ..core.switches import AccountEvent, DetectorContext

if TYPE_CHECKING:
    from .hub import AppHub  # the hub creates and owns the monitor

log = logging.getLogger("antigravity_tray")

LOG_DEBOUNCE_MS = 25
STARTED_RECENTLY_MS = 20_000  # an OpenCode this young may have just applied its PID offset


class ActivityMonitor(QObject):
    accountEvent = Signal(object)  # core.switches.AccountEvent

    def __init__(self, hub: AppHub):
        super().__init__(hub)
        self.hub = hub
        self.activity = Activity()
        self.follower: LogFollower | None = None
        self._steps: list[Callable[[DetectorContext], list[AccountEvent]]] = []  # waiting for a fresh process list
        self._deadline = QTimer(self, singleShot=True)
        self._deadline.timeout.connect(self._expire)
        self._log_timer = QTimer(self, singleShot=True, interval=LOG_DEBOUNCE_MS)
        self._log_timer.timeout.connect(self._read_log)
        self._log_watcher = QFileSystemWatcher(self)
        self._closed = False
        self._log_watcher.directoryChanged.connect(lambda _p: self._log_timer.start())
        self._log_watcher.fileChanged.connect(lambda _p: self._log_timer.start())
        self.activity.on_pool(hub.pool, hub.now_ms(), self._context(), self._relogin())  # the baseline
        hub.poolChanged.connect(self._on_pool)
        hub.configChanged.connect(self._follow_log)
        hub.agentsChanged.connect(self._on_agents)
        self._follow_log()

    # -- inputs ------------------------------------------------------------------------------
    def _on_pool(self, ours: bool) -> None:
        now, pool = self.hub.now_ms(), self.hub.pool
        if ours:

            def rebase(_context: DetectorContext) -> list[AccountEvent]:
                self.activity.rebase(pool, now)
                return []

            self._in_order(rebase)
            return
        self._read_log()  # the log speaks first: it names the process
        self._in_order(lambda context: self.activity.on_pool(pool, now, context, self._relogin()))

    def _follow_log(self) -> None:
        """Follow the debug log when the plugin writes one (debug on, or its env variable)."""
        folder = logs_folder(self.hub)
        if self.follower is not None and self.follower.logs_dir == folder:
            return
        self.follower = LogFollower(folder)
        watched = self._log_watcher.directories() + self._log_watcher.files()
        if watched:
            self._log_watcher.removePaths(watched)
        if folder.is_dir():
            self._log_watcher.addPath(str(folder))
        log.info("following the debug log in %s", folder)

    def _read_log(self) -> None:
        if self.follower is None:
            return
        lines = self.follower.poll()
        self._watch_log_files()
        if lines:
            self._in_order(lambda context: self.activity.on_log(lines, context))
        if self.follower.behind:
            self._log_timer.start(0)  # a burst: the rest after the event loop has breathed

    def _watch_log_files(self) -> None:
        wanted = {str(p) for p in self.follower.followed()} if self.follower else set()
        stale = set(self._log_watcher.files()) - wanted
        if stale:
            self._log_watcher.removePaths(sorted(stale))
        fresh = wanted - set(self._log_watcher.files())
        if fresh:
            self._log_watcher.addPaths(sorted(fresh))

    def _on_agents(self) -> None:
        self.activity.forget_processes_except(a.pid for a in self.hub.agents)

    # -- outputs -----------------------------------------------------------------------------
    def _emit(self, events: list[AccountEvent]) -> None:
        for event in events:
            log.info("account event: %s", event.as_dict())
            self.accountEvent.emit(event)
        self._schedule()

    def _schedule(self) -> None:
        run_at(self._deadline, self.activity.next_deadline(), self.hub.now_ms())

    def _expire(self) -> None:
        now = self.hub.now_ms()
        self._in_order(lambda _context: self.activity.expire(now))

    def _in_order(self, step: Callable[[DetectorContext], list[AccountEvent]]) -> None:
        """Each input, in the order it came, with the detector's context. A process list that
        is not fresh (hub.agents_fresh) is scanned again first, off the GUI thread: inputs that
        arrive meanwhile wait behind it."""
        self._steps.append(step)
        if len(self._steps) > 1:
            return  # a scan is under way
        if self.hub.agents_fresh:
            self._run_steps()
        else:
            self.hub.rescan_agents(lambda _agents: self._run_steps())

    def _run_steps(self) -> None:
        context = self._context()
        while self._steps:
            self._emit(self._steps.pop(0)(context))

    # -- what the detector needs ---------------------------------------------------------------
    def _context(self) -> DetectorContext:
        now = self.hub.now_ms()
        effective = self.hub.effective
        young = any(now - a.started_at * 1000 <= STARTED_RECENTLY_MS for a in self.hub.agents)
        return DetectorContext(
            strategy=effective.get("account_selection_strategy", "hybrid"),
            pid_offset=effective.get("pid_offset_enabled") is True,
            agents=len(self.hub.agents),
            started_recently=young,
        )

    def _relogin(self) -> list[str]:
        return [email for email, mark in self.hub.services.health.marks().items() if mark.needs_relogin]

    def close(self) -> None:
        """Stop following the debug log (the hub's shutdown)."""
        self._deadline.stop()
        self._log_timer.stop()
        if not self._closed:
            self._closed = True
            self._log_watcher.blockSignals(True)
            self._log_watcher.deleteLater()

    @property
    def idle(self) -> bool:
        """No timer pending (the no-polling promise, for tests)."""
        return not self._deadline.isActive() and not self._log_timer.isActive() and not self._steps


def run_at(timer: QTimer, deadline_ms: float | None, now_ms: float) -> None:
    """Start a single-shot ``timer`` for ``deadline_ms``, or stop it when there is none."""
    if deadline_ms is None:
        timer.stop()
    else:
        timer.start(int(max(0, deadline_ms - now_ms)) + 1)


def logs_folder(hub: AppHub) -> Path:
    return hub.services.plugin.logs_dir(hub.effective.get("log_dir") or None)


__all__ = ["ActivityMonitor", "logs_folder", "run_at"]
