"""``antigravity-tray watch [--json]``: account events as they happen, one per line.

The same events the tray turns into toasts, from the same code: the pool file through a
file watcher, the plugin's debug log when it is on. Runs until Ctrl+C (or SIGTERM).
"""

from __future__ import annotations

import json
import sys
from datetime import datetime

from ..core.switches import LIMITED, SWITCH, AccountEvent
from ..core.toasts import describe
from .context import EXIT_FILE_ERROR, EXIT_OK, Context


def event_line(event: AccountEvent, with_date: bool = False) -> str:
    """One readable line: time, what, and the toast's words in English."""
    clock = datetime.fromtimestamp(event.at_ms / 1000).strftime("%Y-%m-%d %H:%M:%S" if with_date else "%H:%M:%S")
    summary, body = describe(event)
    what = f"{event.kind} ({event.reason})" if event.kind in (SWITCH, LIMITED) else event.kind
    return f"{clock}  {what}: {summary.english()}. {body.english()}"


def cmd_watch(ctx: Context, args) -> int:
    try:
        from PySide6.QtCore import QCoreApplication
    except ImportError as exc:
        print(f"error: watch needs Qt's core library: {exc}", file=sys.stderr)
        return EXIT_FILE_ERROR
    from ..live.hub import AppHub
    from ..live.monitor import logs_folder
    from ..platform.quit_signals import QuitOnSignals

    app = QCoreApplication.instance() or QCoreApplication(["antigravity-tray"])
    hub = AppHub(ctx)

    def show(event: AccountEvent) -> None:
        print(json.dumps(event.as_dict(), ensure_ascii=False) if args.json else event_line(event), flush=True)

    hub.monitor.accountEvent.connect(show)
    signals = QuitOnSignals(app.quit, app)
    print(
        f"watching {ctx.plugin.accounts_file} and the debug log in {logs_folder(hub)}; Ctrl+C stops",
        file=sys.stderr,
        flush=True,
    )
    try:
        app.exec()
    finally:
        signals.restore()
        hub.shutdown()
    return EXIT_OK
