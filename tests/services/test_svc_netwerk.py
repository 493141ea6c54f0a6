"""The sociaal netwerk through the NetwerkService: people, versions, comparison, audit and outbox."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import func, select

from kso_desktop.domain.entities import Jongere, JongereGegevens, LocatieGegevens
from kso_desktop.domain.enums import LocatieType
from kso_desktop.domain.netwerk import (
    Betekenis,
    Cirkel,
    Contact,
    Netwerk,
    NetwerkStatus,
    Persoon,
    Sector,
    netwerk_from_json,
    netwerk_to_json,
)
from kso_desktop.domain.validation import MAX_NAAM, Code, ValidationError
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m

VANDAAG = date(2026, 3, 10)  # the services fixture's clock


def _jongere(services: Services) -> Jongere:
    locatie = services.organisatie.add_locatie(LocatieGegevens("De Es", LocatieType.KWE))
    return services.jongeren.add(
        JongereGegevens(
            voornaam="Senait",
            achternaam="Haile",
            geboortedatum=date(2010, 4, 2),
            locatie_id=locatie.id,
            plaatsing=date(2025, 9, 1),
        )
    )


def _tante() -> Persoon:
    return Persoon.nieuw(
        "Tante Almaz",
        Sector.FAMILIE_HIER,
        Cirkel.DICHTBIJ,
        relatie="tante",
        woonplaats="Utrecht",
        contact=Contact.JA,
        betekenis=Betekenis.STEUN,
        notitie="Kookt op zondag Eritrees eten.",
    )


def _counts(services: Services) -> tuple[int, int, int]:
    with services.ctx.store.read() as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(model)) or 0
            for model in (m.NetwerkVersie, m.AuditLog, m.OutboxOp)
        )


def _audit(services: Services, versie_id: str) -> list[m.AuditLog]:
    with services.ctx.store.read() as s:
        return list(
            s.scalars(select(m.AuditLog).where(m.AuditLog.entiteit_id == versie_id).order_by(m.AuditLog.id))
        )


def test_add_move_remove_people_are_stored_with_audit_and_outbox(services: Services) -> None:
    j = _jongere(services)
    assert services.netwerk.laatste(j.id) is None
    tante = _tante()
    v = services.netwerk.voeg_toe(j.id, tante)
    assert v.versie == 1 and v.status == NetwerkStatus.CONCEPT and v.gestart_op == VANDAAG
    assert services.netwerk.laatste(j.id) == v
    assert v.netwerk.persoon(tante.id) == tante

    v = services.netwerk.verplaats(j.id, tante.id, cirkel=Cirkel.HEEL_DICHTBIJ)
    assert services.netwerk.versie(v.id).netwerk.persoon(tante.id).cirkel == Cirkel.HEEL_DICHTBIJ
    v = services.netwerk.verplaats(j.id, tante.id, sector=Sector.GELOOF_GEMEENSCHAP)
    stored = services.netwerk.versie(v.id).netwerk.persoon(tante.id)
    assert (stored.sector, stored.cirkel) == (Sector.GELOOF_GEMEENSCHAP, Cirkel.HEEL_DICHTBIJ)

    v = services.netwerk.verwijder(j.id, tante.id)
    assert services.netwerk.versie(v.id).netwerk.personen == ()
    assert len(services.netwerk.versies(j.id)) == 1  # every edit went into the one concept

    regels = [(a.actie, [tuple(w) for w in a.wijzigingen]) for a in _audit(services, v.id)]
    assert regels[0] == ("aangemaakt", [("Nieuw concept", None, "versie 1 (leeg)")])
    assert ("Nieuw in het netwerk", None, "Tante Almaz (Familie hier, dichtbij)") in regels[1][1]
    assert regels[2] == ("gewijzigd", [("Tante Almaz: cirkel", "Dichtbij", "Heel dichtbij")])
    assert regels[3] == (
        "gewijzigd",
        [("Tante Almaz – Sector", "Familie hier", "Geloof en gemeenschap")],
    )
    assert regels[4] == ("gewijzigd", [("Uit het netwerk", "Tante Almaz", None)])
    with services.ctx.store.read() as s:
        ops = list(s.scalars(select(m.OutboxOp).where(m.OutboxOp.entiteit_id == v.id)))
    assert [o.entiteit for o in ops] == ["netwerk_versie"] * 5
    assert [o.local_rev for o in ops] == [1, 2, 3, 4, 5]
    assert ops[1].payload["inhoud"]["personen"][0]["naam"] == "Tante Almaz"


def test_saving_the_same_network_writes_nothing(services: Services) -> None:
    j = _jongere(services)
    v = services.netwerk.voeg_toe(j.id, _tante())
    before = _counts(services)
    again = services.netwerk.opslaan(j.id, v.netwerk)
    assert again.rev == v.rev
    assert _counts(services) == before


def test_vaststellen_freezes_and_the_next_edit_is_a_new_version(services: Services) -> None:
    j = _jongere(services)
    tante = _tante()
    broer = Persoon.nieuw("Broer Yonas", Sector.FAMILIE_HERKOMST, Cirkel.VERDER_WEG, contact=Contact.NEE)
    trainer = Persoon.nieuw("Trainer Kees", Sector.SPORT_VRIJE_TIJD, Cirkel.DICHTBIJ)
    services.netwerk.voeg_toe(j.id, tante)
    services.netwerk.voeg_toe(j.id, broer)
    services.netwerk.voeg_toe(j.id, trainer)
    een = services.netwerk.vaststellen(j.id)
    assert (een.status, een.vastgesteld_op) == (NetwerkStatus.VASTGESTELD, VANDAAG)
    assert services.netwerk.concept(j.id) is None
    assert "vastgesteld" in [a.actie for a in _audit(services, een.id)]

    services.netwerk.verplaats(j.id, broer.id, cirkel=Cirkel.DICHTBIJ)
    services.netwerk.verplaats(j.id, tante.id, cirkel=Cirkel.VERDER_WEG)
    services.netwerk.verwijder(j.id, trainer.id)
    vriend = Persoon.nieuw("Vriend Dawit", Sector.VRIENDEN, Cirkel.HEEL_DICHTBIJ)
    twee = services.netwerk.voeg_toe(j.id, vriend)
    twee = services.netwerk.wijzig(
        j.id, dataclasses.replace(twee.netwerk.persoon(broer.id), contact=Contact.JA)
    )
    assert twee.versie == 2 and twee.id != een.id and twee.bewerkbaar
    # The vastgesteld version is exactly as it was.
    assert services.netwerk.versie(een.id).netwerk.personen == (tante, broer, trainer)
    assert [v.versie for v in services.netwerk.versies(j.id)] == [2, 1]

    verschil = services.netwerk.vergelijk(een.id, twee.id)
    assert [v.naam for v in verschil.dichterbij] == ["Broer Yonas"]
    assert [v.naam for v in verschil.verder_weg] == ["Tante Almaz"]
    assert [p.naam for p in verschil.nieuw] == ["Vriend Dawit"]
    assert [p.naam for p in verschil.weg] == ["Trainer Kees"]
    assert [(v.naam, [(d.veld, d.oud, d.nieuw) for d in v.details]) for v in verschil.gewijzigd] == [
        ("Broer Yonas", [("Contact mogelijk", "Nee", "Ja")])
    ]
    assert ("Dichterbij gekomen", "Broer Yonas: Verder weg → Dichtbij") in verschil.regels()


def test_a_vastgesteld_version_cannot_be_fixed_twice(services: Services) -> None:
    j = _jongere(services)
    with pytest.raises(ValidationError) as exc:
        services.netwerk.vaststellen(j.id)
    assert exc.value.codes == {Code.NIET_GEVONDEN}
    services.netwerk.voeg_toe(j.id, _tante())
    with pytest.raises(ValidationError) as exc:
        services.netwerk.vaststellen(j.id, date(2026, 3, 11))
    assert exc.value.codes == {Code.DATUM_IN_TOEKOMST}
    services.netwerk.vaststellen(j.id)
    with pytest.raises(ValidationError):
        services.netwerk.vaststellen(j.id)


@pytest.mark.parametrize(
    ("persoon", "code", "woord"),
    [
        (
            Persoon.nieuw("   ", Sector.VRIENDEN, Cirkel.DICHTBIJ),
            Code.VERPLICHT,
            "Naam of omschrijving (persoon 2) is verplicht",
        ),
        (Persoon.nieuw("x" * (MAX_NAAM + 1), Sector.VRIENDEN, Cirkel.DICHTBIJ), Code.TE_LANG, "te lang"),
        (
            Persoon.nieuw("Ali", Sector.VRIENDEN, Cirkel.DICHTBIJ, notitie="n" * 1001),
            Code.TE_LANG,
            "Notitie (Ali) is te lang",
        ),
        (Persoon.nieuw("Ali\x07", Sector.VRIENDEN, Cirkel.DICHTBIJ), Code.ONGELDIGE_TEKENS, "tekens"),
    ],
)
def test_bad_input_is_refused_in_dutch_and_leaves_the_data_untouched(
    services: Services, persoon: Persoon, code: Code, woord: str
) -> None:
    j = _jongere(services)
    tante = _tante()
    v = services.netwerk.voeg_toe(j.id, tante)
    before = _counts(services)
    with pytest.raises(ValidationError) as exc:
        services.netwerk.voeg_toe(j.id, persoon)
    assert exc.value.codes == {code}
    assert woord in exc.value.message
    with pytest.raises(ValidationError):
        services.netwerk.opslaan(j.id, v.netwerk.met_persoon(persoon))
    assert _counts(services) == before
    assert services.netwerk.laatste(j.id) == v


def test_unknown_people_and_jongeren_are_named(services: Services) -> None:
    j = _jongere(services)
    services.netwerk.voeg_toe(j.id, _tante())
    with pytest.raises(ValidationError, match="Persoon niet gevonden"):
        services.netwerk.verplaats(j.id, "nope", cirkel=Cirkel.DICHTBIJ)
    with pytest.raises(ValidationError, match="Jongere niet gevonden"):
        services.netwerk.laatste("nope")
    tante = services.netwerk.huidig_netwerk(j.id).personen[0]
    with pytest.raises(ValidationError, match="bestaat al"):
        services.netwerk.voeg_toe(j.id, tante)


def test_round_trip_through_storage_keeps_every_field(services: Services) -> None:
    j = _jongere(services)
    mensen = (
        _tante(),
        Persoon.nieuw(
            "Moeder",
            Sector.FAMILIE_HERKOMST,
            Cirkel.HEEL_DICHTBIJ,
            relatie="moeder",
            woonplaats="Asmara (Eritrea)",
            contact=Contact.NEE,
            betekenis=Betekenis.ZORG,
            notitie="Geen bereik; zorgen om haar gezondheid.",
        ),
        Persoon.nieuw("Mevrouw Jansen", Sector.PROFESSIONALS, Cirkel.VERDER_WEG, relatie="docent NT2"),
    )
    netwerk = Netwerk(mensen)
    v = services.netwerk.opslaan(j.id, netwerk)
    assert services.netwerk.versie(v.id).netwerk == netwerk
    assert netwerk_from_json(netwerk_to_json(netwerk)) == netwerk
    # Pasted text is cleaned before it is stored.
    v = services.netwerk.wijzig(
        j.id, Persoon(mensen[2].id, "  Mevrouw Jansen ", Sector.PROFESSIONALS, Cirkel.DICHTBIJ)
    )
    assert services.netwerk.versie(v.id).netwerk.persoon(mensen[2].id).naam == "Mevrouw Jansen"


def test_export_is_in_the_audit_trail(services: Services) -> None:
    j = _jongere(services)
    v = services.netwerk.voeg_toe(j.id, _tante())
    services.netwerk.export_vastleggen(v.id, "netwerk.pdf")
    laatste = _audit(services, v.id)[-1]
    assert laatste.actie == "geëxporteerd"
    assert laatste.wijzigingen == [["Sociaal netwerk als PDF", None, "versie 1 → netwerk.pdf"]]
