"""Forms, the sociaal netwerk and correction requests sync like other records; final ones are immutable."""

from __future__ import annotations

from collections.abc import Callable

from sync_helpers import Laptop

from kso_desktop.domain.netwerk import Cirkel, Persoon, Sector
from kso_desktop.storage import models as m


def test_a_form_a_network_and_a_correction_request_reach_the_other_laptop(
    laptop: Callable[..., Laptop],
) -> None:
    a, b = laptop("a_med"), laptop("a_med2")
    jid = a.new_jongere()
    vandaag = a.services.ctx.today()
    concept = a.services.formulieren.nieuw(jid, "gevoelsthermometer")
    formulier = a.services.formulieren.maak_definitief(
        concept.id, {"temperatuur": 2, "toelichting_nu": "Het gaat beter.", "samen_met_jongere": True}
    )
    a.services.netwerk.voeg_toe(jid, Persoon.nieuw("Oom Tesfay", Sector.FAMILIE_HIER, Cirkel.DICHTBIJ))
    netwerk = a.services.netwerk.vaststellen(jid, vandaag)
    verzoek = a.services.correcties.registreer(
        jid, ontvangen_op=vandaag, van="Senait", omschrijving="Mijn roepnaam is anders."
    )

    rapport = a.sync().rapport
    assert rapport.local_only == 0 and a.outbox() == []
    records = {r.uuid: r for r in a.portal.records() if r.jongere_id == jid}
    assert records[formulier.id].immutable and records[netwerk.id].immutable
    assert not records[verzoek.id].immutable

    b.sync()
    assert b.row(m.FormulierInvulling, formulier.id).antwoorden["toelichting_nu"] == "Het gaat beter."
    assert [p.naam for p in b.services.netwerk.versie(netwerk.id).netwerk.personen] == ["Oom Tesfay"]
    assert [v.omschrijving for v in b.services.correcties.lijst(jid)] == ["Mijn roepnaam is anders."]
