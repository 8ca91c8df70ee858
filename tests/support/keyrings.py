"""Keyring fixtures: an in-memory backend, and a real, private Secret Service.

``memory_keyring``  (function)  a ``MemoryKeyring`` installed with ``keyring.set_keyring``.
``secret_service``  (session)   a private ``dbus-daemon`` + ``gnome-keyring-daemon`` (unlocked
                                ``login`` collection) under a temporary HOME; yields a
                                ``SecretService`` with ``.address`` and ``.env``.
``real_keyring``    (function)  ``DBUS_SESSION_BUS_ADDRESS`` set to that bus and
                                ``keyring.backends.SecretService.Keyring()`` installed; items the
                                test creates are deleted afterwards.

The real keyrings of whoever runs the tests are never touched: the daemons get their own
HOME, XDG_* directories and bus, and this process only reaches them through the private
bus address (set with monkeypatch, so it is undone after each test).

If ``dbus-daemon`` or ``gnome-keyring-daemon`` is missing the real-keyring tests are
skipped, except when ``CI`` is set: there they fail, because CI must install them.
Debian 12: ``apt-get install --no-install-recommends gnome-keyring dbus-daemon dbus-x11
libsecret-tools`` (dbus-x11 only so that gnome-keyring's "a session bus" dependency does not
pull dbus-user-session and with it systemd; secret-tool is optional outside CI).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import keyring
import keyring.backend
import keyring.core
import keyring.errors
import pytest

from support.dbus import name_has_owner, start_session_bus
from support.helpers import skip_or_fail, stop_process

SECRETS_BUS_NAME = "org.freedesktop.secrets"
START_TIMEOUT = 10.0  # seconds; gnome-keyring owned the name after ~100 ms here
INSTALL = "apt-get install --no-install-recommends gnome-keyring dbus-daemon dbus-x11 libsecret-tools"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend kept in a dict: ``store[(service, username)] = password``.

    Set ``fail_with`` to an exception (e.g. ``keyring.errors.KeyringLocked("locked")``) to make
    every call raise it, as a locked or absent system keyring would; ``delay`` (seconds) to make
    every call take that long, as one waiting for its unlock prompt does."""

    priority = 1  # never chosen by keyring's own discovery; only installed explicitly

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}
        self.fail_with: BaseException | None = None
        self.delay = 0.0

    def _check(self) -> None:
        time.sleep(self.delay)
        if self.fail_with is not None:
            raise self.fail_with

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        try:
            del self.store[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("No such password!") from None


def _installed_backend():
    """The backend keyring would use, WITHOUT triggering its discovery if none is chosen yet:
    discovery probes the real session bus (and could start the user's keyring daemon)."""
    return getattr(keyring.core, "_keyring_backend", None)


def _reinstall(previous) -> None:
    if previous is None:
        keyring.core._keyring_backend = None  # back to "not chosen yet": discovered lazily again
    else:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring():
    previous = _installed_backend()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        _reinstall(previous)


# -- a real Secret Service ------------------------------------------------------------


@dataclass
class SecretService:
    """A running private session bus with gnome-keyring's Secret Service on it."""

    address: str  # DBUS_SESSION_BUS_ADDRESS of the private bus
    home: Path  # the daemons' HOME; the keyring file is under home/.local/share/keyrings
    password: str  # the login collection's password (it is unlocked already)
    startup_seconds: float  # from launching dbus-daemon to org.freedesktop.secrets being owned
    processes: list[subprocess.Popen] = field(default_factory=list, repr=False)

    @property
    def env(self) -> dict[str, str]:
        """What a subprocess needs to use this Secret Service: ``{**os.environ, **ss.env}``."""
        return {"DBUS_SESSION_BUS_ADDRESS": self.address}


def _missing_binaries() -> list[str]:
    return [name for name in ("dbus-daemon", "gnome-keyring-daemon") if shutil.which(name) is None]


def start_secret_service(root: Path, password: str = "test-password") -> SecretService:
    """Start dbus-daemon and gnome-keyring-daemon under ``root``; the caller stops them
    with ``stop_secret_service``. Raises RuntimeError if the service does not come up."""
    home, runtime = root / "home", root / "run"
    for directory in (home, runtime):
        directory.mkdir(parents=True, exist_ok=True)
        directory.chmod(0o700)
    # Our own bus rather than --session: no service directories, so nothing is D-Bus-activated
    # from the system (a second gnome-keyring, or a gcr-prompter that would wait for a display)
    # and a dead daemon shows up as an immediate ServiceUnknown instead of a hang.
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "C.UTF-8",
    }  # no DISPLAY / WAYLAND_DISPLAY: nothing may try to prompt
    started = time.monotonic()
    processes: list[subprocess.Popen] = []
    try:
        bus, address = start_session_bus(root, env)
        processes.append(bus)
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        keyring_daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        processes.append(keyring_daemon)
        keyring_daemon.stdin.write(password)  # --unlock reads the login password up to EOF
        keyring_daemon.stdin.close()
        deadline = started + START_TIMEOUT
        while not name_has_owner(address, SECRETS_BUS_NAME):
            if keyring_daemon.poll() is not None:
                raise RuntimeError(f"gnome-keyring-daemon exited with {keyring_daemon.returncode}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"{SECRETS_BUS_NAME} not owned after {START_TIMEOUT} s")
            time.sleep(0.02)
        return SecretService(address, home, password, time.monotonic() - started, processes)
    except BaseException:
        for process in reversed(processes):
            stop_process(process)
        raise


def stop_secret_service(service: SecretService) -> None:
    for process in reversed(service.processes):  # keyring daemon first, then its bus
        stop_process(process)
        if process.stdout:
            process.stdout.close()


@pytest.fixture(scope="session")
def secret_service():
    if not sys.platform.startswith("linux"):
        pytest.skip("a private Secret Service needs Linux (gnome-keyring)")
    missing = _missing_binaries()
    if missing:
        skip_or_fail(f"not installed: {', '.join(missing)} ({INSTALL})")
    # A short path: the bus socket lives here, and unix socket paths are limited to 107 bytes.
    root = Path(tempfile.mkdtemp(prefix="agt-secrets-"))
    try:
        service = start_secret_service(root)
    except (RuntimeError, AssertionError) as exc:  # a daemon that did not come up
        shutil.rmtree(root, ignore_errors=True)
        skip_or_fail(f"could not start a private Secret Service: {exc}")
    try:
        yield service
    finally:
        stop_secret_service(service)
        shutil.rmtree(root, ignore_errors=True)


def _item_paths(address: str) -> set[str]:
    import secretstorage
    from jeepney.io.blocking import open_dbus_connection

    with closing(open_dbus_connection(bus=address)) as connection:
        collection = secretstorage.get_default_collection(connection)
        return {item.item_path for item in collection.get_all_items()}


def _delete_items(address: str, paths: set[str]) -> None:
    import secretstorage
    from jeepney.io.blocking import open_dbus_connection

    with closing(open_dbus_connection(bus=address)) as connection:
        for path in paths:
            secretstorage.Item(connection, path).delete()


@pytest.fixture
def real_keyring(secret_service, monkeypatch):
    """The real SecretService backend of keyring, on the private bus, for this test."""
    from keyring.backends import SecretService as secret_service_backend

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service.address)
    before = _item_paths(secret_service.address)
    previous = _installed_backend()
    backend = secret_service_backend.Keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        _reinstall(previous)
        _delete_items(secret_service.address, _item_paths(secret_service.address) - before)
