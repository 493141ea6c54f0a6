"""``kso-desktop correctie add|list|afhandelen``: requests to correct a jongere's data (AVG, Norm 7.1c)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from kso_desktop.domain.correctie import Besluit, Correctieverzoek
from kso_desktop.domain.validation import parse_datum
from kso_desktop.services.registry import Services

Add = Callable[..., argparse.ArgumentParser]


def add_correctie_commands(sub: Any, add: Add) -> None:
    """Register ``correctie add|list|afhandelen`` (``add`` makes a sub-command with the global options)."""
    group = add(sub, "correctie", "verzoeken om gegevens te corrigeren (AVG, Norm 7.1c)")
    acties = group.add_subparsers(dest="actie", metavar="ACTIE", required=True)

    p = add(acties, "add", "een correctieverzoek vastleggen (antwoord uiterlijk binnen een maand)")
    p.add_argument("jongere", metavar="JONGERE", help="id van de jongere")
    p.add_argument("--van", required=True, metavar="NAAM", help="wie het vroeg (de jongere, de voogd, ...)")
    p.add_argument("--omschrijving", required=True, metavar="TEKST", help="wat er volgens hen niet klopt")
    p.add_argument("--ontvangen", metavar="DATUM", help="ontvangen op (dd-mm-jjjj; standaard vandaag)")
    p.set_defaults(services_cmd=_cmd_add)

    p = add(acties, "list", "de correctieverzoeken van een jongere, nieuwste eerst")
    p.add_argument("jongere", metavar="JONGERE", help="id van de jongere")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(services_cmd=_cmd_list)

    p = add(acties, "afhandelen", "het besluit vastleggen: gecorrigeerd of afgewezen, met toelichting")
    p.add_argument("verzoek", metavar="VERZOEK", help="id van het verzoek")
    p.add_argument("--besluit", required=True, choices=["uitgevoerd", "afgewezen"])
    p.add_argument("--toelichting", required=True, metavar="TEKST", help="wat is aangepast, of waarom niet")
    p.add_argument("--datum", metavar="DATUM", help="afgehandeld op (dd-mm-jjjj; standaard vandaag)")
    p.set_defaults(services_cmd=_cmd_afhandelen)


def _regel(v: Correctieverzoek, vandaag_te_laat: bool) -> str:
    status = v.besluit.label + (f" op {v.afgehandeld_op:%d-%m-%Y}" if v.afgehandeld_op else "")
    termijn = f"antwoord uiterlijk {v.uiterlijk:%d-%m-%Y}" + (" (TE LAAT)" if vandaag_te_laat else "")
    return f"{v.ontvangen_op:%d-%m-%Y}  {v.van}: {v.omschrijving}\n    {status}; {termijn}  [{v.id}]"


def _json(v: Correctieverzoek, te_laat: bool) -> dict[str, object]:
    return {
        "id": v.id,
        "ontvangen_op": v.ontvangen_op.isoformat(),
        "van": v.van,
        "omschrijving": v.omschrijving,
        "besluit": v.besluit.value,
        "toelichting": v.toelichting,
        "afgehandeld_op": v.afgehandeld_op.isoformat() if v.afgehandeld_op else None,
        "antwoord_uiterlijk": v.uiterlijk.isoformat(),
        "te_laat": te_laat,
        "vastgelegd_door": v.vastgelegd_door,
    }


def _cmd_add(args: argparse.Namespace, services: Services) -> int:
    ontvangen = parse_datum("ontvangen op", args.ontvangen) if args.ontvangen else services.ctx.today()
    v = services.correcties.registreer(
        args.jongere, ontvangen_op=ontvangen, van=args.van, omschrijving=args.omschrijving
    )
    print(f"Correctieverzoek vastgelegd; antwoord uiterlijk {v.uiterlijk:%d-%m-%Y}. [{v.id}]")
    return 0


def _cmd_list(args: argparse.Namespace, services: Services) -> int:
    vandaag = services.ctx.today()
    verzoeken = services.correcties.lijst(args.jongere)
    if args.json:
        print(json.dumps([_json(v, v.te_laat(vandaag)) for v in verzoeken], ensure_ascii=False, indent=2))
    elif not verzoeken:
        print("Geen correctieverzoeken.")
    else:
        print("\n".join(_regel(v, v.te_laat(vandaag)) for v in verzoeken))
    return 0


def _cmd_afhandelen(args: argparse.Namespace, services: Services) -> int:
    datum = parse_datum("afgehandeld op", args.datum) if args.datum else services.ctx.today()
    v = services.correcties.handel_af(
        args.verzoek, besluit=Besluit(args.besluit), toelichting=args.toelichting, datum=datum
    )
    print(f"Verzoek {v.besluit.label} op {datum:%d-%m-%Y}.")
    return 0
