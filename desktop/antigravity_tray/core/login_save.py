"""Where a finished login goes: the pool, our health marks and the keyring vault."""

from __future__ import annotations

from dataclasses import dataclass

from .app_state import AccountHealth
from .oauth import LoginResult
from .pool_store import NewAccount, PoolChange, PoolStore
from .vault import Vault, VaultEntry, VaultUnavailable


@dataclass(frozen=True)
class SavedLogin:
    change: PoolChange  # "added", or "updated" when the email was already in the pool
    vault_problem: str | None = None  # why the token could not go to the vault, if it could not


def save_login(result: LoginResult, pool: PoolStore, health: AccountHealth, vault: Vault | None) -> SavedLogin:
    """Add (or repair in place) the account; safe while OpenCode runs, since adding is.
    The vault comes first: if the pool cannot be written (a corrupt file, a held lock),
    the new token is not lost, and `accounts restore` adds it once the file is mended."""
    problem = None
    if vault is not None:
        try:
            vault.store(VaultEntry(result.email, result.refresh_token, result.project_id))
        except VaultUnavailable as exc:
            problem = str(exc)
    change = pool.add(NewAccount(result.refresh_token, email=result.email, project_id=result.project_id))
    health.record(result.email, needs_relogin=False, detail="signed in")
    return SavedLogin(change, problem)
