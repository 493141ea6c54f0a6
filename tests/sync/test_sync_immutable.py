"""A definitief verslag goes up as an immutable submission; a correction supersedes it on the portal and
every laptop shows only the correction (Norm 7.1b: verslagen reach the portal unchanged)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sync_helpers import Laptop

from kso_desktop.domain.enums import GesprekType
from kso_desktop.domain.gesprek import GesprekInhoud
from kso_desktop.storage import models as m

MOMENT = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)


def test_definitief_verslag_is_immutable_and_a_correction_supersedes_it(
    laptop: Callable[..., Laptop],
) -> None:
    a, b = laptop("a_med"), laptop("a_med2")
    jid = a.new_jongere()
    oud = a.services.gesprekken.opslaan(
        jid,
        GesprekType.TWEEGESPREK,
        MOMENT,
        GesprekInhoud(notities="Het gaat goed op school."),
        definitief=True,
    )
    a.sync()
    [record] = [r for r in a.portal.records("gesprek") if r.uuid == oud.id]
    assert record.immutable
    nieuw = a.services.gesprekken.corrigeer(
        oud.id, GesprekInhoud(notities="Het gaat goed op de taalschool."), "Typefout"
    )
    rapport = a.sync().rapport
    assert (rapport.pushed, rapport.conflicts) == (1, 0)  # only the correction; the portal marks the old one
    records = {r.uuid: r for r in a.portal.records("gesprek") if r.jongere_id == jid}
    assert records[oud.id].superseded_by == nieuw.id
    assert records[oud.id].payload["inhoud"] == record.payload["inhoud"]  # the final one stays as it was
    assert records[nieuw.id].supersedes == oud.id and records[nieuw.id].immutable
    assert a.outbox() == [] and a.services.sync.status().conflicten == 0

    b.sync()
    assert [g.id for g in b.services.gesprekken.lijst(jid)] == [nieuw.id]
    assert b.row(m.Gesprek, oud.id).vervangen
