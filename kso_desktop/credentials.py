"""Secrets in the OS keyring (Secret Service, Windows Credential Locker, macOS Keychain).

The only module that imports ``keyring``: the database key and, later, portal tokens live here and
nowhere else; they are never written to disk in clear.
"""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail

SERVICE = "kso-desktop"


class KeyringUnavailableError(RuntimeError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Er is geen beveiligde sleutelopslag (keyring) beschikbaar op deze computer, dus de "
            "versleutelde database kan niet worden geopend. Log in op een bureaubladsessie met een "
            "ontgrendelde sleutelbos (GNOME Keyring / KWallet, of Windows Referentiebeheer), of start "
            "met --passphrase om een wachtwoordzin te gebruiken." + (f" ({detail})" if detail else "")
        )


class CredentialStore:
    """Named secrets of this app in one keyring backend (the system default unless one is given)."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def describe(self) -> str:
        return type(self.backend).__module__ + "." + type(self.backend).__name__

    def ensure_available(self) -> None:
        backend = self.backend
        if isinstance(backend, fail.Keyring):
            raise KeyringUnavailableError("geen backend")

    def get(self, name: str) -> str | None:
        self.ensure_available()
        try:
            value: str | None = self.backend.get_password(SERVICE, name)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailableError(type(exc).__name__) from exc
        return value

    def set(self, name: str, secret: str) -> None:
        self.ensure_available()
        try:
            self.backend.set_password(SERVICE, name, secret)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailableError(type(exc).__name__) from exc

    def delete(self, name: str) -> None:
        self.ensure_available()
        try:
            self.backend.delete_password(SERVICE, name)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailableError(type(exc).__name__) from exc

    # -- portal login (issue 7): only the refresh token is kept; the access token lives in memory ----

    @staticmethod
    def _portal_name(device_id: str, portal_url: str) -> str:
        return f"portal-refresh:{device_id}:{portal_url.rstrip('/')}"

    def portal_refresh_token(self, device_id: str, portal_url: str) -> str | None:
        return self.get(self._portal_name(device_id, portal_url))

    def set_portal_refresh_token(self, device_id: str, portal_url: str, token: str) -> None:
        self.set(self._portal_name(device_id, portal_url), token)

    def delete_portal_refresh_token(self, device_id: str, portal_url: str) -> None:
        self.delete(self._portal_name(device_id, portal_url))
