"""Command line of KSO Desktop: start the app, or list, check and back up the database without a display."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import NoReturn

from kso_desktop import APP_NAME, __version__, cli_pdf, cli_sync
from kso_desktop.app import Location, open_app, open_store, restore_backup, run_gui, show_startup_error
from kso_desktop.cli_bewaren import add_bewaren_commands
from kso_desktop.cli_correcties import add_correctie_commands
from kso_desktop.cli_formulieren import add_commands as add_forms_commands
from kso_desktop.cli_netwerk import add_netwerk_commands
from kso_desktop.credentials import KeyringUnavailableError
from kso_desktop.domain.plan import Doel, PlanVersie
from kso_desktop.domain.rules import DueItem
from kso_desktop.domain.validation import ValidationError
from kso_desktop.logsetup import configure_logging, install_crash_handler
from kso_desktop.paths import default_data_dir
from kso_desktop.services.context import AMSTERDAM
from kso_desktop.services.demo import ensure_demo_data
from kso_desktop.services.plannen import VersieInfo
from kso_desktop.services.registry import Services
from kso_desktop.storage.engine import DbKey, Store, backup_to
from kso_desktop.storage.errors import StorageError

Json = dict[str, object]
ServiceCommand = Callable[[argparse.Namespace, Services], int]
StoreCommand = Callable[[argparse.Namespace, Store, DbKey], int]
FolderCommand = Callable[[argparse.Namespace, Path, str | None], int]


class CliError(Exception):
    """An expected failure; ``str(error)`` is the Dutch message for stderr."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {message}\n")


# -- output helpers ----------------------------------------------------------------------------------


def _datum(d: date) -> str:
    return f"{d:%d-%m-%Y}"


def _tijd(t: datetime) -> datetime:
    return t if t.tzinfo is not None else t.replace(tzinfo=UTC)


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[str]], leeg: str) -> None:
    if not rows:
        print(leeg)
        return
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    print(line(headers))
    print(line(["-" * w for w in widths]))
    for row in rows:
        print(line(row))


def _due_json(item: DueItem, today: date) -> Json:
    return {
        "soort": item.kind.value,
        "label": item.kind.label,
        "datum": item.due.isoformat(),
        "reden": item.reason,
        "norm": item.norm,
        "urgentie": item.urgentie(today).value,
    }


def _check_locatie(services: Services, locatie_id: str | None) -> None:
    if locatie_id is not None:
        services.organisatie.locatie(locatie_id)  # "Locatie niet gevonden." for an unknown id


# -- commands ----------------------------------------------------------------------------------------


def _cmd_gui(args: argparse.Namespace, services: Services) -> int:
    return run_gui(services, sys.argv[:1] or [APP_NAME])


def _cmd_screenshot(args: argparse.Namespace, services: Services) -> int:
    from kso_desktop.gui.screenshot import render_screenshot

    try:
        out = render_screenshot(services, args.out, view=args.view, jongere_id=args.jongere, size=args.size)
    except ValidationError:
        raise
    except ValueError as exc:  # an unknown view; the message is Dutch
        raise CliError(str(exc)) from exc
    print(out)
    return 0


def _cmd_jongeren_list(args: argparse.Namespace, services: Services) -> int:
    _check_locatie(services, args.locatie)
    today = services.ctx.today()
    regels = services.jongeren.lijst(args.locatie, met_vertrokken=args.alle)
    if args.json:
        _print_json(
            [
                {
                    "id": r.id,
                    "naam": r.naam,
                    "geboortedatum": r.geboortedatum.isoformat(),
                    "leeftijd": r.leeftijd,
                    "locatie": r.locatie,
                    "mentor": r.mentor,
                    "jeugdbeschermer": r.jeugdbeschermer,
                    "volgende": _due_json(r.volgende, today) if r.volgende else None,
                }
                for r in regels
            ]
        )
        return 0
    headers = ["Naam", "Leeftijd", "Locatie", "Mentor", "Jeugdbeschermer", "Eerstvolgende", "Id"]
    rows = [
        [
            r.naam,
            str(r.leeftijd),
            r.locatie,
            r.mentor,
            r.jeugdbeschermer,
            r.volgende.kort() if r.volgende else "",
            r.id,
        ]
        for r in regels
    ]
    _print_table(headers, rows, "Geen jongeren gevonden.")
    return 0


