"""The FastAPI application: routes under ``/v1``, authentication, error shapes, request logging.

Handlers are plain ``def`` functions: FastAPI runs them in its thread pool, and each unit of work is a
short database transaction (``Database.read()``/``write()``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy import text
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from kso_portal import auth, rechten, sync
from kso_portal import models as m
from kso_portal.db import Database
from kso_portal.faults import Fault, FaultPlan
from kso_portal.schemas import (
    API_VERSION,
    MAX_BODY_BYTES,
    SERVICE,
    ChangesResponse,
    HealthResponse,
    LocatieOut,
    LoginRequest,
    PlanResponse,
    PushRequest,
    PushResponse,
    RecordResponse,
    RefreshRequest,
    TokenResponse,
    UserOut,
    VerslagenResponse,
)

log = logging.getLogger("kso_portal.api")


@dataclass
class Settings:
    access_ttl: int = 15 * 60
    refresh_ttl: int = 30 * 24 * 3600
    login_max_failures: int = 5
    login_window: float = 300.0
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))


class ApiError(Exception):
    def __init__(
        self, status: int, code: str, message_nl: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.message_nl = message_nl
        self.headers = headers or {}


def _error(status: int, code: str, message_nl: str, headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"service": SERVICE, "code": code, "message_nl": message_nl}
    return JSONResponse(body, status_code=status, headers=headers)


def _unauthorized() -> ApiError:
    return ApiError(
        401,
        "unauthorized",
        "Niet (meer) ingelogd. Log opnieuw in.",
        {"WWW-Authenticate": 'Bearer realm="kso-portal"'},
    )


def _not_found() -> ApiError:
    return ApiError(404, "not_found", "Niet gevonden.")


def current_user(request: Request) -> auth.AuthUser:
    """The bearer token's user with its locations, or 401."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _unauthorized()
    db: Database = request.app.state.db
    settings: Settings = request.app.state.settings
    with db.read() as s:
        user = auth.authenticate(s, token.strip(), settings.clock())
    if user is None:
        raise _unauthorized()
    return user


CurrentUser = Annotated[auth.AuthUser, Depends(current_user)]


