"""Read and write the small key/value facts in ``app_meta``."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kso_desktop.storage.models import AppMeta


def get_meta(session: Session, key: str) -> str | None:
    row = session.get(AppMeta, key)
    return None if row is None else row.value


def set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(AppMeta, key)
    if row is None:
        session.add(AppMeta(key=key, value=value))
    else:
        row.value = value
