"""A copy of each account's refresh token in the system keyring, to bring back accounts
the plugin loses: on a corrupt pool it saves back a single account, and it deletes the
file when OpenCode's own credential is missing.

Keyring backends cannot list their entries, so an index entry names the accounts kept.
Entries are keyed by email; accounts without one are not kept (they cannot be matched).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from .pool import Account, Pool

SERVICE = "antigravity-tray"
INDEX_USER = "index"


class VaultUnavailable(RuntimeError):
    def __init__(self, detail: str):
        super().__init__(
            f"No usable system keyring ({detail}). Accounts work as usual, but the vault that can bring "
            f"back lost accounts is off until a keyring is available (GNOME Keyring or KWallet on Linux)."
        )


@dataclass(frozen=True)
class VaultEntry:
    email: str
    refresh_token: str = field(repr=False)
    project_id: str | None = None
    managed_project_id: str | None = None

    def to_json(self) -> str:
        return json.dumps(
            {
                "email": self.email,
                "refreshToken": self.refresh_token,
                "projectId": self.project_id,
                "managedProjectId": self.managed_project_id,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> VaultEntry:
        data = json.loads(text)
        return cls(data["email"], data["refreshToken"], data.get("projectId"), data.get("managedProjectId"))

    @classmethod
    def from_account(cls, account: Account) -> VaultEntry:
        if account.email is None:
            raise ValueError("the vault keeps accounts by email; this entry has none")
        return cls(account.email, account.refresh_token, account.project_id, account.managed_project_id)


def _user(email: str) -> str:
    return f"account:{email.casefold()}"


class Vault:
    def __init__(self, backend: KeyringBackend | None = None):
        self.backend = backend or keyring.get_keyring()

    def _call(self, method: str, *args):
        try:
            return getattr(self.backend, method)(SERVICE, *args)
        except keyring.errors.PasswordDeleteError:
            return None
        except (keyring.errors.KeyringError, OSError) as exc:  # no backend, locked, D-Bus trouble
            raise VaultUnavailable(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from None

    def check(self) -> None:
        """Raise VaultUnavailable unless the backend can really store secrets."""
        name = type(self.backend).__module__ + "." + type(self.backend).__name__
        if name.startswith(("keyring.backends.fail.", "keyring.backends.null.")):
            raise VaultUnavailable("no keyring backend was found")
        self._call("get_password", INDEX_USER)

    def _index(self) -> list[str]:
        raw = self._call("get_password", INDEX_USER)
        try:
            emails = json.loads(raw) if raw else []
        except ValueError:
            emails = []
        return [e for e in emails if isinstance(e, str)]

    def _save_index(self, emails: Iterable[str]) -> None:
        self._call("set_password", INDEX_USER, json.dumps(sorted(set(emails), key=str.casefold)))

    def entries(self) -> list[VaultEntry]:
        found = []
        for email in self._index():
            raw = self._call("get_password", _user(email))
            if raw:
                try:
                    found.append(VaultEntry.from_json(raw))
                except (ValueError, KeyError):
                    continue  # not ours to interpret; leave it
        return found

    def store(self, entry: VaultEntry) -> bool:
        """Keep ``entry``; True if the vault changed."""
        current = self._call("get_password", _user(entry.email))
        index = self._index()
        if current == entry.to_json() and any(e.casefold() == entry.email.casefold() for e in index):
            return False
        self._call("set_password", _user(entry.email), entry.to_json())
        self._save_index([e for e in index if e.casefold() != entry.email.casefold()] + [entry.email])
        return True

    def forget(self, email: str) -> bool:
        index = self._index()
        kept = [e for e in index if e.casefold() != email.casefold()]
        existed = self._call("get_password", _user(email)) is not None
        self._call("delete_password", _user(email))
        if len(kept) != len(index):
            self._save_index(kept)
        return existed or len(kept) != len(index)

    def sync_from_pool(self, accounts: Iterable[Account]) -> int:
        """Keep every account of the pool that has an email; the number newly kept or updated."""
        return sum(self.store(VaultEntry.from_account(a)) for a in accounts if a.email)


def missing_from_pool(vault: Vault, pool: Pool) -> list[VaultEntry]:
    """Vaulted accounts the pool no longer has (by refresh token or by email)."""
    present = {a.refresh_token for a in pool.accounts} | {a.email.casefold() for a in pool.accounts if a.email}
    return [e for e in vault.entries() if e.refresh_token not in present and e.email.casefold() not in present]
