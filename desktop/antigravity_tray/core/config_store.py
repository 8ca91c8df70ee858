"""Reading and changing ``antigravity.json`` on disk, safely.

A change takes the file's lock, re-reads the file under it, changes only the keys asked
(unknown keys and key order stay), refuses to write a document the plugin would reject,
keeps a backup of what it replaces and writes through a temp file and a rename.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import Layer, Problem, as_finite_number, check_value, validate
from .jsonio import Backups, JsonSyntaxError, atomic_write, encode_json, parse_json_text, read_snapshot, resolve_target
from .lock import PluginFileLock
from .schema import AUTO_OR_NUMBER, BOOL, BY_KEY, NUMBER, OBJECT_KEYS, Setting


class ConfigError(ValueError):
    """A change we refused; the message says why, naming the key, line or file."""


def read_layer(name: str, path: Path) -> Layer:
    try:
        snapshot = read_snapshot(path)
    except OSError as exc:  # a FIFO, a device, a huge file, no permission: not read, and said
        return Layer(name, str(path), syntax_error=str(exc), unreadable=True)
    if not snapshot.exists:
        return Layer(name, str(path), missing=True)
    try:
        return Layer(name, str(path), document=parse_json_text(snapshot.text(), path))
    except JsonSyntaxError as exc:
        return Layer(name, str(path), syntax_error=str(exc))


def find_setting(key: str) -> Setting:
    if key in BY_KEY:
        return BY_KEY[key]
    if key in OBJECT_KEYS:
        raise ConfigError(
            f"{key} is a group of settings; set one of them, such as "
            f"{next(k for k in BY_KEY if k.startswith(key + '.'))}"
        )
    import difflib  # only for a mistyped key

    close = difflib.get_close_matches(key, list(BY_KEY), n=3, cutoff=0.6)
    hint = f" Did you mean {' or '.join(close)}?" if close else " `config show` lists every key."
    raise ConfigError(f"{key} is not a setting of plugin 1.6.0.{hint}")


def parse_value_text(setting: Setting, text: str) -> Any:
    """Turn command-line text into the JSON value for ``setting``, or explain the refusal."""
    value: Any = text
    if setting.kind == BOOL:
        value = {"true": True, "false": False}.get(text, text)
    elif setting.kind == NUMBER or (setting.kind == AUTO_OR_NUMBER and text != "auto"):
        value = _parse_number(text)
    reason = check_value(setting, value)
    if reason:
        raise ConfigError(f"{setting.key} {reason}. Nothing was changed.")
    return value


def _parse_number(text: str) -> Any:
    try:
        value = json.loads(text, parse_constant=lambda name: name)
    except ValueError:
        return text
    if as_finite_number(value) is None:
        return text
    # "5.0" stays 5.0 and "5" stays 5, so the file keeps what the person typed.
    return value


@dataclass(frozen=True)
class Change:
    key: str
    old: Any
    new: Any
    changed: bool
    path: Path


_MISSING = object()


class ConfigStore:
    """The user's ``antigravity.json``."""

    def __init__(self, path: Path, backups: Backups | None = None):
        self.path = Path(path)
        self.backups = backups

    def layer(self) -> Layer:
        return read_layer("user", self.path)

    def set(self, values: dict[str, Any]) -> list[Change]:
        """Set several keys in one write, so a file with two bad values can be mended."""
        pairs = []
        for key, value in values.items():
            setting = find_setting(key)
            reason = check_value(setting, value)
            if reason:
                raise ConfigError(f"{key} {reason}. Nothing was changed.")
            pairs.append((setting, value))
        return self._update(pairs)

    def unset(self, keys: list[str]) -> list[Change]:
        """Remove keys, so the plugin's defaults apply to them."""
        return self._update([(find_setting(key), _MISSING) for key in keys])

    def _update(self, pairs: list[tuple[Setting, Any]]) -> list[Change]:
        target = resolve_target(self.path)
        with PluginFileLock(target) as lock:
            snapshot = read_snapshot(target)
            document = self._parse_for_update(snapshot)
            changes = []
            for setting, value in pairs:
                old = _get(document, setting)
                same = old is value or (old == value and type(old) is type(value))
                changes.append(Change(setting.key, _shown(old), _shown(value), not same, self.path))
                _put(document, setting, value)
            if not any(change.changed for change in changes):
                return changes
            problems = validate(document)
            if problems:
                raise ConfigError(_refusal(self.path, problems))
            data = encode_json(document, trailing_newline=_ends_with_newline(snapshot.data))
            if self.backups:
                self.backups.save(snapshot)
            lock.ensure_held()
            atomic_write(target, data, mode=snapshot.mode if snapshot.mode is not None else 0o600)
        return changes

    def _parse_for_update(self, snapshot) -> dict:
        if not snapshot.exists:
            return {}
        try:
            text = snapshot.text_for_writing()
        except JsonSyntaxError as exc:  # the plugin reads it (as U+FFFD); a write would change those bytes
            raise ConfigError(f"{exc}. The file was left as it is.") from None
        try:
            document = parse_json_text(text, self.path)
        except JsonSyntaxError as exc:
            raise ConfigError(
                f"{exc}. The file was left as it is; fix it by hand first (the plugin ignores it until then)."
            ) from None
        if not isinstance(document, dict):
            raise ConfigError(f"{self.path} does not hold a JSON object; it was left as it is.")
        return document


def _get(document: dict, setting: Setting) -> Any:
    if setting.parent:
        inner = document.get(setting.parent)
        return inner.get(setting.leaf, _MISSING) if isinstance(inner, dict) else _MISSING
    return document.get(setting.key, _MISSING)


def _put(document: dict, setting: Setting, value: Any) -> None:
    container = document
    if setting.parent:
        inner = document.get(setting.parent)
        if not isinstance(inner, dict):
            if value is _MISSING:
                return
            inner = document[setting.parent] = {}
        container = inner
    if value is _MISSING:
        container.pop(setting.leaf, None)
        if setting.parent and not container:
            del document[setting.parent]
    else:
        container[setting.leaf] = value


def _shown(value: Any) -> Any:
    return None if value is _MISSING else value


def _ends_with_newline(data: bytes | None) -> bool:
    return data is None or data.endswith(b"\n")


def _refusal(path: Path, problems: list[Problem]) -> str:
    listed = "\n".join(f"  - {p}" for p in problems)
    return (
        f"Not saved: the plugin would ignore the whole of {path} because of:\n{listed}\n"
        f"Set valid values for all of them in one command (config set K1 V1 K2 V2 ...); the file was left as it is."
    )
