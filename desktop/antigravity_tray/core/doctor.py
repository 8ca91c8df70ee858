"""Is the plugin actually set up? The checks behind ``antigravity-tray doctor`` and the tray's
"setup" hint: OpenCode lists the plugin, OpenCode installed it, at the version our settings table
knows, the plugin's two files read well, a keyring and a notification server answer, and
whether the debug log is on. Each finding names its fix in one sentence.

The system checks (keyring, notifications) are passed in, so this module stays free of D-Bus
and Qt; the command line and the app hand in their own probes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .. import PLUGIN_VERSION
from .config import Layer
from .config_store import ConfigError
from .jsonio import read_snapshot
from .paths import PluginPaths, shown
from .pool import Pool, PoolFormatError

PACKAGE = "opencode-antigravity-auth"
OPENCODE_CONFIG_NAMES = ("opencode.jsonc", "opencode.json", "config.json")
OK, PROBLEM, ADVICE = "ok", "problem", "advice"  # advice: worth knowing, not wrong


@dataclass(frozen=True)
class Finding:
    check: str  # a stable id: plugin-listed, plugin-installed, plugin-version, ...
    level: str  # OK, PROBLEM or ADVICE
    message: str
    fix: str | None = None
    value: str | None = None  # what was found, where it is one thing (the installed version)

    def as_dict(self) -> dict:
        return {"check": self.check, "level": self.level, "message": self.message, "fix": self.fix, "value": self.value}


def strip_jsonc(text: str) -> str:
    """JSON from OpenCode's JSONC: comments and trailing commas out, strings untouched."""
    out: list[str] = []
    i, n, in_string = 0, len(text), False
    while i < n:
        char = text[i]
        if in_string:
            out.append(char)
            if char == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
            out.append(char)
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        elif char == "," and _rest(text, i + 1) in ("}", "]"):
            pass  # a trailing comma
        else:
            out.append(char)
        i += 1
    return "".join(out)


def _rest(text: str, start: int) -> str:
    """What follows ``start`` up to the next non-space character, comments skipped."""
    j = start
    while j < len(text):
        if text[j].isspace():
            j += 1
        elif text.startswith("//", j):
            end = text.find("\n", j)
            j = len(text) if end < 0 else end
        elif text.startswith("/*", j):
            end = text.find("*/", j + 2)
            j = len(text) if end < 0 else end + 2
        else:
            break
    return text[j : j + 1]


def names_the_plugin(entry: object) -> bool:
    """``opencode-antigravity-auth``, ``…@1.6.0``, ``…@latest``, or a path ending in it."""
    if not isinstance(entry, str):
        return False
    name = entry.rsplit("/", 1)[-1] if "/" in entry and not entry.startswith("@") else entry
    return name.split("@", 1)[0] == PACKAGE


def opencode_configs(plugin: PluginPaths, project: Path | None) -> list[Path]:
    """OpenCode's config files, the user's then the project's, that exist."""
    folders = [plugin.config_dir]
    if project is not None:
        folders += [project, project / ".opencode"]
    return [folder / name for folder in folders for name in OPENCODE_CONFIG_NAMES if (folder / name).is_file()]


def check_listed(plugin: PluginPaths, project: Path | None) -> Finding:
    files = opencode_configs(plugin, project)
    unreadable = []
    for path in files:
        try:
            config = json.loads(strip_jsonc(read_snapshot(path).text()))
        except (OSError, ValueError) as exc:
            unreadable.append(f"{shown(path)} ({type(exc).__name__})")
            continue
        plugins = config.get("plugin") if isinstance(config, dict) else None
        if isinstance(plugins, list) and any(names_the_plugin(p) for p in plugins):
            return Finding("plugin-listed", OK, f"OpenCode loads {PACKAGE} ({shown(path)}).")
    where = ", ".join(shown(p) for p in files) or f"no opencode.json in {shown(plugin.config_dir)}"
    message = f"OpenCode's config does not list {PACKAGE} ({where}), so OpenCode does not use the plugin."
    if unreadable:
        message += f" Could not read: {', '.join(unreadable)}."
    return Finding(
        "plugin-listed",
        PROBLEM,
        message,
        f'Add "{PACKAGE}@{PLUGIN_VERSION}" to the "plugin" list of {shown(plugin.config_dir / "opencode.json")}.',
    )


def installed_version(plugin: PluginPaths) -> str | None:
    try:
        manifest = json.loads(read_snapshot(plugin.installed_plugin_manifest).text())
    except (OSError, ValueError):
        return None
    version = manifest.get("version") if isinstance(manifest, dict) else None
    return version if isinstance(version, str) else None


def same_settings_table(version: str) -> bool:
    """Whether our settings table (written for PLUGIN_VERSION) describes ``version``: the same
    major and minor release."""
    return version.split(".")[:2] == PLUGIN_VERSION.split(".")[:2]


class OtherPluginRelease(ConfigError):
    """OpenCode has a plugin release our settings table was not written for."""

    def __init__(self, version: str):
        self.version = version
        super().__init__(
            f"OpenCode has {PACKAGE} {version} installed, and this app's settings table is for {PLUGIN_VERSION}: "
            f"{version} may not have these keys, or may read them differently. Nothing was changed."
        )


