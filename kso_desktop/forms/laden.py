"""Loading form definitions from folders: the shipped ones first, then an organisation's override folder.

A broken or hostile file never stops the app: it becomes a ``Laadfout`` naming the file and (where known) the
line or the place inside the file, and is skipped; the definitions that did load stay usable.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError as PydanticError

from kso_desktop.forms.schema import Definitie

#: A definition is a few kilobytes; anything past this is a mistake or an attack, and is not read.
MAX_BESTAND = 1024 * 1024
#: How many files of one folder are looked at (a folder of a million files must not hang the start).
MAX_BESTANDEN = 500
#: Definitions may also be YAML (easier to write by hand); JSON is what the app ships.
YAML_SUFFIXEN = frozenset({".yaml", ".yml"})
#: The environment variable that names an extra (override) folder.
ENV_MAP = "KSO_FORMS_DIR"


@dataclass(frozen=True, slots=True)
class Laadfout:
    """One definition file that could not be used, and why (Dutch, for the beheerder)."""

    bestand: str
    melding: str

    def __str__(self) -> str:
        return f"{self.bestand}: {self.melding}"


@dataclass(frozen=True, slots=True)
class GeladenDefinitie:
    definitie: Definitie
    bestand: str
    #: True when it came from an override folder rather than with the app.
    eigen: bool


@dataclass(frozen=True, slots=True)
class Laadresultaat:
    definities: tuple[GeladenDefinitie, ...]
    fouten: tuple[Laadfout, ...]

    def get(self, definitie_id: str) -> Definitie | None:
        return next((g.definitie for g in self.definities if g.definitie.id == definitie_id), None)


class DefinitieError(ValueError):
    """A definition file that cannot be used; the message names the place and the problem."""


def _plek(loc: Sequence[int | str]) -> str:
    """A pydantic location as a path a person can find in the file: secties[2].velden[0].soort."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out or "(bovenste niveau)"


_TYPE_NAMEN = {
    "string_type": "tekst",
    "int_type": "een geheel getal",
    "int_parsing": "een geheel getal",
    "bool_type": "true of false",
    "bool_parsing": "true of false",
    "dict_type": "een object {...}",
    "model_type": "een object {...}",
    "tuple_type": "een lijst [...]",
    "list_type": "een lijst [...]",
}


def _vertaal(fout: Any) -> str:
    """One pydantic error in Dutch."""
    soort = str(fout.get("type", ""))
    plek = _plek(fout.get("loc", ()))
    ctx = fout.get("ctx") or {}
    invoer = fout.get("input")
    if soort == "missing":
        return f"{plek}: ontbreekt"
    if soort == "extra_forbidden":
        return f"{plek}: onbekend veld (typfout?)"
    if soort == "enum":
        toegestaan = ctx.get("expected", "")
        if plek.endswith(".soort"):
            return f"{plek}: onbekend veldtype '{invoer}'; toegestaan: {toegestaan}"
        return f"{plek}: onbekende waarde '{invoer}'; toegestaan: {toegestaan}"
    if soort == "string_pattern_mismatch":
        return f"{plek}: '{invoer}' heeft niet de vorm {ctx.get('pattern', '')}"
    if soort in ("string_too_short", "too_short"):
        return f"{plek}: mag niet leeg zijn"
    if soort in ("string_too_long", "too_long"):
        return f"{plek}: te lang (maximaal {ctx.get('max_length', '?')})"
    if soort in ("greater_than_equal", "less_than_equal"):
        grens = ctx.get("ge", ctx.get("le", "?"))
        return f"{plek}: {invoer} ligt buiten de grens ({grens})"
    if soort in _TYPE_NAMEN:
        return f"{plek}: moet {_TYPE_NAMEN[soort]} zijn"
    if soort == "value_error":
        bericht = str(ctx.get("error", fout.get("msg", "")))
        return f"{plek}: {bericht}" if fout.get("loc") else bericht
    return f"{plek}: {fout.get('msg', soort)}"


def parse_definitie(data: Any) -> Definitie:
    """A definition from parsed JSON; raises DefinitieError with every problem in Dutch."""
    if not isinstance(data, dict):
        raise DefinitieError("het bestand moet één object {...} bevatten, geen lijst of losse waarde")
    try:
        return Definitie.model_validate(data)
    except PydanticError as exc:
        meldingen = [_vertaal(f) for f in exc.errors(include_url=False)]
        raise DefinitieError(
            "; ".join(meldingen[:8]) + (" (en meer)" if len(meldingen) > 8 else "")
        ) from None