def _cmd_deadlines(args: argparse.Namespace, services: Services) -> int:
    _check_locatie(services, args.locatie)
    today = services.ctx.today()
    deadlines = services.jongeren.deadlines(args.locatie)
    if args.json:
        _print_json(
            [
                {
                    "jongere_id": d.jongere_id,
                    "jongere": d.jongere_naam,
                    "locatie": d.locatie,
                    "soort": d.item.kind.value,
                    "label": d.item.kind.label,
                    "datum": d.item.due.isoformat(),
                    "urgentie": d.item.urgentie(today).value,
                    "reden": d.item.reason,
                    "norm": d.item.norm,
                }
                for d in deadlines
            ]
        )
        return 0
    headers = ["Datum", "Status", "Jongere", "Locatie", "Wat", "Norm"]
    rows = [
        [
            _datum(d.item.due),
            d.item.urgentie(today).label,
            d.jongere_naam,
            d.locatie,
            d.item.kind.label,
            d.item.norm,
        ]
        for d in deadlines
    ]
    _print_table(headers, rows, "Er staat niets open.")
    return 0


def _cmd_audit(args: argparse.Namespace, services: Services) -> int:
    regels = services.jongeren.audit_trail(args.jongere)
    if args.json:
        _print_json(
            [
                {
                    "tijd": _tijd(r.tijd).astimezone(UTC).isoformat(),
                    "medewerker": r.medewerker,
                    "actie": r.actie,
                    "entiteit": r.entiteit,
                    "entiteit_id": r.entiteit_id,
                    "wijzigingen": [{"veld": w.veld, "oud": w.oud, "nieuw": w.nieuw} for w in r.wijzigingen],
                }
                for r in regels
            ]
        )
        return 0
    if not regels:
        print("Geen vastleggingen gevonden.")
    for r in regels:
        tijd = _tijd(r.tijd).astimezone(AMSTERDAM)
        print(f"{tijd:%d-%m-%Y %H:%M:%S}  {r.medewerker}  {r.actie} {r.entiteit} ({r.entiteit_id})")
        for w in r.wijzigingen:
            nieuw = w.nieuw or "(leeg)"
            print(
                f"    {w.veld}: {nieuw}" if w.oud is None else f"    {w.veld}: {w.oud or '(leeg)'} -> {nieuw}"
            )
    return 0


def _cmd_locaties_list(args: argparse.Namespace, services: Services) -> int:
    locaties = services.organisatie.locaties()
    if args.json:
        _print_json(
            [
                {
                    "id": loc.id,
                    "naam": loc.naam,
                    "type": loc.gegevens.type.value,
                    "plaats": loc.gegevens.plaats,
                    "adres": loc.gegevens.adres,
                    "telefoon": loc.gegevens.telefoon,
                    "aantal_jongeren": loc.aantal_jongeren,
                }
                for loc in locaties
            ]
        )
        return 0
    headers = ["Naam", "Type", "Plaats", "Jongeren", "Id"]
    rows = [
        [loc.naam, loc.gegevens.type.label, loc.gegevens.plaats, str(loc.aantal_jongeren), loc.id]
        for loc in locaties
    ]
    _print_table(headers, rows, "Geen locaties gevonden.")
    return 0


