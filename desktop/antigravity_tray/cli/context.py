"""What every command needs, built once from the environment, and small output helpers."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

from ..core.jsonio import dump_json
from ..core.services import Services

if TYPE_CHECKING:
    from ..core.vault import Vault

EXIT_OK, EXIT_PROBLEMS, EXIT_REFUSED, EXIT_AGENTS_RUNNING, EXIT_FILE_ERROR, EXIT_LOGIN_FAILED = 0, 1, 2, 3, 4, 5


class Context(Services):
    """Services, plus saying once per run why the vault is off."""

    def __init__(self, env: dict[str, str] | None = None):
        super().__init__(env)
        self._vault_notice_shown = False

    def vault(self, *, required: bool = False) -> Vault | None:
        vault, problem = self.open_vault(required=required)
        if problem and not self._vault_notice_shown:
            print(f"note: {problem}", file=sys.stderr)
            self._vault_notice_shown = True
        return vault

    def keep_in_vault(self, accounts) -> None:
        """Whenever we see the pool, new accounts go to the vault too (when it is on)."""
        vault = self.vault()
        if vault is not None:
            from ..core.vault import VaultUnavailable

            try:
                vault.sync_from_pool(accounts)
            except VaultUnavailable as exc:
                print(f"note: {exc}", file=sys.stderr)


def print_json(value: Any) -> None:
    print(dump_json(value))


def shown(value: Any) -> str:
    return "(not set)" if value is None else json.dumps(value, ensure_ascii=False)


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"
