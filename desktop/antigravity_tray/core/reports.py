"""Stable, JSON-ready descriptions of the settings and the pool (the CLI's ``--json``).

The shapes are documented in the README; add fields, never rename or remove them.
No refresh or access token is ever part of a report.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any

from .agents import Agent
from .config import Layer, explain
from .envvars import inspect_environment
from .pool import FAMILIES, Account, Pool
from .schema import runtime_default
from .times import iso


def layer_report(layer: Layer) -> dict[str, Any]:
    if layer.missing:
        state = "missing"
    elif layer.unreadable:
        state = "unreadable"
    elif layer.syntax_error:
        state = "syntax-error"
    else:
        state = "in-force" if layer.in_force else "ignored-invalid"
    return {
        "path": layer.path,
        "state": state,
        "syntax_error": layer.syntax_error,
        "problems": [{"key": p.key, "message": p.message} for p in layer.problems],
    }


def config_report(layers: list[Layer], env: Mapping[str, str] | None = None) -> dict[str, Any]:
    rows = explain(layers)
    report = {
        "plugin_version": "1.6.0",
        "files": {layer.name: layer_report(layer) for layer in layers},
        "settings": [
            {
                "key": row.setting.key,
                "value": row.value,
                "source": row.source,
                "default": runtime_default(row.setting),
                "type": row.setting.kind,
                "group": row.setting.group,
                "accepts": row.setting.accepts(),
                "help": row.setting.help,
                "note": row.setting.note or None,
                "masked_by_project": row.masked,
                "user_value": row.user_value,
            }
            for row in rows
        ],
    }
    if env is not None:
        report["environment"] = [finding.as_dict() for finding in inspect_environment(env)]
    return report


def account_report(account: Account, pool: Pool, now_ms: float, needs_relogin: bool = False) -> dict[str, Any]:
    current = pool.current_by_family()
    shadowed = {a.position for a in pool.shadowed()}
    cooldown = None
    if account.cooling_down(now_ms):
        cooldown = {"until": iso(account.cooling_down_until), "reason": account.cooldown_reason}
    return {
        "number": account.position + 1,
        "email": account.email,
        "enabled": account.enabled,
        "current_for": [f for f in FAMILIES if (c := current[f]) is not None and c.position == account.position],
        "project_id": account.project_id,
        "managed_project_id": account.managed_project_id,
        "rate_limits": [
            {"key": key, "until": iso(until)} for key, until in sorted(account.active_rate_limits(now_ms).items())
        ],
        "cooldown": cooldown,
        "verification": {
            "required": account.verification_required,
            "reason": account.verification_reason,
            "url": account.verification_url,
        },
        "quota": {
            group: {"remaining_fraction": info.get("remainingFraction"), "reset_time": info.get("resetTime")}
            for group, info in sorted(account.cached_quota.items())
        },
        "quota_updated_at": iso(account.cached_quota_updated_at),
        "last_used": iso(account.last_used or None),
        "added_at": iso(account.added_at or None),
        "shadowed_by_duplicate": account.position in shadowed,
        "needs_relogin": needs_relogin,
    }


def pool_report(
    pool: Pool,
    path: str,
    exists: bool,
    agents: list[Agent],
    now_ms: float,
    needs_relogin: AbstractSet[str] = frozenset(),
) -> dict[str, Any]:
    """``needs_relogin``: casefolded emails whose token Google refused (our own state)."""
    current = pool.current_by_family()
    return {
        "path": path,
        "exists": exists,
        "version": pool.version,
        "current": {f: (c.label if (c := current[f]) else None) for f in FAMILIES},
        "accounts": [
            account_report(a, pool, now_ms, (a.email or "").casefold() in needs_relogin) for a in pool.accounts
        ],
        "ignored_entries": [p + 1 for p in pool.ignored_entries],
        "running_agents": [agent.as_dict() for agent in agents],
    }
