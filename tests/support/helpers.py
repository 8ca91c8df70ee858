"""Helpers shared by the test suites."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


def run_cli(*args: str, env: dict | None = None, check: bool = False) -> subprocess.CompletedProcess:
    """Run the installed command as a person would, in a fresh process."""
    result = subprocess.run(
        [sys.executable, "-m", "antigravity_tray", *args],
        capture_output=True,
        text=True,
        env=env or dict(os.environ),
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result


def write_pool(path: Path, accounts: list[dict], version: int = 4, **top) -> dict:
    document = {"version": version, "accounts": accounts, "activeIndex": 0, **top}
    path.write_text(json.dumps(document, indent=2))
    os.chmod(path, 0o600)
    return document


def make_account(n: int, **fields) -> dict:
    entry = {
        "email": f"user{n}@example.test",
        "refreshToken": f"1//test-token-{n:04d}",
        "projectId": f"proj-{n}",
        "addedAt": 1_760_000_000_000 + n,
        "lastUsed": 1_760_000_500_000 + n,
        "enabled": True,
    }
    entry.update(fields)
    return entry


def stop_process(process: subprocess.Popen) -> None:
    """Terminate a helper process, then kill it if it does not go within 5 s."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def skip_or_fail(reason: str) -> None:
    """A missing tool skips the test on a person's machine but fails it in CI, which must
    install everything: a missing install must never pass as a skip there."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must install it)")
    pytest.skip(reason)


def require_tools(*tools: str, install: str) -> None:
    """Skip or fail (see ``skip_or_fail``) unless every program in ``tools`` is on PATH."""
    import shutil

    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        skip_or_fail(f"needs {', '.join(missing)} (apt-get install {install})")


def text_in(language: str, context: str, english: str) -> str:
    """A text as the app shows it in ``language`` (the English source for "en"), read from the shipped translation."""
    if language == "en":
        return english
    ts = REPO / "desktop" / "antigravity_tray" / "resources" / "i18n" / f"antigravity_tray_{language}.ts"
    for ctx in ET.parse(ts).getroot().iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == english:
                    return message.findtext("translation") or english
    raise AssertionError(f"{english!r} is not in {ts.name}")


def wait_for_write(qtbot, start: Callable[[Callable[[Any, Exception | None], None]], object], timeout: int = 5000):
    """Start a write on the hub's writer thread (``start(done)``), wait until its ``done`` ran;
    what it returned, or what it raised."""
    outcome: list[tuple[Any, Exception | None]] = []
    start(lambda result, error: outcome.append((result, error)))
    qtbot.waitUntil(lambda: bool(outcome), timeout=timeout)
    result, error = outcome[0]
    if error is not None:
        raise error
    return result


def set_settings(qtbot, hub, values: dict, *, force: bool = False):
    """The hub writes ``values`` to the settings file; the core's Change list."""
    return wait_for_write(
        qtbot,
        lambda done: hub.change_settings_in_background("test", lambda store: store.set(values), done, force=force),
    )


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
