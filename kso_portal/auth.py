"""Accounts and tokens: argon2 password hashes, opaque short-lived access tokens, rotating refresh tokens,
and the per-user+IP login rate limit.

Tokens are 32 random bytes (small enough for any OS keyring, sync-protocol §5.8); only their SHA-256 is
stored, so a copy of the database holds no usable token.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from kso_portal import models as m

#: teamleider and gedragswetenschapper work like medewerker and may see the sensitive parts (rechten.py).
ROLLEN = ("medewerker", "teamleider", "gedragswetenschapper", "jeugdbeschermer", "admin")

_hasher = PasswordHasher()
# Verified against when the user does not exist, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("kso-portal-dummy-password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def token_sha256(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class AuthUser:
    """The caller of a request, with the locations it may see and write."""

    id: str
    organisatie_id: str
    rol: str
    locatie_ids: frozenset[str]


@dataclass(frozen=True, slots=True)
class IssuedTokens:
    access_token: str
    access_expires_in: int
    refresh_token: str
    refresh_expires_in: int
    user_id: str


def scope_of(s: Session, user: m.User) -> frozenset[str]:
    """An admin sees every location of its organisation; anyone else the locations they belong to."""
    if user.rol == "admin":
        q = select(m.Locatie.id).where(m.Locatie.organisatie_id == user.organisatie_id)
    else:
        q = select(m.Lidmaatschap.locatie_id).where(m.Lidmaatschap.user_id == user.id)
    return frozenset(s.scalars(q))


def check_login(s: Session, username: str, password: str) -> m.User | None:
    user = s.scalars(select(m.User).where(m.User.username == username)).first()
    if user is None:
        verify_password(_DUMMY_HASH, password)
        return None
    if not verify_password(user.password_hash, password) or not user.actief:
        return None
    return user


def issue(
    s: Session, user_id: str, *, now: datetime, access_ttl: int, refresh_ttl: int, family: str | None = None
) -> IssuedTokens:
    family = family or m.new_id()
    access = secrets.token_urlsafe(32)
    refresh = secrets.token_urlsafe(32)
    s.add(
        m.AccessToken(
            token_sha256=token_sha256(access),
            user_id=user_id,
            family_id=family,
            expires_at=now + timedelta(seconds=access_ttl),
        )
    )
    s.add(
        m.RefreshToken(
            token_sha256=token_sha256(refresh),
            user_id=user_id,
            family_id=family,
            expires_at=now + timedelta(seconds=refresh_ttl),
            created_at=now,
        )
    )
    # Expired access tokens are useless; clear this user's old ones while we are here.
    s.execute(delete(m.AccessToken).where(m.AccessToken.user_id == user_id, m.AccessToken.expires_at < now))
    return IssuedTokens(access, access_ttl, refresh, refresh_ttl, user_id)


class RefreshRefusedError(Exception):
    """The refresh token is unknown, expired, revoked, or was already used (then its family is revoked)."""

    def __init__(self, reuse_family: str | None = None) -> None:
        super().__init__("refresh refused")
        self.reuse_family = reuse_family


def rotate(
    s: Session, refresh_token: str, *, now: datetime, access_ttl: int, refresh_ttl: int
) -> IssuedTokens:
    row = s.get(m.RefreshToken, token_sha256(refresh_token))
    if row is None or row.revoked_at is not None or row.expires_at <= now:
        raise RefreshRefusedError()
    if row.used_at is not None:
        # A used token coming back means a copy exists elsewhere: the caller ends the whole login
        # (revoke_family, in its own transaction, as this one rolls back).
        raise RefreshRefusedError(reuse_family=row.family_id)
    user = s.get(m.User, row.user_id)
    if user is None or not user.actief:
        raise RefreshRefusedError()
    row.used_at = now
    return issue(
        s, row.user_id, now=now, access_ttl=access_ttl, refresh_ttl=refresh_ttl, family=row.family_id
    )


def revoke_family(s: Session, family_id: str, now: datetime) -> None:
    """End one login everywhere: its refresh tokens are revoked and its access tokens removed."""
    s.execute(
        update(m.RefreshToken)
        .where(m.RefreshToken.family_id == family_id, m.RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    s.execute(delete(m.AccessToken).where(m.AccessToken.family_id == family_id))


def authenticate(s: Session, access_token: str, now: datetime) -> AuthUser | None:
    row = s.get(m.AccessToken, token_sha256(access_token))
    if row is None or row.expires_at <= now:
        return None
    user = s.get(m.User, row.user_id)
    if user is None or not user.actief:
        return None
    return AuthUser(user.id, user.organisatie_id, user.rol, scope_of(s, user))


class LoginLimiter:
    """At most ``max_failures`` failed logins per (username, IP) in ``window`` seconds; then 429.

    In-process: one portal process per deployment is the reference set-up; behind several workers this
    would move to the database or a shared cache.
    """

    def __init__(self, max_failures: int = 5, window: float = 300.0, max_keys: int = 100_000) -> None:
        self.max_failures = max_failures
        self.window = window
        self.max_keys = max_keys
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], now: float) -> deque[float]:
        q = self._failures.get(key)
        if q is None:
            return deque()
        while q and q[0] <= now - self.window:
            q.popleft()
        if not q:
            del self._failures[key]
        return q

    def retry_after(self, username: str, ip: str) -> int:
        """Seconds to wait before another attempt is allowed; 0 when one is allowed now."""
        now = time.monotonic()
        with self._lock:
            q = self._recent((username.casefold(), ip), now)
            if len(q) < self.max_failures:
                return 0
            return max(1, int(q[0] + self.window - now) + 1)

    def failed(self, username: str, ip: str) -> None:
        now = time.monotonic()
        key = (username.casefold(), ip)
        with self._lock:
            if len(self._failures) >= self.max_keys:
                self._failures.clear()  # bounded memory under a spray of names; the window restarts
            self._failures.setdefault(key, deque()).append(now)

    def succeeded(self, username: str, ip: str) -> None:
        with self._lock:
            self._failures.pop((username.casefold(), ip), None)
