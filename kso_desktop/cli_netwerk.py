"""The ``kso-desktop netwerk`` commands: show a jongere's sociaal netwerk, or write it as a PDF."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kso_desktop.domain.netwerk import Cirkel, NetwerkVergelijking, NetwerkVersie, Persoon, Sector
from kso_desktop.services.registry import Services

GEEN_NETWERK = "Van deze jongere is nog geen sociaal netwerk in kaart gebracht."

AddParser = Callable[[Any, str, str], argparse.ArgumentParser]


def _fout(message: str) -> Exception:
    from kso_desktop.cli import CliError  # cli imports this module; the error class lives there

    return CliError(message)


def kies_versie(
    services: Services, jongere_id: str, nummer: int | None
) -> tuple[NetwerkVersie, list[NetwerkVersie]]:
    versies = services.netwerk.versies(jongere_id)  # "Jongere niet gevonden." for an unknown id
    if not versies:
        raise _fout(GEEN_NETWERK)
    gekozen = versies[0] if nummer is None else next((v for v in versies if v.versie == nummer), None)
    if gekozen is None:
        nummers = sorted(v.versie for v in versies)
        bestaat = (
            f"alleen versie {nummers[0]}" if len(nummers) == 1 else f"versie {nummers[0]} t/m {nummers[-1]}"
        )
        raise _fout(f"Versie {nummer} bestaat niet; dit netwerk heeft {bestaat}.")
    return gekozen, versies


def _vorige(gekozen: NetwerkVersie, versies: list[NetwerkVersie]) -> NetwerkVersie | None:
    return next((v for v in versies if v.versie < gekozen.versie), None)


def _persoon_json(p: Persoon) -> dict[str, Any]:
    return {
        "id": p.id,
        "naam": p.naam,
        "relatie": p.relatie,
        "sector": p.sector.value,
        "sector_label": p.sector.label,
        "cirkel": p.cirkel.value,
        "cirkel_label": p.cirkel.label,
        "woonplaats": p.woonplaats,
        "contact": p.contact.value,
        "betekenis": p.betekenis.value,
        "betekenis_label": p.betekenis.label,
        "notitie": p.notitie,
    }


def _vergelijking_json(v: NetwerkVergelijking) -> dict[str, Any]:
    return {
        "dichterbij": [x.naam for x in v.dichterbij],
        "verder_weg": [x.naam for x in v.verder_weg],
        "nieuw": [p.naam for p in v.nieuw],
        "weg": [p.naam for p in v.weg],
        "gewijzigd": [
            {"naam": x.naam, "details": [{"veld": d.veld, "oud": d.oud, "nieuw": d.nieuw} for d in x.details]}
            for x in v.gewijzigd
        ],
    }


def _versie_json(v: NetwerkVersie) -> dict[str, Any]:
    return {
        "id": v.id,
        "nummer": v.versie,
        "status": v.status.value,
        "gestart_op": v.gestart_op.isoformat(),
        "vastgesteld_op": None if v.vastgesteld_op is None else v.vastgesteld_op.isoformat(),
        "label": v.label,
    }


def _cmd_show(args: argparse.Namespace, services: Services) -> int:
    gekozen, versies = kies_versie(services, args.jongere, args.versie)
    naam = services.jongeren.get(args.jongere).naam
    vorige = _vorige(gekozen, versies)
    verschil = services.netwerk.vergelijk(vorige.id, gekozen.id) if vorige else None
    if args.json:
        data = {
            "jongere_id": args.jongere,
            "jongere": naam,
            "versie": _versie_json(gekozen),
            "personen": [_persoon_json(p) for p in gekozen.netwerk.personen],
            "sinds_vorige": None if verschil is None else _vergelijking_json(verschil),
            "versies": [_versie_json(v) for v in versies],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"Sociaal netwerk van {naam}")
    print(gekozen.label)
    for cirkel in Cirkel:
        mensen = [p for p in gekozen.netwerk.personen if p.cirkel == cirkel]
        print()
        print(f"{cirkel.label} ({len(mensen)})")
        if not mensen:
            print("  niemand")
        for p in sorted(mensen, key=lambda p: (list(Sector).index(p.sector), p.naam.casefold())):
            teken = p.betekenis.teken or " "
            delen = [p.relatie, p.sector.label, p.woonplaats, f"contact: {p.contact.label.lower()}"]
            if p.betekenis.teken:
                delen.append(p.betekenis.label.lower())
            print(f"  {teken} {p.naam} – {' · '.join(d for d in delen if d)}")
            if p.notitie:
                print(f"      {p.notitie}")
    print()
    print("Teken: + steun (beschermjas), ! zorg")
    if vorige is not None and verschil is not None:
        print()
        print(f"Sinds versie {vorige.versie}:")
        regels = verschil.regels()
        if not regels:
            print("  niets veranderd")
        for kop, regel in regels:
            print(f"  {kop}: {regel}")
    print()
    print("Versies")
    for v in versies:
        print(f"  {v.label}" + ("  (getoond)" if v.id == gekozen.id else ""))
    return 0


def _cmd_pdf(args: argparse.Namespace, services: Services) -> int:
    from kso_desktop.reporting.netwerk_tekening import netwerk_pdf

    gekozen, _versies = kies_versie(services, args.jongere, args.versie)
    out: Path = args.output
    if not out.parent.is_dir():
        raise _fout(f"De map {out.parent} bestaat niet; er is geen PDF gemaakt.")
    jongere = services.jongeren.get(args.jongere)
    netwerk_pdf(out, gekozen, jongere_naam=jongere.naam, gemaakt_op=services.ctx.today())
    services.netwerk.export_vastleggen(gekozen.id, out.name)
    print(f"PDF geschreven naar {out.resolve()}.")
    return 0


def add_netwerk_commands(
    sub: Any,
    add: AddParser,
    json_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Add ``netwerk show`` and ``netwerk pdf`` to the command line (``add`` makes a sub-command)."""
    netwerk = add(sub, "netwerk", "het sociaal netwerk (bolletjesschema) van een jongere").add_subparsers(
        dest="actie", metavar="ACTIE", required=True
    )
    p = add(netwerk, "show", "het netwerk tonen: de laatste versie, of de gekozen versie")
    p.add_argument("jongere", metavar="JONGERE", help="id van de jongere")
    p.add_argument("--versie", type=int, metavar="N", help="versie N in plaats van de laatste")
    json_option(p)
    p.set_defaults(services_cmd=_cmd_show)
    p = add(netwerk, "pdf", "het netwerk als PDF (één A4: de tekening en de lijst)")
    p.add_argument("jongere", metavar="JONGERE", help="id van de jongere")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="BESTAND", help="het PDF-bestand")
    p.add_argument("--versie", type=int, metavar="N", help="versie N in plaats van de laatste")
    p.set_defaults(services_cmd=_cmd_pdf)
