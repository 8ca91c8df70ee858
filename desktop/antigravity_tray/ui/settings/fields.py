"""One row of the plugin settings form: the editor for a setting's kind, its help, its
default, the plugin's note, a "not default" marker, inline validation and Reset.

A row compares what the form would write with what the user file holds now
(``original``, or MISSING when the key is absent), so Save can write only the changes.
An editor never hands out a value the plugin would reject: ``error()`` says why first.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ...core.config import check_value
from ...core.config_store import ConfigError, parse_value_text
from ...core.schema import AUTO_OR_NUMBER, BOOL, ENUM, NUMBER, Setting
from ..common.text import translate
from ..common.widgets import Banner, label, mono
from .values import equal_value, format_value, same_value, setting_title
from .values import number_text as _num

MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING", "__bool__": lambda self: False})()
EDITOR_WIDTH = 230


class _Editor(QWidget):
    """Base of the editors: ``edited`` fires on the person's changes only."""

    edited = Signal()

    def __init__(self, setting: Setting):
        super().__init__()
        self.setting = setting
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.setFixedWidth(EDITOR_WIDTH)

    def set_value(self, value: Any) -> None: ...

    def show_raw(self, raw: Any) -> None:
        """Show a value from the file that the plugin rejects."""

    def value(self) -> Any: ...

    def error(self) -> str | None:
        return None

    def range_text(self) -> str:
        return translate("_Editor", "Enter a number from {0} to {1}.").format(
            _num(self.setting.minimum), _num(self.setting.maximum)
        )


class BoolEditor(_Editor):
    def __init__(self, setting: Setting):
        super().__init__(setting)
        self.box = QCheckBox(translate("BoolEditor", "On"))
        self.layout_.addWidget(self.box)
        self.box.stateChanged.connect(self._changed)

    def _changed(self) -> None:
        if self.box.isTristate() and self.box.checkState() != Qt.CheckState.PartiallyChecked:
            self.box.setTristate(False)
        self.edited.emit()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.box):
            self.box.setTristate(False)
            self.box.setChecked(bool(value))

    def show_raw(self, raw: Any) -> None:
        with QSignalBlocker(self.box):
            self.box.setTristate(True)
            self.box.setCheckState(Qt.CheckState.PartiallyChecked)

    def value(self) -> Any:
        return self.box.isChecked()

    def error(self) -> str | None:
        if self.box.checkState() == Qt.CheckState.PartiallyChecked:
            return translate("BoolEditor", "Choose on or off.")
        return None


class EnumEditor(_Editor):
    def __init__(self, setting: Setting):
        super().__init__(setting)
        self.combo = QComboBox()
        self.combo.addItems(list(setting.choices))
        self.combo.setPlaceholderText(translate("EnumEditor", "Choose…"))
        self.layout_.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self.edited)

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(self.combo.findText(value) if isinstance(value, str) else -1)

    def show_raw(self, raw: Any) -> None:
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(-1)

    def value(self) -> Any:
        return self.combo.currentText()

    def error(self) -> str | None:
        if self.combo.currentIndex() < 0:
            return translate("EnumEditor", "Choose one of: {0}.").format(", ".join(self.setting.choices))
        return None


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if value is not None else ""


class NumberEditor(_Editor):
    """Text, so the person sees what they typed; a value outside the range is refused
    with the range named, never clamped silently."""

    def __init__(self, setting: Setting):
        super().__init__(setting)
        self.line = QLineEdit()
        self.line.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.line.setPlaceholderText(f"{_num(setting.minimum)} – {_num(setting.maximum)}")
        self.layout_.addWidget(self.line)
        self.line.textEdited.connect(self.edited)

    def set_value(self, value: Any) -> None:
        self.line.setText(_json_text(value))

    def show_raw(self, raw: Any) -> None:
        self.line.setText(_json_text(raw))

    def _parsed(self) -> Any:
        return parse_value_text(self.setting, self.line.text().strip())

    def value(self) -> Any:
        return self._parsed()

    def error(self) -> str | None:
        try:
            self._parsed()
        except ConfigError:
            return self.range_text()
        return None


