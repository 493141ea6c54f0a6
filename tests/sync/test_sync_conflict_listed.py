"""A laptop that lists another laptop's conflict on a record still sends its own edits of that record, and
resolving that conflict keeps the words typed here (found by the three-laptop state machine)."""

from __future__ import annotations

from collections.abc import Callable

from sync_helpers import Laptop

from kso_desktop.storage import models as m


def test_listed_conflict_of_another_laptop_never_holds_back_or_drops_my_words(
    laptop: Callable[..., Laptop],
) -> None:
    a, b, c = laptop("a_med"), laptop("a_med2"), laptop("a_med3")
    jid = a.new_jongere()
    for lap in (a, b, c):
        lap.sync()
    a.edit(jid, notities="taalles")
    c.edit(jid, telefoon="0612345678")
    a.sync()
    a.edit(jid, telefoon="0201234567")
    a.sync()
    c.sync()  # c's stale telefoon: merged or kept as a conflict on the portal
    b.sync()
    b.edit(jid, notities="school")
    b.sync()
    assert b.row(m.Jongere, jid).sync_state in {"synced", "pending"}
    assert [r.payload["notities"] for r in a.portal.records("jongere") if r.uuid == jid] == ["school"]
    for conflict in b.services.sync.conflicts():
        b.services.sync.resolve(conflict.id, "hun")
    assert b.row(m.Jongere, jid).notities == "school"
    b.sync()
    a.sync()
    assert a.row(m.Jongere, jid).notities == "school"
