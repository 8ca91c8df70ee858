"""Validation and effective values of ``antigravity.json``, exactly as plugin 1.6.0 sees them.

The plugin validates each file on its own; one invalid value makes it ignore the whole
file. A file that exists contributes every defaulted key, so a project file resets the
user's settings it does not mention (a zod quirk the reference documents).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .schema import (
    AUTO_OR_NUMBER,
    BOOL,
    BY_KEY,
    ENUM,
    OBJECT_KEYS,
    SETTINGS,
    STRING,
    TOP_LEVEL_KEYS,
    Setting,
    children,
    runtime_default,
)


@dataclass(frozen=True)
class Problem:
    key: str  # dotted path; "" for the document itself
    message: str

    def __str__(self) -> str:
        return f"{self.key or '(document)'}: {self.message}"


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def as_finite_number(value: Any) -> float | None:
    """The value as JavaScript would hold it, if it is a finite JSON number."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        number = float(value)  # huge integers overflow to Infinity in JS
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def check_value(setting: Setting, value: Any) -> str | None:
    """Why ``value`` is not acceptable for ``setting``, or None if it is."""
    wanted = setting.accepts()
    if setting.kind == BOOL:
        ok = isinstance(value, bool)
    elif setting.kind == STRING:
        ok = isinstance(value, str)
    elif setting.kind == ENUM:
        ok = isinstance(value, str) and value in setting.choices
    elif setting.kind == AUTO_OR_NUMBER and value == "auto":
        ok = True
    else:  # NUMBER, or AUTO_OR_NUMBER with a number
        number = as_finite_number(value)
        low = setting.minimum if setting.minimum is not None else float("-inf")
        high = setting.maximum if setting.maximum is not None else float("inf")
        ok = number is not None and low <= number <= high
    if ok:
        return None
    shown = f"{value!r}" if isinstance(value, str) else _type_name(value)
    if as_finite_number(value) is not None:
        shown = f"{value}"
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        shown = "a number too large for JSON"
    return f"must be {wanted}, not {shown}"


def validate(document: Any) -> list[Problem]:
    """Every problem in a parsed document, by key, in schema order.

    Agrees with ``AntigravityConfigSchema.partial().safeParse``: unknown keys are allowed
    (the plugin drops them), every known key present must hold a valid value.
    """
    if not isinstance(document, dict):
        return [Problem("", f"the file must hold a JSON object, not {_type_name(document)}")]
    problems: list[Problem] = []
    for key in TOP_LEVEL_KEYS:
        if key not in document:
            continue
        value = document[key]
        if key in OBJECT_KEYS:
            problems.extend(_validate_object(key, value))
        else:
            reason = check_value(BY_KEY[key], value)
            if reason:
                problems.append(Problem(key, reason))
    return problems


def _validate_object(key: str, value: Any) -> Iterable[Problem]:
    if not isinstance(value, dict):
        yield Problem(key, f"must be an object, not {_type_name(value)}")
        return
    for child in children(key):
        if child.leaf in value:
            reason = check_value(child, value[child.leaf])
            if reason:
                yield Problem(child.key, reason)


# -- what the plugin ends up with ---------------------------------------------------


def plugin_defaults() -> dict[str, Any]:
    """The plugin's DEFAULT_CONFIG: what is in force when no config file exists."""
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        if setting.parent:
            values.setdefault(setting.parent, {})[setting.leaf] = setting.default
        elif setting.has_default:
            values[setting.key] = runtime_default(setting)
    return values


def parsed_layer(document: Mapping[str, Any]) -> dict[str, Any]:
    """A valid file as zod returns it: unknown keys gone, every defaulted key present,
    nested objects (when given) completed with their inner defaults."""
    layer: dict[str, Any] = {}
    for key in TOP_LEVEL_KEYS:
        if key in OBJECT_KEYS:
            if key in document:
                given = document[key]
                layer[key] = {c.leaf: given.get(c.leaf, c.default) for c in children(key)}
        elif key in document:
            layer[key] = document[key]
        elif BY_KEY[key].has_default:
            layer[key] = BY_KEY[key].default
    return layer


def merge_layer(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """The plugin's shallow merge, deep only for signature_cache."""
    merged = {**base, **override}
    if override.get("signature_cache"):
        merged["signature_cache"] = {**(base.get("signature_cache") or {}), **override["signature_cache"]}
    else:
        merged["signature_cache"] = base.get("signature_cache")
    if merged["signature_cache"] is None:
        del merged["signature_cache"]
    return merged


@dataclass(frozen=True)
class Layer:
    """One config file as the plugin would read it."""

    name: str  # "user" or "project"
    path: str
    document: Any = None  # the parsed JSON, when it parsed
    syntax_error: str | None = None  # why it was not read: bad JSON, or (unreadable) not a file we read
    missing: bool = False
    unreadable: bool = False  # a FIFO, a device, a huge file, no permission

    @property
    def problems(self) -> list[Problem]:
        if self.missing or self.syntax_error:
            return []
        return validate(self.document)

    @property
    def in_force(self) -> bool:
        """Whether the plugin uses this file at all."""
        return not self.missing and not self.syntax_error and not self.problems

    def explicit(self, key: str) -> bool:
        if not self.in_force:
            return False
        parent, _, leaf = key.partition(".")
        if not leaf:
            return parent in self.document
        inner = self.document.get(parent)
        return isinstance(inner, dict) and leaf in inner


@dataclass(frozen=True)
class EffectiveSetting:
    setting: Setting
    value: Any
    source: str  # "default", "user" or "project": the file that set it explicitly
    masked: bool = False  # the user file sets it, but a project file decides it
    user_value: Any = None  # what the user file says, when masked


def effective_config(layers: Iterable[Layer]) -> dict[str, Any]:
    """The object the plugin's loadConfig returns for these files."""
    config = plugin_defaults()
    for layer in layers:
        if layer.in_force:
            config = merge_layer(config, parsed_layer(layer.document))
    return config


def _contributes(layer: Layer, setting: Setting) -> bool:
    """Whether this file supplies the setting's value, explicitly or by zod's default."""
    if not layer.in_force:
        return False
    top = setting.parent or setting.key
    return top in layer.document or (not setting.parent and setting.has_default)


def explain(layers: list[Layer]) -> list[EffectiveSetting]:
    """Every setting's effective value, where it comes from, and what a project file masks."""
    config = effective_config(layers)
    user = next((layer for layer in layers if layer.name == "user"), None)
    rows = []
    for setting in SETTINGS:
        owner = None
        for layer in layers:
            if _contributes(layer, setting):
                owner = layer
        source = owner.name if owner is not None and owner.explicit(setting.key) else "default"
        masked = bool(owner is not None and owner.name == "project" and user is not None and user.explicit(setting.key))
        user_value = _lookup(user.document, setting.key) if masked and user is not None else None
        rows.append(EffectiveSetting(setting, _lookup(config, setting.key), source, masked, user_value))
    return rows


def _lookup(config: Mapping[str, Any], key: str) -> Any:
    parent, _, leaf = key.partition(".")
    if not leaf:
        return config.get(parent)
    inner = config.get(parent)
    return inner.get(leaf) if isinstance(inner, dict) else None