def _cmd_medewerkers_list(args: argparse.Namespace, services: Services) -> int:
    namen = {loc.id: loc.naam for loc in services.organisatie.locaties()}
    medewerkers = services.organisatie.medewerkers()
    if args.json:
        _print_json(
            [
                {
                    "id": w.id,
                    "naam": w.naam,
                    "rol": w.gegevens.rol.value,
                    "email": w.gegevens.email,
                    "telefoon": w.gegevens.telefoon,
                    "actief": w.gegevens.actief,
                    "locatie_ids": list(w.gegevens.locatie_ids),
                    "locaties": [namen.get(i, "") for i in w.gegevens.locatie_ids],
                }
                for w in medewerkers
            ]
        )
        return 0
    headers = ["Naam", "Rol", "Actief", "Locaties", "Id"]
    rows = [
        [
            w.naam,
            w.gegevens.rol.label,
            "ja" if w.gegevens.actief else "nee",
            ", ".join(namen.get(i, "?") for i in w.gegevens.locatie_ids),
            w.id,
        ]
        for w in medewerkers
    ]
    _print_table(headers, rows, "Geen medewerkers gevonden.")
    return 0


def _cmd_db_check(args: argparse.Namespace, store: Store, key: DbKey) -> int:
    problems = store.integrity_check()
    if not problems:
        print("Database in orde.")
        return 0
    print(f"De database {store.path} heeft problemen:", file=sys.stderr)
    for p in problems:
        print(f"  - {p}", file=sys.stderr)
    return 1


def _cmd_db_backup(args: argparse.Namespace, store: Store, key: DbKey) -> int:
    target: Path = args.file
    if not target.parent.is_dir():
        raise CliError(f"De map {target.parent} bestaat niet; er is geen back-up gemaakt.")
    try:
        backup_to(store, target, key)
    except FileExistsError:
        raise CliError(
            f"{target} bestaat al. Kies een andere naam: een bestaand bestand wordt niet overschreven."
        ) from None
    print(f"Back-up geschreven naar {target.resolve()}.")
    print("De back-up is versleuteld met dezelfde sleutel als de database.")
    return 0


def _cmd_db_restore(args: argparse.Namespace, data_dir: Path, passphrase: str | None) -> int:
    aside = restore_backup(data_dir, args.file, demo=args.demo, passphrase=passphrase)
    print(f"Back-up {args.file} teruggezet.")
    if aside is not None:
        print(f"De database van vóór het terugzetten staat nog in {aside}.")
    return 0


# -- plan --------------------------------------------------------------------------------------------

GEEN_PLAN = "Deze jongere heeft nog geen begeleidingsplan."


def _plan_kiezen(
    services: Services, jongere_id: str, nummer: int | None
) -> tuple[PlanVersie, list[VersieInfo]]:
    versies = services.plannen.versies(jongere_id)  # "Jongere niet gevonden." for an unknown id
    if not versies:
        raise CliError(GEEN_PLAN)
    gekozen = versies[0] if nummer is None else next((v for v in versies if v.nummer == nummer), None)
    if gekozen is None:
        nummers = sorted(v.nummer for v in versies)
        bestaat = (
            f"alleen versie {nummers[0]}" if len(nummers) == 1 else f"versie {nummers[0]} t/m {nummers[-1]}"
        )
        raise CliError(f"Versie {nummer} bestaat niet; dit plan heeft {bestaat}.")
    return services.plannen.versie(gekozen.id), versies


