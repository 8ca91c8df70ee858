"""The application hub: owns the core services and the live state; windows connect to it.

Every change goes through core/ (which locks, re-reads and writes safely), then the hub
reloads and tells the windows. Nothing here opens a plugin file itself.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from ..core.config import Layer, effective_config
from ..core.config_store import Change, ConfigStore
from ..core.doctor import Finding, guard_settings_write, setup_problems
from ..core.lock import LockWaitCancelled, lock_wait_hooks
from ..core.pool import Account, Pool, PoolFormatError
from ..core.pool_store import PoolChange
from ..core.services import Services
from .off_thread import gui_poster, wait_off_gui_thread
from .watcher import FileWatcher

if TYPE_CHECKING:  # OAuth, HTTP, SQLite, quota and the process scan load when first used
    from ..core.agents import Agent
    from ..core.history import History
    from ..core.login_save import SavedLogin
    from ..core.oauth import LoginFlow, LoginResult
    from ..core.quota import QuotaCheck
    from .monitor import ActivityMonitor


log = logging.getLogger("antigravity_tray")

SETUP_RECHECK_MS = 60_000
# A process list whose scan started this recently is reused: an OpenCode started since cannot
# have written yet (it takes longer to start). An older one is scanned again, off the GUI thread.
AGENTS_FRESH_MS = 500


@dataclass
class PendingChange:
    """A pool change that waits until every running OpenCode has exited."""

    description: str
    apply: Callable[[], PoolChange]
    pids: tuple[int, ...]


WriteDone = Callable[[Any, Exception | None], None]  # (what apply returned, or None; the error, or None)


@dataclass
class _Write:
    """One change to a plugin file, queued for the writer thread."""

    path: Path
    description: str
    apply: Callable[[], Any]
    done: WriteDone
    cancelled: threading.Event = field(default_factory=threading.Event)
    waiting: bool = False  # OpenCode held the plugin's lock when this write wanted it


class _AgentsExitWaiter(QThread):
    """Blocks (in its own thread, not a timer) until the given processes have exited."""

    def __init__(self, pids: tuple[int, ...], parent: QObject | None = None):
        super().__init__(parent)
        self.pids = pids

    def run(self) -> None:
        import psutil

        processes = []
        for pid in self.pids:
            try:
                processes.append(psutil.Process(pid))
            except psutil.NoSuchProcess:
                pass
        while processes and not self.isInterruptionRequested():
            _, processes = psutil.wait_procs(processes, timeout=1.0)


def _check_all(accounts, endpoints) -> list[QuotaCheck]:
    from ..core.quota import check_all

    return check_all(accounts, endpoints)


def _find_agents() -> list[Agent]:
    from ..core.agents import find_agents

    return find_agents()


class AppHub(QObject):
    poolChanged = Signal(bool)  # read hub.pool / hub.pool_error; True when the change is our own write
    configChanged = Signal()  # read hub.user_layer / hub.effective
    agentsChanged = Signal()  # read hub.agents
    preferencesChanged = Signal()
    pendingChanged = Signal()  # read hub.pending
    showWindowRequested = Signal(str)  # one of WINDOW_NAMES
    notice = Signal(str)  # a sentence for the person (a change applied later, an error)
    quotaChecking = Signal(bool)  # a quota check started (True) or ended (False)
    quotaChecked = Signal(object)  # list[core.quota.QuotaCheck], kept and marked already
    writeWaiting = Signal(object, str)  # path, description: OpenCode holds the plugin's lock; retrying
    writeFinished = Signal(object)  # path: written, failed or cancelled (the caller's done() says which)

    def __init__(
        self,
        services: Services | None = None,
        *,
        agents_source: Callable[[], list[Agent]] | None = None,  # default: core.agents.find_agents
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
        start_now: bool = True,  # False: the caller runs start() later (the tray app, once its icon is up)
        vault_keeper: Callable[[list[Account]], None] | None = None,  # default: a thread in this process
    ):
        super().__init__(parent)
        self._post = gui_poster()  # worker threads hand their answers back through it
        self._closed = False  # shutdown() ran: late answers from workers are dropped
        self.services = services or Services()
        self._agents_source = agents_source or _find_agents
        self.clock = clock
        self.pool: Pool | None = None
        self.pool_error: str | None = None
        self.user_layer: Layer | None = None
        self.agents: list[Agent] = []
        self.agents_since = float("-inf")  # when the scan behind ``agents`` started (ms); none yet
        self.pending: list[PendingChange] = []
        self._vaulted: set[tuple[str | None, str]] = set()  # (email, token) already handed to the vault
        self._vault_keeper = vault_keeper or self._keep_in_vault_on_a_thread
        self._waiter: _AgentsExitWaiter | None = None
        self._retired_waiters: list[_AgentsExitWaiter] = []  # interrupted, not yet ended: kept alive until then
        plugin = self.services.plugin
        self.watcher = FileWatcher([plugin.config_file, plugin.accounts_file], self)
        self.watcher.changed.connect(self._on_file_changed)
        self.reload_pool()
        self.reload_config()
        self._monitor: ActivityMonitor | None = None
        self.history: History | None = None  # kept by the tray app only: record_history()
        self._quota_check: threading.Thread | None = None
        self._setup: tuple[float, list[Finding]] | None = None
        self._scan: list[Callable[[list[Agent]], None]] | None = None  # what waits for the running scan
        self._next_scan: list[Callable[[list[Agent]], None]] | None = None  # what waits for a scan after it
        self._writes: deque[_Write] = deque()  # the first is being written; the rest wait their turn
        if start_now:
            self.start()

    def start(self) -> None:
        """The first process scan, on a thread of its own (``agentsChanged`` follows), and the
        activity monitor (which reads the debug log)."""
        self.rescan_agents()
        _ = self.monitor

    @property
    def monitor(self) -> ActivityMonitor:
        """Account events from the pool and the debug log, from when first asked for on."""
        if self._monitor is None:
            from .monitor import ActivityMonitor

            self._monitor = ActivityMonitor(self)
        return self._monitor

    # -- state ----------------------------------------------------------------------------
    def now_ms(self) -> float:
        return self.clock() * 1000

    @property
    def effective(self) -> dict[str, Any]:
        return effective_config([self.user_layer]) if self.user_layer else {}

    def reload_pool(self, ours: bool = False) -> None:
        try:
            self.pool, self.pool_error = self.services.pool_store().read(previous=self.pool), None
        except PoolFormatError as exc:
            self.pool, self.pool_error = None, str(exc)
        except OSError as exc:  # not a regular file, too big, no permission: said, never written
            self.pool, self.pool_error = None, exc.strerror or str(exc)
        self.poolChanged.emit(ours)
        self._keep_new_accounts_in_vault()

    def _keep_new_accounts_in_vault(self) -> None:
        """Accounts that appear in the pool (say, from `opencode auth login`) go to the vault too."""
        if self.pool is None:
            return
        fresh = [a for a in self.pool.plugin_accounts() if a.email and (a.email, a.refresh_token) not in self._vaulted]
        if fresh:
            self._vaulted.update((a.email, a.refresh_token) for a in fresh)
            self._vault_keeper(fresh)

    def _keep_in_vault_on_a_thread(self, accounts: list[Account]) -> None:
        """Keyring calls can block, so they run on a plain thread that touches no Qt."""

        def sync() -> None:
            from ..core.vault import VaultUnavailable  # keyring loads here, off the start's path

            vault, _problem = self.services.open_vault()
            if vault is not None:
                try:
                    vault.sync_from_pool(accounts)
                except VaultUnavailable:
                    pass  # said where the vault is used directly (restore, settings)

        threading.Thread(target=sync, name="vault-sync", daemon=True).start()

    def reload_config(self) -> None:
        self.user_layer = self.services.layers()[0]
        self.configChanged.emit()

    # -- processes -------------------------------------------------------------------------
    def rescan_agents(self, then: Callable[[list[Agent]], None] | None = None) -> None:
        """Look at the process list on a thread of its own; ``agentsChanged`` (and ``then(agents)``)
        follow on the GUI thread. ``then`` gets a scan that started after this call."""
        waiting = [then] if then else []
        if self._scan is None:
            self._start_scan(waiting)
        else:
            self._next_scan = (self._next_scan or []) + waiting

    @property
    def scanning(self) -> bool:
        """A process scan is under way."""
        return self._scan is not None

    def _start_scan(self, waiting: list[Callable[[list[Agent]], None]]) -> None:
        self._scan, source, started = waiting, self._agents_source, self.now_ms()

        def scan() -> None:
            try:
                found: list[Agent] | None = source()
            except Exception:  # the next scan may do better; meanwhile the last list stands
                log.exception("the process scan failed")
                found = None
            self._post(lambda: self._agents_scanned(found, waiting, started))

        threading.Thread(target=scan, name="agents-scan", daemon=True).start()

    def _agents_scanned(
        self, agents: list[Agent] | None, waiting: list[Callable[[list[Agent]], None]], started: float
    ) -> None:
        self._scan = None
        if self._closed:
            return
        if self._next_scan is not None:
            again, self._next_scan = self._next_scan, None
            self._start_scan(again)
        if agents is not None:
            self._set_agents(agents, started)
        for then in waiting:
            then(self.agents)

    @property
    def agents_fresh(self) -> bool:
        """``agents`` comes from a scan that started less than AGENTS_FRESH_MS ago."""
        return self.now_ms() - self.agents_since <= AGENTS_FRESH_MS

    def agents_now(self) -> list[Agent]:
        """A fresh process list for a question the person waits on ("OpenCode is running: apply
        now or when it exits?"). The scan runs off the GUI thread; see wait_off_gui_thread."""
        started = self.now_ms()
        self._set_agents(wait_off_gui_thread(self._agents_source), started)
        return self.agents

    def _set_agents(self, agents: list[Agent], started: float) -> None:
        """A scan's answer. It says nothing of processes that started after ``started``, however
        late the answer came: freshness counts from there (see the monitor)."""
        self.agents, self.agents_since = agents, started
        self.agentsChanged.emit()

    def _on_file_changed(self, path) -> None:
        if path == self.services.plugin.accounts_file:
            self.reload_pool()
        else:
            self.reload_config()

    # -- settings ---------------------------------------------------------------------------
    def change_settings_in_background(
        self,
        description: str,
        apply: Callable[[ConfigStore], list[Change]],
        done: Callable[[list[Change] | None, Exception | None], None],
        *,
        force: bool = False,
    ) -> None:
        """Write the settings file on the writer thread (see ``change_pool_in_background``).
        ``apply`` raises ConfigError (with the key and what it accepts) and leaves the file alone;
        the write fails with OtherPluginRelease, unless ``force``, when OpenCode has a release our
        table does not describe."""
        plugin, store = self.services.plugin, self.services.config_store()

        def write() -> list[Change]:
            guard_settings_write(plugin, force)
            return apply(store)

        self._queue_write(_Write(plugin.config_file, description, write, done))

    def set_preference(self, key: str, value: Any) -> None:
        self.services.preferences.set(key, value)
        self.preferencesChanged.emit()

    # -- accounts ---------------------------------------------------------------------------
    def change_pool_in_background(
        self,
        description: str,
        apply: Callable[[], PoolChange],
        done: Callable[[PoolChange | None, Exception | None], None],
        *,
        when_agents_exit: bool = False,
    ) -> bool:
        """Apply a pool change on the writer thread, so no window waits for the plugin's lock (up
        to 15 s while OpenCode writes; ``writeWaiting`` says so, ``cancel_writes`` gives up).
        ``done(change, error)`` runs on the GUI thread afterwards. False, and no call, when the
        change waits for every running OpenCode to exit instead (``when_agents_exit``)."""
        if self._deferred(description, apply, when_agents_exit):
            return False
        self._queue_write(_Write(self.services.plugin.accounts_file, description, apply, done))
        return True

    # -- the writer thread ----------------------------------------------------------------------
    def _queue_write(self, write: _Write) -> None:
        """One write at a time, in the order asked: each takes the plugin's lock and re-reads."""
        self._writes.append(write)
        if len(self._writes) == 1:
            self._start_write(write)

    def _start_write(self, write: _Write) -> None:
        def run() -> None:
            result, error = None, None
            with lock_wait_hooks(write.cancelled, lambda: self._post(lambda: self._write_waits(write))):
                try:
                    with self.watcher.own_write(write.path):
                        result = write.apply()
                except Exception as exc:
                    error = exc
            self._post(lambda: self._finish_write(result, error))

        threading.Thread(target=run, name="plugin-file-write", daemon=True).start()

    def _write_waits(self, write: _Write) -> None:
        if self._closed or not self._writes or self._writes[0] is not write:
            return
        write.waiting = True
        self.writeWaiting.emit(write.path, write.description)

    def _finish_write(self, result: Any, error: Exception | None) -> None:
        if self._closed:
            return
        write = self._writes.popleft()
        self._after_own_write(write.path)  # after a failure too: part of a settings change may have landed
        self.writeFinished.emit(write.path)
        write.done(result, error)
        if self._writes:
            self._start_write(self._writes[0])

    @property
    def waiting_write(self) -> str | None:
        """The description of the change that waits for OpenCode to release the plugin's lock."""
        return self._writes[0].description if self._writes and self._writes[0].waiting else None

    @property
    def writing_pool(self) -> bool:
        """A change to the pool is being written or waits its turn."""
        return any(write.path == self.services.plugin.accounts_file for write in self._writes)

    def cancel_writes(self, path: Path | None = None) -> None:
        """Give up the changes to ``path`` (every file when None) that wait for the plugin's lock
        or for their turn; a write already past the lock still lands."""
        for write in list(self._writes):
            if path is not None and write.path != path:
                continue
            write.cancelled.set()
            if write is not self._writes[0]:  # not started: it never will be
                self._writes.remove(write)
                write.done(None, LockWaitCancelled(write.path))

    def _deferred(self, description: str, apply: Callable[[], PoolChange], when_agents_exit: bool) -> bool:
        if not when_agents_exit:
            return False
        if not (self.agents if self.agents_fresh else self.agents_now()):  # the caller may have just asked
            return False
        self.pending.append(PendingChange(description, apply, tuple(a.pid for a in self.agents)))
        self.pendingChanged.emit()
        self._wait_for_agents()
        return True

    def _wait_for_agents(self) -> None:
        if self._waiter is not None and self._waiter.isRunning():
            self._waiter.requestInterruption()  # it ends within a second; its finish is ignored
            self._retired_waiters.append(self._waiter)
        self._retired_waiters = [waiter for waiter in self._retired_waiters if waiter.isRunning()]
        pids = tuple(sorted({pid for change in self.pending for pid in change.pids}))
        self._waiter = _AgentsExitWaiter(pids, self)
        self._waiter.finished.connect(self._agents_exited)
        self._waiter.start()

    def _agents_exited(self) -> None:
        if self.sender() is not self._waiter or self._waiter.isInterruptionRequested():
            return
        self.rescan_agents(self._apply_pending)

    def _apply_pending(self, agents: list[Agent]) -> None:
        if not self.pending:
            return  # cancelled meanwhile
        if agents:  # a new OpenCode started meanwhile: wait for it too
            for change in self.pending:
                change.pids = tuple(a.pid for a in agents)
            self._wait_for_agents()
            return
        due, self.pending = self.pending, []
        results: list[tuple[PendingChange, Exception | None]] = []

        def apply_all() -> None:
            for change in due:
                try:
                    change.apply()
                    results.append((change, None))
                except Exception as exc:
                    results.append((change, exc))

        def done(_result: None, error: Exception | None) -> None:
            outcomes = results or [(pending, error) for pending in due]  # never started: cancelled
            for change, failure in outcomes:
                if failure is None:
                    text = QCoreApplication.translate("AppHub", "OpenCode has exited, so this was applied: {0}")
                    self.notice.emit(text.format(change.description))
                else:
                    text = QCoreApplication.translate("AppHub", "Could not apply {0}: {1}")
                    self.notice.emit(text.format(change.description, failure))
            self.pendingChanged.emit()

        description = "; ".join(change.description for change in due)
        self._queue_write(_Write(self.services.plugin.accounts_file, description, apply_all, done))

    def cancel_pending(self) -> None:
        self.pending = []
        if self._waiter is not None:
            self._waiter.requestInterruption()
        self.pendingChanged.emit()

    # -- logins -----------------------------------------------------------------------------
    def login_flow(self) -> LoginFlow:
        """A new OAuth flow against the endpoints the environment names."""
        from ..core.oauth import LoginFlow

        return LoginFlow(self.services.endpoints())

    def save_login(self, result: LoginResult) -> SavedLogin:
        """Lands a finished login in the pool, our health marks and the vault. Runs in the
        login worker's thread (the pool lock and the keyring may take a while): it touches no
        Qt object; call ``login_saved`` on the GUI thread afterwards."""
        with self.watcher.own_write(self.services.plugin.accounts_file):
            return self.services.save_login(result)

    def login_saved(self) -> None:
        self._after_own_write(self.services.plugin.accounts_file)

    def _after_own_write(self, path: Path) -> None:
        if path == self.services.plugin.accounts_file:
            self.reload_pool(ours=True)  # listeners: this change is ours, not news
        else:
            self.reload_config()
        self.watcher.accept_own_write(path)

    def setup_problems(self, fresh: bool = False) -> list[Finding]:
        """What keeps OpenCode from using the plugin (core/doctor.py). Re-read at most once a
        minute unless ``fresh``: the tray asks on every refresh, a window when it opens."""
        now = self.now_ms()
        if fresh or self._setup is None or now - self._setup[0] >= SETUP_RECHECK_MS:
            self._setup = (now, setup_problems(self.services.plugin))
        return self._setup[1]

    @property
    def quota_checking(self) -> bool:
        return self._quota_check is not None

    def check_quotas(self) -> bool:
        """Ask Google now for each enabled account's quota, off the GUI thread; the answers come
        with ``quotaChecked``. False when a check is already under way or the pool is unreadable."""
        if self._quota_check is not None or self.pool is None:
            return False
        accounts = [a for a in self.pool.plugin_accounts() if a.enabled]
        endpoints = self.services.endpoints()

        def check() -> None:
            checks = _check_all(accounts, endpoints)
            self._post(lambda: self._keep_quota_checks(checks))

        self._quota_check = threading.Thread(target=check, name="quota-check", daemon=True)
        self._quota_check.start()
        self.quotaChecking.emit(True)
        return True

    def _keep_quota_checks(self, checks: list[QuotaCheck]) -> None:
        self._quota_check = None
        if self._closed:
            return
        from ..core.quota import keep

        keep(checks, self.services.quota, self.services.health)
        self.quotaChecking.emit(False)
        self.quotaChecked.emit(checks)

    def record_history(self) -> History | None:
        """Keep every account event in the activity history from now on (the tray app does;
        ``watch`` does not), after pruning what is older than the kept days. None, logged, when
        the database cannot be opened: the app works on without it."""
        import sqlite3

        from ..core.history import History  # SQLite loads here, after the icon is up

        try:
            self.history = History.open(self.services.app.history_file)
        except sqlite3.Error as exc:
            log.warning("history: not recorded this time (%s)", exc)
            return None
        self.history.prune(self.services.preferences.get("history_days"), self.now_ms())
        self.monitor.accountEvent.connect(self.history.record)
        return self.history

    def shutdown(self) -> None:
        self.cancel_writes()  # stop waiting for the plugin's lock
        self._closed = True
        self.watcher.close()
        if self._monitor is not None:
            self._monitor.close()
        for waiter in [*self._retired_waiters, self._waiter]:
            if waiter is not None and waiter.isRunning():
                waiter.requestInterruption()
                waiter.wait(2000)
        if self.history is not None:
            self.history.close()
            self.history = None
