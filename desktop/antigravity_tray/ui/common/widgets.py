"""Widgets and helpers every window shares: plain-text labels, banners, the HTML escaper."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.safe_text import safe_field

LINK_FLAGS = Qt.TextInteractionFlag.TextBrowserInteraction


def html(text: object) -> str:
    """``text`` for a rich-text label: whatever a file holds shows as itself, never as markup,
    and characters that would reorder or hide text show escaped."""
    return safe_field(str(text)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


BANNER_COLOURS = {  # background, border: soft tints that read in light and dark themes
    "error": ("rgba(220, 53, 69, 0.12)", "rgba(220, 53, 69, 0.55)"),
    "warning": ("rgba(255, 170, 0, 0.14)", "rgba(230, 150, 0, 0.60)"),
    "info": ("rgba(64, 128, 255, 0.10)", "rgba(64, 128, 255, 0.45)"),
    "success": ("rgba(40, 167, 69, 0.12)", "rgba(40, 167, 69, 0.55)"),
}


def label(
    text: str = "",
    *,
    bold: bool = False,
    small: bool = False,
    muted: bool = False,
    selectable: bool = False,
    wrap: bool = True,
) -> QLabel:
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
        widget.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return widget


def set_muted(widget: QWidget) -> None:
    """Secondary text: the text colour two thirds of the way from the background, so it
    stays readable in light and dark themes (the disabled colour is too faint)."""
    palette = widget.palette()
    text, window = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    mixed = QColor(
        round(text.red() * 0.68 + window.red() * 0.32),
        round(text.green() * 0.68 + window.green() * 0.32),
        round(text.blue() * 0.68 + window.blue() * 0.32),
    )
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
    """A tinted box with an optional bold title, a text and a row for action buttons.

    The text is plain unless ``rich``: rich banners carry our own HTML (escape file contents
    with ``html``) and report their links through ``linkActivated``."""

    linkActivated = Signal(str)

    def __init__(self, level: str = "info", parent: QWidget | None = None, *, name: str = "banner", rich: bool = False):
        super().__init__(parent)
        self.setObjectName(name)
        self.title = label(bold=True)
        self.text = label(selectable=True)
        self.text.setObjectName(f"{name}Text")
        if rich:
            self.text.setTextFormat(Qt.TextFormat.RichText)
            self.text.setTextInteractionFlags(LINK_FLAGS)
            self.text.setOpenExternalLinks(False)
            self.text.linkActivated.connect(self.linkActivated)
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
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 6px; }}"
        )

    def show_message(self, title: str, text: str, level: str | None = None) -> None:
        if level:
            self.set_level(level)
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.setVisible(True)

    def show_text(self, text: str | None) -> None:
        """Only a text, no title; an empty text hides the banner."""
        if text:
            self.show_message("", text)
        else:
            self.clear()

    def clear(self) -> None:
        self.title.clear()
        self.text.clear()
        self.setVisible(False)
