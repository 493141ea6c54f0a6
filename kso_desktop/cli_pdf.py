"""The ``kso-desktop pdf`` command: print a plan, verslag, agenda or signaleringsplan to a PDF file."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kso_desktop.domain.weergave import FormulierWeergave, WeergaveSectie, WeergaveVeld
from kso_desktop.reporting.opmaak import talen
from kso_desktop.services.afdrukken import DocumentSoort
from kso_desktop.services.registry import Services

_UITLEG = {
    DocumentSoort.PLAN: "het volledige begeleidingsplan (ID: plan-versie of jongere, dan de laatste versie)",
    DocumentSoort.MIJN_PLAN: "Mijn plan, voor de jongere (ID: plan-versie of jongere)",
    DocumentSoort.VERSLAG: "het verslag van een driegesprek (ID: gesprek)",
    DocumentSoort.AGENDA: "de agenda van het volgende driegesprek (ID: jongere)",
    DocumentSoort.SIGNALERINGSPLAN: (
        "Mijn signaleringsplan op één pagina "
        "(ID: jongere, dan het nieuwste definitieve, of een ingevuld formulier)"
    ),
    DocumentSoort.KAART: (
        "het signaleringsplan als kaartjes om uit te knippen (ID: zoals bij signaleringsplan)"
    ),
}


def add_parser(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Add ``pdf SOORT ID -o FILE``; ``add(name, help)`` makes a sub-command with the global options."""
    p = add("pdf", "een document als PDF opslaan: " + ", ".join(s.value for s in DocumentSoort))
    p.add_argument("soort", choices=[s.value for s in DocumentSoort], metavar="SOORT", help=_help())
    p.add_argument("id", metavar="ID", help="id van de plan-versie, het gesprek of de jongere")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="BESTAND.pdf", help="waar de PDF komt")
    p.add_argument("--taal", metavar="CODE", help="koppen ook in deze taal (" + ", ".join(talen()) + ")")
    p.add_argument(
        "--formulier",
        type=Path,
        metavar="BESTAND.json",
        help=(
            "een signaleringsplan uit een JSON-bestand (de vorm van FormulierWeergave) "
            "in plaats van uit de database"
        ),
    )
    p.set_defaults(services_cmd=cmd_pdf)


def _help() -> str:
    return "; ".join(f"{s.value}: {u}" for s, u in _UITLEG.items())


def cmd_pdf(args: argparse.Namespace, services: Services) -> int:
    from kso_desktop.cli import CliError

    soort = DocumentSoort(args.soort)
    uit: Path = args.output
    if not uit.parent.exists():
        raise CliError(f"De map {uit.parent} bestaat niet; de PDF is niet opgeslagen.")
    try:
        if soort in (DocumentSoort.SIGNALERINGSPLAN, DocumentSoort.KAART):
            if args.formulier is None:
                formulier = services.afdrukken.signaleringsplan_van(args.id)
            else:
                formulier = lees_formulier(args.formulier)
                if formulier.jongere_id != args.id:
                    raise CliError("Het formulier hoort bij een andere jongere dan ID.")
            document = services.afdrukken.maak_formulier(soort, formulier, tweede_taal=args.taal)
        else:
            document = services.afdrukken.maak(soort, args.id, tweede_taal=args.taal)
    except ValueError as exc:
        if isinstance(exc, CliError):
            raise
        raise CliError(str(exc)) from exc
    services.afdrukken.bewaar(document, uit)
    print(
        f"{document.soort.label} van {document.jongere_naam} opgeslagen in {uit} ({document.pdf.paginas} p.)"
    )
    return 0


def lees_formulier(pad: Path) -> FormulierWeergave:
    """A FormulierWeergave from JSON with the same field names (dates as ISO text)."""
    from kso_desktop.cli import CliError

    try:
        data: dict[str, Any] = json.loads(pad.read_text(encoding="utf-8"))
        return FormulierWeergave(
            invulling_id=str(data["invulling_id"]),
            definitie_id=str(data["definitie_id"]),
            definitie_versie=int(data["definitie_versie"]),
            titel=str(data["titel"]),
            soort=str(data["soort"]),
            jongere_id=str(data["jongere_id"]),
            jongere_naam=str(data.get("jongere_naam", "")),
            definitief=bool(data.get("definitief", False)),
            versie=int(data.get("versie", 1)),
            ingevuld_op=datetime.fromisoformat(data["ingevuld_op"]),
            vastgesteld_op=date.fromisoformat(data["vastgesteld_op"]) if data.get("vastgesteld_op") else None,
            ingevuld_door=str(data.get("ingevuld_door", "")),
            secties=tuple(
                WeergaveSectie(
                    id=str(s["id"]),
                    titel=str(s["titel"]),
                    velden=tuple(
                        WeergaveVeld(str(v["id"]), str(v["label"]), str(v.get("tekst", "")))
                        for v in s["velden"]
                    ),
                    kleur=s.get("kleur"),
                )
                for s in data["secties"]
            ),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise CliError(f"{pad.name} is geen geldig formulier ({exc}).") from exc
