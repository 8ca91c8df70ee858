"""Writes the icon set (run it after changing a shape or a colour; the SVGs are committed).

    python resources/icons/generate.py            # SVGs into desktop/antigravity_tray/resources/icons
    python resources/icons/generate.py --png DIR  # also PNG renders, for installers and review
    python resources/icons/generate.py --ico FILE --icns FILE  # the app icon for Windows and macOS builds

The glyph: an "A" whose apex is an upward arrow, ringed by a tilted orbit (anti-gravity).
The orbit's back half passes behind the "A" and its front half in front of the legs; the gaps
are masks, so the icon stays transparent on any panel.

Tray icons come in two tones: ``tray-light-*`` (a light glyph, for dark panels) and
``tray-dark-*`` (a dark glyph, for light panels), in four states: ``ok``, ``some-limited``
(amber badge), ``family-exhausted`` (red badge) and ``attention`` (warning badge).
``app.svg`` is the application icon (256 px friendly).
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_ICONS = Path(__file__).resolve().parents[2] / "desktop" / "antigravity_tray" / "resources" / "icons"
STATES = ("ok", "some-limited", "family-exhausted", "attention")
TONES = {"light": "#F4F4F6", "dark": "#26282E"}  # glyph colour: light for dark panels, dark for light panels

# The glyph in a 32×32 box.
LEGS = "M7.6 28.6 L16 4.6 L24.4 28.6"
ORBIT = dict(cx=16, cy=18.4, rx=13.8, ry=4.5, tilt=-16)
LEG_WIDTH, ORBIT_WIDTH, GAP = 3.8, 2.5, 1.4
BADGE = dict(cx=25, cy=25, r=6.6, cut=8.4)


def _orbit_half(front: bool) -> str:
    o = ORBIT
    left, right = f"{o['cx'] - o['rx']} {o['cy']}", f"{o['cx'] + o['rx']} {o['cy']}"
    start, end = (right, left) if front else (left, right)
    return f"M{start} A{o['rx']} {o['ry']} 0 0 1 {end}"


def _rotate() -> str:
    return f"rotate({ORBIT['tilt']} {ORBIT['cx']} {ORBIT['cy']})"


def glyph(prefix: str, color: str, orbit_color: str | None = None, cut_badge: bool = False) -> tuple[str, str]:
    """(defs, body) of the glyph; ``prefix`` keeps ids unique when several glyphs share a file."""
    orbit_color = orbit_color or color
    badge_cut = f'<circle cx="{BADGE["cx"]}" cy="{BADGE["cy"]}" r="{BADGE["cut"]}" fill="black"/>' if cut_badge else ""
    defs = f"""
    <mask id="{prefix}-behind" maskUnits="userSpaceOnUse" x="0" y="0" width="32" height="32">
      <rect width="32" height="32" fill="white"/>
      <path d="{LEGS} Z" fill="black" stroke="black" stroke-width="{LEG_WIDTH + 2 * GAP}"
            stroke-linecap="round" stroke-linejoin="round"/>
      {badge_cut}
    </mask>
    <mask id="{prefix}-under" maskUnits="userSpaceOnUse" x="0" y="0" width="32" height="32">
      <rect width="32" height="32" fill="white"/>
      <path d="{_orbit_half(True)}" transform="{_rotate()}" fill="none" stroke="black"
            stroke-width="{ORBIT_WIDTH + 2 * GAP}" stroke-linecap="round"/>
      {badge_cut}
    </mask>
    <mask id="{prefix}-front" maskUnits="userSpaceOnUse" x="0" y="0" width="32" height="32">
      <rect width="32" height="32" fill="white"/>
      {badge_cut}
    </mask>"""
    body = f"""
  <path d="{_orbit_half(False)}" transform="{_rotate()}" fill="none" stroke="{orbit_color}"
        stroke-width="{ORBIT_WIDTH}" stroke-linecap="round" mask="url(#{prefix}-behind)"/>
  <path d="{LEGS}" fill="none" stroke="{color}" stroke-width="{LEG_WIDTH}"
        stroke-linecap="round" stroke-linejoin="round" mask="url(#{prefix}-under)"/>
  <path d="{_orbit_half(True)}" transform="{_rotate()}" fill="none" stroke="{orbit_color}"
        stroke-width="{ORBIT_WIDTH}" stroke-linecap="round" mask="url(#{prefix}-front)"/>"""
    return defs, body


def badge(state: str) -> str:
    cx, cy, r = BADGE["cx"], BADGE["cy"], BADGE["r"]
    if state == "some-limited":  # amber: some accounts wait for a reset (clock hands)
        return (
            f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="#F59E0B"/>'
            f'<path d="M{cx} {cy - 3.4} V{cy} H{cx + 2.8}" fill="none" stroke="#FFFFFF" stroke-width="1.7"'
            f' stroke-linecap="round" stroke-linejoin="round"/>'
        )
    if state == "family-exhausted":  # red: a family has no usable account (no-entry bar)
        return (
            f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="#E5484D"/>'
            f'<rect x="{cx - 3.6}" y="{cy - 1.05}" width="7.2" height="2.1" rx="1.05" fill="#FFFFFF"/>'
        )
    if state == "attention":  # warning triangle with an exclamation mark
        top, base, half = cy - r - 0.4, cy + r - 0.9, r + 0.6
        return (
            f'<path d="M{cx} {top} L{cx + half} {base} L{cx - half} {base} Z" fill="#FBBF24"'
            f' stroke="#FBBF24" stroke-width="1.6" stroke-linejoin="round"/>'
            f'<rect x="{cx - 0.9}" y="{cy - 3.1}" width="1.8" height="4.1" rx="0.9" fill="#1F2328"/>'
            f'<circle cx="{cx}" cy="{cy + 2.75}" r="1.05" fill="#1F2328"/>'
        )
    return ""


def tray_svg(tone: str, state: str) -> str:
    defs, body = glyph("g", TONES[tone], cut_badge=state != "ok")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">\n'
        f"  <title>Antigravity Tray: {state}</title>\n  <defs>{defs}\n  </defs>{body}\n  {badge(state)}\n</svg>\n"
    )


def app_svg() -> str:
    defs, body = glyph("a", "#FFFFFF", orbit_color="#7DD3FC")
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>Antigravity Tray</title>
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#4338CA"/>
      <stop offset="1" stop-color="#7E22CE"/>
    </linearGradient>
    <radialGradient id="glow" cx="0.5" cy="0.3" r="0.7">
      <stop offset="0" stop-color="#FFFFFF" stop-opacity="0.18"/>
      <stop offset="1" stop-color="#FFFFFF" stop-opacity="0"/>
    </radialGradient>{defs}
  </defs>
  <rect x="8" y="8" width="240" height="240" rx="54" fill="url(#bg)"/>
  <rect x="8" y="8" width="240" height="240" rx="54" fill="url(#glow)"/>
  <circle cx="196" cy="62" r="5" fill="#FFFFFF" opacity="0.55"/>
  <circle cx="62" cy="78" r="3.5" fill="#FFFFFF" opacity="0.4"/>
  <circle cx="206" cy="178" r="3" fill="#FFFFFF" opacity="0.35"/>
  <g transform="translate(32 30) scale(6)">{body}
  </g>
</svg>
"""


