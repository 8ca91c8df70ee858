"""The application hub: owns the core services and the live state; windows connect to it.

Every change goes through core/ (which locks, re-reads and writes safely), then the hub
reloads and tells the windows. Nothing here opens a plugin file itself.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from ..core.config import Layer, effective_config
from ..core.config_store import Change
from ..core.doctor import Finding, guard_settings_write, setup_problems
from ..core.lock import lock_wait_hooks
from ..core.pool import Account, Pool, PoolFormatError
from ..core.pool_store import PoolChange
from ..core.services import Services
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


@dataclass
class PendingChange:
    """A pool change that waits until every running OpenCode has exited."""

    description: str
    apply: Callable[[], PoolChange]
    pids: tuple[int, ...]


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
    _quota_done = Signal(object)
    _agents_found = Signal(object)  # list[Agent], from the scan's thread
    poolWriteWaiting = Signal(str)  # a change's description: OpenCode holds the plugin's lock; retrying
    poolWriteFinished = Signal()  # written, failed or cancelled (the caller's done() says which)
    _pool_write_done = Signal(object, object)  # PoolChange | None, Exception | None, from the worker

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
        self.services = services or Services()
        self._agents_source = agents_source or _find_agents
        self.clock = clock
        self.pool: Pool | None = None
        self.pool_error: str | None = None
        self.user_layer: Layer | None = None
        self.agents: list[Agent] = []
        self.pending: list[PendingChange] = []
        self._vaulted: set[tuple[str | None, str]] = set()  # (email, token) already handed to the vault
        self._vault_keeper = vault_keeper or self._keep_in_vault_on_a_thread
        self._waiter: _AgentsExitWaiter | None = None
        plugin = self.services.plugin
        self.watcher = FileWatcher([plugin.config_file, plugin.accounts_file], self)
        self.watcher.changed.connect(self._on_file_changed)
        self.reload_pool()
        self.reload_config()
        self._monitor: ActivityMonitor | None = None
        if start_now:
            self.start()
        self.history: History | None = None  # kept by the tray app only: record_history()
        self._quota_check: threading.Thread | None = None
        self._setup: tuple[float, list[Finding]] | None = None
        self._quota_done.connect(self._keep_quota_checks)  # queued: the check's thread emits it
        self._agents_found.connect(self._set_agents)  # queued likewise
        self._writing: tuple[threading.Event, Callable[[PoolChange | None, Exception | None], None]] | None = None
        self._pool_write_done.connect(self._finish_pool_write)  # queued likewise

    def start(self, *, scan_off_thread: bool = False) -> None:
        """The first process scan and the activity monitor (which reads the debug log). The
        tray app scans on a thread of its own: its GUI thread does not wait for the process list."""
        if scan_off_thread:
            source = self._agents_source
            threading.Thread(target=lambda: self._agents_found.emit(source()), name="agents-scan", daemon=True).start()
        else:
            self.refresh_agents()
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

    def refresh_agents(self) -> list[Agent]:
        self._set_agents(self._agents_source())
        return self.agents

    def _set_agents(self, agents: list[Agent]) -> None:
        self.agents = agents
        self.agentsChanged.emit()

    def _on_file_changed(self, path) -> None:
        if path == self.services.plugin.accounts_file:
            self.reload_pool()
        else:
            self.reload_config()

    # -- settings ---------------------------------------------------------------------------
    def set_settings(self, values: dict[str, Any], force: bool = False) -> list[Change]:
        """Raises ConfigError (with the key and what it accepts) and leaves the file alone;
        OtherPluginRelease, unless ``force``, when OpenCode has a release our table does not describe."""
        guard_settings_write(self.services.plugin, force)
        changes = self.services.config_store().set(values)
        self._after_own_write(self.services.plugin.config_file)
        return changes

    def unset_settings(self, keys: list[str], force: bool = False) -> list[Change]:
        guard_settings_write(self.services.plugin, force)
        changes = self.services.config_store().unset(keys)
        self._after_own_write(self.services.plugin.config_file)
        return changes

    def set_preference(self, key: str, value: Any) -> None:
        self.services.preferences.set(key, value)
        self.preferencesChanged.emit()

    # -- accounts ---------------------------------------------------------------------------
    def change_pool(
        self, description: str, apply: Callable[[], PoolChange], *, when_agents_exit: bool = False
    ) -> PoolChange | None:
        """Apply a pool change now, or (``when_agents_exit``) once every OpenCode has exited."""
        if self._deferred(description, apply, when_agents_exit):
            return None
        change = apply()
        self._after_own_write(self.services.plugin.accounts_file)
        return change

    def change_pool_in_background(
        self,
        description: str,
        apply: Callable[[], PoolChange],
        done: Callable[[PoolChange | None, Exception | None], None],
        *,
        when_agents_exit: bool = False,
    ) -> bool:
        """``change_pool`` on a worker thread, so no window waits for the plugin's lock (up to
        15 s while OpenCode writes; ``poolWriteWaiting`` says so, ``cancel_pool_write`` gives up).
        ``done(change, error)`` runs on the GUI thread afterwards. False, and no call, when the
        change waits for OpenCode to exit instead."""
        if self._deferred(description, apply, when_agents_exit):
            return False
        if self._writing is not None:
            raise RuntimeError("another change to the pool is being written")
        cancelled = threading.Event()
        self._writing = (cancelled, done)
        path = self.services.plugin.accounts_file

        def write() -> None:
            change, error = None, None
            with lock_wait_hooks(cancelled, lambda: self.poolWriteWaiting.emit(description)):
                try:
                    with self.watcher.own_write(path):
                        change = apply()
                except Exception as exc:
                    error = exc
            try:
                self._pool_write_done.emit(change, error)
            except RuntimeError:
                pass  # the hub is gone: the app quit while the write ran (it landed whole, or not at all)

        threading.Thread(target=write, name="pool-write", daemon=True).start()
        return True

    @property
    def writing_pool(self) -> bool:
        return self._writing is not None

    def cancel_pool_write(self) -> None:
        """Give up waiting for the plugin's lock; a write already past the lock still lands."""
        if self._writing is not None:
            self._writing[0].set()

    def _finish_pool_write(self, change: PoolChange | None, error: Exception | None) -> None:
        assert self._writing is not None
        _cancelled, done = self._writing
        self._writing = None
        if error is None:
            self._after_own_write(self.services.plugin.accounts_file)
        self.poolWriteFinished.emit()
        done(change, error)

    def _deferred(self, description: str, apply: Callable[[], PoolChange], when_agents_exit: bool) -> bool:
        agents = self.refresh_agents()
        if not (when_agents_exit and agents):
            return False
        self.pending.append(PendingChange(description, apply, tuple(a.pid for a in agents)))
        self.pendingChanged.emit()
        self._wait_for_agents()
        return True

    def _wait_for_agents(self) -> None:
        if self._waiter is not None and self._waiter.isRunning():
            self._waiter.requestInterruption()
            self._waiter.wait()
        pids = tuple(sorted({pid for change in self.pending for pid in change.pids}))
        self._waiter = _AgentsExitWaiter(pids, self)
        self._waiter.finished.connect(self._apply_pending)
        self._waiter.start()

    def _apply_pending(self) -> None:
        if self.sender() is not self._waiter or self._waiter.isInterruptionRequested():
            return
        if self.refresh_agents():  # a new OpenCode started meanwhile: wait for it too
            for change in self.pending:
                change.pids = tuple(a.pid for a in self.agents)
            self._wait_for_agents()
            return
        done, self.pending = self.pending, []
        for change in done:
            try:
                change.apply()
                self.notice.emit(
                    QCoreApplication.translate("AppHub", "OpenCode has exited, so this was applied: {0}").format(
                        change.description
                    )
                )
            except Exception as exc:
                self.notice.emit(
                    QCoreApplication.translate("AppHub", "Could not apply {0}: {1}").format(change.description, exc)
                )
        self._after_own_write(self.services.plugin.accounts_file)
        self.pendingChanged.emit()

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
        self._quota_check = threading.Thread(
            target=lambda: self._quota_done.emit(_check_all(accounts, endpoints)), name="quota-check", daemon=True
        )
        self._quota_check.start()
        self.quotaChecking.emit(True)
        return True

    def _keep_quota_checks(self, checks: list[QuotaCheck]) -> None:
        self._quota_check = None
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
        self.cancel_pool_write()  # stop waiting for the plugin's lock
        if self._waiter is not None and self._waiter.isRunning():
            self._waiter.requestInterruption()
            self._waiter.wait(2000)
        if self.history is not None:
            self.history.close()
            self.history = None
