"""Cells of the accounts table that depend on the clock: rate limits, cooldowns, quota and
dates, plus the colours and status dots the table uses. ``TimedCells`` is mixed into
``AccountsModel``, which provides ``now_ms`` and ``tr``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from ...core.pool import FAMILIES, Account
from ..common.text import translate
from . import format as fmt

WARN = QColor(178, 96, 0)
BAD = QColor(196, 43, 28)
GOOD = QColor(38, 140, 72)
MUTED = QColor(128, 128, 128)
LINK = QColor(26, 102, 204)
STATUS_COLORS = {"ok": GOOD, "limited": WARN, "attention": BAD, "disabled": MUTED, "ignored": MUTED}
FAR_FUTURE = float("inf")


@dataclass(frozen=True)
class Limit:
    family: str
    until: float  # epoch ms: the latest reset among the family's active keys
    keys: dict[str, float]  # every active key of the family and its reset time


def limits_by_family(account: Account, now_ms: float) -> list[Limit]:
    grouped: dict[str, dict[str, float]] = {}
    for key, until in sorted(account.active_rate_limits(now_ms).items()):
        grouped.setdefault(fmt.family_of(key), {})[key] = until
    return [Limit(family, max(keys.values()), keys) for family in FAMILIES if (keys := grouped.get(family))]


STATUS_DOT = 12  # px, the dot before each address


def status_dot(color: QColor, size: int = STATUS_DOT) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def underlined() -> QFont:
    font = QFont()
    font.setUnderline(True)
    return font


class TimedCells:
    """Cell methods for the columns that move with time; ``AccountsModel._cell_table`` lists them."""

    now_ms: float
    checked_quota: dict[str, tuple[float, dict[str, Any]]]  # label → (when, groups) from our own checks

    # -- rate limit -------------------------------------------------------------------------
    def _rate_limit_display(self, account: Account) -> str:
        return "\n".join(
            translate("TimedCells", "{0} · {1}").format(limit.family, fmt.until(limit.until, self.now_ms))
            for limit in limits_by_family(account, self.now_ms)
        )

    def _rate_limit_foreground(self, account: Account) -> QBrush:
        return QBrush(WARN if account.enabled else MUTED)

    def _rate_limit_tooltip(self, account: Account) -> str | None:
        rows = [
            translate("TimedCells", "{0}: until {1} ({2})").format(
                key, fmt.full(until), fmt.countdown(until, self.now_ms)
            )
            for limit in limits_by_family(account, self.now_ms)
            for key, until in limit.keys.items()
        ]
        return "\n".join(rows) or None

    def _rate_limit_sort(self, account: Account) -> float:
        limits = limits_by_family(account, self.now_ms)
        return min((limit.until for limit in limits), default=FAR_FUTURE)

    # -- cooldown ---------------------------------------------------------------------------
    def _cooldown_display(self, account: Account) -> str:
        if not account.cooling_down(self.now_ms):
            return ""
        return translate("TimedCells", "{0}\n{1}", "cooldown: until when, then why").format(
            fmt.until(account.cooling_down_until, self.now_ms), fmt.cooldown_reason(account.cooldown_reason)
        )

    def _cooldown_foreground(self, account: Account) -> QBrush:
        return QBrush(WARN if account.enabled else MUTED)

    def _cooldown_tooltip(self, account: Account) -> str | None:
        if not account.cooling_down(self.now_ms):
            return None
        return translate("TimedCells", "Resting after {0} until {1}.").format(
            fmt.cooldown_reason(account.cooldown_reason), fmt.full(account.cooling_down_until)
        )

    def _cooldown_sort(self, account: Account) -> float:
        return account.cooling_down_until if account.cooling_down(self.now_ms) else FAR_FUTURE

    # -- quota ------------------------------------------------------------------------------
    def _quota_of(self, account: Account) -> tuple[dict[str, Any], float | None, bool]:
        """(groups, when, ours): this app's own check when newer than the plugin's cache."""
        ours = self.checked_quota.get(account.label)
        if ours is not None:
            return ours[1], ours[0], True
        return account.cached_quota, account.cached_quota_updated_at, False

    def _quota_groups(self, account: Account) -> list[tuple[str, Any, float | None]]:
        return [
            (group, info.get("remainingFraction"), fmt.parse_iso(info.get("resetTime")))
            for group, info in sorted(self._quota_of(account)[0].items())
            if isinstance(info, dict)
        ]

    def _quota_display(self, account: Account) -> str:
        lines = []
        for group, fraction, reset in self._quota_groups(account):
            text = translate("TimedCells", "{0} {1}").format(fmt.quota_group_name(group), fmt.percent(fraction))
            if reset is not None and reset > self.now_ms:
                text = translate("TimedCells", "{0} · resets {1}").format(text, fmt.clock(reset, self.now_ms))
            lines.append(text)
        return "\n".join(lines)

    def _quota_foreground(self, account: Account) -> QBrush | None:
        fractions = [f for _, f, _ in self._quota_groups(account) if isinstance(f, (int, float))]
        if account.enabled and fractions and min(fractions) <= 0.1:
            return QBrush(WARN)
        return None if account.enabled else QBrush(MUTED)

    def _quota_tooltip(self, account: Account) -> str | None:
        groups = self._quota_groups(account)
        if not groups:
            return None
        lines = [
            translate("TimedCells", "{0}: {1} left, resets {2}").format(
                group, fmt.percent(fraction), fmt.full(reset) or translate("TimedCells", "(unknown)")
            )
            for group, fraction, reset in groups
        ]
        _groups, when, ours = self._quota_of(account)
        if when and ours:
            lines.append(translate("TimedCells", "Checked by this app {0}.").format(fmt.full(when)))
        elif when:
            lines.append(translate("TimedCells", "Fetched by the plugin {0}.").format(fmt.full(when)))
        return "\n".join(lines)

    def _quota_sort(self, account: Account) -> float:
        fractions = [f for _, f, _ in self._quota_groups(account) if isinstance(f, (int, float))]
        return min(fractions, default=2.0)

    # -- last used, added -------------------------------------------------------------------
    def _last_used_display(self, account: Account) -> str:
        return (
            fmt.day_and_time(account.last_used, self.now_ms) if account.last_used else translate("TimedCells", "never")
        )

    def _last_used_tooltip(self, account: Account) -> str | None:
        return fmt.full(account.last_used) or None

    def _last_used_sort(self, account: Account) -> float:
        return account.last_used or 0

    def _added_display(self, account: Account) -> str:
        return fmt.day_only(account.added_at, self.now_ms)

    def _added_tooltip(self, account: Account) -> str | None:
        return fmt.full(account.added_at) or None

    def _added_sort(self, account: Account) -> float:
        return account.added_at or 0
