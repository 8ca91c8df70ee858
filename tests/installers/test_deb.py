"""The .deb as a person gets it: built by installers/linux/build.sh, installed with dpkg -i,
used (command line, tray, notifications, vault), and removed with dpkg -r.

It installs into the system (/opt, /usr), so it runs as root and only where asked:
in CI (CI set), or with ANTIGRAVITY_TRAY_TEST_DEB=1. It builds the packages unless
ANTIGRAVITY_TRAY_DEB names a .deb already built. CI runs it on every push, not only when
installers/ changes: any change to the app can break the frozen build (a module PyInstaller
does not see, a resource not carried), and the .deb is what most Linux users install.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from antigravity_tray import __version__

from support.desktop import App, Screen, app_env, docked_icon, require_x_tools, until
from support.helpers import REPO, make_account, skip_or_fail, stop_process, text_in, write_pool
from support.notify import FakeNotifyd, start_notifyd

APP_ID = "io.github.antigravitytray.AntigravityTray"
PROGRAM = Path("/usr/bin/antigravity-tray")
INSTALLED = [
    PROGRAM,
    Path("/opt/antigravity-tray/antigravity-tray"),
    Path(f"/usr/share/applications/{APP_ID}.desktop"),
    Path(f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg"),
    Path(f"/usr/share/metainfo/{APP_ID}.metainfo.xml"),
    Path("/usr/share/doc/antigravity-tray/copyright"),
]


def dpkg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["dpkg", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def deb() -> Path:
    if not (os.environ.get("CI") or os.environ.get("ANTIGRAVITY_TRAY_TEST_DEB")):
        pytest.skip("installs into the system: runs in CI, or with ANTIGRAVITY_TRAY_TEST_DEB=1")
    if os.geteuid() != 0:
        skip_or_fail("dpkg -i needs root")
    if shutil.which("dpkg-deb") is None:
        skip_or_fail("needs dpkg-deb")
    given = os.environ.get("ANTIGRAVITY_TRAY_DEB")
    if given:
        return Path(given)
    build = subprocess.run(
        ["bash", str(REPO / "installers" / "linux" / "build.sh")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    built = REPO / "dist" / f"antigravity-tray_{__version__}_amd64.deb"
    tarball = REPO / "dist" / f"antigravity-tray-{__version__}-linux-x86_64.tar.gz"
    assert built.is_file() and tarball.is_file(), build.stdout
    listing = subprocess.run(["tar", "-tzf", str(tarball)], capture_output=True, text=True, check=True).stdout
    folder = f"antigravity-tray-{__version__}-linux-x86_64"
    for name in ("antigravity-tray/antigravity-tray", "INSTALL.txt", "LICENSE", f"share/applications/{APP_ID}.desktop"):
        assert f"{folder}/{name}" in listing.splitlines(), name
    return built


@pytest.fixture(scope="module")
def installed(deb):
    if dpkg("-s", "antigravity-tray").returncode == 0:
        dpkg("-r", "antigravity-tray")
    result = dpkg("-i", str(deb))
    assert result.returncode == 0, result.stderr
    try:
        yield deb
    finally:
        if dpkg("-s", "antigravity-tray").returncode == 0:
            dpkg("-r", "antigravity-tray")


def frozen(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(PROGRAM), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env or dict(os.environ),
        stdin=subprocess.DEVNULL,
    )


def test_the_package_installs_its_files_and_its_command_works(installed, plugin_dir):
    for path in INSTALLED:
        assert path.exists(), path
    assert PROGRAM.resolve() == Path("/opt/antigravity-tray/antigravity-tray")
    assert frozen("--version").stdout.strip() == f"antigravity-tray {__version__}"
    status = frozen("status")
    assert status.returncode == 0 and "Accounts: 0" in status.stdout, status.stderr
    shown = frozen("config", "show", "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["plugin_version"]


def test_the_installed_app_docks_notifies_keeps_the_vault_and_quits(
    installed, plugin_dir, secret_service, real_keyring, tmp_path
):
    require_x_tools()
    pool = plugin_dir / "antigravity-accounts.json"
    accounts = [make_account(n, email=f"{name}@example.com") for n, name in enumerate(["alice", "bob", "carol"])]
    document = write_pool(pool, accounts, activeIndexByFamily={"claude": 0, "gemini": 0})
    settings = plugin_dir / "antigravity.json"
    settings.write_text('{"account_selection_strategy": "sticky"}')
    notifyd = FakeNotifyd(
        tmp_path / "calls.jsonl",
        secret_service.address,
        "targeted",
        start_notifyd(secret_service.address, tmp_path / "calls.jsonl"),
    )
    screen = Screen()
    # The private bus carries the Secret Service and the notification server; no tray watcher
    # is on it, so Qt docks in trayer (XEmbed).
    env = {k: v for k, v in app_env(screen).items() if k != "PYTHON_KEYRING_BACKEND"}
    env["DBUS_SESSION_BUS_ADDRESS"] = secret_service.address
    env.update(LANG="ko_KR.UTF-8", LANGUAGE="ko", LC_ALL="ko_KR.UTF-8")  # the frozen build carries its translations
    app = App(env, "--background", command=[str(PROGRAM)], cwd=tmp_path)
    try:
        app.wait_for_log("started; system tray available", timeout=30)
        app.wait_for_log("settled in")  # the notifier and the history come just after the icon
        icon = docked_icon(screen)
        centre = (str(icon["x"] + icon["width"] // 2), str(icon["y"] + icon["height"] // 2))

        second = frozen("--show", "settings", env=env)
        assert second.returncode == 0, second.stderr
        app.wait_for_log("showing the settings window")

        # The vault: the pool's accounts reach the real Secret Service.
        until(
            lambda: real_keyring.get_password("antigravity-tray", "account:alice@example.com"),
            15,
            "the installed app kept nothing in the Secret Service",
        )

        # A switch the plugin writes becomes a notification on the private bus.
        accounts[0]["rateLimitResetTimes"] = {"claude": int(time.time() * 1000) + 42 * 60_000}
        document["activeIndex"] = document["activeIndexByFamily"]["claude"] = 1
        temporary = pool.with_name(pool.name + ".0123456789ab.tmp")
        temporary.write_text(json.dumps(document, indent=2))
        os.replace(temporary, pool)
        calls = notifyd.wait_for(lambda calls: any("bob@example.com" in c["summary"] for c in calls), timeout=10)
        korean = text_in("ko", "Status", "{family}: now using {after}").format(family="Claude", after="bob@example.com")
        assert any(c["summary"] == korean for c in calls), calls

        # Quit is the menu's last row.
        screen.x("xdotool", "mousemove", *centre, "click", "3")
        time.sleep(0.5)
        screen.x("xdotool", "key", "Up", "Return")
        until(lambda: app.process.poll() is not None, 15, lambda: "Quit did not end the app:\n" + "".join(app.lines))
        assert app.process.returncode == 0, "".join(app.lines)
    finally:
        app.stop()
        screen.close()
        stop_process(notifyd.process)

    before = {path: path.read_bytes() for path in (pool, settings)}
    removed = dpkg("-r", "antigravity-tray")
    assert removed.returncode == 0, removed.stderr
    for path in INSTALLED:
        assert not path.exists(), f"{path} is still there after dpkg -r"
    assert {path: path.read_bytes() for path in (pool, settings)} == before
