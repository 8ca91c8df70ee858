#!/usr/bin/env bash
# Builds dist/antigravity-tray-<version>-macos-<arch>.dmg on macOS: "Antigravity Tray.app"
# (PyInstaller's BUNDLE: a menu-bar app with no Dock icon, LSUIElement) in a disk image with a
# link to /Applications. The build runs in build/macos/venv. Unsigned: see the README.
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' desktop/antigravity_tray/__init__.py)
BUILD=build/macos
DMG=dist/antigravity-tray-${VERSION}-macos-$(uname -m).dmg

[ -x "$BUILD/venv/bin/python" ] || python3 -m venv "$BUILD/venv"
PYTHON=$BUILD/venv/bin/python
"$PYTHON" -m pip install --quiet --disable-pip-version-check . "pyinstaller>=6,<7" pyinstaller-hooks-contrib

QT_QPA_PLATFORM=offscreen "$PYTHON" resources/icons/generate.py --icns "$BUILD/app.icns" >/dev/null
rm -rf "$BUILD/dist"
ANTIGRAVITY_TRAY_ICON="$PWD/$BUILD/app.icns" "$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$BUILD/dist" --workpath "$BUILD/work" installers/antigravity-tray.spec
APP="$BUILD/dist/Antigravity Tray.app"
"$APP/Contents/MacOS/antigravity-tray" --version

STAGE=$BUILD/dmg
rm -rf "$STAGE" && mkdir -p "$STAGE" dist
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Antigravity Tray $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
ls -l "$DMG"
