"""Correction requests (AVG art. 16, Norm 7.1c): recorded, decided once, within a month, audited."""

from __future__ import annotations

from datetime import date

import pytest

from kso_desktop.domain.correctie import Besluit, antwoord_uiterlijk
from kso_desktop.domain.validation import ValidationError
from kso_desktop.services.registry import Services


def _daniel(services: Services) -> str:
    """Daniel's id, acting as Ruben, his mentor (who may handle his requests and export his inzage)."""
    services.act_as(next(w.id for w in services.organisatie.medewerkers() if w.naam == "Ruben Bakker"))
    return next(r.id for r in services.jongeren.lijst() if r.naam == "Daniel Tekle")


def test_a_month_to_answer_with_month_ends_clamped() -> None:
    assert antwoord_uiterlijk(date(2026, 3, 10)) == date(2026, 4, 10)
    assert antwoord_uiterlijk(date(2026, 1, 31)) == date(2026, 2, 28)


def test_request_recorded_then_decided_once_and_audited(demo_services: Services) -> None:
    services = demo_services
    daniel = _daniel(services)
    vandaag = services.ctx.today()

    verzoek = services.correcties.registreer(
        daniel, ontvangen_op=vandaag, van=" Daniel zelf ", omschrijving="Mijn geboortedatum klopt niet."
    )
    assert verzoek.besluit is Besluit.OPEN and verzoek.van == "Daniel zelf"
    assert not verzoek.te_laat(vandaag)

    klaar = services.correcties.handel_af(
        verzoek.id,
        besluit=Besluit.UITGEVOERD,
        toelichting="Geboortedatum aangepast naar het document.",
        datum=vandaag,
    )
    assert klaar.besluit is Besluit.UITGEVOERD and klaar.afgehandeld_op == vandaag
    assert [v.id for v in services.correcties.lijst(daniel)] == [verzoek.id]

    with pytest.raises(ValidationError) as fout:
        services.correcties.handel_af(
            verzoek.id, besluit=Besluit.AFGEWEZEN, toelichting="Toch niet.", datum=vandaag
        )
    assert "al afgehandeld" in fout.value.message
    assert services.correcties.get(verzoek.id).besluit is Besluit.UITGEVOERD

    acties = [(r.actie, r.entiteit) for r in services.jongeren.audit_trail(daniel)]
    assert ("aangemaakt", "correctieverzoek") in acties and ("gewijzigd", "correctieverzoek") in acties


def test_bad_input_is_refused_and_nothing_is_stored(demo_services: Services) -> None:
    services = demo_services
    daniel = _daniel(services)
    vandaag = services.ctx.today()
    for kwargs, deel in (
        ({"van": "", "omschrijving": "x"}, "van"),
        ({"van": "Daniel", "omschrijving": "  "}, "omschrijving"),
        ({"van": "Daniel", "omschrijving": "x" * 4001}, "omschrijving"),
    ):
        with pytest.raises(ValidationError) as fout:
            services.correcties.registreer(daniel, ontvangen_op=vandaag, **kwargs)
        assert deel in fout.value.message
    with pytest.raises(ValidationError):
        services.correcties.registreer(
            daniel, ontvangen_op=date(vandaag.year + 1, 1, 1), van="Daniel", omschrijving="x"
        )
    assert services.correcties.lijst(daniel) == []

    verzoek = services.correcties.registreer(
        daniel, ontvangen_op=vandaag, van="Voogd", omschrijving="Naam fout."
    )
    for besluit, toelichting, datum in (
        (Besluit.AFGEWEZEN, "", vandaag),  # a refusal must say why
        (Besluit.OPEN, "x", vandaag),
        (Besluit.UITGEVOERD, "x", date(2000, 1, 1)),  # before the request came in
    ):
        with pytest.raises(ValidationError):
            services.correcties.handel_af(verzoek.id, besluit=besluit, toelichting=toelichting, datum=datum)
    assert services.correcties.get(verzoek.id).besluit is Besluit.OPEN


def test_a_request_is_part_of_the_inzage(demo_services: Services) -> None:
    services = demo_services
    daniel = _daniel(services)
    services.correcties.registreer(
        daniel, ontvangen_op=services.ctx.today(), van="Daniel", omschrijving="Telefoonnummer is oud."
    )
    inzage = services.inzage.verzamel(daniel)
    assert [r["omschrijving"] for r in inzage.secties["correctieverzoek"]] == ["Telefoonnummer is oud."]
