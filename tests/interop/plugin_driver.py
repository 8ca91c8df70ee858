"""Runs the real plugin's modules (tests/interop/*.mts) under Node through tsx."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from support.helpers import skip_or_fail

INTEROP = Path(__file__).resolve().parent
TSX = INTEROP / "node_modules" / ".bin" / "tsx"


def require_plugin() -> None:
    if (INTEROP / "node_modules" / "opencode-antigravity-auth").is_dir() and TSX.exists():
        return
    skip_or_fail("the plugin is not installed: run `npm ci` in tests/interop")


def node_env(config_dir: Path | None = None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENCODE_")}
    if config_dir is not None:
        env["OPENCODE_CONFIG_DIR"] = str(config_dir)
    env.update(extra)
    return env


def start(script: str, *args: str, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [str(TSX), str(INTEROP / script), *map(str, args)],
        cwd=INTEROP,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run(script: str, *args: str, env: dict[str, str], timeout: float = 120) -> None:
    process = start(script, *args, env=env)
    out, err = process.communicate(timeout=timeout)
    if process.returncode != 0:
        raise AssertionError(f"{script} exited {process.returncode}:\n{out}\n{err}")


def probe_configs(cases: list[dict], workdir: Path) -> list[dict]:
    """The plugin's verdict and loadConfig result for each {"id", "user", "project"} text pair."""
    source, result = workdir / "cases.jsonl", workdir / "verdicts.jsonl"
    source.write_text("".join(json.dumps(case) + "\n" for case in cases))
    run("config_probe.mts", source, result, env=node_env())
    verdicts = [json.loads(line) for line in result.read_text().splitlines() if line]
    assert len(verdicts) == len(cases)
    return verdicts


def load_accounts(config_dir: Path, workdir: Path) -> dict | None:
    """What the plugin's loadAccounts returns for the pool in ``config_dir``."""
    out = workdir / "loaded.json"
    run("accounts_probe.mts", out, env=node_env(config_dir))
    return json.loads(out.read_text())["result"]
