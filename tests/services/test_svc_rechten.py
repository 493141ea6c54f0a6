"""Roles and permissions in the services: refusals per role × action, sensitive parts masked, audit kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kso_desktop.app import open_app
from kso_desktop.domain.correctie import Besluit
from kso_desktop.domain.entities import LocatieGegevens, MedewerkerGegevens
from kso_desktop.domain.enums import Leefgebied, LocatieType, Rol
from kso_desktop.domain.plan import Akkoord
from kso_desktop.domain.rechten import AFGESCHERMD, Actie, Wie, mag, weigering
from kso_desktop.domain.validation import Code, ValidationError
from kso_desktop.services.context import Actor
from kso_desktop.services.rechten import mag_nu
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m

#: Demo medewerkers by role; Ruben is Daniel's mentor, Sanne is not.
WIE = {
    "sanne": "Sanne de Vries",
    "ruben": "Ruben Bakker",
    "eva": "Eva Mulder",
    "hans": "Hans Visser",
    "beheer": "Iris Koster",
}


def _medewerker(services: Services, naam: str) -> str:
    return next(w.id for w in services.organisatie.medewerkers() if w.gegevens.naam == naam)


def _jongere(services: Services, naam: str) -> str:
    return next(r.id for r in services.jongeren.lijst(met_vertrokken=True) if r.naam == naam)


def _als(services: Services, wie: str) -> None:
    services.act_as(_medewerker(services, WIE[wie]))


@pytest.fixture(scope="module")
def gedeeld(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """One demo database for the refusal matrix: refused actions must not change it anyway."""
    services, _key = open_app(Path(tmp_path_factory.mktemp("rechten")), demo=True)
    yield services
    services.ctx.store.close()


def _stand(services: Services) -> tuple[int, int, int, int]:
    """Counts that any write changes: audit rows (refusals aside), outbox ops, mentor rows, locaties."""
    with services.ctx.store.read() as s:
        audit = s.scalar(select(func.count()).select_from(m.AuditLog).where(m.AuditLog.actie != "geweigerd"))
        outbox = s.scalar(select(func.count()).select_from(m.OutboxOp))
        mentoren = s.scalar(select(func.count()).select_from(m.MentorToewijzing))
        locaties = s.scalar(select(func.count()).select_from(m.Locatie))
    return int(audit or 0), int(outbox or 0), int(mentoren or 0), int(locaties or 0)


def _open_verzoek(services: Services, daniel: str) -> str:
    open_ = [v for v in services.correcties.lijst(daniel) if v.besluit is Besluit.OPEN]
    if open_:
        return open_[0].id
    keep = services.ctx.actor
    services.ctx.actor = Actor(None, "Test", keep.device_id)  # the system records the fixture
    try:
        return services.correcties.registreer(
            daniel, ontvangen_op=services.ctx.today(), van="Daniel", omschrijving="Klopt niet."
        ).id
    finally:
        services.ctx.actor = keep


def _plan_concept(services: Services, daniel: str) -> str:
    versie = services.plannen.laatste(daniel)
    assert versie is not None
    return versie.id


Poging = Callable[[Services, str], object]

POGINGEN: dict[str, Poging] = {
    "correctie_afhandelen": lambda s, d: s.correcties.handel_af(
        _open_verzoek(s, d), besluit=Besluit.AFGEWEZEN, toelichting="Nee.", datum=s.ctx.today()
    ),
    "plan_vaststellen": lambda s, d: s.plannen.vaststellen(
        _plan_concept(s, d), s.ctx.today(), Akkoord(jongere=True)
    ),
    "mentor_wijzigen": lambda s, d: s.jongeren.change_mentor(
        d, _medewerker(s, WIE["sanne"]), s.ctx.today(), "test"
    ),
    "locatie_toevoegen": lambda s, d: s.organisatie.add_locatie(
        LocatieGegevens("Nieuwe plek", LocatieType.KWE)
    ),
    "medewerker_toevoegen": lambda s, d: s.organisatie.add_medewerker(
        MedewerkerGegevens("Nieuwe collega", Rol.WOONBEGELEIDER)
    ),
    "admin_toevoegen": lambda s, d: s.organisatie.add_medewerker(
        MedewerkerGegevens("Nieuwe baas", Rol.ADMIN)
    ),
    "vergrendelen_instellen": lambda s, d: s.toegang.stel_vergrendelen_in(7),
    "inzage_exporteren": lambda s, d: s.inzage.verzamel(d),
    "quickscan_starten": lambda s, d: s.formulieren.nieuw(d, "quickscan-veiligheid"),
}

#: Who may, written out by hand (not derived from the table under test). Beheer (admin) may everything.
MAG = {
    "correctie_afhandelen": {"ruben", "eva", "hans", "beheer"},
    "plan_vaststellen": {"ruben", "eva", "hans", "beheer"},
    "mentor_wijzigen": {"eva", "beheer"},
    "locatie_toevoegen": {"beheer"},
    "medewerker_toevoegen": {"eva", "beheer"},
    "admin_toevoegen": {"beheer"},
    "vergrendelen_instellen": {"beheer"},
    "inzage_exporteren": {"ruben", "eva", "hans", "beheer"},
    "quickscan_starten": {"ruben", "eva", "hans", "beheer"},
}

WEIGERINGEN = [(wie, poging) for poging, mogen in MAG.items() for wie in WIE if wie not in mogen]


@pytest.mark.parametrize(("wie", "poging"), WEIGERINGEN)
def test_refused_with_a_dutch_message_and_nothing_written(gedeeld: Services, wie: str, poging: str) -> None:
    services = gedeeld
    daniel = _jongere(services, "Daniel Tekle")
    _open_verzoek(services, daniel)  # fixtures first, so the counts below only see the attempt
    _als(services, wie)
    voor = _stand(services)
    with services.ctx.store.read() as s:
        weigeringen_voor = s.scalar(select(func.count()).where(m.AuditLog.actie == "geweigerd"))

    with pytest.raises(ValidationError) as fout:
        POGINGEN[poging](services, daniel)

    assert fout.value.codes == {Code.GEEN_RECHT}
    assert fout.value.message.startswith("Alleen ")
    assert _stand(services) == voor
    with services.ctx.store.read() as s:
        rij = s.scalars(select(m.AuditLog).order_by(m.AuditLog.id.desc()).limit(1)).one()
        weigeringen_na = s.scalar(select(func.count()).where(m.AuditLog.actie == "geweigerd"))
    assert weigeringen_na == (weigeringen_voor or 0) + 1
    assert (rij.actie, rij.entiteit, rij.medewerker_id) == (
        "geweigerd",
        "recht",
        services.actor.medewerker_id,
    )
    # The refusal row names the action, never the jongere's name or what was typed.
    assert "Daniel" not in repr(rij.wijzigingen) and "Nieuwe" not in repr(rij.wijzigingen)


@pytest.mark.parametrize(("wie", "poging"), [(w, p) for p, mogen in MAG.items() for w in mogen])
def test_the_gui_question_agrees_for_allowed_roles(gedeeld: Services, wie: str, poging: str) -> None:
    acties = {
        "correctie_afhandelen": Actie.CORRECTIE_AFHANDELEN,
        "plan_vaststellen": Actie.PLAN_VASTSTELLEN,
        "mentor_wijzigen": Actie.MENTOR_WIJZIGEN,
        "locatie_toevoegen": Actie.LOCATIES_BEHEREN,
        "medewerker_toevoegen": Actie.MEDEWERKERS_BEHEREN,
        "admin_toevoegen": Actie.INSTELLINGEN_BEHEREN,
        "vergrendelen_instellen": Actie.INSTELLINGEN_BEHEREN,
        "inzage_exporteren": Actie.INZAGE_EXPORTEREN,
        "quickscan_starten": Actie.GEVOELIG_SCHRIJVEN,
    }
    _als(gedeeld, wie)
    assert mag_nu(gedeeld.ctx, acties[poging], _jongere(gedeeld, "Daniel Tekle"))


def test_allowed_roles_really_do_it(demo_services: Services) -> None:
    services = demo_services
    daniel = _jongere(services, "Daniel Tekle")
    _als(services, "ruben")  # the mentor handles the request of his own jongere
    verzoek = services.correcties.registreer(
        daniel, ontvangen_op=services.ctx.today(), van="Daniel", omschrijving="Mijn taal klopt niet."
    )
    klaar = services.correcties.handel_af(
        verzoek.id, besluit=Besluit.UITGEVOERD, toelichting="Taal aangepast.", datum=services.ctx.today()
    )
    assert klaar.besluit is Besluit.UITGEVOERD
    _als(services, "eva")  # the teamleider changes the mentor and adds a woonbegeleider, not an admin
    services.jongeren.change_mentor(daniel, _medewerker(services, WIE["sanne"]), services.ctx.today())
    services.organisatie.add_medewerker(MedewerkerGegevens("Nieuwe collega", Rol.WOONBEGELEIDER))
    with pytest.raises(ValidationError, match="Alleen een beheerder mag instellingen wijzigen"):
        services.organisatie.add_medewerker(MedewerkerGegevens("Nieuwe baas", Rol.ADMIN))
    _als(services, "sanne")  # Sanne is Daniel's mentor now: she may handle his requests
    tweede = services.correcties.registreer(
        daniel, ontvangen_op=services.ctx.today(), van="Daniel", omschrijving="Adres klopt niet."
    )
    services.correcties.handel_af(
        tweede.id, besluit=Besluit.AFGEWEZEN, toelichting="Adres klopt wel.", datum=services.ctx.today()
    )
    _als(services, "beheer")
    services.organisatie.add_locatie(LocatieGegevens("De Haven", LocatieType.KWE))


def test_refusal_message_names_who_may() -> None:
    assert weigering(Actie.GEVOELIG_LEZEN) == (
        "Alleen de mentor, de teamleider, de gedragswetenschapper of een beheerder mag "
        "de gezondheids- en veiligheidsgegevens van deze jongere zien."
    )
    assert weigering(Actie.LOCATIES_BEHEREN) == "Alleen een beheerder mag locaties toevoegen of wijzigen."
    # The mentor relation counts only for the jongere it was worked out for.
    assert mag(Wie(Rol.WOONBEGELEIDER, mentor=True), Actie.GEVOELIG_LEZEN)
    assert not mag(Wie(Rol.WOONBEGELEIDER), Actie.GEVOELIG_LEZEN)
    assert mag(Wie(None), Actie.VERNIETIGING_FORCEREN)  # the system actor (CLI, demo import)


# -- sensitive parts -----------------------------------------------------------------------------------
def _gezondheid(services: Services, jongere_id: str) -> str:
    versie = services.plannen.laatste(jongere_id)
    assert versie is not None
    return versie.inhoud.leefgebied(Leefgebied.GEZONDHEID).zijn


def test_health_and_quickscan_hidden_for_a_woonbegeleider_who_is_not_mentor(demo_services: Services) -> None:
    services = demo_services
    daniel = _jongere(services, "Daniel Tekle")

    _als(services, "ruben")
    echt = _gezondheid(services, daniel)
    assert echt and echt != AFGESCHERMD
    quickscan = next(i for i in services.formulieren.lijst(daniel) if i.soort == "quickscan")
    assert quickscan.antwoorden and not quickscan.afgeschermd
    signalering = next(i for i in services.formulieren.lijst(daniel) if i.soort != "quickscan")
    signalering_antwoorden = dict(signalering.antwoorden)
    assert signalering_antwoorden
    netwerk = services.netwerk.huidig_netwerk(daniel)

    _als(services, "sanne")
    assert _gezondheid(services, daniel) == AFGESCHERMD
    assert services.plannen.scores(daniel)[Leefgebied.GEZONDHEID] == []
    verborgen = services.formulieren.get(quickscan.id)
    assert verborgen.afgeschermd and verborgen.antwoorden == {}
    assert echt not in repr(services.formulieren.weergave(quickscan.id))
    # The signaleringsplan and the contact people stay readable for everyone on shift (crisis).
    zichtbaar = services.formulieren.get(signalering.id)
    assert not zichtbaar.afgeschermd and dict(zichtbaar.antwoorden) == signalering_antwoorden
    assert services.netwerk.huidig_netwerk(daniel) == netwerk
    assert services.formulieren.laatste_signaleringsplan(daniel) is not None

    for wie in ("eva", "hans", "beheer"):
        _als(services, wie)
        assert _gezondheid(services, daniel) == echt


def test_a_masked_plan_saved_by_a_non_mentor_keeps_the_stored_health_text(demo_services: Services) -> None:
    services = demo_services
    daniel = _jongere(services, "Daniel Tekle")
    _als(services, "ruben")
    echt = _gezondheid(services, daniel)

    _als(services, "sanne")
    concept = services.plannen.nieuw_concept(daniel)
    assert concept.inhoud.leefgebied(Leefgebied.GEZONDHEID).zijn == AFGESCHERMD
    wonen = concept.inhoud.leefgebied(Leefgebied.WONEN)
    nieuw = concept.inhoud.met_leefgebied(Leefgebied.WONEN, type(wonen)(zijn="Woont fijn op de Linde."))
    opgeslagen = services.plannen.opslaan(concept.id, nieuw, basis=concept.inhoud, base_rev=concept.rev)
    assert opgeslagen.versie.inhoud.leefgebied(Leefgebied.GEZONDHEID).zijn == AFGESCHERMD

    _als(services, "ruben")
    terug = services.plannen.versie(concept.id).inhoud
    assert terug.leefgebied(Leefgebied.GEZONDHEID).zijn == echt
    assert terug.leefgebied(Leefgebied.WONEN).zijn == "Woont fijn op de Linde."
    with services.ctx.store.read() as s:
        opgeslagen_json = repr(s.get(m.PlanVersie, concept.id).inhoud)  # type: ignore[union-attr]
    assert AFGESCHERMD not in opgeslagen_json


def test_the_system_actor_may_everything(services: Services) -> None:
    """The CLI without --medewerker and the demo import act as the system (see domain.rechten)."""
    assert services.actor.medewerker_id is None
    services.organisatie.add_locatie(LocatieGegevens("Systeemlocatie", LocatieType.KWE))
    services.toegang.stel_vergrendelen_in(3)
    assert services.toegang.vergrendelen_na() == 3


def test_health_notes_typed_by_a_non_mentor_are_refused_out_loud(demo_services: Services) -> None:
    services = demo_services
    daniel = _jongere(services, "Daniel Tekle")
    _als(services, "sanne")
    concept = services.plannen.nieuw_concept(daniel)
    getypt = concept.inhoud.met_leefgebied(
        Leefgebied.GEZONDHEID, type(concept.inhoud.leefgebied(Leefgebied.GEZONDHEID))(zijn="Heeft hoofdpijn")
    )
    with pytest.raises(ValidationError) as fout:
        services.plannen.opslaan(concept.id, getypt, basis=concept.inhoud, base_rev=concept.rev)
    assert fout.value.codes == {Code.GEEN_RECHT}
    _als(services, "ruben")
    assert (
        services.plannen.versie(concept.id).inhoud.leefgebied(Leefgebied.GEZONDHEID).zijn != "Heeft hoofdpijn"
    )
