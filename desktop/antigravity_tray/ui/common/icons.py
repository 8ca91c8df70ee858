"""The app's icons: the tray icon per state and tone, and the application icon.

The SVGs are package data in ``antigravity_tray/resources/icons`` (written by the top-level
``resources/icons/generate.py``), found through ``importlib.resources`` in a checkout, a
wheel and a frozen build alike. If a file is missing anyway, a QPainter drawing of the same
glyph stands in, so the tray never shows an empty square.

Tones: ``light`` is a light glyph for dark panels, ``dark`` a dark glyph for light panels.
"""

from __future__ import annotations

import os
import sys
from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap

from ... import RESOURCES
from ...core.status import ATTENTION, FAMILY_EXHAUSTED, LEVELS, OK, SOME_LIMITED

TONES = ("light", "dark")
_GLYPH = {"light": "#F4F4F6", "dark": "#26282E"}
_BADGE = {SOME_LIMITED: "#F59E0B", FAMILY_EXHAUSTED: "#E5484D", ATTENTION: "#FBBF24"}


def icon_dirs() -> list[Path]:
    """Where the SVGs are: the package's resources, when the package lives in files."""
    folder = RESOURCES / "icons"
    return [folder] if folder.is_dir() else []


def icon_path(name: str) -> Path | None:
    for folder in icon_dirs():
        path = folder / f"{name}.svg"
        if path.is_file():
            return path
    return None


def panel_is_dark(ask_scheme: bool = True) -> bool:
    """A guess at the tray panel's colour: the desktop's colour scheme, else the palette.

    GNOME Shell's top bar is dark whatever the scheme, so GNOME counts as dark. Asking for the
    scheme builds every enum of Qt's namespace (13 ms and 1 MB), so the tray's first icon goes
    by the palette (``ask_scheme=False``), which agrees on KDE and GTK desktops, and the scheme
    is asked once the icon is up.
    """
    if "GNOME" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
        return True
    hints = QGuiApplication.styleHints()
    if ask_scheme and hasattr(hints, "colorScheme"):
        from PySide6.QtCore import Qt

        scheme = hints.colorScheme()
        if scheme == Qt.ColorScheme.Dark:
            return True
        if scheme == Qt.ColorScheme.Light:
            return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def tray_icon(level: str, dark_panel: bool | None = None) -> QIcon:
    """The tray icon for a core.status level, in the tone that stands out on the panel."""
    if level not in LEVELS:
        level = ATTENTION
    if dark_panel is None:
        dark_panel = panel_is_dark()
    tone = "light" if dark_panel else "dark"
    if sys.platform == "darwin" and level == OK:
        tone = "dark"  # a template image: the menu bar tints it
    icon = _tray_icon(tone, level)
    if sys.platform == "darwin":
        icon.setIsMask(level == OK)
    return icon


@cache
def _tray_icon(tone: str, level: str) -> QIcon:
    path = icon_path(f"tray-{tone}-{level}")
    if path is not None:
        icon = QIcon(str(path))
        if not icon.isNull():
            return icon
    return painted_icon(level, tone)


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    path = icon_path("app")
    if path is not None:
        icon = QIcon(str(path))
        if not icon.isNull():
            return icon
    return painted_icon(OK, "app")


def app_icon_png(folder: Path, size: int = 64) -> Path | None:
    """The app icon as a PNG file in ``folder`` (notification servers read PNG; many cannot
    draw SVG), written once and reused."""
    path = Path(folder) / f"antigravity-tray-{size}.png"
    if path.is_file():
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path if app_icon().pixmap(size, size).save(str(path), "PNG") else None


# -- the fallback drawing -------------------------------------------------------------


def painted_icon(level: str, tone: str = "dark") -> QIcon:
    """The glyph drawn with QPainter (no SVG file needed); ``tone`` "app" adds the tile."""
    icon = QIcon()
    for size in (16, 22, 32, 64, 128, 256):
        icon.addPixmap(_paint(size, level, tone))
    return icon


def _paint(size: int, level: str, tone: str) -> QPixmap:
    from PySide6.QtCore import Qt

    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 32, size / 32)
    color, orbit = QColor(_GLYPH.get(tone, "#FFFFFF")), QColor(_GLYPH.get(tone, "#7DD3FC"))
    if tone == "app":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#5B2BD0"))
        painter.drawRoundedRect(QRectF(1, 1, 30, 30), 7, 7)
        painter.translate(4, 4)
        painter.scale(0.75, 0.75)
    _paint_glyph(painter, color, orbit)
    if level in _BADGE:
        _paint_badge(painter, level)
    painter.end()
    return pixmap


def _paint_glyph(painter: QPainter, color: QColor, orbit: QColor) -> None:
    from PySide6.QtCore import Qt

    legs = QPainterPath(QPointF(7.6, 28.6))
    legs.lineTo(16, 4.6)
    legs.lineTo(24.4, 28.6)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(color, 3.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.drawPath(legs)
    painter.save()
    painter.translate(16, 18.4)
    painter.rotate(-16)
    painter.setPen(QPen(orbit, 2.5))
    painter.drawEllipse(QPointF(0, 0), 13.8, 4.5)
    painter.restore()


def _paint_badge(painter: QPainter, level: str) -> None:
    from PySide6.QtCore import Qt

    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(_BADGE[level]))
    painter.drawEllipse(QPointF(25, 25), 6.6, 6.6)
    mark = QColor("#1F2328" if level == ATTENTION else "#FFFFFF")
    painter.setPen(QPen(mark, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    if level == ATTENTION:
        painter.drawLine(QPointF(25, 22), QPointF(25, 25.6))
        painter.drawPoint(QPointF(25, 28.2))
    elif level == FAMILY_EXHAUSTED:
        painter.drawLine(QPointF(22, 25), QPointF(28, 25))
    else:
        painter.drawLine(QPointF(25, 21.8), QPointF(25, 25))
        painter.drawLine(QPointF(25, 25), QPointF(27.6, 25))