def _iso(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def _doel_json(d: Doel) -> Json:
    return {
        "id": d.id,
        "eigen_woorden": d.eigen_woorden,
        "professioneel": d.professioneel,
        "status": d.status.value,
        "streefdatum": _iso(d.streefdatum),
        "acties": [{"wie": a.wie.value, "wat": a.wat, "wanneer": _iso(a.wanneer)} for a in d.acties],
        "evaluaties": [{"datum": _iso(e.datum), "tekst": e.tekst, "door": e.door} for e in d.evaluaties],
        "personen": list(d.personen),  # ids of people in the sociaal netwerk (netwerk show)
    }


def _versie_json(v: VersieInfo) -> Json:
    return {
        "nummer": v.nummer,
        "status": v.status.value,
        "gestart_op": v.gestart_op.isoformat(),
        "vastgesteld_op": _iso(v.vastgesteld_op),
    }


def _plan_json(naam: str, plan: PlanVersie, versies: list[VersieInfo]) -> Json:
    tpl, inhoud = plan.template, plan.inhoud
    return {
        "jongere_id": plan.jongere_id,
        "jongere": naam,
        "versie": {
            "id": plan.id,
            "nummer": plan.nummer,
            "status": plan.status.value,
            "gestart_op": plan.gestart_op.isoformat(),
            "vastgesteld_op": _iso(plan.vastgesteld_op),
            "label": plan.label,
        },
        "template": {"id": tpl.id, "versie": tpl.versie, "titel": tpl.titel},
        "leefgebieden": {
            lg.key.value: {
                "label": lg.key.label,
                "norm": lg.norm,
                "zijn": inhoud.leefgebied(lg.key).zijn,
                "worden": inhoud.leefgebied(lg.key).worden,
                "presteren": inhoud.leefgebied(lg.key).presteren,
                "score": inhoud.leefgebied(lg.key).score,
                "score_label": tpl.schaal.label(inhoud.leefgebied(lg.key).score),
                "doelen": [_doel_json(d) for d in inhoud.doelen_van(lg.key)],
            }
            for lg in tpl.leefgebieden
        },
        "delen": {
            deel.key: {"titel": deel.titel, "norm": deel.norm, "tekst": inhoud.deel(deel.key)}
            for deel in tpl.delen
        },
        "deelnemers": {
            "jongere": inhoud.deelnemers.jongere,
            "woonbegeleider": inhoud.deelnemers.woonbegeleider,
            "jeugdbeschermer": inhoud.deelnemers.jeugdbeschermer,
            "anderen": inhoud.deelnemers.anderen,
        },
        "akkoord": None
        if plan.akkoord is None
        else {
            "jongere": plan.akkoord.jongere,
            "jeugdbeschermer": plan.akkoord.jeugdbeschermer,
            "woonbegeleider": plan.akkoord.woonbegeleider,
        },
        "versies": [_versie_json(v) for v in versies],
    }


def _print_veld(label: str, tekst: str, indent: str) -> None:
    """``label: tekst``; the lines of a longer text stay under each other."""
    regels = tekst.splitlines() or ["(nog niet ingevuld)"]
    print(f"{indent}{label}: {regels[0]}")
    for regel in regels[1:]:
        print(f"{indent}{' ' * (len(label) + 2)}{regel}")


def _print_doel(nummer: int, d: Doel, indent: str) -> None:
    binnen = indent + " " * (len(str(nummer)) + 2)
    if d.eigen_woorden:
        print(f"{indent}{nummer}. In eigen woorden: «{d.eigen_woorden}»")
        if d.professioneel:
            _print_veld("Professioneel", d.professioneel, binnen)
    else:
        print(f"{indent}{nummer}. {d.professioneel}")
    streef = _datum(d.streefdatum) if d.streefdatum else "geen"
    print(f"{binnen}Status: {d.status.label}; streefdatum: {streef}")
    if d.acties:
        print(f"{binnen}Acties:")
        for a in d.acties:
            wanneer = f" (uiterlijk {_datum(a.wanneer)})" if a.wanneer else ""
            print(f"{binnen}  - {a.wie.label}: {a.wat}{wanneer}")
    if d.evaluaties:
        print(f"{binnen}Evaluaties:")
        for e in d.evaluaties:
            door = f" ({e.door})" if e.door else ""
            _print_veld(f"- {_datum(e.datum)}{door}", e.tekst, binnen + "  ")


def _print_plan(naam: str, plan: PlanVersie, versies: list[VersieInfo]) -> None:
    tpl, inhoud = plan.template, plan.inhoud
    print(f"{tpl.titel} van {naam}")
    print(plan.label)
    sinds = f"op {_datum(plan.vastgesteld_op)}" if plan.vastgesteld_op else f"sinds {_datum(plan.gestart_op)}"
    print(f"Status: {plan.status.label} {sinds}")
    print(f"Sjabloon: {tpl.id}, versie {tpl.versie}")
    for lg in tpl.leefgebieden:
        lg_inhoud = inhoud.leefgebied(lg.key)
        print()
        print(f"{lg.key.label} (Norm {lg.norm})" if lg.norm else lg.key.label)
        for niveau, titel, _vraag in tpl.niveaus:
            _print_veld(titel, lg_inhoud.tekst(niveau), "  ")
        print(f"  Zelfredzaamheid: {tpl.schaal.label(lg_inhoud.score)}")
        doelen = inhoud.doelen_van(lg.key)
        if not doelen:
            print("  Doelen: geen")
            continue
        print("  Doelen:")
        for nummer, d in enumerate(doelen, start=1):
            _print_doel(nummer, d, "    ")
    for deel in tpl.delen:
        tekst = inhoud.deel(deel.key)
        if not tekst and deel.vanaf_leeftijd_maanden is not None:
            continue  # a part for older jongeren, not (yet) used in this plan
        print()
        print(f"{deel.titel} (Norm {deel.norm})" if deel.norm else deel.titel)
        for regel in tekst.splitlines() or ["(nog niet ingevuld)"]:
            print(f"  {regel}")
    if inhoud.te_veel_open_doelen:
        print()
        print(f"Let op: {inhoud.open_doelen} doelen staan open; een handvol tegelijk werkt meestal beter.")
    wie = inhoud.deelnemers
    print()
    print("Opgesteld met")
    print(f"  Jongere: {'ja' if wie.jongere else 'nee'}")
    for label, waarde in (
        ("Woonbegeleider", wie.woonbegeleider),
        ("Jeugdbeschermer", wie.jeugdbeschermer),
        ("Anderen", wie.anderen),
    ):
        if waarde:
            _print_veld(label, waarde, "  ")
    if plan.akkoord is not None:
        a = plan.akkoord
        akkoord = [f"jongere {'ja' if a.jongere else 'nee'}"]
        akkoord += [
            f"{rol} {naam}"
            for rol, naam in (("woonbegeleider", a.woonbegeleider), ("jeugdbeschermer", a.jeugdbeschermer))
            if naam
        ]
        print(f"Akkoord bij vaststellen: {'; '.join(akkoord)}")
    print()
    print("Versies")
    for v in versies:
        print(f"  {v.label}" + ("  (getoond)" if v.id == plan.id else ""))


def _cmd_plan_show(args: argparse.Namespace, services: Services) -> int:
    plan, versies = _plan_kiezen(services, args.jongere, args.versie)
    naam = services.jongeren.get(args.jongere).naam
    if args.json:
        _print_json(_plan_json(naam, plan, versies))
    else:
        _print_plan(naam, plan, versies)
    return 0


# -- gesprekken and search ---------------------------------------------------------------------------


def _cmd_gesprekken_list(args: argparse.Namespace, services: Services) -> int:
    gesprekken = services.gesprekken.lijst(args.jongere)  # "Jongere niet gevonden." for an unknown id
    if args.json:
        _print_json(
            [
                {
                    "id": g.id,
                    "soort": g.soort.value,
                    "moment": _tijd(g.moment).astimezone(UTC).isoformat(),
                    "status": g.status.value,
                    "auteur": g.auteur,
                    "onderwerpen": [o.tekst for o in g.inhoud.onderwerpen],
                    "notities": g.inhoud.notities,
                    "verslag": g.inhoud.verslag,
                    "afspraken": [
                        {
                            "wie": a.wie.value,
                            "wat": a.wat,
                            "wanneer": _iso(a.wanneer),
                            "leefgebied": a.leefgebied.value if a.leefgebied else None,
                        }
                        for a in g.inhoud.afspraken
                    ],
                    "vervangt_id": g.vervangt_id,
                }
                for g in gesprekken
            ]
        )
        return 0
    headers = ["Datum", "Soort", "Status", "Auteur", "Onderwerpen", "Id"]
    rows = [
        [
            f"{_tijd(g.moment).astimezone(AMSTERDAM):%d-%m-%Y %H:%M}",
            g.soort.label,
            g.status.label,
            g.auteur,
            "; ".join(o.tekst for o in g.inhoud.onderwerpen),
            g.id,
        ]
        for g in gesprekken
    ]
    _print_table(headers, rows, "Geen gesprekken gevonden.")
    return 0


def _cmd_inzage(args: argparse.Namespace, services: Services) -> int:
    map_: Path = args.output
    if not map_.is_dir():
        raise CliError(f"De map {map_} bestaat niet; er is niets geschreven.")
    try:
        bestanden = services.inzage.exporteer(args.jongere, map_)
    except FileExistsError as exc:
        raise CliError(f"{exc.args[0]} bestaat al; een bestaand bestand wordt niet overschreven.") from None
    print(f"Inzage geschreven: {bestanden.records} records, {bestanden.paginas} pagina's.")
    print(f"  {bestanden.pdf}")
    print(f"  {bestanden.json}")
    print("Het staat in het logboek van de jongere. De bestanden bevatten persoonsgegevens: deel ze veilig.")
    return 0


def _cmd_search(args: argparse.Namespace, services: Services) -> int:
    if args.jongere is not None:
        services.jongeren.get(args.jongere)  # "Jongere niet gevonden." for an unknown id
    if not args.tekst.strip():
        raise CliError("Geef een zoekterm op.")
    resultaten = services.gesprekken.zoek(args.tekst, jongere_id=args.jongere)
    if args.json:
        _print_json(
            [
                {
                    "jongere_id": r.jongere_id,
                    "jongere": r.jongere_naam,
                    "soort": r.soort,
                    "ref_id": r.ref_id,
                    "datum": r.datum.isoformat(),
                    "fragment": r.fragment,
                }
                for r in resultaten
            ]
        )
        return 0
    headers = ["Datum", "Jongere", "Soort", "Fragment", "Id"]
    rows = [
        [_datum(r.datum), r.jongere_naam, r.soort, " ".join(r.fragment.split()), r.ref_id] for r in resultaten
    ]
    _print_table(headers, rows, "Niets gevonden.")
    return 0


# -- parser ------------------------------------------------------------------------------------------


def _size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*", text)
    if not m or int(m[1]) == 0 or int(m[2]) == 0:
        raise argparse.ArgumentTypeError(f"'{text}' is geen geldige grootte; gebruik bijvoorbeeld 1366x768.")
    return int(m[1]), int(m[2])


def _add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """On the top parser with real defaults; on subparsers without, so they may also follow the command."""

    def default(value: object) -> object:
        return value if top else argparse.SUPPRESS

    parser.add_argument(
        "--data-dir", type=Path, metavar="MAP", default=default(None), help="map met de database"
    )
    parser.add_argument(
        "--demo", action="store_true", default=default(False), help="de demodatabase met verzonnen gegevens"
    )
    parser.add_argument(
        "--passphrase",
        action="store_true",
        default=default(False),
        help="vraag een wachtwoordzin in plaats van de sleutelopslag (keyring) te gebruiken",
    )
    parser.add_argument(
        "--medewerker", metavar="ID", default=default(None), help="handel als deze medewerker"
    )


def _json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=APP_NAME, description="KSO Desktop. Zonder opdracht start de app.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="controleer of deze installatie compleet is (database, sleutelopslag, PDF, vensters) en stop",
    )
    _add_global_options(parser, top=True)
    parser.set_defaults(services_cmd=_cmd_gui)
    common = _Parser(add_help=False)
    _add_global_options(common, top=False)
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", title="opdrachten")

    def add(parent: argparse._SubParsersAction[_Parser], name: str, help_: str) -> _Parser:
        return parent.add_parser(name, help=help_, description=help_, parents=[common])

    p = add(sub, "screenshot", "schermafbeelding van de app maken (PNG)")
    p.add_argument("out", type=Path, metavar="BESTAND.png")
    p.add_argument("--view", default="main", metavar="NAAM", help="welk scherm (standaard: main)")
    p.add_argument("--jongere", metavar="ID", help="id van de jongere voor het dossierscherm")
    p.add_argument("--size", type=_size, default=(1366, 768), metavar="BxH", help="grootte, bv. 1366x768")
    p.set_defaults(services_cmd=_cmd_screenshot)

    jongeren = add(sub, "jongeren", "jongeren").add_subparsers(dest="actie", metavar="ACTIE", required=True)
    p = add(jongeren, "list", "de jongeren met leeftijd, mentor en eerstvolgende actie")
    _json_option(p)
    p.add_argument("--locatie", metavar="ID", help="alleen deze locatie")
    p.add_argument("--alle", action="store_true", help="ook jongeren die vertrokken zijn")
    p.set_defaults(services_cmd=_cmd_jongeren_list)

    p = add(sub, "deadlines", "alles wat volgens het kwaliteitskader open staat, meest dringend eerst")
    _json_option(p)
    p.add_argument("--locatie", metavar="ID", help="alleen deze locatie")
    p.set_defaults(services_cmd=_cmd_deadlines)

    p = add(sub, "audit", "wie heeft wat gedaan met de gegevens van een jongere")
    p.add_argument("jongere", metavar="JONGERE", help="id van de jongere")
    _json_option(p)
    p.set_defaults(services_cmd=_cmd_audit)

    db = add(sub, "db", "de database controleren of een back-up maken")
    db_sub = db.add_subparsers(dest="actie", metavar="ACTIE", required=True)
    p = add(db_sub, "check", "de database controleren")
    p.set_defaults(store_cmd=_cmd_db_check)
    p = add(db_sub, "backup", "versleutelde back-up maken")
    p.add_argument("file", type=Path, metavar="BESTAND")
    p.set_defaults(store_cmd=_cmd_db_backup)
    p = add(
        db_sub, "restore", "een back-up terugzetten (sluit eerst de app); de huidige database blijft bewaard"
    )
    p.add_argument("file", type=Path, metavar="BESTAND")
    p.set_defaults(folder_cmd=_cmd_db_restore)

    plan = add(sub, "plan", "het begeleidingsplan van een jongere").add_subparsers(
        dest="actie", metavar="ACTIE", required=True
    )
    p = add(plan, "show", "het plan tonen: de laatste versie, of de gekozen versie")
    p.add_argument("jongere", metavar="JONGERE", help="id van de jongere")
    p.add_argument("--versie", type=int, metavar="N", help="versie N in plaats van de laatste")
    _json_option(p)
    p.set_defaults(services_cmd=_cmd_plan_show)

    gesprekken = add(sub, "gesprekken", "tweegesprekken en driegesprekken van een jongere").add_subparsers(
        dest="actie", metavar="ACTIE", required=True
    )
    p = add(gesprekken, "list", "de gesprekken van een jongere, nieuwste eerst")
    p.add_argument("jongere", metavar="JONGERE", help="id van de jongere")
    _json_option(p)
    p.set_defaults(services_cmd=_cmd_gesprekken_list)

    add_netwerk_commands(sub, add, _json_option)

    p = add(sub, "inzage", "alles wat over een jongere bewaard is, als PDF en JSON (AVG-inzage)")
    p.add_argument("jongere", metavar="JONGERE", help="id van de jongere")
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar="MAP", help="de map voor beide bestanden"
    )
    p.set_defaults(services_cmd=_cmd_inzage)

    p = add(sub, "search", "zoeken in notities en verslagen")
    p.add_argument("tekst", metavar="TEKST", help="de woorden om te zoeken")
    p.add_argument("--jongere", metavar="ID", help="alleen bij deze jongere")
    _json_option(p)
    p.set_defaults(services_cmd=_cmd_search)

    add_forms_commands(sub, add)
    add_correctie_commands(sub, add)
    add_bewaren_commands(sub, add)
    cli_pdf.add_parser(lambda name, help_: add(sub, name, help_))

    for name, cmd in (("locaties", _cmd_locaties_list), ("medewerkers", _cmd_medewerkers_list)):
        group = add(sub, name, name).add_subparsers(dest="actie", metavar="ACTIE", required=True)
        p = add(group, "list", f"alle {name}")
        _json_option(p)
        p.set_defaults(services_cmd=cmd)
    cli_sync.add_parsers(sub, add)
    return parser


