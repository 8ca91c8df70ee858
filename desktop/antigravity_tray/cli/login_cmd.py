"""``login``: sign a Google account in and land it in the plugin's pool."""

from __future__ import annotations

import queue
import sys
import threading
import webbrowser

from ..core.login_errors import BadPaste, LoginCancelled, LoginError
from ..core.oauth import LoginFlow
from .context import EXIT_LOGIN_FAILED, EXIT_OK, Context, plural


def cmd_login(ctx: Context, args) -> int:
    flow = LoginFlow(ctx.endpoints(), project_id=args.project)
    try:
        flow.start_receiver()
        print("Sign in with Google in your browser. If it does not open, open this address:", file=sys.stderr)
        print(flow.authorization_url, flush=True)  # alone on its line, for copying and for scripts
        if not args.no_browser:
            webbrowser.open(flow.authorization_url)
        interactive = sys.stdin is not None and sys.stdin.isatty()
        if interactive:
            print(
                "Waiting for the browser... or paste the address it ended on (or the code) here "
                "and press Enter. Ctrl+C cancels.",
                file=sys.stderr,
            )
        result = flow.finish(_wait_for_code(flow, interactive))
    except KeyboardInterrupt:
        flow.cancel()
        print(LoginCancelled(), file=sys.stderr)
        return EXIT_LOGIN_FAILED
    except LoginError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_LOGIN_FAILED
    finally:
        flow.close()
    saved = ctx.save_login(result)
    if saved.vault_problem:
        print(f"note: {saved.vault_problem}", file=sys.stderr)
    change = saved.change
    project = result.project_id or "none yet (the plugin finds one on first use)"
    verb = "Added" if change.action == "added" else "Updated (new sign-in for an existing account)"
    print(f"{verb}: {result.email}, project {project}. The pool has {plural(change.pool_size, 'account')}.")
    return EXIT_OK


def _wait_for_code(flow: LoginFlow, interactive: bool) -> str:
    """The code from the browser's redirect or, at a terminal, from a pasted line."""
    if not interactive:
        return flow.wait_for_code()
    answers: queue.Queue = queue.Queue()

    def from_browser():
        try:
            answers.put(("code", flow.wait_for_code()))
        except LoginError as exc:
            answers.put(("error", exc))

    threading.Thread(target=from_browser, daemon=True).start()
    threading.Thread(target=_read_pastes, args=(flow, answers), daemon=True).start()
    kind, value = answers.get()
    flow.stop_listening()  # the browser's redirect is no longer needed, or already came
    if kind == "error":
        raise value
    return value


def _read_pastes(flow: LoginFlow, answers: queue.Queue) -> None:
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            answers.put(("code", flow.code_from_paste(line)))
            return
        except BadPaste as exc:
            print(f"{exc}", file=sys.stderr)
        except LoginError as exc:
            answers.put(("error", exc))
            return
