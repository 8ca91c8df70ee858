"""How a setting's name and value read in the settings form."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core.schema import AUTO_OR_NUMBER, BOOL, ENUM, NUMBER, TITLES, Setting

translate = QCoreApplication.translate  # each call names its context literally, for pyside6-lupdate


# Words that are acronyms in the keys, for the titles shown beside each field.
def setting_title(setting: Setting) -> str:
    """The field's name in words ("PID offset enabled"), marked in core/schema.py."""
    return translate("Schema", TITLES[setting.key])


def format_value(setting: Setting, value: Any) -> str:
    """A value as the form shows it in sentences ("on", "round-robin", "300")."""
    if value is None:
        return translate("SettingsWidgets", "not set")
    if setting.kind == BOOL and isinstance(value, bool):
        return translate("SettingsWidgets", "on") if value else translate("SettingsWidgets", "off")
    if isinstance(value, str):
        return value if setting.kind != "string" else json.dumps(value, ensure_ascii=False)
    return json.dumps(value)


def same_value(a: Any, b: Any) -> bool:
    """The same JSON text: equal and of the same type (true is not 1, 5 is not 5.0)."""
    return a is b or (type(a) is type(b) and a == b)


def equal_value(a: Any, b: Any) -> bool:
    """The same value for the plugin: 5 and 5.0 are one number, true is still not 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return a == b


def number_text(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def accepts_text(setting: Setting) -> str:
    """What a value must be, in words (the translatable twin of Setting.accepts)."""
    low, high = number_text(setting.minimum), number_text(setting.maximum)
    if setting.kind == BOOL:
        return translate("SettingsWidgets", "on or off (true or false)")
    if setting.kind == ENUM:
        return translate("SettingsWidgets", "one of {0}").format(", ".join(setting.choices))
    if setting.kind == NUMBER:
        return translate("SettingsWidgets", "a number from {0} to {1}").format(low, high)
    if setting.kind == AUTO_OR_NUMBER:
        return translate("SettingsWidgets", '"auto" or a number from {0} to {1}').format(low, high)
    return translate("SettingsWidgets", "text")


def file_value_text(value: Any, limit: int = 40) -> str:
    """A value from the file as JSON, shortened for a sentence."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