def write_all(target: Path = PACKAGE_ICONS) -> list[Path]:
    written = []
    for tone in TONES:
        for state in STATES:
            path = target / f"tray-{tone}-{state}.svg"
            path.write_text(tray_svg(tone, state))
            written.append(path)
    (target / "app.svg").write_text(app_svg())
    return written + [target / "app.svg"]


def render_png(svg: Path, out: Path, size: int, image_format: str | None = None) -> None:
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    global _APP
    _APP = QGuiApplication.instance() or QGuiApplication([])  # kept alive for the renders
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(out), image_format):
        raise SystemExit(f"could not write {out}")


if __name__ == "__main__":
    files = write_all()
    if "--png" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--png") + 1])
        out.mkdir(parents=True, exist_ok=True)
        for svg in files:
            for size in (16, 22, 32, 48, 64, 128, 256, 512) if svg.stem == "app" else (16, 22, 32, 64):
                render_png(svg, out / f"{svg.stem}-{size}.png", size)
    for flag, image_format, size in (("--ico", "ICO", 256), ("--icns", "ICNS", 512)):
        if flag in sys.argv:
            render_png(PACKAGE_ICONS / "app.svg", Path(sys.argv[sys.argv.index(flag) + 1]), size, image_format)
    print("\n".join(str(f) for f in files))