class AutoOrNumberEditor(NumberEditor):
    """ "auto", or a number in range: a combo chooses, the text field takes the number."""

    def __init__(self, setting: Setting):
        super().__init__(setting)
        self.mode = QComboBox()
        self.mode.addItem(translate("AutoOrNumberEditor", "auto"), "auto")
        self.mode.addItem(translate("AutoOrNumberEditor", "minutes:"), "number")
        self.layout_.insertWidget(0, self.mode)
        self.mode.currentIndexChanged.connect(self._mode_changed)

    def _mode_changed(self) -> None:
        number = self.mode.currentData() == "number"
        self.line.setEnabled(number)
        if number and not self.line.text():
            self.line.setText(_num(self.setting.minimum if self.setting.minimum else 1))
        if number:
            self.line.setFocus()
        self.edited.emit()

    def _show(self, number: bool, text: str) -> None:
        with QSignalBlocker(self.mode):
            self.mode.setCurrentIndex(1 if number else 0)
        self.line.setEnabled(number)
        self.line.setText(text)

    def set_value(self, value: Any) -> None:
        self._show(value != "auto", "" if value == "auto" else _json_text(value))

    def show_raw(self, raw: Any) -> None:
        self._show(True, _json_text(raw))

    def _parsed(self) -> Any:
        if self.mode.currentData() == "auto":
            return "auto"
        return super()._parsed()


class StringEditor(_Editor):
    def __init__(self, setting: Setting):
        super().__init__(setting)
        self.line = QLineEdit()
        if not setting.has_default:
            self.line.setPlaceholderText(translate("StringEditor", "not set"))
        self.layout_.addWidget(self.line)
        self.line.textEdited.connect(self.edited)

    def set_value(self, value: Any) -> None:
        self.line.setText(value if isinstance(value, str) else "")

    def show_raw(self, raw: Any) -> None:
        self.line.setText(_json_text(raw))

    def value(self) -> Any:
        return self.line.text()


EDITORS = {BOOL: BoolEditor, ENUM: EnumEditor, NUMBER: NumberEditor, AUTO_OR_NUMBER: AutoOrNumberEditor}


def make_editor(setting: Setting) -> _Editor:
    return EDITORS.get(setting.kind, StringEditor)(setting)