def create_app(db: Database, settings: Settings | None = None, faults: FaultPlan | None = None) -> FastAPI:
    cfg = settings or Settings()
    limiter = auth.LoginLimiter(cfg.login_max_failures, cfg.login_window)
    app = FastAPI(
        title="KSO reference portal",
        version=f"{API_VERSION}",
        description="Sync API for KSO Desktop: see kso_portal/PROTOCOL.md.",
        openapi_url="/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.db = db
    app.state.settings = cfg
    app.state.limiter = limiter
    if faults is None and os.environ.get("KSO_PORTAL_TEST_FAULTS") == "1":
        faults = FaultPlan()
        _fault_route(app, faults)
    app.state.faults = faults

    @app.exception_handler(ApiError)
    def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message_nl, exc.headers)

    @app.exception_handler(RequestValidationError)
    def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # 400 for a malformed body; 422 is kept for a reused op_id (sync-protocol §5.4). Only field
        # locations go back, never the submitted values (they can hold personal data).
        where = sorted({".".join(str(p) for p in e.get("loc", ())) for e in exc.errors()})
        return _error(400, "bad_request", "Ongeldig verzoek: " + ", ".join(where[:10]))

    @app.exception_handler(StarletteHTTPException)
    def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = "not_found" if exc.status_code == 404 else "http_error"
        return _error(
            exc.status_code, code, "Niet gevonden." if exc.status_code == 404 else "Fout in het verzoek."
        )

    @app.middleware("http")
    async def _protocol_version(request: Request, call_next: Any) -> Any:
        wanted = request.headers.get("KSO-Sync-Version")
        if wanted is not None and wanted != str(API_VERSION):
            return _error(
                426,
                "upgrade_required",
                f"Deze versie van KSO Desktop past niet bij het portaal (protocol {wanted}, "
                f"portaal {API_VERSION}). Werk KSO Desktop bij.",
            )
        length = request.headers.get("Content-Length", "0")
        if not length.isdigit() or int(length) > MAX_BODY_BYTES:
            return _error(413, "too_large", "Het verzoek is te groot: verstuur minder operaties per keer.")
        return await call_next(request)

    def _tokens(issued: auth.IssuedTokens) -> TokenResponse:
        with db.read() as s:
            user = s.get(m.User, issued.user_id)
            assert user is not None
            scope = auth.scope_of(s, user)
            locaties = sorted(
                (s.get(m.Locatie, loc_id) for loc_id in scope), key=lambda loc: loc.naam if loc else ""
            )
            org = s.get(m.Organisatie, user.organisatie_id)
            assert org is not None
            return TokenResponse(
                access_token=issued.access_token,
                expires_in=issued.access_expires_in,
                refresh_token=issued.refresh_token,
                refresh_expires_in=issued.refresh_expires_in,
                user=UserOut(
                    id=user.id,
                    naam=user.naam,
                    rol=user.rol,
                    organisatie_id=user.organisatie_id,
                    locaties=[LocatieOut(id=loc.id, naam=loc.naam, type=loc.type) for loc in locaties if loc],
                ),
                server_epoch=org.epoch,
            )

    @app.get("/v1/health", response_model=HealthResponse)
    def health() -> HealthResponse:
        try:
            with db.read() as s:
                s.execute(text("SELECT 1"))
        except Exception as exc:
            log.warning("health: database unreachable (%s)", type(exc).__name__)
            raise ApiError(503, "unavailable", "Het portaal kan de database niet bereiken.") from None
        return HealthResponse(server_time=cfg.clock().isoformat())

    @app.post("/v1/auth/login", response_model=TokenResponse)
    def login(body: LoginRequest, request: Request) -> TokenResponse:
        ip = request.client.host if request.client else "?"
        wait = limiter.retry_after(body.username, ip)
        if wait:
            log.warning("login rate limited")
            raise ApiError(
                429,
                "rate_limited",
                "Te veel mislukte inlogpogingen. Probeer het later opnieuw.",
                {"Retry-After": str(wait)},
            )
        with db.write() as s:
            user = auth.check_login(s, body.username, body.password)
            if user is None:
                issued = None
            else:
                issued = auth.issue(
                    s, user.id, now=cfg.clock(), access_ttl=cfg.access_ttl, refresh_ttl=cfg.refresh_ttl
                )
        if issued is None:
            limiter.failed(body.username, ip)
            log.info("login failed")
            raise ApiError(401, "invalid_credentials", "Gebruikersnaam of wachtwoord klopt niet.")
        limiter.succeeded(body.username, ip)
        log.info("login ok user=%s", issued.user_id)
        return _tokens(issued)

    @app.post("/v1/auth/refresh", response_model=TokenResponse)
    def refresh(body: RefreshRequest) -> TokenResponse:
        try:
            with db.write() as s:
                issued = auth.rotate(
                    s,
                    body.refresh_token,
                    now=cfg.clock(),
                    access_ttl=cfg.access_ttl,
                    refresh_ttl=cfg.refresh_ttl,
                )
        except auth.RefreshRefusedError as refused:
            if refused.reuse_family:
                # The family revocation must stick, so it is committed on its own.
                with db.write() as s:
                    auth.revoke_family(s, refused.reuse_family, cfg.clock())
                log.warning("refresh token reused: login family %s revoked", refused.reuse_family)
            raise _unauthorized() from None
        log.info("refresh ok user=%s", issued.user_id)
        return _tokens(issued)

    @app.get("/v1/sync/changes", response_model=ChangesResponse)
    def changes(
        user: CurrentUser,
        since: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    ) -> Response:
        # The biggest answer of the API: built as bytes in sync.changes_json (documented as ChangesResponse).
        return Response(sync.changes_json(db, user, since, limit, SERVICE), media_type="application/json")

    @app.post("/v1/sync/push", response_model=PushResponse)
    def push(body: PushRequest, user: CurrentUser) -> PushResponse:
        if user.rol == "jeugdbeschermer":
            raise ApiError(403, "forbidden", "Een jeugdbeschermer kan in het portaal alleen lezen.")
        try:
            return PushResponse(**sync.push(db, user, body.ops, cfg.clock()))
        except sync.OpIdReusedError as reused:
            log.warning("push refused: op_id %s reused with a different request", reused.op_id)
            raise ApiError(
                422, "op_id_reused", f"Operatie {reused.op_id} is eerder met andere inhoud verstuurd."
            ) from None

    @app.get("/v1/records/{uuid}", response_model=RecordResponse)
    def record(uuid: str, user: CurrentUser) -> RecordResponse:
        with db.read() as s:
            rec = sync.find_record(s, user, uuid)
            if rec is None:
                raise _not_found()
            conflicts = sync.open_conflicts(s, user.organisatie_id, [rec.uuid]).get(rec.uuid, [])
            dag = rechten.vandaag(cfg.clock())
            return RecordResponse(
                record=rechten.zichtbaar(s, user, rec, sync.record_json(rec, conflicts), dag)
            )

    @app.get("/v1/jongeren/{jongere_id}/plan", response_model=PlanResponse)
    def plan(jongere_id: str, user: CurrentUser) -> PlanResponse:
        with db.read() as s:
            if sync.find_jongere(s, user, jongere_id) is None:
                raise _not_found()
            rows = sync.records_of(s, user, jongere_id, "plan_versie")
            rows.sort(key=lambda r: (_int(r.payload.get("nummer")), r.version), reverse=True)
            dag = rechten.vandaag(cfg.clock())
            plannen = [rechten.zichtbaar(s, user, r, sync.record_json(r), dag) for r in rows]
        log.info("plan read user=%s jongere=%s versies=%d", user.id, jongere_id, len(plannen))
        return PlanResponse(jongere_id=jongere_id, actueel=plannen[0] if plannen else None, plannen=plannen)

    @app.get("/v1/jongeren/{jongere_id}/verslagen", response_model=VerslagenResponse)
    def verslagen(jongere_id: str, user: CurrentUser) -> VerslagenResponse:
        with db.read() as s:
            if sync.find_jongere(s, user, jongere_id) is None:
                raise _not_found()
            rows = [r for r in sync.records_of(s, user, jongere_id, "gesprek") if r.immutable]
            rows.sort(key=lambda r: (str(r.payload.get("moment", "")), r.version), reverse=True)
            out = [sync.record_json(r) for r in rows]
        log.info("verslagen read user=%s jongere=%s count=%d", user.id, jongere_id, len(out))
        return VerslagenResponse(jongere_id=jongere_id, verslagen=out)

    if faults is not None:
        _fault_middleware(app, faults)
    return app


