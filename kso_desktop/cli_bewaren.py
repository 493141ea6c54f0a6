"""``kso-desktop jongere vernietig`` and ``kso-desktop bewaren``: destruction on request (AVG art. 17), and
what may leave this laptop after a jongere left, and why not."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from kso_desktop.domain.bewaren import RedenVernietiging
from kso_desktop.services.bewaren import BewaarRegel
from kso_desktop.services.registry import Services

Add = Callable[..., argparse.ArgumentParser]


def add_bewaren_commands(sub: Any, add: Add) -> None:
    """Register ``jongere vernietig`` and ``bewaren`` (``add``: a sub-command with the global options)."""
    group = add(sub, "jongere", "één jongere: gegevens vernietigen (AVG)")
    acties = group.add_subparsers(dest="actie", metavar="ACTIE", required=True)
    redenen = ", ".join(f"{r.value} ({r.label})" for r in RedenVernietiging)
    p = add(
        acties,
        "vernietig",
        "alle gegevens van een jongere vernietigen, hier en (na synchroniseren) op het portaal",
    )
    p.add_argument("jongere", metavar="JONGERE", help="id van de jongere")
    p.add_argument("--reden", required=True, metavar="REDEN", help=f"waarom: {redenen}")
    p.add_argument(
        "--override-reden",
        metavar="TEKST",
        help="alleen beheerder: toch vernietigen terwijl er nog gegevens wachten, met deze reden "
        "(komt in het logboek; noem de jongere niet)",
    )
    p.set_defaults(services_cmd=_cmd_vernietig)

    p = add(sub, "bewaren", "welke vertrokken jongeren van deze laptop weg kunnen, en waarom andere blijven")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(services_cmd=_cmd_bewaren)


def _cmd_vernietig(args: argparse.Namespace, services: Services) -> int:
    gedaan = services.bewaren.vernietig(args.jongere, args.reden, override_reden=args.override_reden)
    print(
        f"Vernietigd: {gedaan.rijen} gegevens van deze laptop verwijderd. Het portaal vernietigt ze bij de "
        "volgende synchronisatie; de id blijft geblokkeerd."
    )
    if not gedaan.wal_leeg:
        print("Let op: sluit de app en draai dit nogmaals om ook het logbestand van de database te legen.")
    return 0


def _json(r: BewaarRegel) -> dict[str, object]:
    return {
        "jongere_id": r.jongere_id,
        "naam": r.naam,
        "vertrek": r.vertrek.isoformat() if r.vertrek else None,
        "buiten_bereik": r.buiten_bereik,
        "kan_weg": r.kan_weg,
        "redenen": list(r.redenen),
        "wachtend": {
            "wijzigingen": r.wachtend.wijzigingen,
            "conflicten": r.wachtend.conflicten,
            "geweigerd": r.wachtend.geweigerd,
            "herstelpunten": r.wachtend.herstelpunten,
        },
    }


def _regel(r: BewaarRegel) -> str:
    wanneer = f"vertrek {r.vertrek:%d-%m-%Y}" if r.vertrek else "niet meer van deze locatie"
    if r.kan_weg:
        return f"{r.naam} ({wanneer}): kan weg; gaat bij de volgende synchronisatie.  [{r.jongere_id}]"
    redenen = "\n".join(f"    - {t}" for t in r.redenen)
    return f"{r.naam} ({wanneer}): blijft op deze laptop  [{r.jongere_id}]\n{redenen}"


def _cmd_bewaren(args: argparse.Namespace, services: Services) -> int:
    regels = services.bewaren.overzicht()
    if args.json:
        print(json.dumps([_json(r) for r in regels], ensure_ascii=False, indent=2))
    elif not regels:
        print("Geen vertrokken jongeren op deze laptop.")
    else:
        print("\n".join(_regel(r) for r in regels))
    return 0
