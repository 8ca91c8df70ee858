"""What the running tray app carries all day: the real app under Xvfb with trayer, a pool of
accounts and a real Secret Service. The vault backup happens (in a child process), yet the
app itself never maps the keyring's crypto (cryptography), OpenSSL or psutil."""

from __future__ import annotations

import os
from pathlib import Path

from support.desktop import App, app_env, docked_icon, until
from support.helpers import make_account, write_pool

# Shared objects those libraries load; none may be in the tray's memory.
NEVER_MAPPED = ("_hashlib", "libcrypto", "libssl", "_psutil")


def mapped_files(pid: int) -> set[str]:
    return {line.split()[-1] for line in Path(f"/proc/{pid}/maps").read_text().splitlines() if "/" in line}


def test_the_tray_keeps_the_keyring_and_openssl_out_of_its_memory(
    screen, plugin_dir, secret_service, real_keyring, monkeypatch
):
    from antigravity_tray.core.vault import Vault

    write_pool(plugin_dir / "antigravity-accounts.json", [make_account(1), make_account(2)])
    env = app_env(screen)
    # The keyring on the private bus; Qt's tray still finds no StatusNotifier host there and docks in trayer.
    env.update(DBUS_SESSION_BUS_ADDRESS=secret_service.address)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.SecretService.Keyring"
    app = App(env, "--background")
    try:
        docked_icon(screen)
        app.wait_for_log("settled in")
        app.wait_for_log("vault backup exited with 0")
        assert {e.email for e in Vault(real_keyring).entries()} == {"user1@example.test", "user2@example.test"}
        mapped = mapped_files(app.process.pid)
        assert any("libQt6Widgets" in path for path in mapped)  # the map was read
        assert not [path for path in mapped if any(name in os.path.basename(path) for name in NEVER_MAPPED)]
        assert not [path for path in mapped if "/cryptography/" in path or "/psutil/" in path]
    finally:
        app.stop()
    assert until(lambda: app.process.poll() is not None, 10, "the app did not quit")
