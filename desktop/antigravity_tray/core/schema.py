"""Every setting of plugin 1.6.0's ``antigravity.json``, in one table.

This table drives validation, the CLI's ``config set``, the settings form and the docs.
When the plugin adds a key, one row changes. Types and ranges mirror the plugin's zod
schema exactly: numbers are JSON numbers (no integer constraint), ranges are inclusive,
booleans must be JSON ``true``/``false``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .messages import QT_TRANSLATE_NOOP

BOOL = "boolean"
NUMBER = "number"
STRING = "string"
ENUM = "enum"
AUTO_OR_NUMBER = "auto-or-number"  # the literal "auto", or a number in range

GROUPS = (
    ("rotation", QT_TRANSLATE_NOOP("Schema", "Account rotation")),
    ("notifications", QT_TRANSLATE_NOOP("Schema", "Notifications in OpenCode")),
    ("quota", QT_TRANSLATE_NOOP("Schema", "Quota")),
    ("health_score", QT_TRANSLATE_NOOP("Schema", "Health score (hybrid)")),
    ("token_bucket", QT_TRANSLATE_NOOP("Schema", "Token bucket (hybrid)")),
    ("recovery", QT_TRANSLATE_NOOP("Schema", "Recovery")),
    ("debug", QT_TRANSLATE_NOOP("Schema", "Debug")),
    ("advanced", QT_TRANSLATE_NOOP("Schema", "Advanced")),
)

# Optional nested objects. The plugin's zod schema gives them no default, but its
# DEFAULT_CONFIG does, and zod fills their inner defaults whenever a file has them.
OBJECT_KEYS = ("signature_cache", "health_score", "token_bucket")


@dataclass(frozen=True)
class Setting:
    key: str  # dotted for nested keys: "health_score.initial"
    kind: str
    group: str
    help: str
    default: Any = None  # the zod default; None means the key is optional with none
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    runtime_default: Any = None  # DEFAULT_CONFIG's value where it differs from zod's
    note: str = ""  # what the plugin really does with it, when that surprises

    @property
    def parent(self) -> str | None:
        return self.key.split(".", 1)[0] if "." in self.key else None

    @property
    def leaf(self) -> str:
        return self.key.rsplit(".", 1)[-1]

    @property
    def has_default(self) -> bool:
        return self.default is not None

    def accepts(self) -> str:
        """What a value must be, in words, for messages."""
        if self.kind == BOOL:
            return "true or false"
        if self.kind == ENUM:
            return "one of " + ", ".join(self.choices)
        if self.kind == NUMBER:
            return f"a number from {_num(self.minimum)} to {_num(self.maximum)}"
        if self.kind == AUTO_OR_NUMBER:
            return f'"auto" or a number from {_num(self.minimum)} to {_num(self.maximum)}'
        return "any text"


def _num(value: float | None) -> str:
    if value is None:
        return "any"
    return str(int(value)) if float(value).is_integer() else str(value)


def _b(key, group, default, help, **kw) -> Setting:
    return Setting(key, BOOL, group, help, default, **kw)


def _n(key, group, default, lo, hi, help, **kw) -> Setting:
    return Setting(key, NUMBER, group, help, default, lo, hi, **kw)


def _e(key, group, default, choices, help, **kw) -> Setting:
    return Setting(key, ENUM, group, help, default, choices=tuple(choices), **kw)


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "$schema",
        STRING,
        "advanced",
        QT_TRANSLATE_NOOP("Schema", "URL of the JSON Schema, for editors; the plugin ignores it."),
    ),
    _b(
        "quiet_mode",
        "notifications",
        False,
        QT_TRANSLATE_NOOP("Schema", "Hide the plugin's toasts about rate limits and account switches."),
    ),
    _e(
        "toast_scope",
        "notifications",
        "root_only",
        ("root_only", "all"),
        QT_TRANSLATE_NOOP(
            "Schema", "Show toasts only in the main session (root_only) or in subagent sessions too (all)."
        ),
    ),
    _b("debug", "debug", False, QT_TRANSLATE_NOOP("Schema", "Write a debug log file for each OpenCode run.")),
    _b(
        "debug_tui", "debug", False, QT_TRANSLATE_NOOP("Schema", "Send the plugin's log lines to OpenCode's log panel.")
    ),
    Setting(
        "log_dir",
        STRING,
        "debug",
        QT_TRANSLATE_NOOP("Schema", "Folder for debug logs (default: antigravity-logs beside the config)."),
    ),
    _b("keep_thinking", "advanced", False, QT_TRANSLATE_NOOP("Schema", "Keep Claude's thinking blocks across turns.")),
    _b(
        "session_recovery",
        "recovery",
        True,
        QT_TRANSLATE_NOOP("Schema", "Repair a session after a tool or thinking-block error."),
    ),
    _b(
        "auto_resume",
        "recovery",
        False,
        QT_TRANSLATE_NOOP("Schema", "After a recovery, send the resume text automatically."),
        runtime_default=True,
        note=QT_TRANSLATE_NOOP("Schema", "true when no config file exists at all, false once any config file omits it"),
    ),
    Setting(
        "resume_text",
        STRING,
        "recovery",
        QT_TRANSLATE_NOOP("Schema", "Text sent to continue after a recovery."),
        "continue",
    ),
    _b(
        "signature_cache.enabled",
        "advanced",
        True,
        QT_TRANSLATE_NOOP("Schema", "Cache thinking signatures (used with keep_thinking)."),
    ),
    _n(
        "signature_cache.memory_ttl_seconds",
        "advanced",
        3600,
        60,
        86400,
        QT_TRANSLATE_NOOP("Schema", "How long signatures stay in memory."),
    ),
    _n(
        "signature_cache.disk_ttl_seconds",
        "advanced",
        172800,
        3600,
        604800,
        QT_TRANSLATE_NOOP("Schema", "How long signatures stay on disk."),
    ),
    _n(
        "signature_cache.write_interval_seconds",
        "advanced",
        60,
        10,
        600,
        QT_TRANSLATE_NOOP("Schema", "How often the cache is written to disk."),
    ),
    _n(
        "empty_response_max_attempts",
        "recovery",
        4,
        1,
        10,
        QT_TRANSLATE_NOOP("Schema", "Retries when the model returns an empty answer."),
    ),
    _n(
        "empty_response_retry_delay_ms",
        "recovery",
        2000,
        500,
        10000,
        QT_TRANSLATE_NOOP("Schema", "Pause between those retries, in ms."),
    ),
    _b(
        "tool_id_recovery",
        "recovery",
        True,
        QT_TRANSLATE_NOOP("Schema", "Repair mismatched tool-call ids."),
        note=QT_TRANSLATE_NOOP("Schema", "no runtime use found in plugin 1.6.0"),
    ),
    _b(
        "claude_tool_hardening",
        "advanced",
        True,
        QT_TRANSLATE_NOOP("Schema", "Guard Claude against calling tools that do not exist."),
    ),
    _b(
        "claude_prompt_auto_caching",
        "advanced",
        False,
        QT_TRANSLATE_NOOP("Schema", "Add prompt-cache markers to Claude requests automatically."),
    ),
    _b(
        "proactive_token_refresh",
        "advanced",
        True,
        QT_TRANSLATE_NOOP("Schema", "Refresh access tokens in the background before they expire."),
    ),
    _n(
        "proactive_refresh_buffer_seconds",
        "advanced",
        1800,
        60,
        7200,
        QT_TRANSLATE_NOOP("Schema", "Refresh a token this many seconds before it expires."),
    ),
    _n(
        "proactive_refresh_check_interval_seconds",
        "advanced",
        300,
        30,
        1800,
        QT_TRANSLATE_NOOP("Schema", "How often the background refresh checks tokens."),
    ),
    _n(
        "max_rate_limit_wait_seconds",
        "rotation",
        300,
        0,
        3600,
        QT_TRANSLATE_NOOP("Schema", "Longest wait when every account is rate-limited (0 waits forever)."),
    ),
    _b(
        "quota_fallback",
        "quota",
        False,
        QT_TRANSLATE_NOOP("Schema", "Deprecated."),
        note=QT_TRANSLATE_NOOP("Schema", "ignored by plugin 1.6.0"),
    ),
    _b(
        "cli_first",
        "rotation",
        False,
        QT_TRANSLATE_NOOP("Schema", "For Gemini, use the Gemini CLI quota before the Antigravity quota."),
    ),
    _e(
        "account_selection_strategy",
        "rotation",
        "hybrid",
        ("sticky", "round-robin", "hybrid"),
        QT_TRANSLATE_NOOP(
            "Schema", "How the plugin picks an account: stay on one, rotate every request, or score them."
        ),
    ),
    _b(
        "pid_offset_enabled",
        "rotation",
        False,
        QT_TRANSLATE_NOOP(
            "Schema", "Start each OpenCode process on a different account (process id modulo account count)."
        ),
        note=QT_TRANSLATE_NOOP("Schema", "acts only with sticky, and with hybrid when hybrid finds no candidate"),
    ),
    _b(
        "switch_on_first_rate_limit",
        "rotation",
        True,
        QT_TRANSLATE_NOOP("Schema", "Switch account on the first rate limit instead of retrying."),
    ),
    _e(
        "scheduling_mode",
        "rotation",
        "cache_first",
        ("cache_first", "balance", "performance_first"),
        QT_TRANSLATE_NOOP("Schema", "cache_first waits briefly on the same account to keep the prompt cache."),
        note=QT_TRANSLATE_NOOP("Schema", "balance and performance_first behave the same in plugin 1.6.0"),
    ),
    _n(
        "max_cache_first_wait_seconds",
        "rotation",
        60,
        5,
        300,
        QT_TRANSLATE_NOOP("Schema", "Longest wait on the same account in cache_first mode."),
    ),
    _n(
        "failure_ttl_seconds",
        "rotation",
        3600,
        60,
        7200,
        QT_TRANSLATE_NOOP("Schema", "Forget an account's failures after this many seconds."),
    ),
    _n(
        "default_retry_after_seconds",
        "rotation",
        60,
        1,
        300,
        QT_TRANSLATE_NOOP("Schema", "Wait assumed when a rate limit gives no retry time."),
    ),
    _n(
        "max_backoff_seconds",
        "rotation",
        60,
        5,
        300,
        QT_TRANSLATE_NOOP("Schema", "Cap on backoff between retries."),
        note=QT_TRANSLATE_NOOP("Schema", "computed but not used by plugin 1.6.0"),
    ),
    _n(
        "request_jitter_max_ms",
        "rotation",
        0,
        0,
        5000,
        QT_TRANSLATE_NOOP("Schema", "Random delay added before each request, in ms."),
    ),
    _n(
        "soft_quota_threshold_percent",
        "quota",
        90,
        1,
        100,
        QT_TRANSLATE_NOOP("Schema", "Skip an account once this share of its quota is used (100 turns it off)."),
    ),
    _n(
        "quota_refresh_interval_minutes",
        "quota",
        15,
        0,
        60,
        QT_TRANSLATE_NOOP("Schema", "How often cached quota is refreshed (0 turns it off)."),
    ),
    Setting(
        "soft_quota_cache_ttl_minutes",
        AUTO_OR_NUMBER,
        "quota",
        QT_TRANSLATE_NOOP(
            "Schema", 'How long cached quota is trusted; "auto" is twice the refresh interval, at least 10 minutes.'
        ),
        "auto",
        1,
        120,
    ),
    _n(
        "health_score.initial",
        "health_score",
        70,
        0,
        100,
        QT_TRANSLATE_NOOP("Schema", "Score a new account starts with."),
    ),
    _n(
        "health_score.success_reward",
        "health_score",
        1,
        0,
        10,
        QT_TRANSLATE_NOOP("Schema", "Points gained per successful request."),
    ),
    _n(
        "health_score.rate_limit_penalty",
        "health_score",
        -10,
        -50,
        0,
        QT_TRANSLATE_NOOP("Schema", "Points lost per rate limit."),
    ),
    _n(
        "health_score.failure_penalty",
        "health_score",
        -20,
        -100,
        0,
        QT_TRANSLATE_NOOP("Schema", "Points lost per failure."),
    ),
    _n(
        "health_score.recovery_rate_per_hour",
        "health_score",
        2,
        0,
        20,
        QT_TRANSLATE_NOOP("Schema", "Points recovered per hour of rest."),
    ),
    _n(
        "health_score.min_usable",
        "health_score",
        50,
        0,
        100,
        QT_TRANSLATE_NOOP("Schema", "Lowest score an account may have to be picked."),
        note=QT_TRANSLATE_NOOP("Schema", "not applied: plugin 1.6.0 uses a fixed 50"),
    ),
    _n("health_score.max_score", "health_score", 100, 50, 100, QT_TRANSLATE_NOOP("Schema", "Highest possible score.")),
    _n(
        "token_bucket.max_tokens",
        "token_bucket",
        50,
        1,
        1000,
        QT_TRANSLATE_NOOP("Schema", "Requests an account can burst."),
    ),
    _n(
        "token_bucket.regeneration_rate_per_minute",
        "token_bucket",
        6,
        0.1,
        60,
        QT_TRANSLATE_NOOP("Schema", "Tokens regained per minute."),
    ),
    _n(
        "token_bucket.initial_tokens",
        "token_bucket",
        50,
        1,
        1000,
        QT_TRANSLATE_NOOP("Schema", "Tokens an account starts with."),
    ),
    _b("auto_update", "advanced", True, QT_TRANSLATE_NOOP("Schema", "Let the plugin update itself from npm.")),
)


# Each setting's name in words, as the form shows it (the key is shown too, untranslated).
TITLES = {
    "$schema": QT_TRANSLATE_NOOP("Schema", "JSON Schema address"),
    "quiet_mode": QT_TRANSLATE_NOOP("Schema", "Quiet mode"),
    "toast_scope": QT_TRANSLATE_NOOP("Schema", "Toast scope"),
    "debug": QT_TRANSLATE_NOOP("Schema", "Debug"),
    "debug_tui": QT_TRANSLATE_NOOP("Schema", "Debug TUI"),
    "log_dir": QT_TRANSLATE_NOOP("Schema", "Log dir"),
    "keep_thinking": QT_TRANSLATE_NOOP("Schema", "Keep thinking"),
    "session_recovery": QT_TRANSLATE_NOOP("Schema", "Session recovery"),
    "auto_resume": QT_TRANSLATE_NOOP("Schema", "Auto resume"),
    "resume_text": QT_TRANSLATE_NOOP("Schema", "Resume text"),
    "signature_cache.enabled": QT_TRANSLATE_NOOP("Schema", "Enabled"),
    "signature_cache.memory_ttl_seconds": QT_TRANSLATE_NOOP("Schema", "Memory TTL seconds"),
    "signature_cache.disk_ttl_seconds": QT_TRANSLATE_NOOP("Schema", "Disk TTL seconds"),
    "signature_cache.write_interval_seconds": QT_TRANSLATE_NOOP("Schema", "Write interval seconds"),
    "empty_response_max_attempts": QT_TRANSLATE_NOOP("Schema", "Empty response max attempts"),
    "empty_response_retry_delay_ms": QT_TRANSLATE_NOOP("Schema", "Empty response retry delay (ms)"),
    "tool_id_recovery": QT_TRANSLATE_NOOP("Schema", "Tool ID recovery"),
    "claude_tool_hardening": QT_TRANSLATE_NOOP("Schema", "Claude tool hardening"),
    "claude_prompt_auto_caching": QT_TRANSLATE_NOOP("Schema", "Claude prompt auto caching"),
    "proactive_token_refresh": QT_TRANSLATE_NOOP("Schema", "Proactive token refresh"),
    "proactive_refresh_buffer_seconds": QT_TRANSLATE_NOOP("Schema", "Proactive refresh buffer seconds"),
    "proactive_refresh_check_interval_seconds": QT_TRANSLATE_NOOP("Schema", "Proactive refresh check interval seconds"),
    "max_rate_limit_wait_seconds": QT_TRANSLATE_NOOP("Schema", "Max rate limit wait seconds"),
    "quota_fallback": QT_TRANSLATE_NOOP("Schema", "Quota fallback"),
    "cli_first": QT_TRANSLATE_NOOP("Schema", "CLI first"),
    "account_selection_strategy": QT_TRANSLATE_NOOP("Schema", "Account selection strategy"),
    "pid_offset_enabled": QT_TRANSLATE_NOOP("Schema", "PID offset enabled"),
    "switch_on_first_rate_limit": QT_TRANSLATE_NOOP("Schema", "Switch on first rate limit"),
    "scheduling_mode": QT_TRANSLATE_NOOP("Schema", "Scheduling mode"),
    "max_cache_first_wait_seconds": QT_TRANSLATE_NOOP("Schema", "Max cache first wait seconds"),
    "failure_ttl_seconds": QT_TRANSLATE_NOOP("Schema", "Failure TTL seconds"),
    "default_retry_after_seconds": QT_TRANSLATE_NOOP("Schema", "Default retry after seconds"),
    "max_backoff_seconds": QT_TRANSLATE_NOOP("Schema", "Max backoff seconds"),
    "request_jitter_max_ms": QT_TRANSLATE_NOOP("Schema", "Request jitter max (ms)"),
    "soft_quota_threshold_percent": QT_TRANSLATE_NOOP("Schema", "Soft quota threshold percent"),
    "quota_refresh_interval_minutes": QT_TRANSLATE_NOOP("Schema", "Quota refresh interval minutes"),
    "soft_quota_cache_ttl_minutes": QT_TRANSLATE_NOOP("Schema", "Soft quota cache TTL minutes"),
    "health_score.initial": QT_TRANSLATE_NOOP("Schema", "Initial"),
    "health_score.success_reward": QT_TRANSLATE_NOOP("Schema", "Success reward"),
    "health_score.rate_limit_penalty": QT_TRANSLATE_NOOP("Schema", "Rate limit penalty"),
    "health_score.failure_penalty": QT_TRANSLATE_NOOP("Schema", "Failure penalty"),
    "health_score.recovery_rate_per_hour": QT_TRANSLATE_NOOP("Schema", "Recovery rate per hour"),
    "health_score.min_usable": QT_TRANSLATE_NOOP("Schema", "Min usable"),
    "health_score.max_score": QT_TRANSLATE_NOOP("Schema", "Max score"),
    "token_bucket.max_tokens": QT_TRANSLATE_NOOP("Schema", "Max tokens"),
    "token_bucket.regeneration_rate_per_minute": QT_TRANSLATE_NOOP("Schema", "Regeneration rate per minute"),
    "token_bucket.initial_tokens": QT_TRANSLATE_NOOP("Schema", "Initial tokens"),
    "auto_update": QT_TRANSLATE_NOOP("Schema", "Auto update"),
}

BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}
TOP_LEVEL_KEYS: tuple[str, ...] = tuple(dict.fromkeys(s.key.split(".", 1)[0] for s in SETTINGS))


def children(object_key: str) -> tuple[Setting, ...]:
    return tuple(s for s in SETTINGS if s.parent == object_key)


def runtime_default(setting: Setting) -> Any:
    """The value in force when no config file exists (the plugin's DEFAULT_CONFIG)."""
    return setting.runtime_default if setting.runtime_default is not None else setting.default
