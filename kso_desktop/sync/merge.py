"""Three-way merge of record payloads against the last synced base (sync-protocol §5): plain Python."""

from __future__ import annotations

from typing import Any


def merge3(
    base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """Fields changed on one side are taken from that side; a field both changed differently is a conflict.

    Returns the merged payload (a conflicting field keeps my value) and the sorted conflicting fields.
    """
    merged: dict[str, Any] = {}
    conflicts: list[str] = []
    for key in sorted(set(base) | set(mine) | set(theirs)):
        b, m, t = base.get(key), mine.get(key), theirs.get(key)
        if t in (m, b):
            value = m
        elif m == b:
            value = t
        else:
            value = m
            conflicts.append(key)
        if key in mine or key in theirs:
            merged[key] = value
    return merged, conflicts
