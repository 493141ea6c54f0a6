"""The retention and destruction rules in plain Python: who may leave the laptop, and the Dutch refusals."""

from __future__ import annotations

from datetime import date

from kso_desktop.domain.bewaren import (
    BewaarStand,
    Wachtend,
    check_vernietiging,
    noemt_naam,
    redenen_om_te_bewaren,
)

VANDAAG = date(2026, 3, 10)


def _stand(**kw: object) -> BewaarStand:
    waarden: dict[str, object] = {
        "jongere_id": "j",
        "vertrek": date(2026, 3, 1),
        "buiten_bereik": False,
        "ooit_verstuurd": True,
        "wachtend": Wachtend(),
    }
    waarden.update(kw)
    return BewaarStand(**waarden)  # type: ignore[arg-type]


def test_left_and_synced_may_go_anything_waiting_keeps_it() -> None:
    assert redenen_om_te_bewaren(_stand(), VANDAAG) == []
    assert redenen_om_te_bewaren(_stand(vertrek=None, buiten_bereik=True), VANDAAG) == []
    assert redenen_om_te_bewaren(_stand(vertrek=VANDAAG), VANDAAG) == [
        "Vertrekt op 10-03-2026; de gegevens blijven tot na die dag."
    ]
    [reden] = redenen_om_te_bewaren(_stand(wachtend=Wachtend(conflicten=1, geweigerd=2)), VANDAAG)
    assert reden == (
        "Nog niet veilig op het portaal: 1 conflict nog niet opgelost en "
        "2 wijzigingen door het portaal geweigerd."
    )
    assert "eerst synchroniseren" in redenen_om_te_bewaren(_stand(ooit_verstuurd=False), VANDAAG)[0]


def test_destruction_rules() -> None:
    niets, drie = Wachtend(), Wachtend(wijzigingen=2, herstelpunten=1)
    kw = {"reden": "verzoek", "namen": ["Amanuel", "Tesfay"], "override_reden": None}
    assert check_vernietiging(niets, mag_vernietigen=True, is_beheerder=False, **kw) == []  # type: ignore[arg-type]
    [weigering] = check_vernietiging(drie, mag_vernietigen=True, is_beheerder=True, **kw)  # type: ignore[arg-type]
    assert weigering.startswith("Vernietigen kan nog niet: 3 onderdelen wachten nog op het portaal")
    assert "2 wijzigingen nog niet verstuurd; 1 herstelpunt met niet-opgeslagen tekst" in weigering
    kw["override_reden"] = "Laptop wordt vandaag ingeleverd"
    assert check_vernietiging(drie, mag_vernietigen=True, is_beheerder=True, **kw) == []  # type: ignore[arg-type]
    assert check_vernietiging(drie, mag_vernietigen=True, is_beheerder=False, **kw) == [  # type: ignore[arg-type]
        "Alleen een beheerder mag vernietigen terwijl er nog gegevens wachten."
    ]
    assert "teamleider" in check_vernietiging(niets, mag_vernietigen=False, is_beheerder=False, **kw)[0]  # type: ignore[arg-type]


def test_a_name_is_found_as_whole_words_without_accents() -> None:
    assert noemt_naam("Op verzoek van amanuel zelf", ["Amanuel"])
    assert noemt_naam("Verzoek van Zoë", ["Zoe"])
    assert noemt_naam("Abdi Rahman vroeg het", ["Abdi Rahman"])
    assert not noemt_naam("Verzoek via de voogd", ["Abdi Rahman"])  # only part of a name is no match
    assert not noemt_naam("Verzoek via de voogd", ["Al"])  # a short word inside another is no match