def lees_bestand(path: Path) -> Definitie:
    """Read and check one definition file; raises DefinitieError (size, JSON with line, schema with place)."""
    try:
        grootte = path.stat().st_size
    except OSError as exc:
        raise DefinitieError(f"kan het bestand niet lezen ({exc.strerror or exc})") from None
    if grootte > MAX_BESTAND:
        raise DefinitieError(
            f"het bestand is te groot ({grootte // 1024} kB; maximaal {MAX_BESTAND // 1024} kB)"
        )
    try:
        with path.open("rb") as fh:
            ruw = fh.read(MAX_BESTAND + 1)  # the file may grow between stat and read
    except OSError as exc:
        raise DefinitieError(f"kan het bestand niet lezen ({exc.strerror or exc})") from None
    if len(ruw) > MAX_BESTAND:
        raise DefinitieError(f"het bestand is te groot (maximaal {MAX_BESTAND // 1024} kB)")
    try:
        tekst = ruw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DefinitieError(f"geen UTF-8-tekst (byte {exc.start})") from None
    if path.suffix.lower() in YAML_SUFFIXEN:
        return parse_definitie(_lees_yaml(tekst))
    try:
        data = json.loads(tekst)
    except json.JSONDecodeError as exc:
        raise DefinitieError(f"ongeldige JSON op regel {exc.lineno}, kolom {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise DefinitieError("ongeldige JSON: te diep genest") from None
    return parse_definitie(data)


def _lees_yaml(tekst: str) -> Any:
    """YAML without anchors and aliases: a small file must not expand into a huge one ("billion laughs")."""
    try:
        for token in yaml.scan(tekst, Loader=yaml.SafeLoader):
            if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
                regel = token.start_mark.line + 1
                raise DefinitieError(
                    f"YAML-ankers en -verwijzingen (& en *) zijn niet toegestaan (regel {regel})"
                )
        return yaml.safe_load(tekst)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        plek = f" op regel {mark.line + 1}, kolom {mark.column + 1}" if mark else ""
        raise DefinitieError(f"ongeldige YAML{plek}: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise DefinitieError(f"ongeldige YAML: {exc}") from None
    except RecursionError:
        raise DefinitieError("ongeldige YAML: te diep genest") from None


def _bestanden(map_: Path) -> list[Path]:
    try:
        soorten = {".json", *YAML_SUFFIXEN}
        namen = sorted(p for p in map_.iterdir() if p.suffix.lower() in soorten and p.is_file())
    except OSError:
        return []
    return namen[:MAX_BESTANDEN]


def laad_definities(
    meegeleverd: Path, overschrijvingen: Iterable[Path] = (), *, env: bool = True
) -> Laadresultaat:
    """All definitions: the shipped folder, then each override folder (and ``$KSO_FORMS_DIR``) in order.

    A definition with the same id in a later folder replaces the earlier one (an organisation's own
    Quickscan replaces the starting definition). Two files with the same id in one folder: the second is
    refused, as is any file that cannot be read or checked.
    """
    mappen: list[tuple[Path, bool]] = [(meegeleverd, False)]
    mappen += [(Path(p), True) for p in overschrijvingen]
    if env and os.environ.get(ENV_MAP):
        mappen.append((Path(os.environ[ENV_MAP]), True))
    gevonden: dict[str, GeladenDefinitie] = {}
    fouten: list[Laadfout] = []
    for map_, eigen in mappen:
        if eigen and not map_.is_dir():
            if map_.exists():
                fouten.append(Laadfout(str(map_), "is geen map"))
            continue
        in_deze_map: dict[str, str] = {}
        for path in _bestanden(map_):
            try:
                definitie = lees_bestand(path)
            except DefinitieError as exc:
                fouten.append(Laadfout(str(path), str(exc)))
                continue
            if definitie.id in in_deze_map:
                fouten.append(
                    Laadfout(
                        str(path),
                        f"definitie-id '{definitie.id}' staat ook in {in_deze_map[definitie.id]}; "
                        "dit bestand is overgeslagen",
                    )
                )
                continue
            in_deze_map[definitie.id] = path.name
            gevonden[definitie.id] = GeladenDefinitie(definitie, str(path), eigen)
    definities = sorted(gevonden.values(), key=lambda g: (g.definitie.soort, g.definitie.titel))
    return Laadresultaat(tuple(definities), tuple(fouten))
