"""Column types: UTC timestamps and JSON lists stored as text."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Dialect, String, Text
from sqlalchemy.types import TypeDecorator

# Built once: json.dumps with options makes a new encoder on every call (same text, more work per row).
_encode_list = json.JSONEncoder(ensure_ascii=False).encode
_encode_dict = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str).encode


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes stored as ISO text, so ordering and round trips are exact."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store UTC-aware datetimes only")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class JsonList(TypeDecorator[list[Any]]):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: list[Any] | None, dialect: Dialect) -> str:
        return _encode_list(list(value or []))

    def process_result_value(self, value: str | None, dialect: Dialect) -> list[Any]:
        return [] if not value else list(json.loads(value))


class JsonDict(TypeDecorator[dict[str, Any]]):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: dict[str, Any] | None, dialect: Dialect) -> str:
        return _encode_dict(value or {})

    def process_result_value(self, value: str | None, dialect: Dialect) -> dict[str, Any]:
        return {} if not value else dict(json.loads(value))
