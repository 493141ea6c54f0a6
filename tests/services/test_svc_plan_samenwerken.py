"""Two medewerkers on one plan: concurrent saves are merged; each keeps their own autosave (herstelpunt)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select

from kso_desktop.domain.entities import JongereGegevens, LocatieGegevens, MedewerkerGegevens
from kso_desktop.domain.enums import Leefgebied, LocatieType, Rol
from kso_desktop.domain.plan import Akkoord, Doel, PlanInhoud, PlanVersie
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m

# The services fixture's clock says 10 March 2026.


def _opzet(services: Services) -> tuple[str, PlanVersie, str, str]:
    """A jongere with a plan concept; Sanne (the mentor) and Youssef are two medewerkers of the location."""
    locatie = services.organisatie.add_locatie(LocatieGegevens("De Es", LocatieType.KWE))
    sanne = services.organisatie.add_medewerker(MedewerkerGegevens("Sanne de Vries", Rol.WOONBEGELEIDER)).id
    youssef = services.organisatie.add_medewerker(MedewerkerGegevens("Youssef Amrani", Rol.WOONBEGELEIDER)).id
    jongere = services.jongeren.add(
        JongereGegevens(
            voornaam="Senait",
            achternaam="Haile",
            geboortedatum=date(2010, 4, 2),
            locatie_id=locatie.id,
            plaatsing=date(2025, 9, 1),
            kennismaking=date(2025, 9, 2),
        ),
        mentor_id=sanne,  # the mentor may write the health notes (domain.rechten)
    )
    versie = services.plannen.nieuw_concept(jongere.id)
    inhoud = versie.inhoud.met_leefgebied(
        Leefgebied.WONEN,
        dataclasses.replace(versie.inhoud.leefgebied(Leefgebied.WONEN), zijn="Woont in De Es."),
    )
    versie = services.plannen.opslaan(versie.id, inhoud, basis=versie.inhoud, base_rev=versie.rev).versie
    return jongere.id, versie, sanne, youssef


def _lg(inhoud: PlanInhoud, key: Leefgebied, **velden: Any) -> PlanInhoud:
    return inhoud.met_leefgebied(key, dataclasses.replace(inhoud.leefgebied(key), **velden))


def _count(services: Services, model: type[Any]) -> int:
    with services.ctx.store.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _last_audit(services: Services, versie_id: str) -> m.AuditLog:
    with services.ctx.store.read() as s:
        row = s.scalars(
            select(m.AuditLog).where(m.AuditLog.entiteit_id == versie_id).order_by(m.AuditLog.id.desc())
        ).first()
    assert row is not None
    return row


# -- concurrent saves -------------------------------------------------------------------------------


def test_edits_of_different_fields_from_the_same_start_are_both_kept(services: Services) -> None:
    _jid, versie, sanne, youssef = _opzet(services)
    basis, rev = versie.inhoud, versie.rev
    sanne_edit = _lg(basis, Leefgebied.WONEN, zijn="Woont in De Es, kamer 3.")
    youssef_edit = _lg(basis, Leefgebied.FINANCIEN, worden="Sparen voor een fiets")

    services.act_as(sanne)
    eerste = services.plannen.opslaan(versie.id, sanne_edit, basis=basis, base_rev=rev)
    services.act_as(youssef)
    tweede = services.plannen.opslaan(versie.id, youssef_edit, basis=basis, base_rev=rev)

    assert (eerste.samengevoegd_met, eerste.conflicten) == (None, ())
    assert (tweede.samengevoegd_met, tweede.conflicten) == ("Sanne de Vries", ())
    stored = services.plannen.versie(versie.id)
    assert stored.rev == rev + 2
    assert stored.inhoud.leefgebied(Leefgebied.WONEN).zijn == "Woont in De Es, kamer 3."
    assert stored.inhoud.leefgebied(Leefgebied.FINANCIEN).worden == "Sparen voor een fiets"
    # Youssef's audit row holds his change only, attributed to him; Sanne's was logged as hers
    row = _last_audit(services, versie.id)
    assert (row.medewerker_id, row.medewerker_naam) == (youssef, "Youssef Amrani")
    assert [tuple(w) for w in row.wijzigingen] == [("Financiën – Worden", None, "Sparen voor een fiets")]
    with services.ctx.store.read() as s:
        op = s.scalars(select(m.OutboxOp).order_by(m.OutboxOp.seq.desc())).first()
    assert op is not None and op.author_id == youssef
    assert op.payload["inhoud"]["leefgebieden"]["wonen"]["zijn"] == "Woont in De Es, kamer 3."


def test_the_same_field_edited_by_both_keeps_both_texts_and_names_the_place(services: Services) -> None:
    _jid, versie, sanne, youssef = _opzet(services)
    basis, rev = versie.inhoud, versie.rev

    services.act_as(sanne)
    services.plannen.opslaan(
        versie.id,
        _lg(basis, Leefgebied.WONEN, zijn="Sanne: woont graag in De Es."),
        basis=basis,
        base_rev=rev,
    )
    services.act_as(youssef)
    tweede = services.plannen.opslaan(
        versie.id, _lg(basis, Leefgebied.WONEN, zijn="Youssef: wil verhuizen."), basis=basis, base_rev=rev
    )

    assert tweede.samengevoegd_met == "Sanne de Vries"
    assert tweede.conflicten == ("Wonen – Zijn",)
    zijn = services.plannen.versie(versie.id).inhoud.leefgebied(Leefgebied.WONEN).zijn
    assert "Sanne: woont graag in De Es." in zijn and "Youssef: wil verhuizen." in zijn
    assert "Sanne de Vries" in zijn  # the marker says whose text it was merged with
    assert tweede.versie.inhoud.leefgebied(Leefgebied.WONEN).zijn == zijn
    [(veld, oud, nieuw)] = [tuple(w) for w in _last_audit(services, versie.id).wijzigingen]
    assert (veld, oud, nieuw) == ("Wonen – Zijn", "Sanne: woont graag in De Es.", zijn)


def test_goals_added_by_two_editors_at_once_are_both_kept(services: Services) -> None:
    _jid, versie, sanne, youssef = _opzet(services)
    basis, rev = versie.inhoud, versie.rev
    koken = Doel.nieuw(Leefgebied.WONEN, eigen_woorden="Zelf koken")
    fiets = Doel.nieuw(Leefgebied.FINANCIEN, eigen_woorden="Sparen voor een fiets")

    services.act_as(sanne)
    services.plannen.opslaan(versie.id, basis.met_doel(koken), basis=basis, base_rev=rev)
    services.act_as(youssef)
    tweede = services.plannen.opslaan(versie.id, basis.met_doel(fiets), basis=basis, base_rev=rev)

    assert tweede.conflicten == ()
    assert {d.id for d in services.plannen.versie(versie.id).inhoud.doelen} == {koken.id, fiets.id}
    assert [tuple(w) for w in _last_audit(services, versie.id).wijzigingen] == [
        ("Financiën: nieuw doel", None, "Sparen voor een fiets")
    ]


def test_saving_on_from_my_own_last_save_is_no_merge(services: Services) -> None:
    _jid, versie, sanne, _youssef = _opzet(services)
    services.act_as(sanne)
    eerste = services.plannen.opslaan(
        versie.id, _lg(versie.inhoud, Leefgebied.WONEN, worden="A"), basis=versie.inhoud, base_rev=versie.rev
    ).versie
    tweede = services.plannen.opslaan(
        versie.id, _lg(eerste.inhoud, Leefgebied.WONEN, worden="B"), basis=eerste.inhoud, base_rev=eerste.rev
    )
    assert (tweede.samengevoegd_met, tweede.conflicten) == (None, ())
    assert tweede.versie.inhoud.leefgebied(Leefgebied.WONEN).worden == "B"


# -- herstelpunten ----------------------------------------------------------------------------------


def test_a_herstelpunt_keeps_the_typing_without_audit_outbox_or_a_new_rev(services: Services) -> None:
    jid, versie, _sanne, _youssef = _opzet(services)
    before = (_count(services, m.AuditLog), _count(services, m.OutboxOp))
    getypt = _lg(versie.inhoud, Leefgebied.WONEN, zijn="Woont in De Es. Kookt graag")

    services.plannen.bewaar_herstelpunt(versie.id, getypt, basis=versie.inhoud, base_rev=versie.rev)

    hp = services.plannen.herstelpunt(versie.id)
    assert hp is not None
    assert (hp.versie_id, hp.jongere_id, hp.jongere_naam, hp.base_rev) == (
        versie.id,
        jid,
        "Senait Haile",
        versie.rev,
    )
    assert (hp.inhoud, hp.basis, hp.opgeslagen_op) == (
        getypt,
        versie.inhoud,
        datetime(2026, 3, 10, 10, 0, tzinfo=UTC),
    )
    assert (_count(services, m.AuditLog), _count(services, m.OutboxOp)) == before
    assert services.plannen.versie(versie.id) == versie


def test_a_second_herstelpunt_replaces_the_first(services: Services) -> None:
    _jid, versie, _sanne, _youssef = _opzet(services)
    for tekst in ("Woont", "Woont in", "Woont in De Es, kamer 3"):
        services.plannen.bewaar_herstelpunt(
            versie.id,
            _lg(versie.inhoud, Leefgebied.WONEN, zijn=tekst),
            basis=versie.inhoud,
            base_rev=versie.rev,
        )
    assert _count(services, m.PlanHerstelpunt) == 1
    hp = services.plannen.herstelpunt(versie.id)
    assert hp is not None and hp.inhoud.leefgebied(Leefgebied.WONEN).zijn == "Woont in De Es, kamer 3"


def test_each_medewerker_sees_only_their_own_herstelpunt(services: Services) -> None:
    _jid, versie, sanne, youssef = _opzet(services)
    services.act_as(sanne)
    services.plannen.bewaar_herstelpunt(
        versie.id,
        _lg(versie.inhoud, Leefgebied.WONEN, zijn="Sanne typt"),
        basis=versie.inhoud,
        base_rev=versie.rev,
    )

    services.act_as(youssef)
    assert services.plannen.herstelpunt(versie.id) is None
    assert services.plannen.herstelpunten() == []
    services.plannen.bewaar_herstelpunt(
        versie.id,
        _lg(versie.inhoud, Leefgebied.WONEN, worden="Youssef typt"),
        basis=versie.inhoud,
        base_rev=versie.rev,
    )
    assert _count(services, m.PlanHerstelpunt) == 2

    services.act_as(sanne)
    [hp] = services.plannen.herstelpunten()
    assert (hp.versie_id, hp.jongere_naam) == (versie.id, "Senait Haile")
    assert hp.inhoud.leefgebied(Leefgebied.WONEN).zijn == "Sanne typt"
    assert hp.inhoud.leefgebied(Leefgebied.WONEN).worden == ""

    # Sanne's save drops her herstelpunt, not Youssef's
    services.plannen.opslaan(versie.id, hp.inhoud, basis=hp.basis, base_rev=hp.base_rev)
    assert services.plannen.herstelpunt(versie.id) is None
    services.act_as(youssef)
    mine = services.plannen.herstelpunt(versie.id)
    assert mine is not None and mine.inhoud.leefgebied(Leefgebied.WONEN).worden == "Youssef typt"


def test_a_save_even_without_changes_ends_the_herstelpunt(services: Services) -> None:
    _jid, versie, _sanne, _youssef = _opzet(services)
    services.plannen.bewaar_herstelpunt(versie.id, versie.inhoud, basis=versie.inhoud, base_rev=versie.rev)
    services.plannen.opslaan(versie.id, versie.inhoud, basis=versie.inhoud, base_rev=versie.rev)
    assert services.plannen.herstelpunt(versie.id) is None
    assert _count(services, m.PlanHerstelpunt) == 0


def test_vaststellen_and_verwerpen_end_the_herstelpunt(services: Services) -> None:
    jid, versie, _sanne, _youssef = _opzet(services)
    getypt = _lg(versie.inhoud, Leefgebied.WONEN, presteren="Kookt een keer per week")
    services.plannen.bewaar_herstelpunt(versie.id, getypt, basis=versie.inhoud, base_rev=versie.rev)
    services.plannen.verwerp_herstelpunt(versie.id)
    assert services.plannen.herstelpunten() == []

    services.plannen.bewaar_herstelpunt(versie.id, getypt, basis=versie.inhoud, base_rev=versie.rev)
    services.plannen.vaststellen(versie.id, date(2026, 3, 10), Akkoord(jongere=True))
    assert services.plannen.herstelpunten() == []
    assert _count(services, m.PlanHerstelpunt) == 0
    # the typing that was never saved did not slip into the frozen version
    assert services.plannen.versie(versie.id).inhoud.leefgebied(Leefgebied.WONEN).presteren == ""
    assert services.plannen.laatste(jid) is not None


def test_a_herstelpunt_restored_after_a_colleague_saved_is_merged_not_overwritten(services: Services) -> None:
    _jid, versie, sanne, youssef = _opzet(services)
    services.act_as(sanne)
    services.plannen.bewaar_herstelpunt(
        versie.id,
        _lg(versie.inhoud, Leefgebied.GEZONDHEID, zijn="Slaapt slecht"),
        basis=versie.inhoud,
        base_rev=versie.rev,
    )
    # Sanne's laptop crashes; meanwhile Youssef saves
    services.act_as(youssef)
    services.plannen.opslaan(
        versie.id,
        _lg(versie.inhoud, Leefgebied.WONEN, worden="Een eigen studio"),
        basis=versie.inhoud,
        base_rev=versie.rev,
    )

    services.act_as(sanne)
    hp = services.plannen.herstelpunt(versie.id)
    assert hp is not None
    result = services.plannen.opslaan(versie.id, hp.inhoud, basis=hp.basis, base_rev=hp.base_rev)

    assert (result.samengevoegd_met, result.conflicten) == ("Youssef Amrani", ())
    inhoud = services.plannen.versie(versie.id).inhoud
    assert inhoud.leefgebied(Leefgebied.GEZONDHEID).zijn == "Slaapt slecht"
    assert inhoud.leefgebied(Leefgebied.WONEN).worden == "Een eigen studio"
    assert inhoud.leefgebied(Leefgebied.WONEN).zijn == "Woont in De Es."