# -- running -----------------------------------------------------------------------------------------


def _read_passphrase(data_dir: Path) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            value = getpass.getpass("Wachtwoordzin voor de database: ")
            nieuw = value and not Location(data_dir, demo=False).db_path.exists()
            if nieuw and getpass.getpass("Nieuwe database; herhaal de wachtwoordzin: ") != value:
                raise CliError("De wachtwoordzinnen zijn niet gelijk; er is geen database gemaakt.")
        except EOFError:
            value = ""
    else:
        value = sys.stdin.readline().rstrip("\r\n") if sys.stdin is not None else ""
    if not value:
        raise CliError("Geen wachtwoordzin opgegeven; de database is niet geopend.")
    return value


def _run(args: argparse.Namespace, *, log_to_file: bool) -> int:
    data_dir: Path = args.data_dir or default_data_dir()
    if log_to_file:
        folder = Location(data_dir, demo=args.demo).folder
        configure_logging(folder)
        if getattr(args, "services_cmd", None) is _cmd_gui:
            install_crash_handler(folder)
    passphrase = _read_passphrase(data_dir) if args.passphrase else None
    folder_cmd: FolderCommand | None = getattr(args, "folder_cmd", None)
    if folder_cmd is not None:  # works on the files themselves, without opening the database first
        return folder_cmd(args, data_dir, passphrase)
    store_cmd: StoreCommand | None = getattr(args, "store_cmd", None)
    if store_cmd is not None:
        store, key = open_store(data_dir, demo=args.demo, passphrase=passphrase)
        try:
            if args.demo:
                ensure_demo_data(store)
            return store_cmd(args, store, key)
        finally:
            store.close()
    services_cmd: ServiceCommand = args.services_cmd
    # Without --medewerker the CLI is the system actor (all rights), never the last GUI user: see app.py.
    services, _key = open_app(
        data_dir,
        demo=args.demo,
        passphrase=passphrase,
        medewerker_id=args.medewerker,
        laatste_medewerker=False,
    )
    try:
        return services_cmd(args, services)
    finally:
        services.ctx.store.close()


