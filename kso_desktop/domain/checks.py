"""Validation of whole records (jongere, medewerker, locatie) before anything is stored."""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from kso_desktop.domain.dates import birthday, leeftijd
from kso_desktop.domain.entities import JongereGegevens, LocatieGegevens, MedewerkerGegevens
from kso_desktop.domain.validation import (
    MAX_KORT,
    MAX_NAAM,
    MAX_TEKST,
    Code,
    Problem,
    check_email,
    check_telefoon,
    check_text,
    clean_text,
    problem,
    raise_if,
)

MIN_LEEFTIJD = 15
MAX_LEEFTIJD = 21


_G = TypeVar("_G", JongereGegevens, MedewerkerGegevens, LocatieGegevens)


def _cleaned(gegevens: _G) -> _G:
    """The same record with every text field NFC-normalised and stripped."""
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(gegevens):
        value = getattr(gegevens, f.name)
        if isinstance(value, Enum):
            continue
        if isinstance(value, str):
            changes[f.name] = clean_text(value)
        elif isinstance(value, tuple) and all(isinstance(v, str) for v in value):
            changes[f.name] = tuple(t for t in (clean_text(v) for v in value) if t)
    return dataclasses.replace(gegevens, **changes)


def clean_jongere(g: JongereGegevens, today: date) -> JongereGegevens:
    """Return the cleaned record, or raise ValidationError listing every problem."""
    g = _cleaned(g)
    problems: list[Problem] = [
        *check_text("Voornaam", g.voornaam, MAX_NAAM, required=True),
        *check_text("Achternaam", g.achternaam, MAX_NAAM, required=True),
        *check_text("Roepnaam", g.roepnaam, MAX_NAAM),
        *check_text("Geboorteland", g.geboorteland, MAX_NAAM),
        *check_text("Talen", ", ".join(g.talen), MAX_KORT),
        *check_telefoon("Telefoon", g.telefoon),
        *check_text("Jeugdbeschermer", g.jeugdbeschermer_naam, MAX_NAAM),
        *check_telefoon("Telefoon jeugdbeschermer", g.jeugdbeschermer_telefoon),
        *check_email("E-mail jeugdbeschermer", g.jeugdbeschermer_email),
        *check_text("Notities", g.notities, MAX_TEKST),
    ]
    if not g.locatie_id:
        problems.append(problem(Code.VERPLICHT, "Locatie"))
    if g.geboortedatum > today:
        problems.append(problem(Code.GEBOORTEDATUM_IN_TOEKOMST, "Geboortedatum"))
    else:
        bij_plaatsing = leeftijd(g.geboortedatum, g.plaatsing)
        if not MIN_LEEFTIJD <= bij_plaatsing < MAX_LEEFTIJD:
            problems.append(problem(Code.LEEFTIJD_BIJ_PLAATSING, "Plaatsing", leeftijd=bij_plaatsing))
    if g.kennismaking is not None and g.kennismaking < g.plaatsing:
        problems.append(problem(Code.KENNISMAKING_VOOR_PLAATSING, "Kennismaking"))
    if g.vertrek is not None and g.vertrek < g.plaatsing:
        problems.append(problem(Code.VERTREK_VOOR_PLAATSING, "Vertrek"))
    if g.verlengde_opvang_start is not None:
        achttien = birthday(g.geboortedatum, 18)
        if g.verlengde_opvang_start < achttien:
            problems.append(
                problem(Code.VO_TE_VROEG, "Verlengde Opvang", datum=achttien.strftime("%d-%m-%Y"))
            )
    raise_if(problems)
    return g


def clean_medewerker(g: MedewerkerGegevens) -> MedewerkerGegevens:
    g = _cleaned(g)
    raise_if(
        [
            *check_text("Naam", g.naam, MAX_NAAM, required=True),
            *check_email("E-mail", g.email),
            *check_telefoon("Telefoon", g.telefoon),
        ]
    )
    return g


def clean_locatie(g: LocatieGegevens) -> LocatieGegevens:
    g = _cleaned(g)
    raise_if(
        [
            *check_text("Naam", g.naam, MAX_NAAM, required=True),
            *check_text("Plaats", g.plaats, MAX_NAAM),
            *check_text("Adres", g.adres, MAX_KORT),
            *check_telefoon("Telefoon", g.telefoon),
        ]
    )
    return g
