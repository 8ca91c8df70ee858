"""The login dialog's default collaborators, built from core/ alone (no CLI, no Qt).

``default_flow_factory`` makes a ``LoginFlow`` against the endpoints the environment names;
``default_save`` lands a finished login in the plugin's pool, our health marks and, when
the preference is on, the keyring vault. Tests pass their own pair instead.
"""

from __future__ import annotations

from typing import Callable

from ...core.login_save import SavedLogin
from ...core.oauth import LoginFlow, LoginResult
from ...core.services import Services

FlowFactory = Callable[[], LoginFlow]
SaveLogin = Callable[[LoginResult], SavedLogin]


def default_flow_factory() -> LoginFlow:
    return LoginFlow(Services().endpoints())


def default_save(result: LoginResult) -> SavedLogin:
    """Runs in the login worker's thread: the pool lock and the keyring may take a while."""
    return Services().save_login(result)
