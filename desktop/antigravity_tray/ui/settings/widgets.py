"""Small building blocks shared by the settings window's pages: plain-text labels,
banners, and how a setting's name and value read in the form."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.schema import AUTO_OR_NUMBER, BOOL, ENUM, NUMBER, Setting

translate = QCoreApplication.translate  # each call names its context literally, for pyside6-lupdate

# Words that are acronyms in the keys, for the titles shown beside each field.
_WORDS = {"pid": "PID", "tui": "TUI", "ttl": "TTL", "cli": "CLI", "id": "ID", "ms": "(ms)", "json": "JSON"}
_TITLES = {"$schema": "JSON Schema address"}

BANNER_COLOURS = {  # background, border: soft tints that read in light and dark themes
    "error": ("rgba(220, 53, 69, 0.12)", "rgba(220, 53, 69, 0.55)"),
    "warning": ("rgba(255, 170, 0, 0.14)", "rgba(230, 150, 0, 0.60)"),
    "info": ("rgba(64, 128, 255, 0.10)", "rgba(64, 128, 255, 0.45)"),
    "success": ("rgba(40, 167, 69, 0.12)", "rgba(40, 167, 69, 0.55)"),
}


def label(text: str = "", *, bold: bool = False, small: bool = False, muted: bool = False,
          selectable: bool = False, wrap: bool = True) -> QLabel:
    """A plain-text label: nothing a file holds can be read as markup."""
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    font = widget.font()
    if bold:
        font.setBold(True)
    if small:
        font.setPointSizeF(font.pointSizeF() * 0.9)
    widget.setFont(font)
    if muted:
        set_muted(widget)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                       | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return widget


def set_muted(widget: QWidget) -> None:
    """Secondary text: the text colour two thirds of the way from the background, so it
    stays readable in light and dark themes (the disabled colour is too faint)."""
    palette = widget.palette()
    text, window = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    mixed = QColor(round(text.red() * 0.68 + window.red() * 0.32), round(text.green() * 0.68 + window.green() * 0.32),
                   round(text.blue() * 0.68 + window.blue() * 0.32))
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    widget.setPalette(palette)


def heading(text: str, scale: float = 1.2) -> QLabel:
    widget = label(text, bold=True)
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
    return widget


def mono(text: str) -> QLabel:
    widget = label(text, small=True, muted=True, selectable=True, wrap=False)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(widget.font().pointSizeF())
    widget.setFont(font)
    return widget


class Banner(QFrame):
    """A tinted box with a title and a text, for the state of the file and warnings."""

    def __init__(self, level: str = "info", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsBanner")
        self.title = label(bold=True)
        self.text = label(selectable=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self.actions = QHBoxLayout()
        self.actions.addStretch(1)
        layout.addLayout(self.actions)
        self.set_level(level)
        self.setVisible(False)

    def set_level(self, level: str) -> None:
        self.level = level
        background, border = BANNER_COLOURS[level]
        self.setStyleSheet(f"QFrame#settingsBanner {{ background: {background}; border: 1px solid {border};"
                           f" border-radius: 6px; }}")

    def show_message(self, title: str, text: str, level: str | None = None) -> None:
        if level:
            self.set_level(level)
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.setVisible(True)

    def clear(self) -> None:
        self.title.clear()
        self.text.clear()
        self.setVisible(False)


def setting_title(setting: Setting) -> str:
    """The field's name in words: "pid_offset_enabled" reads "PID offset enabled"."""
    if setting.key in _TITLES:
        return translate("SettingsTitles", _TITLES[setting.key])
    words = [_WORDS.get(word, word) for word in setting.leaf.split("_")]
    text = " ".join(words)
    return translate("SettingsTitles", text[:1].upper() + text[1:])


def format_value(setting: Setting, value: Any) -> str:
    """A value as the form shows it in sentences ("on", "round-robin", "300")."""
    if value is None:
        return translate("SettingsWidgets", "not set")
    if setting.kind == BOOL and isinstance(value, bool):
        return translate("SettingsWidgets", "on") if value else translate("SettingsWidgets", "off")
    if isinstance(value, str):
        return value if setting.kind != "string" else json.dumps(value, ensure_ascii=False)
    return json.dumps(value)


def same_value(a: Any, b: Any) -> bool:
    """The same JSON text: equal and of the same type (true is not 1, 5 is not 5.0)."""
    return a is b or (type(a) is type(b) and a == b)


def equal_value(a: Any, b: Any) -> bool:
    """The same value for the plugin: 5 and 5.0 are one number, true is still not 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return a == b


def number_text(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def accepts_text(setting: Setting) -> str:
    """What a value must be, in words (the translatable twin of Setting.accepts)."""
    low, high = number_text(setting.minimum), number_text(setting.maximum)
    if setting.kind == BOOL:
        return translate("SettingsWidgets", "on or off (true or false)")
    if setting.kind == ENUM:
        return translate("SettingsWidgets", "one of {0}").format(", ".join(setting.choices))
    if setting.kind == NUMBER:
        return translate("SettingsWidgets", "a number from {0} to {1}").format(low, high)
    if setting.kind == AUTO_OR_NUMBER:
        return translate("SettingsWidgets", "\"auto\" or a number from {0} to {1}").format(low, high)
    return translate("SettingsWidgets", "text")


def file_value_text(value: Any, limit: int = 40) -> str:
    """A value from the file as JSON, shortened for a sentence."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