def _silence_stdout() -> None:
    """Point stdout at devnull so the interpreter's final flush does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _fail(message: str, *, on_screen: bool = False) -> int:
    print(f"{APP_NAME}: {message}", file=sys.stderr)
    if on_screen:
        show_startup_error(message)
    return 1


def main(argv: list[str] | None = None, *, log_to_file: bool | None = None) -> int:
    """Run one command (or the app). ``log_to_file`` defaults to True only when started as a program
    (``argv`` None), so tests that call ``main([...])`` in-process leave the test runner's logging alone.
    """
    parser = build_parser()
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # usage errors (2), --help and --version (0)
        return 0 if exc.code is None else exc.code if isinstance(exc.code, int) else 2
    if args.smoke_test:
        from kso_desktop.smoke import run_smoke_test

        return run_smoke_test()
    if args.demo and args.passphrase:
        parser.print_usage(sys.stderr)
        print(
            f"{APP_NAME}: fout: --passphrase kan niet met --demo: de demodatabase heeft een eigen sleutel.",
            file=sys.stderr,
        )
        return 2
    # Started without a command means started as the app, often from a shortcut: say it on screen too.
    on_screen = getattr(args, "services_cmd", None) is _cmd_gui
    try:
        return _run(args, log_to_file=argv is None if log_to_file is None else log_to_file)
    except ValidationError as exc:
        return _fail(exc.message, on_screen=on_screen)
    except (CliError, StorageError, KeyringUnavailableError) as exc:
        return _fail(str(exc), on_screen=on_screen)
    except BrokenPipeError:  # e.g. `kso-desktop deadlines | head`: the reader left, nothing to report
        _silence_stdout()
        return 1
    except OSError as exc:
        return _fail(f"{exc.filename or 'Bestand'}: {exc.strerror or exc}.")
    except KeyboardInterrupt:
        print(f"{APP_NAME}: afgebroken.", file=sys.stderr)
        return 130
