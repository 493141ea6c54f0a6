"""FormulierService over a real encrypted database: concept, definitief, correction, history, trend, plan."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kso_desktop.domain.entities import JongereGegevens, LocatieGegevens
from kso_desktop.domain.enums import Leefgebied, LocatieType
from kso_desktop.domain.validation import Code, ValidationError
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m

QS = "quickscan-veiligheid"


def _jongere(services: Services) -> str:
    loc = services.organisatie.add_locatie(LocatieGegevens(naam="De Linde", type=LocatieType.KWG))
    return services.jongeren.add(
        JongereGegevens(
            voornaam="Amir",
            achternaam="Haddad",
            geboortedatum=date(2009, 5, 1),
            locatie_id=loc.id,
            plaatsing=date(2026, 1, 5),
        )
    ).id


def quickscan_antwoorden(**over: Any) -> dict[str, Any]:
    """A complete Quickscan: every required question answered."""
    a: dict[str, Any] = {
        "datum_gesprek": "2026-03-09",
        "samen_met_jongere": True,
        "beleving_schaal": 3,
        "oordeel": "zorgen",
        "oordeel_toelichting": "Druk van een landgenoot om geld te sturen.",
        "bespreken_jb": True,
        "veiligheidsplan": False,
    }
    for gebied in ("locatie", "netwerk", "online", "financieel", "school", "gezondheid"):
        a[f"{gebied}_signalen"] = False
    a["financieel_signalen"] = True
    a["financieel_signalen_welke"] = "Stuurt elke week geld naar een oom; zegt dat het moet."
    a.update(over)
    return a


def _tel(services: Services, model: type[Any]) -> int:
    with services.ctx.store.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_definitions_are_listed_with_the_shipped_ones(services: Services) -> None:
    result = services.formulieren.definities()
    assert {g.definitie.id for g in result.definities} >= {
        QS,
        "signaleringsplan-stoplicht",
        "gevoelsthermometer",
    }
    assert result.fouten == ()


def test_concept_then_definitief_is_audited_queued_and_then_immutable(services: Services) -> None:
    jid = _jongere(services)
    concept = services.formulieren.nieuw(jid, QS)
    assert services.formulieren.nieuw(jid, QS).id == concept.id  # one open concept at a time
    services.formulieren.opslaan(concept.id, {"samen_met_jongere": True})
    klaar = services.formulieren.maak_definitief(concept.id, quickscan_antwoorden())
    assert klaar.definitief and klaar.vastgesteld_op == date(2026, 3, 10) and klaar.versie == 1
    with services.ctx.store.read() as s:
        acties = [
            r.actie for r in s.scalars(select(m.AuditLog).where(m.AuditLog.entiteit == "formulier_invulling"))
        ]
        ops = s.scalars(select(m.OutboxOp).where(m.OutboxOp.entiteit_id == concept.id)).all()
    assert acties == ["aangemaakt", "gewijzigd", "definitief"]
    assert ops[-1].payload["definitief"] is True and ops[-1].payload["antwoorden"]["oordeel"] == "zorgen"
    with pytest.raises(ValidationError) as exc:
        services.formulieren.opslaan(concept.id, quickscan_antwoorden(oordeel="veilig"))
    assert exc.value.codes == {Code.FORMULIER_DEFINITIEF}
    assert services.formulieren.get(concept.id).antwoorden["oordeel"] == "zorgen"


def test_bad_answers_save_nothing_and_say_why_in_dutch(services: Services) -> None:
    jid = _jongere(services)
    concept = services.formulieren.nieuw(jid, QS)
    voor = (_tel(services, m.AuditLog), _tel(services, m.OutboxOp))
    with pytest.raises(ValidationError) as exc:
        services.formulieren.maak_definitief(
            concept.id, quickscan_antwoorden(beleving_schaal=7, oordeel_toelichting="")
        )
    assert exc.value.codes == {Code.SCHAAL_BUITEN_BEREIK, Code.VERPLICHT}
    assert "Hoe veilig voel je je, op dit moment?: 7 staat niet op de schaal (van 1 tot en met 5)." in str(
        exc.value
    )
    assert "Waarom kom ik tot dit oordeel? is verplicht." in str(exc.value)
    opnieuw = services.formulieren.get(concept.id)
    assert opnieuw.antwoorden == {} and not opnieuw.definitief
    assert (_tel(services, m.AuditLog), _tel(services, m.OutboxOp)) == voor


def test_correction_is_a_new_version_that_supersedes_and_compare_shows_the_change(services: Services) -> None:
    jid = _jongere(services)
    eerste = services.formulieren.nieuw(jid, QS)
    services.formulieren.maak_definitief(eerste.id, quickscan_antwoorden())
    correctie = services.formulieren.corrigeer(eerste.id)
    assert correctie.vervangt_id == eerste.id and correctie.versie == 2 and not correctie.definitief
    assert [i.id for i in services.formulieren.lijst(jid)] == [
        correctie.id,
        eerste.id,
    ]  # old stands until then
    services.formulieren.maak_definitief(correctie.id, quickscan_antwoorden(beleving_schaal=4))
    assert [i.id for i in services.formulieren.lijst(jid)] == [correctie.id]
    assert services.formulieren.get(eerste.id).vervangen
    with pytest.raises(ValidationError) as exc:
        services.formulieren.corrigeer(eerste.id)
    assert exc.value.codes == {Code.FORMULIER_VERVANGEN}
    rijen = {r.veld_id: (r.voor, r.na) for r in services.formulieren.vergelijk(eerste.id, correctie.id)}
    assert rijen["beleving_schaal"] == ("3 (schaal 1–5): gaat wel", "4 (schaal 1–5): veilig")
    assert all(v == n for k, (v, n) in rijen.items() if k != "beleving_schaal")


def test_trend_and_latest_signaleringsplan(services: Services) -> None:
    jid = _jongere(services)
    for waarde, dag in ((2, date(2026, 2, 1)), (4, date(2026, 3, 1))):
        c = services.formulieren.nieuw(jid, "gevoelsthermometer")
        services.formulieren.maak_definitief(
            c.id, {"temperatuur": waarde, "samen_met_jongere": True}, datum=dag
        )
    assert services.formulieren.trend(jid, "gevoelsthermometer") == [
        (date(2026, 2, 1), 2),
        (date(2026, 3, 1), 4),
    ]
    laatste = services.formulieren.laatste_signaleringsplan(jid)
    assert laatste is not None and laatste.antwoorden["temperatuur"] == 4


def test_finding_becomes_a_goal_and_an_action_in_the_plan_concept(services: Services) -> None:
    jid = _jongere(services)
    qs = services.formulieren.nieuw(jid, QS)
    services.formulieren.maak_definitief(qs.id, quickscan_antwoorden())
    bevinding = next(
        b for b in services.formulieren.bevindingen(qs.id) if b.veld_id == "financieel_signalen_welke"
    )
    assert bevinding.leefgebied == Leefgebied.FINANCIEN
    plan = services.formulieren.naar_plan(qs.id, "Geen geld meer sturen onder druk", Leefgebied.FINANCIEN)
    doel = plan.inhoud.doelen[-1]
    assert doel.leefgebied == Leefgebied.FINANCIEN
    assert doel.professioneel.startswith("Geen geld meer sturen onder druk (uit Quickscan veiligheid")
    plan = services.formulieren.naar_plan(
        qs.id, "Gesprek met de jeugdbeschermer", Leefgebied.FINANCIEN, als="actie", doel_id=doel.id
    )
    opgeslagen = services.plannen.laatste(jid)
    assert opgeslagen is not None and opgeslagen.id == plan.id
    assert opgeslagen.inhoud.doel(doel.id).acties[-1].wat.startswith("Gesprek met de jeugdbeschermer")


def test_autosave_keeps_typing_unchecked_and_a_save_drops_it(services: Services) -> None:
    jid = _jongere(services)
    c = services.formulieren.nieuw(jid, QS)
    services.formulieren.bewaar_herstelpunt(c.id, {"datum_gesprek": "3-2-", "tolk": "Dari-tolk"})
    h = services.formulieren.herstelpunt(c.id)
    assert h is not None and h.antwoorden["datum_gesprek"] == "3-2-" and h.jongere_naam == "Amir Haddad"
    services.formulieren.opslaan(c.id, {"tolk": "Dari-tolk"})
    assert services.formulieren.herstelpunt(c.id) is None


def test_old_answers_render_after_the_definition_changes_version(tmp_path: Path, services: Services) -> None:
    jid = _jongere(services)
    c = services.formulieren.nieuw(jid, QS)
    services.formulieren.maak_definitief(c.id, quickscan_antwoorden())
    # The organisation replaces the Quickscan with a version 2 without the 'financieel' section.
    eigen = services.ctx.store.path.parent / "formulieren"
    eigen.mkdir()
    data = json.loads(services.formulieren.definitie(QS).model_dump_json(by_alias=True))
    data["versie"] = 2
    data["secties"] = [s for s in data["secties"] if s["id"] != "financieel"]
    (eigen / "qs.json").write_text(json.dumps(data), encoding="utf-8")
    assert services.formulieren.herlaad().get(QS).versie == 2  # type: ignore[union-attr]
    w = services.formulieren.weergave(c.id)
    assert w.definitie_versie == 1
    teksten = {v.id: v.tekst for s in w.secties for v in s.velden}
    assert teksten["financieel_signalen_welke"] == "Stuurt elke week geld naar een oom; zegt dat het moet."
    nieuw = services.formulieren.nieuw(jid, QS)
    assert nieuw.definitie.versie == 2 and nieuw.versie == 2


def test_the_driegesprek_preparation_names_the_latest_quickscan_and_signaleringsplan(
    services: Services,
) -> None:
    jid = _jongere(services)
    assert services.gesprekken.voorbereiding(jid).formulieren == ()
    qs = services.formulieren.nieuw(jid, QS)
    services.formulieren.maak_definitief(qs.id, quickscan_antwoorden())
    plan = services.formulieren.nieuw(jid, "gevoelsthermometer")
    services.formulieren.maak_definitief(plan.id, {"temperatuur": 2, "samen_met_jongere": True})
    assert services.gesprekken.voorbereiding(jid).formulieren == (
        "Quickscan veiligheid (startdefinitie), versie 1 (10-03-2026): Zorgen: extra aandacht nodig",
        "Signaleringsplan (Gevoelsthermometer), versie 1 (10-03-2026)",
    )
