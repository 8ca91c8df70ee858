"""Which ``OPENCODE_ANTIGRAVITY_*`` variables plugin 1.6.0 still reads.

Most of the documented overrides were removed in 1.6.0 (the docs still show them, the
PID-offset one among them); setting them does nothing. People deserve to know.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

PREFIX = "OPENCODE_ANTIGRAVITY_"


def _debug_level(value: str) -> str:
    trimmed = value.strip()
    if trimmed in ("1", "true"):
        return "debug log on"
    if trimmed in ("2", "verbose"):
        return "debug log on (verbose has no extra effect in 1.6.0)"
    return "no effect: only 1, true, 2 or verbose turn the debug log on"


def _truthy_flag(value: str) -> bool:
    return value == "1" or value.lower() == "true"


READ = {
    "OPENCODE_ANTIGRAVITY_DEBUG": _debug_level,
    "OPENCODE_ANTIGRAVITY_DEBUG_TUI": lambda v: (
        "log panel on" if _truthy_flag(v) else "no effect: only 1 or true turn it on"
    ),
    "OPENCODE_ANTIGRAVITY_CONSOLE_LOG": lambda v: (
        "log lines also go to the console" if _truthy_flag(v) else "no effect: only 1 or true turn it on"
    ),
    "OPENCODE_ANTIGRAVITY_OAUTH_BIND": lambda v: f"login callback binds {v or '(empty: default)'}",
}

# Documented, or read by earlier releases, and ignored since 1.6.0 -> the setting to use.
IGNORED = {
    "OPENCODE_ANTIGRAVITY_QUIET": "quiet_mode",
    "OPENCODE_ANTIGRAVITY_TOAST_SCOPE": "toast_scope",
    "OPENCODE_ANTIGRAVITY_LOG_DIR": "log_dir",
    "OPENCODE_ANTIGRAVITY_KEEP_THINKING": "keep_thinking",
    "OPENCODE_ANTIGRAVITY_ACCOUNT_SELECTION_STRATEGY": "account_selection_strategy",
    "OPENCODE_ANTIGRAVITY_PID_OFFSET_ENABLED": "pid_offset_enabled",
    "OPENCODE_ANTIGRAVITY_SCHEDULING_MODE": "scheduling_mode",
    "OPENCODE_ANTIGRAVITY_SESSION_RECOVERY": "session_recovery",
    "OPENCODE_ANTIGRAVITY_AUTO_RESUME": "auto_resume",
    "OPENCODE_ANTIGRAVITY_RESUME_TEXT": "resume_text",
    "OPENCODE_ANTIGRAVITY_AUTO_UPDATE": "auto_update",
}


@dataclass(frozen=True)
class EnvFinding:
    name: str
    value: str
    read: bool
    meaning: str
    setting: str | None = None  # the antigravity.json key to use instead

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "value": self.value,
            "read_by_plugin": self.read,
            "meaning": self.meaning,
            "use_setting": self.setting,
        }


def inspect_environment(env: Mapping[str, str]) -> list[EnvFinding]:
    findings = []
    for name in sorted(n for n in env if n.startswith(PREFIX)):
        value = env[name]
        if name in READ:
            findings.append(EnvFinding(name, value, True, READ[name](value)))
        elif name in IGNORED:
            key = IGNORED[name]
            findings.append(
                EnvFinding(
                    name, value, False, f"ignored since plugin 1.6.0; set {key} in antigravity.json instead", key
                )
            )
        else:
            findings.append(EnvFinding(name, value, False, "not read by plugin 1.6.0"))
    return findings
