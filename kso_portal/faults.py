"""Test-only fault injection (sync-protocol §6): a queue of one-shot faults applied by an HTTP middleware.

Only active when a ``FaultPlan`` is passed to ``create_app`` (in-process tests), or when the portal is
started with ``KSO_PORTAL_TEST_FAULTS=1`` (then ``POST /__test__/faults`` queues faults from another
process). A production portal has neither. Dropped connections and stalls belong to a TCP proxy on the
client side; this layer gives HTTP answers before or after the real handler ran (and committed).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Literal

CAPTIVE_HTML = b"<!doctype html><html><body><h1>Wifi login</h1><form>Accept terms</form></body></html>"


@dataclass
class Fault:
    path: str
    #: before: answer without running the handler; after: run it (it commits), then answer this instead.
    when: Literal["before", "after"] = "before"
    status: int = 503
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    content_type: str = "application/json"
    #: Hold the request until this is set (bounded by ``hold_timeout``), then go on (or apply the fault).
    hold: threading.Event | None = None
    hold_timeout: float = 30.0
    passthrough: bool = False


class FaultPlan:
    """One-shot faults per path, in the order they were added; thread-safe."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self.applied: list[tuple[str, str, int]] = []

    def add(self, fault: Fault) -> Fault:
        with self._lock:
            self._faults.append(fault)
        return fault

    def take(self, path: str) -> Fault | None:
        with self._lock:
            for i, fault in enumerate(self._faults):
                if fault.path == path:
                    del self._faults[i]
                    self.applied.append((path, fault.when, fault.status))
                    return fault
        return None

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    # The named faults of sync-protocol §6 -----------------------------------------------------------

    def fail_before_commit(self, path: str, status: int = 503) -> Fault:
        return self.add(Fault(path, "before", status))

    def fail_after_commit(self, path: str, status: int = 502) -> Fault:
        return self.add(Fault(path, "after", status))

    def rate_limited(self, path: str, retry_after: int | None = 1) -> Fault:
        headers = {} if retry_after is None else {"Retry-After": str(retry_after)}
        return self.add(Fault(path, "before", 429, headers))

    def captive_portal_html(self, path: str) -> Fault:
        return self.add(Fault(path, "before", 200, body=CAPTIVE_HTML, content_type="text/html"))

    def hold_request_until(self, path: str, event: threading.Event, timeout: float = 30.0) -> Fault:
        return self.add(Fault(path, "before", hold=event, hold_timeout=timeout, passthrough=True))