def _fault_response(fault: Fault) -> Response:
    if fault.body is not None:
        return Response(
            fault.body, status_code=fault.status, headers=fault.headers, media_type=fault.content_type
        )
    return _error(fault.status, "injected_fault", "Testfout (geïnjecteerd).", fault.headers)


def _fault_middleware(app: FastAPI, faults: FaultPlan) -> None:
    """Outermost middleware (added last): acts like a bad network/proxy in front of the portal."""

    @app.middleware("http")
    async def _inject(request: Request, call_next: Any) -> Any:
        fault = faults.take(request.url.path)
        if fault is None:
            return await call_next(request)
        log.warning("injected fault %s %s %d", fault.when, request.url.path, fault.status)
        if fault.hold is not None:
            await run_in_threadpool(fault.hold.wait, fault.hold_timeout)
        if fault.passthrough:
            return await call_next(request)
        if fault.when == "after":
            response = await call_next(request)
            # Read the real answer to the end (so the handler has finished and committed), then lose it.
            async for _chunk in response.body_iterator:
                pass
        return _fault_response(fault)


def _fault_route(app: FastAPI, faults: FaultPlan) -> None:
    """``POST /__test__/faults`` for a portal in another process (KSO_PORTAL_TEST_FAULTS=1 only)."""

    @app.post("/__test__/faults", include_in_schema=False)
    def add_fault(body: dict[str, Any]) -> dict[str, str]:
        kind = body.get("kind")
        path = str(body.get("path", "/v1/sync/push"))
        status = int(body.get("status", 503))
        if kind == "fail_before_commit":
            faults.fail_before_commit(path, status)
        elif kind == "fail_after_commit":
            faults.fail_after_commit(path, status)
        elif kind == "rate_limited":
            faults.rate_limited(path, body.get("retry_after"))
        elif kind == "captive_portal_html":
            faults.captive_portal_html(path)
        elif kind == "clear":
            faults.clear()
        else:
            raise ApiError(400, "bad_request", f"Onbekende fout-soort: {kind}")
        return {"status": "ok"}


def _int(value: object) -> int:
    return value if isinstance(value, int) else 0
