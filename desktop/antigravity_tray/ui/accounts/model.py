"""The account pool as a table model: one row per entry of the pool file.

The model holds a parsed ``Pool`` and the time it shows ("now"); the window moves "now"
forward once a second while a countdown is on screen (``set_now``). Display text comes
from ``format``; every cell has a tooltip with the exact details. ``CELLS`` below says, per
column, which method answers which role.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QIcon

from ...core.app_state import HealthMark
from ...core.pool import FAMILIES, Account, Pool
from ...core.quota import QUOTA_GROUPS
from ...core.safe_text import safe_field
from ..common.text import translate
from ..common.widgets import html
from . import format as fmt
from .cells import BAD, LINK, MUTED, STATUS_COLORS, TimedCells, status_dot, underlined

COLUMNS = (
    "email",
    "enabled",
    "in_use",
    "rate_limit",
    "cooldown",
    "verification",
    "relogin",
    "quota",
    "last_used",
    "added",
)
COLUMN = {name: number for number, name in enumerate(COLUMNS)}

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1  # the Account of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts the column sensibly
LINK_ROLE = Qt.ItemDataRole.UserRole + 3  # a cell that acts when clicked: the verification address, "relogin"
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4  # "ok", "limited", "attention", "disabled" or "ignored"

Index = QModelIndex | QPersistentModelIndex


def _local_day(ms: float) -> int:
    """Cells say "today" and "yesterday": they all change when the local date does."""
    return datetime.fromtimestamp(ms / 1000).toordinal() if ms > 0 else 0


class AccountsModel(TimedCells, QAbstractTableModel):
    enabledToggled = Signal(object, bool)  # (Account, wanted): the person clicked the checkbox

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool: Pool | None = None
        self.now_ms = 0.0
        self.checked_quota = {}
        self._accounts: list[Account] = []
        self._marks: Mapping[str, HealthMark] = {}
        self._current: dict[str, Account | None] = {}
        self._shadowed: set[int] = set()
        self._icons: dict[str, QIcon] = {}
        self._inputs: list[tuple] = []  # per row, what its cells show besides the Account and the clock
        self._next_change: list[float] = []  # per row, when the clock alone changes its cells
        self._headers = {
            "email": translate("AccountsModel", "Account"),
            "enabled": translate("AccountsModel", "On"),
            "in_use": translate("AccountsModel", "In use for"),
            "rate_limit": translate("AccountsModel", "Rate-limited until"),
            "cooldown": translate("AccountsModel", "Cooldown"),
            "verification": translate("AccountsModel", "Verification"),
            "relogin": translate("AccountsModel", "Sign-in"),
            "quota": translate("AccountsModel", "Cached quota"),
            "last_used": translate("AccountsModel", "Last used"),
            "added": translate("AccountsModel", "Added"),
        }
        self._header_tips = {
            "enabled": translate(
                "AccountsModel", "Enabled accounts take part in rotation; the plugin skips disabled ones."
            ),
            "in_use": translate(
                "AccountsModel", "The account each model family uses now, as the last OpenCode to save wrote it."
            ),
            "rate_limit": translate(
                "AccountsModel", "Google rate-limited the account for this family until the time shown."
            ),
            "cooldown": translate("AccountsModel", "The plugin rests the account after errors, until the time shown."),
            "verification": translate(
                "AccountsModel", "Google asks to verify the account in a browser before it is used again."
            ),
            "relogin": translate(
                "AccountsModel", "Whether Google still accepts the account's sign-in (checked by this app)."
            ),
            "quota": translate(
                "AccountsModel", "Remaining quota per group as the plugin last fetched it, and when it resets."
            ),
        }
        self._cells = self._cell_table()

    def _cell_table(self) -> dict[str, dict[int, Callable[[Account], Any]]]:
        """Column → role → the method that answers it; a role not listed falls back to ``data``'s default."""
        display, tooltip, sort = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole), int(SORT_ROLE)
        foreground, font, link = int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.FontRole), int(LINK_ROLE)
        return {
            "email": {
                display: self._email_display,
                int(Qt.ItemDataRole.DecorationRole): self._email_decoration,
                font: self._email_font,
                foreground: self._email_foreground,
                tooltip: self._email_tooltip,
                sort: self._email_sort,
            },
            "enabled": {
                int(Qt.ItemDataRole.CheckStateRole): self._enabled_check,
                tooltip: self._enabled_tooltip,
                sort: self._enabled_sort,
                int(Qt.ItemDataRole.AccessibleTextRole): self._enabled_accessible,
            },
            "in_use": {display: self._in_use_display, tooltip: self._in_use_tooltip, sort: self._in_use_sort},
            "rate_limit": {
                display: self._rate_limit_display,
                foreground: self._rate_limit_foreground,
                tooltip: self._rate_limit_tooltip,
                sort: self._rate_limit_sort,
            },
            "cooldown": {
                display: self._cooldown_display,
                foreground: self._cooldown_foreground,
                tooltip: self._cooldown_tooltip,
                sort: self._cooldown_sort,
            },
            "verification": {
                display: self._verification_display,
                foreground: self._verification_foreground,
                font: self._verification_font,
                link: self._verification_link,
                tooltip: self._verification_tooltip,
                sort: self._verification_sort,
            },
            "relogin": {
                display: self._relogin_display,
                foreground: self._relogin_foreground,
                font: self._relogin_font,
                link: self._relogin_link,
                tooltip: self._relogin_tooltip,
                sort: self._relogin_sort,
            },
            "quota": {
                display: self._quota_display,
                foreground: self._quota_foreground,
                tooltip: self._quota_tooltip,
                sort: self._quota_sort,
            },
            "last_used": {
                display: self._last_used_display,
                tooltip: self._last_used_tooltip,
                sort: self._last_used_sort,
            },
            "added": {display: self._added_display, tooltip: self._added_tooltip, sort: self._added_sort},
        }

    # -- feeding ----------------------------------------------------------------------------
    def set_pool(
        self,
        pool: Pool | None,
        now_ms: float,
        marks: Mapping[str, HealthMark] | None = None,
        checked_quota: dict[str, tuple[float, dict[str, Any]]] | None = None,
    ) -> None:
        accounts = list(pool.accounts) if pool else []
        # The same entries in the same places (a save that bumped lastUsed or a limit): the rows
        # stay and only the rows that changed are redrawn, so the selection and the scroll
        # position stay, and a save of a 1,000-account pool costs a few rows, not the table.
        same_rows = [a.refresh_token for a in accounts] == [a.refresh_token for a in self._accounts]
        if not same_rows:
            self.beginResetModel()
        old_accounts, old_inputs, old_now = self._accounts, self._inputs, self.now_ms
        self.pool, self.now_ms = pool, now_ms
        self._accounts = accounts
        self._marks = marks or {}
        self.checked_quota = checked_quota or {}
        self._current = pool.current_by_family() if pool else {}
        self._shadowed = {a.position for a in pool.shadowed()} if pool else set()
        self._inputs = [self._row_inputs(a) for a in accounts]
        if not same_rows:
            self._next_change = [self._clock_change(a) for a in accounts]
            self.endResetModel()
            return
        everything = _local_day(old_now) != _local_day(now_ms)
        self._redraw(
            row
            for row, account in enumerate(accounts)
            if everything
            or account is not old_accounts[row]
            or self._inputs[row] != old_inputs[row]
            or self._next_change[row] <= now_ms
        )

    def set_now(self, now_ms: float) -> None:
        """Move the clock the cells are drawn against (countdowns, expired limits)."""
        everything = _local_day(self.now_ms) != _local_day(now_ms)
        self.now_ms = now_ms
        self._redraw(row for row, when in enumerate(self._next_change) if everything or when <= now_ms)

    def _row_inputs(self, account: Account) -> tuple:
        return (
            tuple(self.in_use_for(account)),
            self.needs_relogin(account),
            self.is_shadowed(account),
            self.checked_quota.get(account.label),
        )

    def _clock_change(self, account: Account) -> float:
        """When the clock alone next changes this row: a limit, a cooldown or a quota reset ends."""
        times = list(account.active_rate_limits(self.now_ms).values())
        if account.cooling_down(self.now_ms) and account.cooling_down_until is not None:
            times.append(account.cooling_down_until)
        times += [reset for _, _, reset in self._quota_groups(account) if reset is not None and reset > self.now_ms]
        return min(times, default=math.inf)

    def _redraw(self, rows: Iterable[int]) -> None:
        """dataChanged for each run of consecutive rows."""
        last_column = len(COLUMNS) - 1
        run: list[int] = []
        for row in [*rows, -1]:
            if row >= 0:
                self._next_change[row] = self._clock_change(self._accounts[row])
            if run and row != run[-1] + 1:
                self.dataChanged.emit(self.index(run[0], 0), self.index(run[-1], last_column))
                run = []
            if row >= 0:
                run.append(row)

    def has_active_countdown(self, now_ms: float | None = None) -> bool:
        now = self.now_ms if now_ms is None else now_ms
        return any(a.active_rate_limits(now) or a.cooling_down(now) for a in self._accounts)

    # -- reading ----------------------------------------------------------------------------
    def account(self, row: int) -> Account:
        return self._accounts[row]

    def row_of(self, refresh_token: str) -> int | None:
        for row, account in enumerate(self._accounts):
            if account.refresh_token == refresh_token:
                return row
        return None

    def in_use_for(self, account: Account) -> list[str]:
        return [f for f in FAMILIES if (cur := self._current.get(f)) is not None and cur.position == account.position]

    @staticmethod
    def sample_texts() -> dict[str, list[str]]:
        """What each column typically shows at its widest, in the current language, read through
        the same cell methods from made-up accounts: limited and cooling down until 12:05 (a
        12-hour clock's widest) with 59 min 59 s to go, quota cached, used today, yesterday or
        in another year. The window sizes its columns by the widest of each list."""
        noon = datetime.now().replace(hour=12, minute=5, second=0, microsecond=0)
        until = noon.timestamp() * 1000
        last_year = noon.replace(year=noon.year - 1, month=9, day=28).timestamp() * 1000
        reset = noon.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        entry = {
            "refreshToken": "sample",
            "enabled": True,
            "rateLimitResetTimes": {"gemini-antigravity:sample": until, "gemini-cli:sample": until},
            "coolingDownUntil": until,
            "cooldownReason": "validation-required",
            "verificationRequired": True,
            "verificationUrl": "https://example.com/verify",
            "cachedQuota": {group: {"remainingFraction": 0.64, "resetTime": reset} for group in QUOTA_GROUPS},
        }
        entries = [  # "today", "yesterday" and a date: which is widest depends on the language
            {**entry, "email": "a@example.com", "addedAt": last_year, "lastUsed": until},
            {**entry, "email": "b@example.com", "addedAt": until, "lastUsed": until - 86_400_000},
            {**entry, "email": "c@example.com", "addedAt": until, "lastUsed": last_year},
        ]
        probe = AccountsModel()
        marks = {e["email"]: HealthMark(True, until, "") for e in entries}
        probe.set_pool(Pool.from_document({"version": 4, "accounts": entries}), until - 3_599_000, marks)
        return {
            column: [str(probe.data(probe.index(row, COLUMNS.index(column))) or "") for row in range(len(entries))]
            for column in COLUMNS
            if column != "email"
        }

    def needs_relogin(self, account: Account) -> HealthMark | None:
        mark = self._marks.get((account.email or "").casefold())
        return mark if mark and mark.needs_relogin else None

    def is_shadowed(self, account: Account) -> bool:
        return account.position in self._shadowed

    def status(self, account: Account) -> str:
        if self.is_shadowed(account):
            return "ignored"
        if account.verification_required or self.needs_relogin(account):
            return "attention"
        if not account.enabled:
            return "disabled"
        if account.active_rate_limits(self.now_ms) or account.cooling_down(self.now_ms):
            return "limited"
        return "ok"

    def status_text(self, status: str) -> str:
        return {
            "ok": translate("AccountsModel", "Ready"),
            "limited": translate("AccountsModel", "Limited for now"),
            "attention": translate("AccountsModel", "Needs your attention"),
            "disabled": translate("AccountsModel", "Disabled"),
            "ignored": translate("AccountsModel", "Ignored by the plugin: another entry has the same email"),
        }[status]

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[COLUMNS[section]]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips.get(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and COLUMNS[index.column()] == "enabled":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A click on the checkbox asks for the change; the cell follows once the pool does."""
        if index.isValid() and role == Qt.ItemDataRole.CheckStateRole and COLUMNS[index.column()] == "enabled":
            wanted = value if isinstance(value, bool) else Qt.CheckState(value) == Qt.CheckState.Checked
            self.enabledToggled.emit(self._accounts[index.row()], wanted)
        return False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._accounts):
            return None
        account, column = self._accounts[index.row()], COLUMNS[index.column()]
        if role == ACCOUNT_ROLE:
            return account
        if role == STATUS_ROLE:
            return self.status(account)
        handler = self._cells[column].get(int(role))
        if handler is not None:
            return handler(account)
        if role == Qt.ItemDataRole.ForegroundRole and not account.enabled and column != "verification":
            return QBrush(MUTED)
        return None

    # -- email ------------------------------------------------------------------------------
    def _email_display(self, account: Account) -> str:
        if self.is_shadowed(account):
            return translate("AccountsModel", "{0} (duplicate)").format(safe_field(account.label))
        return (
            safe_field(account.email)
            if account.email
            else translate("AccountsModel", "Account {0} (no email)").format(account.position + 1)
        )

    def _email_decoration(self, account: Account) -> QIcon:
        status = self.status(account)
        if status not in self._icons:
            self._icons[status] = status_dot(STATUS_COLORS[status])
        return self._icons[status]

    def _email_font(self, account: Account) -> QFont | None:
        if self.in_use_for(account):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _email_foreground(self, account: Account) -> QBrush | None:
        return QBrush(MUTED) if not account.enabled or self.is_shadowed(account) else None

    def _email_tooltip(self, account: Account) -> str:
        lines = [f"<b>{html(account.label)}</b> — {html(self.status_text(self.status(account)))}"]
        if account.project_id:
            lines.append(translate("AccountsModel", "Project: {0}").format(html(account.project_id)))
        if account.managed_project_id:
            lines.append(translate("AccountsModel", "Managed project: {0}").format(html(account.managed_project_id)))
        lines.append(translate("AccountsModel", "Entry {0} of the pool file").format(account.position + 1))
        return "<br>".join(lines)

    def _email_sort(self, account: Account) -> str:
        return (account.email or "~").casefold()

    # -- enabled ----------------------------------------------------------------------------
    def _enabled_check(self, account: Account) -> Qt.CheckState:
        return Qt.CheckState.Checked if account.enabled else Qt.CheckState.Unchecked

    def _enabled_tooltip(self, account: Account) -> str:
        return (
            translate("AccountsModel", "Enabled: the plugin may use this account.")
            if account.enabled
            else translate("AccountsModel", "Disabled: the plugin skips this account.")
        )

    def _enabled_sort(self, account: Account) -> int:
        return int(account.enabled)

    def _enabled_accessible(self, account: Account) -> str:
        return translate("AccountsModel", "enabled") if account.enabled else translate("AccountsModel", "disabled")

    # -- in use -----------------------------------------------------------------------------
    def _in_use_display(self, account: Account) -> str:
        return "\n".join(fmt.family_name(f) for f in self.in_use_for(account))

    def _in_use_tooltip(self, account: Account) -> str | None:
        families = self.in_use_for(account)
        if not families:
            return None
        return translate("AccountsModel", "OpenCode sends {0} requests to this account now.").format(
            translate("AccountsModel", " and ").join(fmt.family_name(f) for f in families)
        )

    def _in_use_sort(self, account: Account) -> int:
        return -len(self.in_use_for(account))

    # -- verification -----------------------------------------------------------------------
    def _verification_display(self, account: Account) -> str:
        if not account.verification_required:
            return ""
        return (
            translate("AccountsModel", "Verify now…")
            if account.verification_url
            else translate("AccountsModel", "Needed")
        )

    def _verification_foreground(self, account: Account) -> QBrush | None:
        if not account.verification_required:
            return None
        return QBrush(LINK if account.verification_url else BAD)

    def _verification_font(self, account: Account) -> QFont | None:
        return underlined() if account.verification_required and account.verification_url else None

    def _verification_link(self, account: Account) -> str | None:
        return account.verification_url if account.verification_required else None

    def _verification_tooltip(self, account: Account) -> str | None:
        if not account.verification_required:
            return None
        lines = [translate("AccountsModel", "Google wants this account verified before it is used again.")]
        if account.verification_reason:
            lines.append(translate("AccountsModel", "Reason: {0}").format(account.verification_reason))
        if account.verification_url:
            lines.append(translate("AccountsModel", "Click to open: {0}").format(account.verification_url))
        lines.append(translate("AccountsModel", "The plugin disabled the account; enable it again once verified."))
        return "\n".join(lines)

    def _verification_sort(self, account: Account) -> int:
        return -int(account.verification_required)

    # -- re-login ---------------------------------------------------------------------------
    def _relogin_display(self, account: Account) -> str:
        return translate("AccountsModel", "Re-login…") if self.needs_relogin(account) else ""

    def _relogin_foreground(self, account: Account) -> QBrush | None:
        return QBrush(BAD) if self.needs_relogin(account) else None

    def _relogin_font(self, account: Account) -> QFont | None:
        return underlined() if self.needs_relogin(account) else None

    def _relogin_link(self, account: Account) -> str | None:
        return "relogin" if self.needs_relogin(account) else None

    def _relogin_tooltip(self, account: Account) -> str | None:
        mark = self.needs_relogin(account)
        if mark is None:
            return None
        return translate(
            "AccountsModel",
            "Google no longer accepts this account's sign-in ({0}, checked {1}). "
            "Click to sign in again as {2}: it is repaired in place.",
        ).format(
            mark.detail or translate("AccountsModel", "no detail"), fmt.full(mark.checked_at), safe_field(account.label)
        )

    def _relogin_sort(self, account: Account) -> int:
        return -int(self.needs_relogin(account) is not None)
