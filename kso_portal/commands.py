"""The ``kso-portal`` sub-commands: serve, db upgrade, org/locatie/user add, demo (entry point: cli.py)."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Sequence

from sqlalchemy import select

from kso_portal import admin
from kso_portal import models as m
from kso_portal.auth import ROLLEN
from kso_portal.db import Database, SchemaError, check_schema, upgrade

ENV_DB = "KSO_PORTAL_DB"


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        default=os.environ.get(ENV_DB),
        help=f"database-URL, bv. postgresql://user@host/db of sqlite:///portal.db (standaard ${ENV_DB})",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kso-portal", description="KSO referentieportaal (sync-server)")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="start de portal-server")
    _db_arg(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--tls-cert", metavar="PEM", help="certificaat (met keten) voor https")
    serve.add_argument("--tls-key", metavar="PEM", help="private sleutel bij --tls-cert")

    db = sub.add_parser("db", help="databasebeheer")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    up = db_sub.add_parser("upgrade", help="zet het databaseschema op de nieuwste versie")
    _db_arg(up)
    restored = db_sub.add_parser(
        "restored",
        help="na terugzetten van een back-up: nieuw tijdperk, zodat laptops alles opnieuw afstemmen",
    )
    _db_arg(restored)

    purge = sub.add_parser(
        "purge", help="wis een jongere en al diens gegevens (AVG); de id's blijven geblokkeerd"
    )
    _db_arg(purge)
    purge.add_argument("--jongere", required=True, help="id van de jongere")
    purge.add_argument("--organisatie", help="naam of id (nodig als er meer dan één is)")

    org = sub.add_parser("org", help="organisaties")
    org_sub = org.add_subparsers(dest="org_command", required=True)
    org_add = org_sub.add_parser("add", help="voeg een organisatie toe")
    _db_arg(org_add)
    org_add.add_argument("--naam", required=True)

    loc = sub.add_parser("locatie", help="locaties")
    loc_sub = loc.add_subparsers(dest="locatie_command", required=True)
    loc_add = loc_sub.add_parser("add", help="voeg een locatie toe")
    _db_arg(loc_add)
    loc_add.add_argument("--naam", required=True)
    loc_add.add_argument("--type", default="", help="KWG, KWE of KWE+")
    loc_add.add_argument("--organisatie", help="naam of id (nodig als er meer dan één is)")

    user = sub.add_parser("user", help="accounts")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    user_add = user_sub.add_parser("add", help="voeg een account toe (wachtwoord via prompt of stdin)")
    _db_arg(user_add)
    user_add.add_argument("--naam", required=True, help="volledige naam")
    user_add.add_argument("--gebruikersnaam", help="inlognaam (standaard: --naam)")
    user_add.add_argument("--rol", required=True, choices=list(ROLLEN))
    user_add.add_argument("--locatie", action="append", default=[], help="naam of id; mag vaker")
    user_add.add_argument("--organisatie", help="naam of id (nodig als er meer dan één is)")

    demo = sub.add_parser("demo", help="laad de fictieve demo-organisatie met demo-accounts")
    _db_arg(demo)
    return parser


def _read_password(prompt: str) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if getpass.getpass("Nogmaals: ") != first:
            raise admin.AdminError("De wachtwoorden zijn niet gelijk.")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _open(url: str | None, *, check: bool = True) -> Database:
    if not url:
        raise admin.AdminError(f"Geef een database op met --db URL (of zet ${ENV_DB}).")
    db = Database(url)
    if check:
        check_schema(db.engine)
    return db


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from kso_portal.app import create_app

    if bool(args.tls_cert) != bool(args.tls_key):
        print("Geef --tls-cert en --tls-key samen op.", file=sys.stderr)
        return 2
    db = _open(args.db)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    scheme = "https" if args.tls_cert else "http"
    print(f"kso-portal luistert op {scheme}://{args.host}:{args.port}", flush=True)
    if scheme == "http" and args.host not in ("127.0.0.1", "localhost", "::1"):
        # The desktop refuses plain http to another machine; a reverse proxy with TLS is the usual set-up.
        print("Let op: zonder --tls-cert alleen achter een proxy met https gebruiken.", file=sys.stderr)
    uvicorn.run(
        create_app(db),
        host=args.host,
        port=args.port,
        log_config=None,
        ssl_certfile=args.tls_cert,
        ssl_keyfile=args.tls_key,
    )
    return 0


def _run(args: argparse.Namespace) -> int:
    if args.command == "serve":
        return _serve(args)
    db = _open(args.db, check=args.command != "db")
    try:
        return _command(db, args)
    finally:
        db.dispose()


def _command(db: Database, args: argparse.Namespace) -> int:
    if args.command == "db" and args.db_command == "restored":
        check_schema(db.engine)
        with db.write() as s:
            for org in s.scalars(select(m.Organisatie)):
                org.epoch = m.new_id()
        print("Nieuw tijdperk gezet: laptops stemmen bij de volgende sync alles opnieuw af.")
        return 0
    if args.command == "purge":
        from kso_portal.sync import purge_jongere

        with db.read() as s:
            org_id = admin.find_organisatie(s, args.organisatie).id
        count = purge_jongere(db, org_id, args.jongere)
        if not count:
            raise admin.AdminError("Onbekende jongere.")
        print(f"Gewist: {count} records.")
        return 0
    if args.command == "db":
        from kso_portal.db import HEAD_REVISION

        before = upgrade(db.engine)
        print(f"Schema: {before or 'leeg'} -> {HEAD_REVISION}")
        return 0
    if args.command == "demo":
        from kso_portal.demo import load_demo

        for account in load_demo(db):
            print(f"user: {account.username} password: {account.password}")
        return 0
    with db.write() as s:
        if args.command == "org":
            org = admin.add_organisatie(s, args.naam)
            print(f"Organisatie toegevoegd: {org.id}")
        elif args.command == "locatie":
            org = admin.find_organisatie(s, args.organisatie)
            loc = admin.add_locatie(s, org.id, args.naam, args.type)
            print(f"Locatie toegevoegd: {loc.id}")
        else:
            org = admin.find_organisatie(s, args.organisatie)
            locs = [admin.find_locatie(s, org.id, x).id for x in args.locatie]
            password = _read_password("Wachtwoord: ")
            user = admin.add_user(
                s,
                org.id,
                username=args.gebruikersnaam or args.naam,
                naam=args.naam,
                rol=args.rol,
                password=password,
                locatie_ids=locs,
            )
            print(f"Account toegevoegd: {user.id}")
    return 0


def run(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except (admin.AdminError, SchemaError) as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 2
