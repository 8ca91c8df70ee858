"""The icon set: every SVG renders, the committed files match their generator, and a
missing file falls back to a painted icon."""

import importlib.util

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from antigravity_tray.core.status import LEVELS
from antigravity_tray.ui.common import icons

from support.helpers import REPO

ICONS = REPO / "desktop" / "antigravity_tray" / "resources" / "icons"
GENERATOR = REPO / "resources" / "icons" / "generate.py"
NAMES = [f"tray-{tone}-{level}" for tone in icons.TONES for level in LEVELS] + ["app"]


def load_generator():
    spec = importlib.util.spec_from_file_location("generate_icons", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def opaque_pixels(image: QImage) -> int:
    return sum(image.pixelColor(x, y).alpha() > 0 for x in range(image.width()) for y in range(image.height()))


@pytest.mark.parametrize("name", NAMES)
def test_each_svg_renders_to_a_visible_picture(qapp, name):
    renderer = QSvgRenderer(str(ICONS / f"{name}.svg"))
    assert renderer.isValid()
    image = QImage(32, 32, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert opaque_pixels(image) > 150


def test_the_committed_svgs_match_the_generator(tmp_path):
    written = load_generator().write_all(tmp_path)
    assert sorted(p.stem for p in written) == sorted(NAMES)
    for path in written:
        assert path.read_text() == (ICONS / path.name).read_text(), f"run resources/icons/generate.py ({path.name})"


def test_the_package_icons_are_found():
    assert icons.icon_path("app") == ICONS / "app.svg"
    assert icons.icon_path("tray-light-ok") == ICONS / "tray-light-ok.svg"


@pytest.mark.parametrize("dark_panel, tone", [(True, "light"), (False, "dark")])
def test_the_tone_stands_out_on_the_panel(qapp, dark_panel, tone):
    icon = icons.tray_icon("some-limited", dark_panel)
    assert icon.cacheKey() == icons._tray_icon(tone, "some-limited").cacheKey()
    assert not icon.pixmap(QSize(22, 22)).isNull()


def test_a_missing_file_falls_back_to_a_painted_icon(qapp, monkeypatch):
    monkeypatch.setattr(icons, "icon_dirs", list)
    icons._tray_icon.cache_clear()
    icons.app_icon.cache_clear()
    try:
        for level in LEVELS:
            image = icons.tray_icon(level, True).pixmap(QSize(32, 32)).toImage()
            assert opaque_pixels(image) > 100
        assert not icons.app_icon().isNull()
    finally:
        icons._tray_icon.cache_clear()
        icons.app_icon.cache_clear()


def test_an_unknown_level_asks_for_attention(qapp):
    assert icons.tray_icon("bogus", True).cacheKey() == icons.tray_icon("attention", True).cacheKey()
