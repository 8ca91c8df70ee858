"""The pieces of the accounts window around the table: banners, the empty page, the details
of the selected account, and the one-line summary of the pool."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...core.agents import Agent
from ...core.app_state import HealthMark
from ...core.messages import plural
from ...core.pool import FAMILIES, Account, Pool
from ...core.reports import account_report
from ...core.safe_text import safe_field
from ..common.text import translate
from ..common.widgets import html
from . import format as fmt
from .cells import limits_by_family


class PaddedDelegate(QStyledItemDelegate):
    """Table cells with some air above and below their lines."""

    PADDING = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + self.PADDING)


class CenteredPage(QWidget):
    """A title, a paragraph and a row of buttons in the middle of the table's place."""

    def __init__(self, name: str, title: str, text: str, buttons: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        paragraph = QLabel(text)
        paragraph.setWordWrap(True)
        paragraph.setAlignment(Qt.AlignmentFlag.AlignCenter)
        width = min(560, paragraph.fontMetrics().horizontalAdvance(text) + 20)
        paragraph.setFixedSize(width, paragraph.heightForWidth(width))
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch()
        for button_name, label in buttons.items():
            button = self.buttons[button_name] = QPushButton(label)
            button.setObjectName(button_name)
            row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(heading)
        layout.addSpacing(4)
        layout.addWidget(paragraph, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(14)
        layout.addLayout(row)
        layout.addStretch(3)


class EmptyPage(CenteredPage):
    """What the table area shows while the pool has no account."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            "emptyPage",
            translate("AccountsWindow", "No accounts yet"),
            translate(
                "AccountsWindow",
                "Sign in with a Google account: it goes into the plugin's account pool, and OpenCode can use it "
                "at its next request. With two or more, the plugin moves on when one is rate-limited.",
            ),
            {
                "emptyAddButton": translate("AccountsWindow", "Add account…"),
                "emptyRestoreButton": translate("AccountsWindow", "Restore from vault"),
            },
            parent,
        )
        self.add_button = self.buttons["emptyAddButton"]
        self.restore_button = self.buttons["emptyRestoreButton"]
        self.add_button.setDefault(True)


class UnreadablePage(CenteredPage):
    """What the table area shows while the pool file cannot be read (the banner says why)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            "unreadablePage",
            translate("AccountsWindow", "Nothing to show until the file is repaired"),
            translate(
                "AccountsWindow",
                "Repair the file by hand, or copy an earlier version over it. The window updates by itself "
                "as soon as the file can be read again.",
            ),
            {
                "openBackupsButton": translate("AccountsWindow", "Open backups folder"),
                "openPluginFolderButton": translate("AccountsWindow", "Open plugin folder"),
            },
            parent,
        )


# -- texts ------------------------------------------------------------------------------------
def summary_line(pool: Pool | None) -> str:
    """``Claude: alice@… · Gemini: bob@…``"""
    if pool is None:
        return translate("AccountsWindow", "The account pool cannot be read")
    current = pool.current_by_family()
    return translate("AccountsWindow", " · ").join(
        translate("AccountsWindow", "{0}: {1}").format(
            fmt.family_name(family),
            safe_field(current[family].label) if current[family] else translate("AccountsWindow", "no account"),
        )
        for family in FAMILIES
    )


def counts_line(pool: Pool | None, now_ms: float, agents: list[Agent], marks: Mapping[str, HealthMark]) -> str:
    parts = []
    if pool is not None:
        shadowed = {a.position for a in pool.shadowed()}
        accounts = [a for a in pool.accounts if a.position not in shadowed]
        total = len(accounts)
        parts.append(plural(translate("AccountsFormat", "%n account(s)"), total))
        enabled = sum(a.enabled for a in accounts)
        if enabled != len(accounts):
            parts.append(plural(translate("AccountsFormat", "%n enabled"), enabled))
        limited = {
            f: sum(any(limit.family == f for limit in limits_by_family(a, now_ms)) for a in accounts) for f in FAMILIES
        }
        if any(limited.values()):
            parts.append(
                translate("AccountsWindow", "rate-limited: {0}").format(
                    ", ".join(
                        translate("AccountsWindow", "{0} for {1}").format(n, fmt.family_name(f))
                        for f, n in limited.items()
                        if n
                    )
                )
            )
        cooling = sum(a.cooling_down(now_ms) for a in accounts)
        if cooling:
            parts.append(plural(translate("AccountsFormat", "%n cooling down"), cooling))
        attention = sum(
            a.verification_required or bool((m := marks.get((a.email or "").casefold())) and m.needs_relogin)
            for a in accounts
        )
        if attention:
            parts.append(plural(translate("AccountsFormat", "attention needed: %n"), attention))
    running = len(agents)
    parts.append(
        plural(translate("AccountsFormat", "%n OpenCode running"), running)
        if running
        else translate("AccountsWindow", "OpenCode not running")
    )
    return translate("AccountsWindow", " · ").join(parts)


def pending_text(pending: list) -> str:
    if not pending:
        return ""
    pids = sorted({pid for change in pending for pid in change.pids})
    changes = "; ".join(html(change.description) for change in pending)
    return translate(
        "AccountsWindow",
        '<b>Waiting for OpenCode to exit</b> (pid {0}), then this app will {1}. <a href="cancel">Cancel</a>',
    ).format(", ".join(map(str, pids)), changes)


def error_text(error: str, backups_dir: str) -> str:
    return translate(
        "AccountsWindow",
        "<b>The accounts file cannot be read, so nothing in it is shown.</b> This app never overwrites a "
        "file it cannot read; it is left exactly as it is.<br>{0}<br>"
        "While it stays unreadable, a running OpenCode keeps only one account when it next saves. Repair "
        "the file, or put back an earlier version: this app keeps the versions it replaced in "
        '<a href="backups">{1}</a>.',
    ).format(html(error), html(backups_dir))


def details_html(
    account: Account | None, pool: Pool | None, now_ms: float, needs_relogin: bool, status: str = ""
) -> str:
    """Everything known about one account, from the same report the CLI prints."""
    if account is None or pool is None:
        return translate("AccountsWindow", "Select an account to see its details here.")
    report = account_report(account, pool, now_ms, needs_relogin)
    rows: list[tuple[str, str]] = []
    state = translate("AccountsWindow", "enabled") if report["enabled"] else translate("AccountsWindow", "disabled")
    if report["current_for"]:
        state = translate("AccountsWindow", "{0}, in use for {1}").format(
            state, translate("AccountsWindow", " and ").join(fmt.family_name(f) for f in report["current_for"])
        )
    if report["shadowed_by_duplicate"]:
        state = translate("AccountsWindow", "{0}; ignored by the plugin, another entry has the same email").format(
            state
        )
    rows.append((translate("AccountsWindow", "State"), html(state)))
    project = html(report["project_id"] or translate("AccountsWindow", "none"))
    if report["managed_project_id"]:
        project = translate("AccountsWindow", "{0} (managed: {1})").format(project, html(report["managed_project_id"]))
    rows.append(
        (
            translate("AccountsWindow", "Project"),
            translate("AccountsWindow", "{0} · entry {1} of the pool file").format(project, report["number"]),
        )
    )
    if report["rate_limits"]:
        rows.append(
            (
                translate("AccountsWindow", "Rate limits"),
                html_join(
                    translate("AccountsWindow", "{0} until {1}").format(html(limit["key"]), _local(limit["until"]))
                    for limit in report["rate_limits"]
                ),
            )
        )
    if report["cooldown"]:
        rows.append(
            (
                translate("AccountsWindow", "Cooldown"),
                translate("AccountsWindow", "until {0}, after {1}").format(
                    _local(report["cooldown"]["until"]), fmt.cooldown_reason(report["cooldown"]["reason"])
                ),
            )
        )
    verification = report["verification"]
    if verification["required"]:
        text = translate("AccountsWindow", "required") + (
            f" ({html(verification['reason'])})" if verification["reason"] else ""
        )
        if verification["url"]:
            link = translate("AccountsWindow", "open the verification page")
            text += ' · <a href="verify">' + link + "</a>"
        rows.append((translate("AccountsWindow", "Verification"), text))
    if report["needs_relogin"]:
        rows.append(
            (
                translate("AccountsWindow", "Sign-in"),
                translate("AccountsWindow", 'Google no longer accepts it · <a href="relogin">sign in again</a>'),
            )
        )
    if report["quota"]:
        quota = html_join(
            translate("AccountsWindow", "{0} {1} left, resets {2}").format(
                html(group),
                fmt.percent(q["remaining_fraction"]),
                _local(q["reset_time"]) or translate("AccountsWindow", "unknown"),
            )
            for group, q in report["quota"].items()
        )
        if report["quota_updated_at"]:
            quota += " · " + translate("AccountsWindow", "fetched {0}").format(_local(report["quota_updated_at"]))
        rows.append((translate("AccountsWindow", "Quota"), quota))
    rows.append(
        (
            translate("AccountsWindow", "Used"),
            translate("AccountsWindow", "last {0} · added {1}").format(
                _local(report["last_used"]) or translate("AccountsWindow", "never"),
                _local(report["added_at"]) or translate("AccountsWindow", "unknown"),
            ),
        )
    )
    title = f"<b>{html(account.label)}</b>" + (f" — {html(status)}" if status else "")
    cells = "".join(
        f'<tr><td style="color: palette(placeholder-text); padding-right: 12px">{html(name)}</td><td>{value}</td></tr>'
        for name, value in rows
    )
    return f'{title}<table cellspacing="0" cellpadding="1">{cells}</table>'


def html_join(parts) -> str:
    return " · ".join(parts)


def _local(iso_text: str | None) -> str:
    return fmt.full(fmt.parse_iso(iso_text))
