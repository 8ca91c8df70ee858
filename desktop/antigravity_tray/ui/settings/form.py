"""The plugin settings form, generated from the schema table: a list of the groups on the
left, one scrolling page of rows per group on the right. It knows what the user file
holds and what the person changed; it never writes anything itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.config import Layer
from ...core.messages import plural
from ...core.schema import GROUPS, OBJECT_KEYS, SETTINGS
from ..common.widgets import heading, label
from .fields import MISSING, FieldRow
from .values import accepts_text, file_value_text

translate = QCoreApplication.translate  # each call names its context literally, for pyside6-lupdate

LIST_WIDTH = 215
# Shown first in their group: what people come to change. The rest keep the schema's order.
FIRST = (
    "account_selection_strategy",
    "pid_offset_enabled",
    "switch_on_first_rate_limit",
    "scheduling_mode",
    "quiet_mode",
    "debug",
    "session_recovery",
    "auto_resume",
)


def _group_settings(group: str):
    listed = [s for s in SETTINGS if s.group == group]
    return sorted(listed, key=lambda s: FIRST.index(s.key) if s.key in FIRST else len(FIRST))


def group_title(group: str) -> str:
    return translate("Schema", dict(GROUPS)[group])  # marked in core/schema.py


def group_blurb(group: str) -> str:
    return {
        "rotation": translate("SettingsGroups", "How the plugin picks Google accounts and when it moves to another."),
        "notifications": translate(
            "SettingsGroups",
            "Toasts the plugin shows inside OpenCode. Desktop notifications from this app are on the “This app” page.",
        ),
        "quota": translate("SettingsGroups", "How the plugin watches each account's quota."),
        "health_score": translate(
            "SettingsGroups", "The scores hybrid uses to rank accounts. Used only with the hybrid strategy."
        ),
        "token_bucket": translate(
            "SettingsGroups", "Each account's request budget in hybrid. Used only with the hybrid strategy."
        ),
        "recovery": translate(
            "SettingsGroups", "What the plugin does when a session breaks or the model answers with nothing."
        ),
        "debug": translate("SettingsGroups", "Logs for troubleshooting."),
        "advanced": translate("SettingsGroups", "Rarely needed. The defaults suit most people."),
    }.get(group, "")


def _lookup(document: dict, key: str) -> Any:
    parent, _, leaf = key.partition(".")
    if not leaf:
        return document.get(parent, MISSING)
    inner = document.get(parent)
    return inner.get(leaf, MISSING) if isinstance(inner, dict) else MISSING


class SettingsForm(QWidget):
    """``changed`` fires whenever validity or the set of changes may have moved."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: dict[str, FieldRow] = {}
        self.headers: dict[str, QVBoxLayout] = {}  # a place above each group's rows
        self.groups = QListWidget()
        self.groups.setObjectName("settingsGroups")
        self.groups.setFixedWidth(LIST_WIDTH)
        self.groups.setStyleSheet("QListWidget#settingsGroups::item { padding: 7px 8px; }")
        self.groups.setAccessibleName(translate("SettingsForm", "Setting groups"))
        self.stack = QStackedWidget()
        self.pages: dict[str, QScrollArea] = {}
        for group, _title in GROUPS:
            self._add_group(group)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.groups)
        layout.addWidget(self.stack, 1)
        self.groups.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.groups.setCurrentRow(0)
        for row in self.rows.values():
            row.changed.connect(self._row_changed)
        self._update_list()

    def _add_group(self, group: str) -> None:
        item = QListWidgetItem(group_title(group))
        item.setData(Qt.ItemDataRole.UserRole, group)
        self.groups.addItem(item)
        body = QWidget()
        body.setObjectName(f"group:{group}")
        column = QVBoxLayout(body)
        column.setContentsMargins(14, 10, 14, 14)
        column.setSpacing(4)
        column.addWidget(heading(group_title(group), 1.3))
        column.addWidget(label(group_blurb(group), muted=True))
        header = QVBoxLayout()
        header.setContentsMargins(0, 6, 0, 4)
        column.addLayout(header)
        self.headers[group] = header
        for setting in _group_settings(group):
            column.addWidget(_separator())
            row = self.rows[setting.key] = FieldRow(setting)
            column.addWidget(row)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages[group] = scroll
        self.stack.addWidget(scroll)

    # -- what the file holds --------------------------------------------------------------
    def load(self, layer: Layer | None) -> None:
        """Show the user file; bad values stay visible, marked, until fixed or reset."""
        document = (
            layer.document if layer is not None and isinstance(layer.document, dict) and not layer.syntax_error else {}
        )
        problems = {p.key for p in layer.problems} if layer is not None and document else set()
        for key, row in self.rows.items():
            row.blockSignals(True)
            setting = row.setting
            parent = setting.parent
            if parent in OBJECT_KEYS and parent in problems:
                row.load(
                    MISSING,
                    parent_broken=translate(
                        "SettingsForm",
                        "The file's {0} is not an object, which the plugin rejects; Save writes the values shown "
                        "here in its place.",
                    ).format(parent),
                )
            elif key in problems:
                original = _lookup(document, key)
                row.load(
                    original,
                    translate("SettingsForm", "The file holds {0}, which the plugin rejects: it needs {1}.").format(
                        file_value_text(original), accepts_text(setting)
                    ),
                )
            else:
                row.load(_lookup(document, key))
            row.blockSignals(False)
        self._row_changed()

    # -- what the person changed ---------------------------------------------------------
    def invalid_keys(self) -> list[str]:
        return [key for key, row in self.rows.items() if not row.is_valid()]

    def dirty_keys(self) -> list[str]:
        return [key for key, row in self.rows.items() if row.is_dirty()]

    def is_valid(self) -> bool:
        return not self.invalid_keys()

    def has_changes(self) -> bool:
        return bool(self.dirty_keys())

    def changes(self) -> tuple[dict[str, Any], list[str]]:
        """(values to set, keys to remove): only what differs from the file."""
        values, removed = {}, []
        for key in self.dirty_keys():
            current = self.rows[key].current()
            if current is MISSING:
                removed.append(key)
            else:
                values[key] = current
        return values, removed

    def value(self, key: str) -> Any:
        """The value the form holds for a key (the default when it would be absent)."""
        return self.rows[key].shown_value()

    def set_value(self, key: str, value: Any) -> None:
        self.rows[key].set_user_value(value)

    def show_row(self, key: str) -> None:
        """Bring a row into view and put the keyboard focus on its editor."""
        row = self.rows[key]
        group = row.setting.group
        self.groups.setCurrentRow([g for g, _ in GROUPS].index(group))
        scroll = self.pages[group]
        scroll.widget().layout().activate()
        top = row.mapTo(scroll.widget(), row.rect().topLeft()).y()
        scroll.verticalScrollBar().setValue(max(0, top - 16))  # the row near the top, its advice below
        row.focus_editor()

    def _row_changed(self) -> None:
        self._update_list()
        self.changed.emit()

    def _update_list(self) -> None:
        for index in range(self.groups.count()):
            item = self.groups.item(index)
            group = item.data(Qt.ItemDataRole.UserRole)
            rows = [row for row in self.rows.values() if row.setting.group == group]
            bad = sum(1 for row in rows if not row.is_valid())
            dirty = any(row.is_dirty() for row in rows)
            text = group_title(group)
            if bad:
                text += "  ⚠ " + str(bad)
            elif dirty:
                text += "  •"
            item.setText(text)
            if bad:
                item.setToolTip(plural(translate("SettingsForm", "%n field(s) to fix"), bad))
            else:
                item.setToolTip(translate("SettingsForm", "Unsaved changes") if dirty else "")


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
