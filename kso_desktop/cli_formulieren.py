"""The ``forms`` commands: the form definitions (with load errors) and a jongere's filled-in forms."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC
from typing import Any

from kso_desktop.domain.weergave import FormulierWeergave
from kso_desktop.services.context import AMSTERDAM
from kso_desktop.services.registry import Services

AddParser = Callable[[Any, str, str], argparse.ArgumentParser]


def _json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _cmd_list(args: argparse.Namespace, services: Services) -> int:
    result = services.formulieren.definities()
    if args.json:
        _json(
            {
                "definities": [
                    {
                        "id": g.definitie.id,
                        "versie": g.definitie.versie,
                        "titel": g.definitie.titel,
                        "soort": g.definitie.soort,
                        "bestand": g.bestand,
                        "eigen": g.eigen,
                    }
                    for g in result.definities
                ],
                "fouten": [{"bestand": f.bestand, "melding": f.melding} for f in result.fouten],
            }
        )
    else:
        rows = [
            [
                g.definitie.id,
                str(g.definitie.versie),
                g.definitie.titel,
                "eigen" if g.eigen else "meegeleverd",
            ]
            for g in result.definities
        ]
        headers = ["Id", "Versie", "Titel", "Bron"]
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
        for cells in (headers, *rows):
            print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())
    for fout in result.fouten:
        print(f"Definitie overgeslagen: {fout}", file=sys.stderr)
    return 0


def _weergave_json(w: FormulierWeergave) -> dict[str, object]:
    return {
        "id": w.invulling_id,
        "definitie_id": w.definitie_id,
        "definitie_versie": w.definitie_versie,
        "titel": w.titel,
        "soort": w.soort,
        "versie": w.versie,
        "status": "definitief" if w.definitief else "concept",
        "ingevuld_op": w.ingevuld_op.astimezone(UTC).isoformat(),
        "vastgesteld_op": w.vastgesteld_op.isoformat() if w.vastgesteld_op else None,
        "ingevuld_door": w.ingevuld_door,
        "secties": [
            {
                "id": s.id,
                "titel": s.titel,
                "kleur": s.kleur,
                "velden": [{"id": v.id, "label": v.label, "antwoord": v.tekst} for v in s.velden],
            }
            for s in w.secties
        ],
    }


def _print_weergave(w: FormulierWeergave) -> None:
    status = (
        f"definitief {w.vastgesteld_op:%d-%m-%Y}"
        if w.definitief and w.vastgesteld_op
        else f"concept sinds {w.ingevuld_op.astimezone(AMSTERDAM):%d-%m-%Y}"
    )
    print(f"{w.titel} - versie {w.versie}, {status}")
    print(f"  definitie {w.definitie_id} v{w.definitie_versie}; door {w.ingevuld_door}; id {w.invulling_id}")
    for s in w.secties:
        beantwoord = [v for v in s.velden if v.tekst]
        if not beantwoord:
            continue
        print(f"  {s.titel}")
        for v in beantwoord:
            tekst = v.tekst.replace("\n", "\n      ")
            print(f"    {v.label}: {tekst}")
    print()


def _cmd_show(args: argparse.Namespace, services: Services) -> int:
    invullingen = services.formulieren.lijst(args.jongere)  # "Jongere niet gevonden." for an unknown id
    weergaven = [services.formulieren.weergave(i.id) for i in invullingen]
    if args.json:
        _json([_weergave_json(w) for w in weergaven])
        return 0
    if not weergaven:
        print("Geen ingevulde formulieren gevonden.")
    for w in weergaven:
        _print_weergave(w)
    return 0


def add_commands(sub: Any, add: AddParser) -> None:
    """Register ``forms list`` and ``forms show`` on the top-level subcommands (``add`` as in cli.py)."""
    forms = add(sub, "forms", "formulieren: Quickscan veiligheid en signaleringsplannen").add_subparsers(
        dest="actie", metavar="ACTIE", required=True
    )
    p = add(forms, "list", "de formulierdefinities (id, versie, titel) en definities die niet te laden zijn")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(services_cmd=_cmd_list)
    p = add(forms, "show", "de ingevulde formulieren van een jongere, nieuwste eerst")
    p.add_argument("jongere", metavar="JONGERE", help="id van de jongere")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(services_cmd=_cmd_show)