def guard_settings_write(plugin: PluginPaths, force: bool = False) -> None:
    """Raises OtherPluginRelease before a settings write, unless ``force`` or the installed
    release is one our table describes (or none is installed yet)."""
    version = installed_version(plugin)
    if version is not None and not same_settings_table(version) and not force:
        raise OtherPluginRelease(version)


def check_installed(plugin: PluginPaths) -> list[Finding]:
    version = installed_version(plugin)
    manifest = shown(plugin.installed_plugin_manifest)
    if version is None:
        return [
            Finding(
                "plugin-installed",
                PROBLEM,
                f"OpenCode has not installed {PACKAGE} ({manifest} is missing).",
                "Start OpenCode once with the plugin listed in its config: it installs the plugin then.",
            )
        ]
    found = [
        Finding("plugin-installed", OK, f"OpenCode has {PACKAGE} {version} installed ({manifest}).", value=version)
    ]
    if same_settings_table(version):
        found.append(
            Finding(
                "plugin-version", OK, f"This app's settings table is for {PLUGIN_VERSION}: it matches.", value=version
            )
        )
    else:
        found.append(
            Finding(
                "plugin-version",
                PROBLEM,
                f"OpenCode has {PACKAGE} {version}; this app's settings table is for {PLUGIN_VERSION}. Settings "
                f"that {version} does not have are ignored by it, and its own new ones are not in the form, so "
                f"this app changes no setting unless you confirm (config set --force).",
                f'Pin the version this app knows: "{PACKAGE}@{PLUGIN_VERSION}" in OpenCode\'s "plugin" list.',
                value=version,
            )
        )
    return found


def check_files(plugin: PluginPaths, layer: Layer) -> list[Finding]:
    """The user's settings file (``layer``, as the plugin reads it) and the account pool."""
    found = []
    if layer.syntax_error:
        found.append(
            Finding(
                "settings-file",
                PROBLEM,
                f"The plugin cannot read {shown(plugin.config_file)}: {layer.syntax_error}. It uses its defaults.",
                "Fix the line named, or run `antigravity-tray config check` for details.",
            )
        )
    elif layer.problems:
        keys = ", ".join(p.key for p in layer.problems)
        found.append(
            Finding(
                "settings-file",
                PROBLEM,
                f"The plugin ignores {shown(plugin.config_file)}: invalid value(s) for {keys}.",
                "Run `antigravity-tray config check` and correct the values it names.",
            )
        )
    else:
        state = "absent: the plugin uses its defaults" if layer.missing else "valid"
        found.append(Finding("settings-file", OK, f"{shown(plugin.config_file)} is {state}."))
    try:
        snapshot = read_snapshot(plugin.accounts_file)
    except OSError as exc:  # a FIFO, a device, a huge file, no permission
        found.append(Finding("accounts-file", PROBLEM, str(exc), "Put the plugin's own pool file back in its place."))
        return found
    if not snapshot.exists:
        found.append(
            Finding(
                "accounts-file",
                PROBLEM,
                f"There is no account pool yet ({shown(plugin.accounts_file)}).",
                "Add an account: `antigravity-tray login`, or Add account… in the tray menu.",
            )
        )
        return found
    try:
        pool = Pool.from_text(snapshot.text(), shown(plugin.accounts_file))
    except (PoolFormatError, OSError) as exc:
        found.append(
            Finding(
                "accounts-file",
                PROBLEM,
                f"{exc}",
                "Restore a backup from this app's backups folder, or `antigravity-tray accounts restore`.",
            )
        )
        return found
    enabled = sum(1 for a in pool.plugin_accounts() if a.enabled)
    found.append(
        Finding("accounts-file", OK, f"{shown(plugin.accounts_file)} holds {enabled} enabled account(s).")
        if enabled
        else Finding(
            "accounts-file",
            PROBLEM,
            f"{shown(plugin.accounts_file)} has no enabled account.",
            "Enable an account in the Accounts window, or add one.",
        )
    )
    return found


def check_debug_log(debug_on: bool) -> Finding:
    if debug_on:
        return Finding("debug-log", OK, "The plugin's debug log is on: switches are told per OpenCode process.")
    return Finding(
        "debug-log",
        ADVICE,
        "The plugin's debug log is off: switches are seen from the account file alone, which cannot tell "
        "which OpenCode process moved.",
        "Turn on debug (`antigravity-tray config set debug true`) for exact per-process switches.",
    )


def run(
    plugin: PluginPaths,
    project: Path | None,
    layer: Layer,
    debug_on: bool,
    system_checks: Iterable[Callable[[], Finding]] = (),
) -> list[Finding]:
    found = [check_listed(plugin, project), *check_installed(plugin), *check_files(plugin, layer)]
    found += [check() for check in system_checks]
    found.append(check_debug_log(debug_on))
    return found


def setup_problems(plugin: PluginPaths) -> list[Finding]:
    """The cheap checks the app runs itself (two small files): is the plugin listed, installed,
    at the version we know. The pool and settings files have their own warnings in the app."""
    return [f for f in (check_listed(plugin, None), *check_installed(plugin)) if f.level == PROBLEM]


def healthy(findings: Iterable[Finding]) -> bool:
    return all(f.level != PROBLEM for f in findings)


__all__ = [
    "ADVICE",
    "OK",
    "PACKAGE",
    "PROBLEM",
    "Finding",
    "OtherPluginRelease",
    "guard_settings_write",
    "healthy",
    "installed_version",
    "run",
    "same_settings_table",
    "setup_problems",
    "strip_jsonc",
]
