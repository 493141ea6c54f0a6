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
    if getattr(args, "sync_actie", None) == "status":
        return cmd_status(args, services)
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


def add_parsers(sub: Any, add: AddParser) -> None:
    """Register ``login`` and ``sync [status]`` on the CLI's sub-command parser."""
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
