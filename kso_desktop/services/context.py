"""What every use case needs: the store, who is acting on which device, and today's date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from kso_desktop.storage.engine import Store

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@dataclass(frozen=True, slots=True)
class Actor:
    """The medewerker at the keyboard (None before anyone signed in: the system itself)."""

    medewerker_id: str | None
    naam: str
    device_id: str


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class Context:
    store: Store
    actor: Actor
    clock: Callable[[], datetime] = field(default=_now)

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        """Today as the location sees it (Europe/Amsterdam), whatever the laptop's zone."""
        return self.clock().astimezone(AMSTERDAM).date()
