"""Pydantic wire schemas of the portal API (version 1); PROTOCOL.md describes them for client authors."""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

API_VERSION = 1
SERVICE = "kso-portal"
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
TYPE_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"
MAX_OPS = 100
#: Largest request body accepted (checked on Content-Length; 413 above it).
MAX_BODY_BYTES = 5_000_000


def canonical_json(value: Any) -> bytes:
    """The bytes hashed for idempotency and immutability checks: sorted keys, no whitespace."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sha256_of(value: Any) -> str:
    return hashlib.sha256(canonical_json(value)).hexdigest()


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginRequest(Strict):
    username: str = Field(min_length=1, max_length=80)
    password: str = Field(min_length=1, max_length=500)


class RefreshRequest(Strict):
    refresh_token: str = Field(min_length=1, max_length=200)


class LocatieOut(BaseModel):
    id: str
    naam: str
    type: str


class UserOut(BaseModel):
    id: str
    naam: str
    rol: str
    organisatie_id: str
    locaties: list[LocatieOut]


class TokenResponse(BaseModel):
    service: str = SERVICE
    token_type: Literal["bearer"] = "bearer"
    access_token: str
    expires_in: int
    refresh_token: str
    refresh_expires_in: int
    user: UserOut
    server_epoch: str


class HealthResponse(BaseModel):
    service: str = SERVICE
    api: int = API_VERSION
    status: Literal["ok"] = "ok"
    server_time: str
    max_ops: int = MAX_OPS
    max_body_bytes: int = MAX_BODY_BYTES


class PushOp(Strict):
    op_id: str = Field(pattern=UUID_PATTERN)
    type: str = Field(pattern=TYPE_PATTERN)
    uuid: str = Field(pattern=UUID_PATTERN)
    base_version: int | None = Field(default=None, ge=0)
    payload: dict[str, Any] = Field(default_factory=dict)
    deleted: bool = False
    immutable: bool = False
    author: str = Field(min_length=1, max_length=64)
    jongere_id: str | None = Field(default=None, pattern=UUID_PATTERN)
    locatie_id: str | None = Field(default=None, pattern=UUID_PATTERN)
    supersedes: str | None = Field(default=None, pattern=UUID_PATTERN)
    resolves: list[str] = Field(default_factory=list, max_length=50)
    #: Destroy this jongere and all their records everywhere (AVG art. 17), like ``kso-portal purge``.
    purge: bool = False

    def request_sha256(self) -> str:
        # Left out when false, so the hash of every other op is what it was before this field existed.
        return sha256_of(self.model_dump(mode="json", exclude=None if self.purge else {"purge"}))


class PushRequest(Strict):
    ops: list[PushOp] = Field(max_length=MAX_OPS)


class PushResponse(BaseModel):
    service: str = SERVICE
    results: list[dict[str, Any]]
    max_version: int
    server_epoch: str


class ChangesResponse(BaseModel):
    service: str = SERVICE
    changes: list[dict[str, Any]]
    removed_youth: list[dict[str, Any]]
    next_cursor: int
    has_more: bool
    max_version: int
    server_epoch: str


class RecordResponse(BaseModel):
    service: str = SERVICE
    record: dict[str, Any]


class PlanResponse(BaseModel):
    service: str = SERVICE
    jongere_id: str
    actueel: dict[str, Any] | None
    plannen: list[dict[str, Any]]


class VerslagenResponse(BaseModel):
    service: str = SERVICE
    jongere_id: str
    verslagen: list[dict[str, Any]]


class ErrorResponse(BaseModel):
    service: str = SERVICE
    code: str
    message_nl: str
