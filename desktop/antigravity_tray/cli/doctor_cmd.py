"""``antigravity-tray doctor [--json] [--project DIR]``: is the plugin actually set up? Exit 0
when all is well, 1 when something needs fixing (core/doctor.py has the checks)."""

from __future__ import annotations

import os
from pathlib import Path

from ..core import doctor
from ..core.config import effective_config
from ..core.paths import APP_NAME
from ..core.vault import VaultUnavailable
from .context import EXIT_OK, EXIT_PROBLEMS, Context, print_json

MARKS = {doctor.OK: "ok", doctor.PROBLEM: "PROBLEM", doctor.ADVICE: "advice"}


def keyring_check(ctx: Context):
    def check() -> doctor.Finding:
        if not ctx.preferences.get("vault_enabled"):
            return doctor.Finding("keyring", doctor.ADVICE, "The vault is turned off in this app's preferences.")
        try:
            ctx.open_vault(required=True)  # the same probe the vault's own commands use
        except VaultUnavailable as exc:
            return doctor.Finding(
                "keyring",
                doctor.PROBLEM,
                f"No usable keyring ({exc}): the vault cannot keep copies of the accounts.",
                "Install or unlock a Secret Service (GNOME Keyring or KWallet on Linux).",
            )
        return doctor.Finding("keyring", doctor.OK, "A keyring answers: the vault can keep copies of the accounts.")

    return check


def notifications_check() -> doctor.Finding:
    from ..platform import notifications

    notifier, reason = notifications.connect(APP_NAME, None)
    if notifier is None:
        return doctor.Finding(
            "notifications",
            doctor.PROBLEM,
            f"No notification server answers ({reason}): switches show only as tray balloons.",
            "Run your desktop's notification service (or dunst or mako on a bare window manager).",
        )
    notifier.close()
    return doctor.Finding("notifications", doctor.OK, "A notification server answers.")


def cmd_doctor(ctx: Context, args) -> int:
    project = Path(args.project) if args.project else Path(os.getcwd())
    layers = ctx.layers(str(project))
    debug_on = effective_config(layers).get("debug") is True
    findings = doctor.run(ctx.plugin, project, layers[0], debug_on, [keyring_check(ctx), notifications_check])
    if args.json:
        print_json({"ok": doctor.healthy(findings), "findings": [f.as_dict() for f in findings]})
    else:
        for finding in findings:
            print(f"[{MARKS[finding.level]}] {finding.message}")
            if finding.fix and finding.level != doctor.OK:
                print(f"      fix: {finding.fix}")
    return EXIT_OK if doctor.healthy(findings) else EXIT_PROBLEMS


__all__ = ["cmd_doctor"]
