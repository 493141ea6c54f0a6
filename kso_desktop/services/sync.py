"""Sync with the portal for the GUI and the CLI: log in, sync now, status, conflicts and resolving them."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from kso_desktop.credentials import CredentialStore
from kso_desktop.services import sync_overzicht as overzicht
from kso_desktop.services.context import Context
from kso_desktop.services.recording import audit
from kso_desktop.storage import models as m
from kso_desktop.storage.meta import get_meta, set_meta
from kso_desktop.sync import engine
from kso_desktop.sync.client import (
    Backoff,
    LoginRequiredError,
    OfflineError,
    PortalClient,
    SyncError,
    TokenStore,
    check_portal_url,
)

PORTAL = "sync.portal"
GEBRUIKER = "sync.gebruiker"
GEBRUIKER_ID = "sync.gebruiker_id"
ONLINE = "sync.online"
#: Test hook: a process started with this variable kills itself (SIGKILL) at that named point of a sync.
KILL_ENV = "KSO_SYNC_KILL_AT"


class KeyringTokens(TokenStore):
    """The refresh token in the OS keyring, per device and portal."""

    def __init__(self, credentials: CredentialStore, device_id: str, portal_url: str) -> None:
        self._credentials = credentials
        self._device = device_id
        self._url = portal_url

    def load(self) -> str | None:
        return self._credentials.portal_refresh_token(self._device, self._url)

    def save(self, token: str) -> None:
        self._credentials.set_portal_refresh_token(self._device, self._url, token)

    def clear(self) -> None:
        self._credentials.delete_portal_refresh_token(self._device, self._url)


@dataclass(frozen=True, slots=True)
class SyncStatus:
    portal: str | None
    gebruiker: str | None
    online: bool | None  # None: never tried
    laatste_sync: datetime | None
    fout: str
    wachtend: int
    conflicten: int
    geweigerd: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "portal": self.portal,
            "gebruiker": self.gebruiker,
            "online": self.online,
            "laatste_sync": self.laatste_sync.isoformat() if self.laatste_sync else None,
            "fout": self.fout,
            "wachtend": self.wachtend,
            "conflicten": self.conflicten,
            "geweigerd": self.geweigerd,
        }


@dataclass(frozen=True, slots=True)
class ConflictInfo:
    id: int
    entiteit: str
    entiteit_id: str
    reden: str
    velden: tuple[str, ...]
    mijn: dict[str, Any]
    mijn_verwijderd: bool
    hun: dict[str, Any]
    hun_verwijderd: bool
    hun_auteur: str


@dataclass(frozen=True, slots=True)
class SyncUitkomst:
    rapport: engine.SyncReport
    status: SyncStatus


ClientFactory = Callable[[str, TokenStore], PortalClient]


class SyncService:
    def __init__(self, ctx: Context, credentials: CredentialStore | None = None) -> None:
        self.ctx = ctx
        self.credentials = credentials or CredentialStore()
        self.backoff: Backoff | None = None
        self.client_factory: ClientFactory = lambda url, tokens: PortalClient(
            url, tokens, backoff=self.backoff
        )
        self._client: PortalClient | None = None
        self._client_key: tuple[str, str] | None = None
        #: Changes asked per page of the feed; None is the engine's PAGE_SIZE (tests make it small).
        self.page_size: int | None = None
        #: Run after each successful sync, with its report (the retention pass: services/bewaren.py).
        self.na_sync: list[Callable[[engine.SyncReport], None]] = []

    # -- login ---------------------------------------------------------------------------------------

    def _tokens(self, url: str) -> KeyringTokens:
        return KeyringTokens(self.credentials, self.ctx.actor.device_id, url)

    def _get_client(self, url: str) -> PortalClient:
        key = (url, self.ctx.actor.device_id)
        if self._client is None or self._client_key != key:
            if self._client is not None:
                self._client.close()
            self._client = self.client_factory(url, self._tokens(url))
            self._client_key = key
        return self._client

    def login(self, portal_url: str, username: str, password: str) -> str:
        """Log in; the refresh token goes to the keyring. Returns the portal user's name."""
        url = check_portal_url(portal_url)
        self.close()  # a login starts a new session (and maybe another medewerker's)
        client = self._get_client(url)
        body = client.login(username, password)
        user = body["user"]
        with self.ctx.store.write() as s:
            set_meta(s, PORTAL, url)
            set_meta(s, GEBRUIKER, username)
            set_meta(s, GEBRUIKER_ID, str(user["id"]))
            set_meta(s, ONLINE, "1")
            engine.link_locaties(s, user, self.ctx.actor.device_id)
        return str(user.get("naam", username))

    def close(self) -> None:
        """Close the connection to the portal (the access token is forgotten with it)."""
        if self._client is not None:
            self._client.close()
            self._client = None

    def logout(self) -> None:
        with self.ctx.store.read() as s:
            url = get_meta(s, PORTAL)
        if url:
            self._tokens(url).clear()
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- syncing -------------------------------------------------------------------------------------

    def sync_now(
        self, progress: Callable[[str], None] | None = None, stop: Callable[[], bool] | None = None
    ) -> SyncUitkomst:
        """Sync once. ``stop()`` is asked between batches and pages: true ends it at that safe point with
        ``SyncStoppedError`` (what was applied stays applied, the rest comes with the next sync)."""
        with self.ctx.store.read() as s:
            url = get_meta(s, PORTAL)
        if not url:
            raise LoginRequiredError("Log eerst in bij het portaal (kso-desktop login).", "no_login")
        client = self._get_client(url)
        kill_at = os.environ.get(KILL_ENV)

        def kill_point(name: str) -> None:
            if kill_at == name:
                os.kill(os.getpid(), signal.SIGKILL)

        runner = engine.SyncEngine(
            self.ctx.store,
            client,
            device_id=self.ctx.actor.device_id,
            clock=self.ctx.clock,
            kill_point=kill_point,
            page_size=self.page_size,
            stop=stop,
        )
        try:
            report = runner.sync(progress)
        except OfflineError as exc:
            self._set_online(False)
            self._log("fout", exc.message_nl)
            raise
        except engine.SyncStoppedError as exc:
            self._log("gestopt", exc.message_nl)
            raise
        except SyncError as exc:
            self._log("fout", exc.message_nl)
            raise
        self._set_online(True)
        self._log("ok", overzicht.rapport_tekst(report))
        for melding in dict.fromkeys(report.meldingen):
            self._log("melding", melding)
        for stap in self.na_sync:
            stap(report)
        return SyncUitkomst(report, self.status())

    def _log(self, soort: str, tekst: str) -> None:
        with self.ctx.store.write() as s:
            overzicht.log_schrijven(s, self.ctx.now(), soort, tekst)

    # -- what the sync screens show ------------------------------------------------------------------

    def staten(self, ids: Iterable[str]) -> dict[str, overzicht.SyncStaat]:
        """The sync state of each record (any syncing type), for the state column of the lists."""
        with self.ctx.store.read() as s:
            return overzicht.record_staten(s, ids)

    def buiten_bereik(self) -> dict[str, overzicht.BuitenBereik]:
        """Jongeren kept on this laptop after leaving its locations, with what still waits for each."""
        with self.ctx.store.read() as s:
            return overzicht.buiten_bereik(s)

    def geweigerd(self) -> list[overzicht.GeweigerdeOp]:
        with self.ctx.store.read() as s:
            return overzicht.geweigerde_ops(s)

    def opnieuw_proberen(self, op_id: str) -> None:
        """Send a refused change again with the next sync (the record as it is now)."""
        with self.ctx.store.write() as s:
            op = overzicht.opnieuw_proberen(s, op_id)
            if op is None:
                raise SyncError("Deze geweigerde wijziging bestaat niet (meer).", "not_found")
            overzicht.log_schrijven(s, self.ctx.now(), "actie", f"Opnieuw proberen: {op.omschrijving}")

    def logboek(self) -> list[overzicht.LogRegel]:
        with self.ctx.store.read() as s:
            return overzicht.logboek(s)

    def _set_online(self, online: bool) -> None:
        with self.ctx.store.write() as s:
            set_meta(s, ONLINE, "1" if online else "0")

    def status(self) -> SyncStatus:
        with self.ctx.store.read() as s:
            online = get_meta(s, ONLINE)
            last = get_meta(s, engine.LAST_OK)
            return SyncStatus(
                portal=get_meta(s, PORTAL),
                gebruiker=get_meta(s, GEBRUIKER),
                online=None if online is None else online == "1",
                laatste_sync=datetime.fromisoformat(last) if last else None,
                fout=get_meta(s, engine.LAST_ERROR) or "",
                wachtend=engine.waiting_ops(s),
                conflicten=engine.open_conflict_count(s),
                geweigerd=int(s.scalar(select(func.count()).select_from(m.SyncQuarantaine)) or 0),
            )

    # -- conflicts -----------------------------------------------------------------------------------

    def conflicts(self) -> list[ConflictInfo]:
        with self.ctx.store.read() as s:
            rows = s.scalars(
                select(m.SyncConflict).where(m.SyncConflict.opgelost_op.is_(None)).order_by(m.SyncConflict.id)
            ).all()
            return [
                ConflictInfo(
                    r.id,
                    r.entiteit,
                    r.entiteit_id,
                    r.reden,
                    tuple(str(v) for v in r.velden),
                    dict(r.mijn),
                    r.mijn_verwijderd,
                    dict(r.hun),
                    r.hun_verwijderd,
                    r.hun_auteur,
                )
                for r in rows
            ]

    def resolve(self, conflict: int, keuze: str, samengevoegd: dict[str, Any] | None = None) -> None:
        """Keep mine (``mijn``), theirs (``hun``) or a merged text (``samengevoegd`` with the fields)."""
        if keuze not in {"mijn", "hun", "samengevoegd"}:
            raise SyncError("Kies 'mijn', 'hun' of 'samengevoegd'.", "keuze")
        with self.ctx.store.write() as s:
            row = s.get(m.SyncConflict, conflict)
            if row is None or row.opgelost_op is not None:
                raise SyncError("Dit conflict bestaat niet (meer).", "not_found")
            record = engine.resolve_conflict(
                s,
                row,
                keuze,
                samengevoegd,
                author=self.ctx.actor.medewerker_id,
                device_id=self.ctx.actor.device_id,
                now=self.ctx.now(),
            )
            keuzes = {"mijn": "mijn versie", "hun": "versie van het portaal", "samengevoegd": "samengevoegd"}
            overzicht.log_schrijven(
                s,
                self.ctx.now(),
                "actie",
                f"Conflict opgelost ({keuzes[keuze]}): {overzicht.engine_soort(row.entiteit)}",
            )
            audit(
                s,
                self.ctx,
                actie="conflict opgelost",
                entiteit=row.entiteit,
                entiteit_id=row.entiteit_id,
                jongere_id=getattr(record, "jongere_id", None)
                if row.entiteit != "jongere"
                else row.entiteit_id,
            )
