"""Everything that names a Google endpoint or the OAuth client, in one place.

``ANTIGRAVITY_TRAY_GOOGLE_ENDPOINT=<base>`` points every Google call at one base URL,
keeping the real paths (for tests and unusual network setups); ``ANTIGRAVITY_TRAY_OAUTH_PORT``
moves the loopback port. Nothing else changes with them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

# The plugin's public installed-app OAuth client (Google's Antigravity desktop client).
# Refresh tokens only work with the client that minted them, so accounts we add must use
# exactly this pair, or the plugin could not refresh them. The secret of an installed-app
# client is not confidential; Google's token endpoint still requires it.
CLIENT_ID = "1071006060591-tmhssin2h21lcre235vtolojh4g403ep.apps.googleusercontent.com"
CLIENT_SECRET = "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"

SCOPES = (
    "https://www.googleapis.com/auth/cloud-platform",
    "https://www.googleapis.com/auth/userinfo.email",
    "https://www.googleapis.com/auth/userinfo.profile",
    "https://www.googleapis.com/auth/cclog",
    "https://www.googleapis.com/auth/experimentsandconfigs",
)

# The redirect registered for the client; only the port may differ (tests, busy setups).
DEFAULT_OAUTH_PORT = 51121
CALLBACK_PATH = "/oauth-callback"

# Headers the plugin sends on these calls; Google's backends see the same client.
USER_AGENT = "google-api-nodejs-client/9.15.1"
CODE_ASSIST_PLATFORM = "WINDOWS" if os.name == "nt" else "MACOS"  # the plugin knows no other value
CLIENT_METADATA = {"ideType": "ANTIGRAVITY", "platform": CODE_ASSIST_PLATFORM, "pluginType": "GEMINI"}

_CODE_ASSIST_PROD = "https://cloudcode-pa.googleapis.com"
_CODE_ASSIST_DAILY = "https://daily-cloudcode-pa.sandbox.googleapis.com"
_CODE_ASSIST_AUTOPUSH = "https://autopush-cloudcode-pa.sandbox.googleapis.com"


class EndpointSettingError(ValueError):
    pass


@dataclass(frozen=True)
class GoogleEndpoints:
    accounts_base: str = "https://accounts.google.com"
    oauth2_base: str = "https://oauth2.googleapis.com"
    apis_base: str = "https://www.googleapis.com"
    # loadCodeAssist is tried in the plugin's order: prod, then daily, then autopush.
    code_assist_bases: tuple[str, ...] = (_CODE_ASSIST_PROD, _CODE_ASSIST_DAILY, _CODE_ASSIST_AUTOPUSH)
    oauth_port: int = DEFAULT_OAUTH_PORT

    @classmethod
    def from_environment(cls, env: Mapping[str, str] | None = None) -> GoogleEndpoints:
        env = os.environ if env is None else env
        fields: dict = {}
        base = (env.get("ANTIGRAVITY_TRAY_GOOGLE_ENDPOINT") or "").rstrip("/")
        if base:
            if not base.startswith(("https://", "http://")):
                raise EndpointSettingError(f"ANTIGRAVITY_TRAY_GOOGLE_ENDPOINT must be a URL, not {base!r}")
            fields.update(accounts_base=base, oauth2_base=base, apis_base=base, code_assist_bases=(base,))
        port = env.get("ANTIGRAVITY_TRAY_OAUTH_PORT")
        if port:
            if not port.isdigit() or not 0 < int(port) < 65536:
                raise EndpointSettingError(f"ANTIGRAVITY_TRAY_OAUTH_PORT must be a port number, not {port!r}")
            fields["oauth_port"] = int(port)
        return cls(**fields)

    @property
    def auth_url(self) -> str:
        return f"{self.accounts_base}/o/oauth2/v2/auth"

    @property
    def token_url(self) -> str:
        return f"{self.oauth2_base}/token"

    @property
    def userinfo_url(self) -> str:
        return f"{self.apis_base}/oauth2/v1/userinfo?alt=json"

    @property
    def load_code_assist_urls(self) -> tuple[str, ...]:
        return tuple(f"{base}/v1internal:loadCodeAssist" for base in self.code_assist_bases)

    @property
    def fetch_models_url(self) -> str:
        return f"{self.code_assist_bases[0]}/v1internal:fetchAvailableModels"

    @property
    def redirect_uri(self) -> str:
        return f"http://localhost:{self.oauth_port}{CALLBACK_PATH}"
