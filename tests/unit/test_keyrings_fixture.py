"""The keyring fixtures (tests/support/keyrings.py): in memory, and a real private Secret Service.

Some tests here come in pairs where the second checks what the first one's fixture undid;
pytest runs a module's tests in file order.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.errors
import pytest

from support import keyrings
from support.helpers import skip_or_fail

SERVICE = "antigravity-tray-fixture-test"
_seen: dict[str, object] = {}


# -- MemoryKeyring -------------------------------------------------------------------


def test_memory_keyring_round_trip(memory_keyring):
    assert isinstance(memory_keyring, keyrings.MemoryKeyring) and keyring.get_keyring() is memory_keyring
    assert keyring.get_password(SERVICE, "alice") is None
    keyring.set_password(SERVICE, "alice", "s3cret")
    keyring.set_password(SERVICE, "bob", "other")
    assert keyring.get_password(SERVICE, "alice") == "s3cret"
    assert memory_keyring.store == {(SERVICE, "alice"): "s3cret", (SERVICE, "bob"): "other"}
    assert keyring.get_credential(SERVICE, "alice").password == "s3cret"
    keyring.delete_password(SERVICE, "alice")
    assert keyring.get_password(SERVICE, "alice") is None
    with pytest.raises(keyring.errors.PasswordDeleteError):
        keyring.delete_password(SERVICE, "alice")
    _seen["memory"] = memory_keyring


def test_memory_keyring_was_uninstalled_after_the_test():
    assert "memory" in _seen and keyrings._installed_backend() is not _seen["memory"]


def test_memory_keyring_can_play_a_locked_keyring(memory_keyring):
    memory_keyring.fail_with = keyring.errors.KeyringLocked("Failed to unlock the collection!")
    for call in (
        lambda: keyring.get_password(SERVICE, "a"),
        lambda: keyring.set_password(SERVICE, "a", "b"),
        lambda: keyring.delete_password(SERVICE, "a"),
    ):
        with pytest.raises(keyring.errors.KeyringLocked):
            call()
    assert memory_keyring.store == {}


def test_each_test_gets_an_empty_memory_keyring(memory_keyring):
    assert memory_keyring.store == {} and memory_keyring is not _seen["memory"]


# -- skip or fail when the binaries are missing --------------------------------------


def test_missing_binaries_skip_locally_but_fail_in_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        skip_or_fail("not installed: gnome-keyring-daemon")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must install it"):
        skip_or_fail("not installed: gnome-keyring-daemon")
    monkeypatch.setenv("PATH", "/nonexistent")
    assert keyrings._missing_binaries() == ["dbus-daemon", "gnome-keyring-daemon"]


# -- the real Secret Service ---------------------------------------------------------


def secret_tool(service, *args: str, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["secret-tool", *args],
        input=input,
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, **service.env},
    )


# Optional locally; in CI a missing secret-tool fails the test (install libsecret-tools).
needs_secret_tool = pytest.mark.skipif(
    shutil.which("secret-tool") is None and not os.environ.get("CI"),
    reason="secret-tool (libsecret-tools) not installed",
)


def test_the_secret_service_is_private_and_unlocked(secret_service):
    import secretstorage
    from jeepney.io.blocking import open_dbus_connection

    assert secret_service.address.startswith("unix:path=") and secret_service.address != os.environ.get(
        "DBUS_SESSION_BUS_ADDRESS"
    )
    assert not secret_service.home.is_relative_to(Path.home())
    with open_dbus_connection(bus=secret_service.address) as connection:
        collection = secretstorage.get_default_collection(connection)
        assert not collection.is_locked()
    assert (secret_service.home / ".local/share/keyrings/login.keyring").exists()
    assert secret_service.startup_seconds < keyrings.START_TIMEOUT


def test_real_keyring_round_trip(real_keyring, secret_service):
    from keyring.backends import SecretService

    assert isinstance(keyring.get_keyring(), SecretService.Keyring) and keyring.get_keyring() is real_keyring
    assert os.environ["DBUS_SESSION_BUS_ADDRESS"] == secret_service.address
    keyring.set_password(SERVICE, "alice@example.com", "refresh-for-alice")
    keyring.set_password(SERVICE, "alice@example.com", "replaced")  # replace=True: still one item
    assert keyring.get_password(SERVICE, "alice@example.com") == "replaced"
    # A second, independent backend instance (new D-Bus connections) reads it from the service.
    assert SecretService.Keyring().get_password(SERVICE, "alice@example.com") == "replaced"
    keyring.delete_password(SERVICE, "alice@example.com")
    assert keyring.get_password(SERVICE, "alice@example.com") is None
    with pytest.raises(keyring.errors.PasswordDeleteError):
        keyring.delete_password(SERVICE, "alice@example.com")
    keyring.set_password(SERVICE, "erin@example.com", "left behind")  # the fixture must remove it
    _seen["real"] = real_keyring


@needs_secret_tool
def test_real_keyring_secrets_live_in_the_secret_service(real_keyring, secret_service):
    keyring.set_password(SERVICE, "bob@example.com", "bob-secret")
    found = secret_tool(secret_service, "lookup", "service", SERVICE, "username", "bob@example.com")
    assert (found.returncode, found.stdout) == (0, "bob-secret")
    stored = secret_tool(
        secret_service,
        "store",
        "--label=from secret-tool",
        "service",
        SERVICE,
        "username",
        "carol@example.com",
        input="carol-secret",
    )
    assert stored.returncode == 0, stored.stderr
    assert keyring.get_password(SERVICE, "carol@example.com") == "carol-secret"
    keyring.delete_password(SERVICE, "bob@example.com")
    assert secret_tool(secret_service, "lookup", "service", SERVICE, "username", "bob@example.com").returncode == 1
    # carol is left behind on purpose: the fixture must remove her


def test_real_keyring_cleaned_up_and_restored_after_the_test(secret_service):
    assert "real" in _seen and keyrings._installed_backend() is not _seen["real"]
    assert os.environ.get("DBUS_SESSION_BUS_ADDRESS") != secret_service.address
    assert keyrings._item_paths(secret_service.address) == set()  # erin and carol are gone


def test_a_subprocess_finds_the_secret_service_through_its_env(real_keyring, secret_service):
    keyring.set_password(SERVICE, "dave@example.com", "dave-secret")
    script = (
        "import keyring; k = keyring.get_keyring(); "
        f"print(type(k).__module__, k.get_password({SERVICE!r}, 'dave@example.com'))"
    )
    env = {**os.environ, **secret_service.env}
    env.pop("PYTHON_KEYRING_BACKEND", None)
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["keyring.backends.SecretService", "dave-secret"]
