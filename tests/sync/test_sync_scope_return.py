"""A jongere who moved to another location and back: every laptop of the first location has them again,
also a laptop that syncs for the first time after both moves (the feed still lists the old move)."""

from __future__ import annotations

from collections.abc import Callable

from sync_helpers import Laptop

from kso_desktop.storage import models as m


def test_a_jongere_who_moved_away_and_back_reaches_every_laptop(laptop: Callable[..., Laptop]) -> None:
    a, both = laptop("a_med"), laptop("ab_med")
    jid = a.new_jongere("Terug")
    a.sync()
    both.sync()
    both.edit(jid, locatie_id=both.locatie(a.portal.loc_b))
    both.sync()
    a.sync()
    assert a.row(m.Jongere, jid) is None  # left this laptop's locations, nothing unsent: forgotten
    both.edit(jid, locatie_id=both.locatie(a.portal.loc_a), notities="Weer terug op A")
    both.sync()
    a.sync()
    assert a.row(m.Jongere, jid).notities == "Weer terug op A"
    # A laptop that reads the whole feed at once gets the jongere too, though the old move is in it.
    fresh = laptop("a_med2")
    fresh.sync()
    assert fresh.row(m.Jongere, jid) is not None
    assert fresh.row(m.Jongere, jid).notities == "Weer terug op A"
