"""The sync commands of the CLI: ``login``, ``sync`` and ``sync status`` (issue 7)."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from typing import Any

from kso_desktop.services.context import AMSTERDAM
from kso_desktop.services.registry import Services
from kso_desktop.sync.client import SyncError

AddParser = Callable[[Any, str, str], argparse.ArgumentParser]


def _password() -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            return getpass.getpass("Wachtwoord voor het portaal: ")
        except EOFError:
            return ""
    return sys.stdin.readline().rstrip("\r\n") if sys.stdin is not None else ""


def _fail(message: str) -> int:
    print(f"kso-desktop: {message}", file=sys.stderr)
    return 1


def cmd_login(args: argparse.Namespace, services: Services) -> int:
    password = _password()
    if not password:
        return _fail("Geen wachtwoord opgegeven; er is niet ingelogd.")
    try:
        naam = services.sync.login(args.portal, args.user, password)
    except SyncError as exc:
        return _fail(exc.message_nl)
    finally:
        services.sync.close()
    print(f"Ingelogd bij {args.portal} als {naam}. Het token staat in de sleutelopslag van dit systeem.")
    return 0


def _status_lines(status: dict[str, Any]) -> list[str]:
    online = {True: "online", False: "offline", None: "nog niet gesynchroniseerd"}[status["online"]]
    lines = [
        f"Portaal:        {status['portal'] or '(niet ingelogd)'}",
        f"Gebruiker:      {status['gebruiker'] or '-'}",
        f"Verbinding:     {online}",
        f"Laatste sync:   {status['laatste_sync'] or '-'}",
        f"Wachtend:       {status['wachtend']}",
        f"Conflicten:     {status['conflicten']}",
        f"Geweigerd:      {status['geweigerd']}",
    ]
    if status["fout"]:
        lines.append(f"Melding:        {status['fout']}")
    return lines


def cmd_sync(args: argparse.Namespace, services: Services) -> int:
    actie = {"status": cmd_status, "log": cmd_log, "geweigerd": cmd_geweigerd, "opnieuw": cmd_opnieuw}.get(
        getattr(args, "sync_actie", None) or ""
    )
    if actie is not None:
        return actie(args, services)
    try:
        uitkomst = services.sync.sync_now()
    except SyncError as exc:
        if args.json:
            print(json.dumps({"ok": False, "code": exc.code, "melding": exc.message_nl}, ensure_ascii=False))
            return 1
        return _fail(exc.message_nl)
    finally:
        services.sync.close()
    r = uitkomst.rapport
    if args.json:
        out = {"ok": True, **r.as_dict(), "status": uitkomst.status.as_dict()}
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(
        f"Verstuurd: {r.pushed}  Opgehaald: {r.pulled}  Samengevoegd: {r.merged}  Conflicten: {r.conflicts}"
    )
    if r.rejected:
        print(f"Geweigerd door het portaal: {r.rejected} (blijven bewaard)")
    for melding in dict.fromkeys(r.meldingen):
        print(f"- {melding}")
    return 0


def cmd_status(args: argparse.Namespace, services: Services) -> int:
    status = services.sync.status().as_dict()
    if status["laatste_sync"] and not args.json:
        from datetime import datetime

        status["laatste_sync"] = (
            datetime.fromisoformat(status["laatste_sync"]).astimezone(AMSTERDAM).strftime("%d-%m-%Y %H:%M")
        )
    if args.json:
        print(json.dumps(status, ensure_ascii=False, indent=2))
    else:
        print("\n".join(_status_lines(status)))
    return 0


def _tijd(moment: Any) -> str:
    return str(moment.astimezone(AMSTERDAM).strftime("%d-%m-%Y %H:%M"))


def cmd_log(args: argparse.Namespace, services: Services) -> int:
    """The sync log, newest first (the same as Synchronisatiedetails → Logboek in the app)."""
    regels = services.sync.logboek()
    if args.json:
        out = [{"tijd": r.tijd.isoformat(), "soort": r.soort, "tekst": r.tekst} for r in regels]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    if not regels:
        print("Het logboek is leeg: er is nog niet gesynchroniseerd.")
    for r in regels:
        print(f"{_tijd(r.tijd)}  {r.soort:<8} {r.tekst}")
    return 0


def cmd_geweigerd(args: argparse.Namespace, services: Services) -> int:
    """Changes the portal refused: what, when, the reason, and the full text (nothing is dropped)."""
    ops = services.sync.geweigerd()
    if args.json:
        out = [
            {
                "op_id": g.op_id,
                "soort": g.entiteit,
                "id": g.entiteit_id,
                "wat": g.omschrijving,
                "tijd": g.tijd.isoformat(),
                "code": g.code,
                "reden": g.melding,
                "tekst": g.tekst,
            }
            for g in ops
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    if not ops:
        print("Het portaal heeft geen wijzigingen geweigerd.")
    for g in ops:
        print(f"{g.omschrijving} — geweigerd op {_tijd(g.tijd)} (op {g.op_id})")
        print(f"Reden: {g.melding}")
        print("\n".join("    " + regel for regel in g.tekst.splitlines()))
        print()
    return 0


def cmd_opnieuw(args: argparse.Namespace, services: Services) -> int:
    try:
        services.sync.opnieuw_proberen(args.op_id)
    except SyncError as exc:
        return _fail(exc.message_nl)
    print("Deze wijziging gaat mee met de volgende synchronisatie (kso-desktop sync).")
    return 0


def add_parsers(sub: Any, add: AddParser) -> None:
    """Register ``login`` and ``sync [status|log|geweigerd|opnieuw]`` on the CLI's sub-command parser."""
    p = add(sub, "login", "inloggen bij het portaal (wachtwoord via een vraag of stdin)")
    p.add_argument("--portal", required=True, metavar="URL", help="adres van het portaal")
    p.add_argument("--user", required=True, metavar="NAAM", help="gebruikersnaam op het portaal")
    p.set_defaults(services_cmd=cmd_login)

    p = add(sub, "sync", "nu synchroniseren met het portaal (of: sync status)")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(services_cmd=cmd_sync)
    acties = p.add_subparsers(dest="sync_actie", metavar="ACTIE")
    s = add(acties, "status", "online/offline, laatste sync, wachtende wijzigingen en conflicten")
    s.add_argument("--json", action="store_true", help="uitvoer als JSON")
    s.set_defaults(services_cmd=cmd_status)
    s = add(acties, "log", "het logboek van de synchronisatie, nieuwste eerst")
    s.add_argument("--json", action="store_true", help="uitvoer als JSON")
    s = add(acties, "geweigerd", "wijzigingen die het portaal weigerde, met reden en volledige tekst")
    s.add_argument("--json", action="store_true", help="uitvoer als JSON")
    s = add(acties, "opnieuw", "een geweigerde wijziging opnieuw versturen bij de volgende sync")
    s.add_argument("op_id", metavar="OP_ID", help="het op-id uit 'kso-desktop sync geweigerd'")
