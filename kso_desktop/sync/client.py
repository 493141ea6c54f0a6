"""The portal's HTTP API for the desktop: tokens, captive-portal detection, backoff with Retry-After."""

from __future__ import annotations

import ipaddress
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import orjson

if TYPE_CHECKING:
    import httpx

SYNC_VERSION = "1"
SERVICE = "kso-portal"


class SyncError(Exception):
    """A sync problem with a Dutch message for the medewerker."""

    def __init__(self, message_nl: str, code: str = "") -> None:
        super().__init__(message_nl)
        self.message_nl = message_nl
        self.code = code


class OfflineError(SyncError):
    """No portal reachable (no network, a captive portal's login page, or the portal keeps failing)."""


class LoginRequiredError(SyncError):
    """The tokens are gone or refused: a medewerker has to log in again. The queue is kept."""


class PortalError(SyncError):
    """The portal refused the request as a whole (4xx with a code); the ops stay in the outbox."""


class CertificateError(SyncError):
    """The portal's TLS certificate is not trusted: never retried, never sent around (no data leaves)."""


_LOOPBACK_NAMES = {"localhost"}


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_portal_url(url: str) -> str:
    """The portal address without a trailing slash; https is required except on this computer itself.

    Plain http would send tokens and data about minors readable over the network (AVG), so it is only
    accepted for a portal on loopback (a local test or demo portal).
    """
    text = url.strip().rstrip("/")
    try:
        parsed = urlsplit(text)
        host = parsed.hostname
    except ValueError as exc:
        raise SyncError("Dit is geen geldig adres voor het portaal.", "url") from exc
    if parsed.scheme not in ("http", "https") or not host:
        raise SyncError("Geef het adres van het portaal met https:// ervoor.", "url")
    if parsed.scheme == "http" and not _is_loopback(host):
        raise SyncError(
            "Het portaal moet met https:// beginnen: zonder versleuteling kan iedereen op het netwerk de "
            "gegevens meelezen. Alleen een portaal op deze computer zelf mag http:// gebruiken.",
            "insecure_url",
        )
    return text


def _certificate_problem(exc: BaseException) -> bool:
    """True when a connect error comes from a failed TLS certificate check (somewhere in its chain)."""
    import ssl  # only after a failed connection; not worth loading at every start

    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


@dataclass
class Backoff:
    """Exponential backoff with full jitter; ``Retry-After`` wins when the portal sends it."""

    sleep: Callable[[float], None] = time.sleep
    rng: Callable[[], float] = random.random
    base: float = 0.5
    cap: float = 30.0
    attempts: int = 4
    max_retry_after: float = 300.0
    waited: list[float] = field(default_factory=list)

    def delay(self, attempt: int, retry_after: str | None) -> float:
        if retry_after is not None:
            try:
                return min(self.max_retry_after, max(0.0, float(retry_after)))
            except ValueError:
                pass
        return float(min(self.cap, self.base * 2**attempt) * (0.5 + self.rng() / 2))

    def wait(self, attempt: int, retry_after: str | None) -> None:
        seconds = self.delay(attempt, retry_after)
        self.waited.append(seconds)
        self.sleep(seconds)


class TokenStore:
    """Where the refresh token lives (the OS keyring through credentials.py); a protocol for the engine."""

    def load(self) -> str | None:  # pragma: no cover - interface
        raise NotImplementedError

    def save(self, token: str) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def clear(self) -> None:  # pragma: no cover - interface
        raise NotImplementedError


class MemoryTokens(TokenStore):
    def __init__(self, token: str | None = None) -> None:
        self.token = token

    def load(self) -> str | None:
        return self.token

    def save(self, token: str) -> None:
        self.token = token

    def clear(self) -> None:
        self.token = None


def _body(response: httpx.Response) -> dict[str, Any] | None:
    """The JSON body when it is the portal's own answer; None for anything else (a captive portal)."""
    try:
        # orjson: the change feed is megabytes of JSON, and parsing it is a real part of a sync.
        body = orjson.loads(response.content)
    except ValueError:
        return None
    if not isinstance(body, dict) or body.get("service") != SERVICE:
        return None
    return body


