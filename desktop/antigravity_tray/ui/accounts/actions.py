"""What the accounts window can do to the pool, each as a ``QAction`` with a shortcut.

Every write goes through ``hub.change_pool_in_background`` (core locks, re-reads and writes,
off the GUI thread). Removing or toggling ``enabled`` is undone by a running OpenCode (it
writes its in-memory pool back after each request), so those ask first whether to wait
until OpenCode has exited; adding (restore) is safe at any time. Process scans and keyring
calls run off the GUI thread too (live/off_thread.py).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ...core.agents import Agent
from ...core.lock import LockWaitCancelled
from ...core.messages import plural
from ...core.pool import Account, Pool
from ...core.pool_store import NewAccount, PoolChange
from ...core.quota import NEEDS_RELOGIN, OK, UNREACHABLE, QuotaCheck
from ...core.safe_text import safe_field
from ...core.vault import Vault, VaultEntry, VaultUnavailable, missing_from_pool
from ...live.hub import AppHub
from ...live.off_thread import NoAnswer, wait_off_gui_thread
from ..common.text import translate
from .prompts import AgentsChoice, PromptsLike

OpenUrl = Callable[[QUrl], bool]
T = TypeVar("T")

KEYRING_TIMEOUT_MS = 30_000  # a keyring may wait for its unlock prompt; past this, it is unusable


def pool_size_text(size: int) -> str:
    return plural(translate("AccountsFormat", "The pool has %n account(s)."), size)


def quota_report(checks: list[QuotaCheck]) -> str:
    """One status line: how many accounts were checked, and each problem with its fix."""
    checked = len(checks)
    parts = [plural(translate("AccountActions", "Quota checked for %n account(s)."), checked)]
    for check in checks:
        if check.status == NEEDS_RELOGIN:
            parts.append(
                translate("AccountActions", "{0} needs re-login: sign in again as that account.").format(check.account)
            )
        elif check.status == UNREACHABLE:
            parts.append(
                translate("AccountActions", "{0}: Google could not be reached ({1}).").format(
                    check.account, check.detail
                )
            )
        elif check.status != OK:
            parts.append(
                translate("AccountActions", "{0}: Google refused the request ({1}).").format(
                    check.account, check.detail
                )
            )
    return " ".join(parts)


class Outcome(enum.Enum):
    STARTED = "started"  # being written on the hub's worker thread; reported once it lands
    DEFERRED = "deferred"  # queued in hub.pending until every OpenCode has exited
    CANCELLED = "cancelled"
    FAILED = "failed"


class AccountActions(QObject):
    def __init__(
        self,
        hub: AppHub,
        window: QWidget,
        prompts: PromptsLike,
        open_url: OpenUrl,
        selected: Callable[[], Account | None],
        report: Callable[[str], None],
    ):
        super().__init__(window)
        self.hub, self.prompts, self.open_url = hub, prompts, open_url
        self.selected, self.report = selected, report

        def action(name: str, text: str, keys, slot, tip: str) -> QAction:
            act = QAction(text, window)
            act.setIconText(text)  # tool buttons would drop the "…" of the plain text
            act.setObjectName(name)
            act.setShortcut(QKeySequence(keys))
            act.setToolTip(f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
            act.setStatusTip(tip)
            act.triggered.connect(lambda _checked=False: slot())
            window.addAction(act)
            return act

        self.add = action(
            "addAccount",
            translate("AccountActions", "Add account…"),
            QKeySequence.StandardKey.New,
            self.add_account,
            translate("AccountActions", "Sign in with a Google account and add it to the pool"),
        )
        self.toggle = action(
            "toggleEnabled",
            translate("AccountActions", "Disable"),
            "Ctrl+E",
            self.toggle_enabled,
            translate("AccountActions", "Take the selected account out of rotation, or put it back"),
        )
        self.relogin = action(
            "relogin",
            translate("AccountActions", "Re-login…"),
            "Ctrl+L",
            self.relogin_selected,
            translate("AccountActions", "Sign in again as the selected account to repair it in place"),
        )
        self.verify = action(
            "verify",
            translate("AccountActions", "Open verification page"),
            "Ctrl+O",
            self.open_verification,
            translate("AccountActions", "Open the page where Google asks to verify the selected account"),
        )
        self.remove = action(
            "remove",
            translate("AccountActions", "Remove…"),
            QKeySequence.StandardKey.Delete,
            self.remove_selected,
            translate("AccountActions", "Remove the selected account from the pool"),
        )
        self.restore = action(
            "restore",
            translate("AccountActions", "Restore from vault"),
            "Ctrl+R",
            self.restore_from_vault,
            translate("AccountActions", "Put back every account the keyring vault holds that the pool lost"),
        )
        self.check_quota = action(
            "checkQuota",
            translate("AccountActions", "Check quotas"),
            QKeySequence.StandardKey.Refresh,
            self.check_quotas,
            translate("AccountActions", "Ask Google now how much quota each enabled account has left"),
        )
        hub.quotaChecking.connect(lambda _running: self.update_state())
        hub.quotaChecked.connect(self._quota_checked)
        self.update_state()

    # -- state ------------------------------------------------------------------------------
    def update_state(self) -> None:
        account, pool_ok = self.selected(), self.hub.pool is not None
        writable = pool_ok and not self.hub.writing_pool  # one change at a time
        for act in (self.toggle, self.remove):
            act.setEnabled(writable and account is not None)
        self.relogin.setEnabled(pool_ok and account is not None)
        self.toggle.setText(
            translate("AccountActions", "Enable")
            if account is not None and not account.enabled
            else translate("AccountActions", "Disable")
        )
        self.verify.setEnabled(pool_ok and account is not None and _verification_url(account) is not None)
        self.restore.setEnabled(writable)
        self.add.setEnabled(pool_ok)
        checking = self.hub.quota_checking
        self.check_quota.setEnabled(pool_ok and not checking)
        self.check_quota.setText(
            translate("AccountActions", "Checking quotas…") if checking else translate("AccountActions", "Check quotas")
        )

    def context_actions(self) -> list[QAction | None]:
        """For the table's context menu; None marks a separator."""
        return [self.toggle, self.relogin, self.verify, None, self.remove, None, self.add, self.restore]

    # -- simple ones ------------------------------------------------------------------------
    def check_quotas(self) -> None:
        if self.hub.check_quotas():
            self.report(translate("AccountActions", "Asking Google for each enabled account's quota…"))

    def _quota_checked(self, checks: list[QuotaCheck]) -> None:
        self.report(quota_report(checks))

    def add_account(self) -> None:
        self.hub.showWindowRequested.emit("login")

    def relogin_selected(self, account: Account | None = None) -> None:
        account = account or self.selected()
        if account is None:
            return
        self.hub.showWindowRequested.emit("login")
        self.report(
            translate("AccountActions", "Sign in as {0} in the browser: the account is repaired in place.").format(
                safe_field(account.label)
            )
        )

    def open_verification(self, account: Account | None = None) -> None:
        account = account or self.selected()
        url = _verification_url(account) if account else None
        if url is None:
            return
        self.open_url(QUrl(url))
        self.report(
            translate(
                "AccountActions", "Opened Google's verification page for {0}. Once verified, enable the account again."
            ).format(safe_field(account.label))
        )

    # -- enable / disable -------------------------------------------------------------------
    def toggle_enabled(self) -> None:
        account = self.selected()
        if account is not None:
            self.set_enabled(account, not account.enabled)

    def set_enabled(self, account: Account, enabled: bool) -> Outcome:
        if account.enabled == enabled:
            return Outcome.CANCELLED
        description = (
            translate("AccountActions", "enable {0}") if enabled else translate("AccountActions", "disable {0}")
        ).format(safe_field(account.label))
        later = self._ask_when(description)
        if later is None:
            return Outcome.CANCELLED
        selector, store = self._selector(account), self.hub.services.pool_store()

        def applied(change: PoolChange) -> None:
            self.report(
                (
                    translate("AccountActions", "{0} is enabled again.")
                    if enabled
                    else translate("AccountActions", "{0} is disabled: the plugin skips it.")
                ).format(safe_field(change.label))
            )

        return self._apply(description, lambda: store.set_enabled(selector, enabled), later, applied)

    # -- remove -----------------------------------------------------------------------------
    def remove_selected(self) -> Outcome:
        account = self.selected()
        return self.remove_account(account) if account is not None else Outcome.CANCELLED

    def remove_account(self, account: Account) -> Outcome:
        description = translate("AccountActions", "remove {0}").format(safe_field(account.label))
        agents = self.hub.agents_now()
        if agents:
            later = self._ask_when(description, agents)
        else:
            later = (
                False
                if self.prompts.confirm(
                    translate("AccountActions", "Remove account"),
                    translate(
                        "AccountActions",
                        "Remove {0} from the account pool? OpenCode stops using it; signing in again adds it back.",
                    ).format(safe_field(account.label)),
                    translate("AccountActions", "Remove"),
                    destructive=True,
                )
                else None
            )
        if later is None:
            return Outcome.CANCELLED
        email, vault = account.email, self._vault_holding(account.email)
        forget_later = bool(later and vault and self._ask_forget(email, when_applied=True))
        selector, store = self._selector(account), self.hub.services.pool_store()

        forgotten: list[str] = []  # what forgetting said, when it ran with the write (off the GUI thread)

        def apply() -> PoolChange:
            change = store.remove(selector)
            if forget_later and vault is not None and email:
                forgotten.append(self._forget_quietly(vault, email))
            return change

        def applied(change: PoolChange) -> None:
            removed = translate("AccountActions", "Removed {0}. {1}").format(
                safe_field(change.label), pool_size_text(change.pool_size)
            )
            self.report(" ".join([removed, *forgotten]))
            if vault is not None and not forget_later and email and self._ask_forget(email, when_applied=False):
                self.report(self._forget_now(vault, email))

        return self._apply(description, apply, later, applied)

    def _vault_holding(self, email: str | None) -> Vault | None:
        if not email or not self.hub.services.preferences.get("vault_enabled"):
            return None

        services = self.hub.services  # the work holds no Qt object: see wait_off_gui_thread

        def look() -> Vault | None:
            vault, _why_not = services.open_vault()
            if vault is not None and any(e.email.casefold() == email.casefold() for e in vault.entries()):
                return vault
            return None

        try:
            return self._ask_keyring(look)
        except VaultUnavailable:
            return None  # then there is nothing to forget there

    def _ask_keyring(self, call: Callable[[], T]) -> T:
        """A keyring call, off the GUI thread; VaultUnavailable when it does not answer in time."""
        self.report(translate("AccountActions", "Asking the system keyring…"))
        try:
            return wait_off_gui_thread(call, timeout_ms=KEYRING_TIMEOUT_MS)
        except NoAnswer as exc:
            raise VaultUnavailable(
                translate("AccountActions", "the system keyring did not answer ({0})").format(exc)
            ) from None

    def _ask_forget(self, email: str, *, when_applied: bool) -> bool:
        question = (
            translate("AccountActions", "When the removal is applied, also forget {0} in the keyring vault?")
            if when_applied
            else translate("AccountActions", "The keyring vault still holds {0}. Forget it there too?")
        )
        return self.prompts.confirm(
            translate("AccountActions", "Forget in the vault"),
            question.format(email)
            + "\n\n"
            + translate(
                "AccountActions", "If the vault keeps it, Restore from vault can bring the account back later."
            ),
            translate("AccountActions", "Forget it"),
            reject=translate("AccountActions", "Keep it in the vault"),
        )

    @staticmethod
    def _forget_quietly(vault: Vault, email: str) -> str:
        """Forget ``email`` in the vault; what to tell the person. Touches no widget, so it can
        run with the write on the writer thread."""
        try:
            vault.forget(email)
        except VaultUnavailable as exc:
            return _still_in_vault(email, exc)
        return translate("AccountActions", "{0} was removed from the pool and forgotten in the vault.").format(
            safe_field(email)
        )

    def _forget_now(self, vault: Vault, email: str) -> str:
        try:
            return self._ask_keyring(lambda: AccountActions._forget_quietly(vault, email))
        except VaultUnavailable as exc:
            return _still_in_vault(email, exc)

    # -- restore ----------------------------------------------------------------------------
    def restore_from_vault(self) -> int:
        """Add back every vaulted account the pool lacks; the number restored."""
        pool, services = self.hub.pool or Pool.empty(), self.hub.services

        def look() -> list[VaultEntry]:
            vault, _ = services.open_vault(required=True)
            assert vault is not None
            return missing_from_pool(vault, pool)

        try:
            missing = self._ask_keyring(look)
        except VaultUnavailable as exc:
            self.prompts.problem(
                translate("AccountActions", "The vault is not available"),
                translate(
                    "AccountActions", "Restoring needs the system keyring, and none can be used here.\n\n{0}"
                ).format(exc),
            )
            return 0
        if not missing:
            self.report(
                translate("AccountActions", "Nothing to restore: every account the vault holds is in the pool.")
            )
            return 0
        store = self.hub.services.pool_store()

        def apply() -> PoolChange:
            for entry in missing:
                change = store.add(
                    NewAccount(
                        entry.refresh_token,
                        email=entry.email,
                        project_id=entry.project_id,
                        managed_project_id=entry.managed_project_id,
                    )
                )
            return change

        restored = len(missing)
        description = plural(translate("AccountsFormat", "restore %n account(s) from the vault"), restored)

        def applied(change: PoolChange) -> None:
            self.report(
                translate("AccountActions", "{0}: {1}. {2}").format(
                    plural(translate("AccountsFormat", "Restored %n account(s) from the vault"), restored),
                    ", ".join(safe_field(e.email) for e in missing),
                    pool_size_text(change.pool_size),
                )
            )

        return restored if self._apply(description, apply, False, applied) is Outcome.STARTED else 0

    # -- the common path --------------------------------------------------------------------
    def _ask_when(self, description: str, agents: list[Agent] | None = None) -> bool | None:
        """False: apply now; True: once OpenCode has exited; None: cancelled. ``agents``: the
        running OpenCode processes, when just looked up."""
        agents = self.hub.agents_now() if agents is None else agents
        if not agents:
            return False
        choice = self.prompts.agents_running(agents, description)
        if choice is AgentsChoice.CANCEL:
            self.report(translate("AccountActions", "Nothing was changed."))
            return None
        return choice is AgentsChoice.WHEN_EXITED

    def _apply(
        self, description: str, apply: Callable[[], PoolChange], later: bool, applied: Callable[[PoolChange], None]
    ) -> Outcome:
        """Write on the hub's worker thread: the window keeps answering while OpenCode holds the
        plugin's lock. ``applied(change)`` reports once the change landed."""

        def done(change: PoolChange | None, error: Exception | None) -> None:
            self.update_state()
            if isinstance(error, LockWaitCancelled):
                self.report(translate("AccountActions", "Cancelled: nothing was changed."))
            elif error is not None:
                self._failed(description, error)
            elif change is not None:
                applied(change)

        try:
            started = self.hub.change_pool_in_background(description, apply, done, when_agents_exit=later)
        except Exception as exc:
            self._failed(description, exc)
            return Outcome.FAILED
        if not started:
            self.report(translate("AccountActions", "Waiting for OpenCode to exit to {0}.").format(description))
            return Outcome.DEFERRED
        self.update_state()
        return Outcome.STARTED

    def _failed(self, description: str, error: Exception) -> None:
        self.prompts.problem(
            translate("AccountActions", "The pool was not changed"),
            translate("AccountActions", "Could not {0}:\n\n{1}").format(description, error),
        )

    def _selector(self, account: Account) -> str:
        """The email when it names one entry (it survives reordering), else the entry's number."""
        pool = self.hub.pool
        if account.email and pool is not None:
            same = [a for a in pool.accounts if (a.email or "").casefold() == account.email.casefold()]
            if len(same) == 1:
                return account.email
        return str(account.position + 1)


def _still_in_vault(email: str, why: Exception) -> str:
    return translate("AccountActions", "{0} is still in the vault: {1}").format(safe_field(email), why)


def _verification_url(account: Account) -> str | None:
    url = account.verification_url if account.verification_required else None
    return url if url and QUrl(url).scheme() == "https" else None
