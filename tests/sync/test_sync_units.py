"""The pure parts of sync: three-way merge and backoff; and clock skew, which must change nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sync_helpers import Laptop

from kso_desktop.sync.client import Backoff
from kso_desktop.sync.merge import merge3


def test_merge3_takes_each_side_s_changes_and_flags_the_same_field() -> None:
    base = {"a": "1", "b": "1", "c": "1"}
    merged, conflicts = merge3(base, {"a": "mijn", "b": "1", "c": "x"}, {"a": "1", "b": "hun", "c": "y"})
    assert merged == {"a": "mijn", "b": "hun", "c": "x"}
    assert conflicts == ["c"]
    assert merge3(base, {**base, "a": "z"}, {**base, "a": "z"}) == ({**base, "a": "z"}, [])


def test_backoff_grows_with_jitter_is_capped_and_honours_retry_after() -> None:
    waits: list[float] = []
    b = Backoff(sleep=waits.append, rng=lambda: 1.0, base=1.0, cap=5.0)
    for attempt in range(5):
        b.wait(attempt, None)
    assert waits == [1.0, 2.0, 4.0, 5.0, 5.0]
    assert Backoff(rng=lambda: 0.0, base=2.0).delay(0, None) == 1.0  # jitter: half to all of the step
    assert b.delay(3, "12") == 12.0
    assert b.delay(3, "999999") == b.max_retry_after
    assert b.delay(0, "morgen") == 1.0  # an unreadable Retry-After falls back to the backoff


def test_clock_skew_of_days_or_decades_changes_nothing(laptop: Callable[..., Laptop]) -> None:
    a, b = laptop("a_med"), laptop("a_med2")
    jid = a.new_jongere()
    a.sync()
    b.sync()
    a.services.ctx.clock = lambda: datetime(2026, 3, 7, 9, 0, tzinfo=UTC)  # three days behind
    b.services.ctx.clock = lambda: datetime(2086, 3, 10, 9, 0, tzinfo=UTC)  # sixty years ahead
    b.edit(jid, notities="vanuit de toekomst")
    b.sync()
    a.sync()
    a.edit(jid, notities="later geschreven, op een achterlopende klok")
    a.sync()
    b.sync()
    # Order is the portal's version order, never the laptops' clocks: the later edit stands everywhere.
    for lap in (a, b):
        assert (
            lap.services.jongeren.get(jid).gegevens.notities == "later geschreven, op een achterlopende klok"
        )
        assert lap.services.sync.conflicts() == []