class FieldRow(QWidget):
    """A setting in the form. ``changed`` fires after every edit, reset or load."""

    changed = Signal()

    def __init__(self, setting: Setting, parent: QWidget | None = None):
        super().__init__(parent)
        self.setting = setting
        self.setObjectName(f"row:{setting.key}")
        self.original: Any = MISSING
        self._explicit = False  # the form holds a value for the key (else: absent, default applies)
        self._problem: str | None = None  # what is wrong with the file's value, until edited
        self._must_write = False  # the file's parent object is broken: save the shown values

        self.title = label(setting_title(setting), bold=True, wrap=False)
        self.marker = label(translate("FieldRow", "● not default"), small=True)
        self.marker.setToolTip(translate("FieldRow", "This setting differs from the plugin's default."))
        self._tint(self.marker, QPalette.ColorRole.Highlight)
        self.help = label(self.translated_help(), muted=True)
        self.default = label(
            translate("FieldRow", "Default: {0}").format(format_value(setting, setting.default)), small=True, muted=True
        )
        self.key = mono(setting.key)
        self.note = label(translate("FieldRow", "Note: {0}").format(self.translated_note()), small=True, muted=True)
        self.note.setVisible(bool(setting.note))
        self.error = label(small=True)
        self.error.setObjectName("fieldError")
        self._tint(self.error, None)
        self.error.setVisible(False)
        self.guidance = Banner("info")
        self.editor = make_editor(setting)
        self.editor.setAccessibleName(setting_title(setting))
        self.editor.setAccessibleDescription(self.translated_help())
        self.reset_button = QPushButton(translate("FieldRow", "Reset"))
        self.reset_button.setToolTip(
            translate("FieldRow", "Reset to default: remove {0} from the file").format(setting.key)
        )
        self.reset_button.setAccessibleName(
            translate("FieldRow", "Reset {0} to default").format(setting_title(setting))
        )
        self.reset_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._lay_out()
        self.editor.edited.connect(self._edited)
        self.reset_button.clicked.connect(self.reset)
        self.load(MISSING)

    def translated_help(self) -> str:
        return translate("Schema", self.setting.help)  # marked in core/schema.py

    def translated_note(self) -> str:
        return translate("Schema", self.setting.note) if self.setting.note else ""

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 8, 4, 8)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title)
        top.addWidget(self.marker)
        top.addStretch(1)
        facts = QHBoxLayout()
        facts.setSpacing(12)
        facts.addWidget(self.default)
        facts.addWidget(self.key)
        facts.addStretch(1)
        grid.addLayout(top, 0, 0)
        grid.addWidget(self.help, 1, 0)
        grid.addLayout(facts, 2, 0)
        grid.addWidget(self.note, 3, 0)
        grid.addWidget(self.editor, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.reset_button, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.error, 1, 1, 3, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.guidance, 4, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        grid.setColumnMinimumWidth(1, EDITOR_WIDTH)

    @staticmethod
    def _tint(widget: QLabel, role: QPalette.ColorRole | None) -> None:
        """The accent colour (role), or a red that reads on light and dark windows (None)."""
        palette = widget.palette()
        if role is not None:
            colour = palette.color(role)
        elif palette.color(QPalette.ColorRole.Window).lightness() > 128:
            colour = QColor(190, 30, 45)
        else:
            colour = QColor(255, 125, 125)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        widget.setPalette(palette)

    # -- state ------------------------------------------------------------------------------
    def load(self, original: Any, problem: str | None = None, *, parent_broken: str | None = None) -> None:
        """Show what the user file holds: ``original`` (MISSING when absent), with the
        file's ``problem`` for this key if the plugin rejects the value."""
        self.original = original
        self._problem = problem
        self._must_write = bool(parent_broken)
        self._explicit = original is not MISSING or self._must_write
        if problem:
            self.editor.show_raw(original)
        else:
            self.editor.set_value(self.setting.default if original is MISSING else original)
        self._refresh(parent_broken)

    def set_user_value(self, value: Any) -> None:
        """Put a value in the form as if the person had chosen it (the advisor does)."""
        if check_value(self.setting, value):
            raise ValueError(f"{value!r} is not a valid {self.setting.key}")
        self.editor.set_value(value)
        self._edited()

    def reset(self) -> None:
        """Back to the default: the key leaves the file on Save."""
        self._problem = None
        self._explicit = self._must_write
        self.editor.set_value(self.setting.default)
        self._refresh()

    def _edited(self) -> None:
        self._problem = None
        self._explicit = True
        self._refresh()

    def current(self) -> Any:
        """What Save would leave in the file for this key: a value, or MISSING."""
        if not self._explicit:
            return MISSING
        if not self.is_valid():
            return self.original
        value = self.editor.value()
        if self.setting.kind == "string" and value == "" and not self.setting.has_default:
            return MISSING
        if (
            self.original is MISSING
            and not self._must_write
            and self.setting.has_default
            and equal_value(value, self.setting.default)
        ):
            return MISSING  # choosing the default for an absent key writes nothing
        return value

    def shown_value(self) -> Any:
        """The value in force once saved (the default when the key would be absent)."""
        value = self.current() if self.is_valid() else self.original
        return self.setting.default if value is MISSING else value

    def error_text(self) -> str | None:
        return self._problem or self.editor.error()

    def is_valid(self) -> bool:
        return self.error_text() is None

    def is_dirty(self) -> bool:
        return not same_value(self.current(), self.original)

    def _refresh(self, info: str | None = None) -> None:
        message = self.error_text()
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        valid_value = self.shown_value()
        differs = (not self.setting.has_default and valid_value is not None) or (
            self.setting.has_default and not equal_value(valid_value, self.setting.default)
        )
        self.marker.setVisible(self.is_valid() and differs)
        self.reset_button.setEnabled((self._explicit and not self._must_write) or self._problem is not None)
        if info:
            self.set_guidance(info, "warning")
        self.changed.emit()

    def set_guidance(self, text: str, level: str = "info") -> None:
        """Advice shown under the row (empty text hides it)."""
        if text:
            self.guidance.show_message("", text, level)
        else:
            self.guidance.clear()

    def focus_target(self) -> QWidget:
        """The widget inside the editor that takes the keyboard."""
        for name in ("mode", "combo", "box", "line"):
            child = getattr(self.editor, name, None)
            if child is not None and child.isEnabled():
                return child
        return self.editor

    def focus_editor(self) -> None:
        self.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
