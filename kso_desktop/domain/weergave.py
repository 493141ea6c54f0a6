"""A filled-in form as a reader sees it: the shape the read-only views, the CLI and the PDFs share.

The form engine turns stored answers plus the definition they were filled in with into this; the
documents and screens only ever read it, so they never need to know the definition format.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class WeergaveVeld:
    """One question with its answer as display text ("" when it was not answered)."""

    id: str
    label: str
    tekst: str


@dataclass(frozen=True, slots=True)
class WeergaveSectie:
    """One section; for a Stoplicht plan one phase, for a Gevoelsthermometer one step.

    ``kleur`` is a ``#rrggbb`` colour when the definition gives the section one (green/orange/red).
    """

    id: str
    titel: str
    velden: tuple[WeergaveVeld, ...]
    kleur: str | None = None


@dataclass(frozen=True, slots=True)
class FormulierWeergave:
    """A filled-in form: which definition (id and version), for whom, its state, and its sections in order.

    ``soort`` is the definition's kind: ``"quickscan"``, ``"stoplicht"``, ``"gevoelsthermometer"`` or
    another kind an organisation adds.
    """

    invulling_id: str
    definitie_id: str
    definitie_versie: int
    titel: str
    soort: str
    jongere_id: str
    jongere_naam: str
    definitief: bool
    versie: int
    ingevuld_op: datetime
    vastgesteld_op: date | None
    ingevuld_door: str
    secties: tuple[WeergaveSectie, ...]
