#!/usr/bin/env bash
# Builds the Linux packages from this checkout:
#   dist/antigravity-tray_<version>_<arch>.deb            (dpkg -i; the program in /opt/antigravity-tray)
#   dist/antigravity-tray-<version>-linux-<machine>.tar.gz (a portable folder and an install note)
# Needs python3 with venv, dpkg-deb, desktop-file-validate and appstreamcli
# (apt-get install python3-venv dpkg-dev desktop-file-utils appstream).
# The frozen app is built in build/linux/venv, which holds only the app and PyInstaller;
# PYTHON=/path/to/python builds with that interpreter instead.
# The bundle runs on the glibc it was built against or newer: build on the oldest system you
# support (the release workflow uses Ubuntu 22.04, glibc 2.35).
set -euo pipefail
cd "$(dirname "$0")/../.."

APP_ID=io.github.antigravitytray.AntigravityTray
HERE=installers/linux
BUILD=build/linux
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' desktop/antigravity_tray/__init__.py)
ARCH=$(dpkg --print-architecture)
MACHINE=$(uname -m)
DEB=dist/antigravity-tray_${VERSION}_${ARCH}.deb
TARBALL=dist/antigravity-tray-${VERSION}-linux-${MACHINE}.tar.gz

for tool in dpkg-deb desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || { echo "build.sh needs $tool (apt-get install dpkg-dev desktop-file-utils appstream)" >&2; exit 1; }
done

echo "== metadata"
desktop-file-validate "$HERE/$APP_ID.desktop"
appstreamcli validate --no-net "$HERE/$APP_ID.metainfo.xml"

echo "== the frozen app (PyInstaller)"
if [ -z "${PYTHON:-}" ]; then
  [ -x "$BUILD/venv/bin/python" ] || python3 -m venv "$BUILD/venv"
  PYTHON=$BUILD/venv/bin/python
fi
"$PYTHON" -m pip install --quiet --disable-pip-version-check . "pyinstaller>=6,<7" pyinstaller-hooks-contrib
rm -rf "$BUILD/dist"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$BUILD/dist" --workpath "$BUILD/work" \
  installers/antigravity-tray.spec
FROZEN=$BUILD/dist/antigravity-tray
"$FROZEN/antigravity-tray" --version

# The newest glibc symbol version any bundled binary asks for is the oldest glibc it runs on.
GLIBC=$(find "$FROZEN" -type f \( -name '*.so*' -o -name antigravity-tray \) -print0 |
  xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
echo "needs glibc $GLIBC or newer"

echo "== $DEB"
STAGE=$BUILD/stage/deb
rm -rf "$BUILD/stage"
install -d "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/metainfo" "$STAGE/usr/share/doc/antigravity-tray"
cp -a "$FROZEN" "$STAGE/opt/antigravity-tray"
ln -s /opt/antigravity-tray/antigravity-tray "$STAGE/usr/bin/antigravity-tray"
install -m 644 "$HERE/$APP_ID.desktop" "$STAGE/usr/share/applications/"
install -m 644 desktop/antigravity_tray/resources/icons/app.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
install -m 644 "$HERE/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/"
install -m 644 "$HERE/copyright" "$STAGE/usr/share/doc/antigravity-tray/copyright"
gzip -9n <CHANGELOG.md >"$STAGE/usr/share/doc/antigravity-tray/changelog.gz"
chmod -R u=rwX,go=rX "$STAGE"
cat >"$STAGE/DEBIAN/control" <<EOF
Package: antigravity-tray
Version: $VERSION
Architecture: $ARCH
Maintainer: The Antigravity Tray developers <antigravity-tray@users.noreply.github.com>
Installed-Size: $(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
Depends: libc6 (>= $GLIBC), libegl1, libgl1, libfontconfig1, libxkbcommon-x11-0, libxcb-cursor0, libdbus-1-3
Suggests: gnome-keyring
Section: utils
Priority: optional
Description: tray companion for the OpenCode plugin opencode-antigravity-auth
 Signs Google accounts in to the plugin's pool, shows which account each OpenCode
 agent uses and which are rate-limited, sets the rotation strategy and PID offset,
 and notifies when an agent switches accounts. It edits the plugin's files under
 the plugin's own lock. The plugin's files are left alone on removal.
EOF
mkdir -p dist
dpkg-deb --root-owner-group -Zxz -z6 --build "$STAGE" "$DEB" >/dev/null

echo "== $TARBALL"
NAME=antigravity-tray-${VERSION}-linux-${MACHINE}
PORTABLE=$BUILD/stage/$NAME
install -d "$PORTABLE/share/applications" "$PORTABLE/share/icons/hicolor/scalable/apps"
cp -a "$FROZEN" "$PORTABLE/antigravity-tray"
install -m 644 "$HERE/$APP_ID.desktop" "$PORTABLE/share/applications/"
install -m 644 desktop/antigravity_tray/resources/icons/app.svg "$PORTABLE/share/icons/hicolor/scalable/apps/$APP_ID.svg"
install -m 644 LICENSE "$PORTABLE/LICENSE"
sed -e "s/@VERSION@/$VERSION/" -e "s/@GLIBC@/$GLIBC/" "$HERE/INSTALL.txt" >"$PORTABLE/INSTALL.txt"
tar -C "$BUILD/stage" --owner=0 --group=0 -czf "$TARBALL" "$NAME"

ls -l "$DEB" "$TARBALL"