class PortalClient:
    """One portal, one login. The access token stays in memory; the refresh token is in ``tokens``."""

    def __init__(
        self,
        url: str,
        tokens: TokenStore,
        *,
        backoff: Backoff | None = None,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.url = check_portal_url(url)
        self.tokens = tokens
        self.backoff = backoff or Backoff()
        self.access_token: str | None = None
        self.user: dict[str, Any] | None = None
        self.server_epoch: str | None = None
        self.requests = 0
        # Imported here, not at the top: httpx (and the CLI extras it pulls in) costs ~40 ms at every start.
        import httpx

        self._http = httpx.Client(
            base_url=self.url,
            timeout=timeout,
            transport=transport,
            headers={"KSO-Sync-Version": SYNC_VERSION},
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> PortalClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- auth ----------------------------------------------------------------------------------------

    def login(self, username: str, password: str) -> dict[str, Any]:
        body = self._call(
            "POST",
            "/v1/auth/login",
            json={"username": username, "password": password},
            auth=False,
            retry=False,
        )
        self._took_tokens(body)
        return body

    def refresh(self) -> dict[str, Any]:
        token = self.tokens.load()
        if not token:
            raise LoginRequiredError("Log eerst in bij het portaal (kso-desktop login).", "no_login")
        try:
            body = self._call("POST", "/v1/auth/refresh", json={"refresh_token": token}, auth=False)
        except LoginRequiredError:
            self.tokens.clear()
            raise
        self._took_tokens(body)
        return body

    def _took_tokens(self, body: dict[str, Any]) -> None:
        # Save the new refresh token first: the old one is used up on the portal.
        self.tokens.save(str(body["refresh_token"]))
        self.access_token = str(body["access_token"])
        self.user = body.get("user")
        self.server_epoch = body.get("server_epoch")

    # -- sync ----------------------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        return self._call("GET", "/v1/health", auth=False)

    def push(self, ops: list[dict[str, Any]]) -> dict[str, Any]:
        return self._call("POST", "/v1/sync/push", json={"ops": ops})

    def changes(self, since: int, limit: int = 500) -> dict[str, Any]:
        return self._call("GET", "/v1/sync/changes", params={"since": since, "limit": limit})

    # -- one request with refresh, backoff and captive-portal detection ------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        auth: bool = True,
        retry: bool = True,
    ) -> dict[str, Any]:
        import httpx  # already loaded by __init__; a dict lookup here

        if auth and self.access_token is None:
            self.refresh()
        refreshed = False
        attempt = 0
        while True:
            headers = {"Authorization": f"Bearer {self.access_token}"} if auth else {}
            self.requests += 1
            try:
                response = self._http.request(method, path, json=json, params=params, headers=headers)
            except httpx.TransportError as exc:
                if _certificate_problem(exc):
                    raise CertificateError(
                        "Het certificaat van het portaal klopt niet of is niet te controleren. Er is niets "
                        "verzonden. Controleer het adres; blijft dit zo, meld het dan bij de ICT-beheerder.",
                        "certificate",
                    ) from exc
                if attempt + 1 >= self.backoff.attempts:
                    raise OfflineError(
                        "Het portaal is niet bereikbaar (geen verbinding). Uw werk blijft op deze laptop "
                        "staan en gaat mee bij de volgende synchronisatie.",
                        "network",
                    ) from exc
                self.backoff.wait(attempt, None)
                attempt += 1
                continue
            status = response.status_code
            if status == 429 and not retry:
                # A person is waiting at the login dialog: say how long, do not sleep through it.
                wait = response.headers.get("Retry-After", "")
                raise PortalError(
                    "Te veel mislukte inlogpogingen. Probeer het over "
                    + (f"{wait} seconden" if wait.isdigit() else "een paar minuten")
                    + " opnieuw.",
                    "rate_limited",
                )
            if status == 429 or status >= 500:
                if attempt + 1 >= self.backoff.attempts:
                    raise OfflineError(
                        f"Het portaal is tijdelijk niet beschikbaar (HTTP {status}). Probeer het later "
                        "opnieuw; uw werk blijft bewaard.",
                        "unavailable",
                    )
                self.backoff.wait(attempt, response.headers.get("Retry-After"))
                attempt += 1
                continue
            body = _body(response)
            if body is None:
                raise OfflineError(
                    "Er antwoordt iets anders dan het portaal (bijvoorbeeld een inlogpagina van een wifi-"
                    "netwerk). Dit geldt als offline; uw werk blijft bewaard.",
                    "captive",
                )
            if status == 401:
                if auth and not refreshed:
                    refreshed = True
                    self.access_token = None
                    self.refresh()
                    continue
                raise LoginRequiredError(
                    str(body.get("message_nl") or "Log opnieuw in bij het portaal."),
                    str(body.get("code", "")),
                )
            if status >= 400:
                raise PortalError(
                    str(body.get("message_nl") or f"Het portaal weigerde het verzoek (HTTP {status})."),
                    str(body.get("code", "")),
                )
            return body
