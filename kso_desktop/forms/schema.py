"""The form definition format: fields, sections and a definition, checked with pydantic.

A definition is data an organisation may write itself (JSON in a folder), so every rule that keeps the fill-in
screen and the stored answers sound is checked here: known field types, unique ids, follow-up questions that
point at an earlier yes/no or choice and never in a circle, scales with a small, sane number of steps.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from kso_desktop.domain.enums import Leefgebied

#: A scale with more steps than this is not a scale a jongere can answer (research: 2-5 for young people).
MAX_SCHAALSTAPPEN = 11
#: Limits that keep a hostile definition from making a screen of a million widgets.
MAX_SECTIES = 60
MAX_VELDEN = 400
MAX_OPTIES = 60
MAX_LABEL = 300
MAX_HELP = 2000
ID_PATROON = r"^[a-z0-9][a-z0-9_\-]{0,63}$"


class VeldSoort(StrEnum):
    TEKST = "tekst"
    LANGE_TEKST = "lange_tekst"
    KEUZE = "keuze"
    MEERKEUZE = "meerkeuze"
    SCHAAL = "schaal"
    DATUM = "datum"
    JA_NEE = "ja_nee"

    @property
    def label(self) -> str:
        return _SOORT_LABELS[self]


_SOORT_LABELS = {
    VeldSoort.TEKST: "tekst",
    VeldSoort.LANGE_TEKST: "lange tekst",
    VeldSoort.KEUZE: "keuze",
    VeldSoort.MEERKEUZE: "meerkeuze",
    VeldSoort.SCHAAL: "schaal",
    VeldSoort.DATUM: "datum",
    VeldSoort.JA_NEE: "ja/nee",
}

#: Field kinds another question can depend on (``toon_als``).
VOORWAARDE_SOORTEN = frozenset({VeldSoort.JA_NEE, VeldSoort.KEUZE, VeldSoort.MEERKEUZE})


class _Strikt(BaseModel):
    # Unknown keys are refused: a typo in a definition ("verplict") must not silently do nothing.
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Optie(_Strikt):
    waarde: str = Field(min_length=1, max_length=64)
    label: str = Field(min_length=1, max_length=MAX_LABEL)


class ToonAls(_Strikt):
    """Show a field only when another field has this answer (a yes/no, or one of a choice's options)."""

    veld: str = Field(pattern=ID_PATROON)
    waarde: bool | str


class Schaal(_Strikt):
    """A scale from ``min`` to ``max`` in whole steps; ``labels`` names some or all steps."""

    min: int = Field(ge=-100, le=100)
    max: int = Field(ge=-100, le=100)
    labels: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _bereik(self) -> Schaal:
        if self.max <= self.min:
            raise ValueError(f"de schaal loopt van {self.min} tot {self.max}: max moet groter zijn dan min")
        if self.stappen > MAX_SCHAALSTAPPEN:
            raise ValueError(
                f"de schaal heeft {self.stappen} stappen; maximaal {MAX_SCHAALSTAPPEN} "
                "(voor jongeren liefst 2-5)"
            )
        for key in self.labels:
            try:
                stap = int(key)
            except ValueError:
                raise ValueError(f"schaallabel '{key}' is geen getal") from None
            if not self.min <= stap <= self.max:
                raise ValueError(f"schaallabel {stap} ligt buiten de schaal {self.min}-{self.max}")
        return self

    @property
    def stappen(self) -> int:
        return self.max - self.min + 1

    @property
    def waarden(self) -> tuple[int, ...]:
        return tuple(range(self.min, self.max + 1))

    def label(self, waarde: int) -> str:
        return self.labels.get(str(waarde), "")


class Veld(_Strikt):
    id: str = Field(pattern=ID_PATROON)
    soort: VeldSoort
    label: str = Field(min_length=1, max_length=MAX_LABEL)
    help: str = Field(default="", max_length=MAX_HELP)
    verplicht: bool = False
    opties: tuple[Optie, ...] = Field(default=(), max_length=MAX_OPTIES)
    schaal: Schaal | None = None
    toon_als: ToonAls | None = None
    max_lengte: int | None = Field(default=None, ge=1, le=20000)

    @model_validator(mode="after")
    def _passend(self) -> Veld:
        keuze = self.soort in (VeldSoort.KEUZE, VeldSoort.MEERKEUZE)
        if keuze and not self.opties:
            raise ValueError(f"veld '{self.id}' ({self.soort.label}) heeft geen opties")
        if not keuze and self.opties:
            raise ValueError(f"veld '{self.id}' ({self.soort.label}) kan geen opties hebben")
        if keuze:
            waarden = [o.waarde for o in self.opties]
            dubbel = sorted({w for w in waarden if waarden.count(w) > 1})
            if dubbel:
                raise ValueError(f"veld '{self.id}': optie '{dubbel[0]}' staat er meer dan eens in")
        if self.soort == VeldSoort.SCHAAL and self.schaal is None:
            raise ValueError(f"veld '{self.id}' is een schaal maar heeft geen 'schaal' (min, max)")
        if self.soort != VeldSoort.SCHAAL and self.schaal is not None:
            raise ValueError(f"veld '{self.id}' ({self.soort.label}) kan geen 'schaal' hebben")
        return self


class Sectie(_Strikt):
    id: str = Field(pattern=ID_PATROON)
    titel: str = Field(min_length=1, max_length=MAX_LABEL)
    help: str = Field(default="", max_length=MAX_HELP)
    kleur: str | None = Field(default=None, pattern=r"^#[0-9a-fA-F]{6}$")
    #: The plan's leefgebied a finding in this section lands in when it is turned into a goal.
    leefgebied: Leefgebied | None = None
    velden: tuple[Veld, ...] = Field(min_length=1, max_length=MAX_VELDEN)


class Definitie(_Strikt):
    """A versioned form definition. ``soort``: quickscan, stoplicht, gevoelsthermometer or another kind."""

    id: str = Field(pattern=ID_PATROON)
    versie: int = Field(ge=1, le=100000)
    titel: str = Field(min_length=1, max_length=MAX_LABEL)
    soort: str = Field(min_length=1, max_length=40, pattern=r"^[a-z][a-z0-9_\-]*$")
    omschrijving: str = Field(default="", max_length=MAX_HELP)
    secties: tuple[Sectie, ...] = Field(min_length=1, max_length=MAX_SECTIES)

    @field_validator("secties")
    @classmethod
    def _genoeg(cls, secties: tuple[Sectie, ...]) -> tuple[Sectie, ...]:
        totaal = sum(len(s.velden) for s in secties)
        if totaal > MAX_VELDEN:
            raise ValueError(f"de definitie heeft {totaal} vragen; maximaal {MAX_VELDEN}")
        return secties

    @model_validator(mode="after")
    def _samenhang(self) -> Definitie:
        sectie_ids = [s.id for s in self.secties]
        dubbel = sorted({i for i in sectie_ids if sectie_ids.count(i) > 1})
        if dubbel:
            raise ValueError(f"sectie-id '{dubbel[0]}' komt meer dan eens voor")
        velden: dict[str, Veld] = {}
        for sectie in self.secties:
            for veld in sectie.velden:
                if veld.id in velden:
                    raise ValueError(f"veld-id '{veld.id}' komt meer dan eens voor (sectie '{sectie.id}')")
                velden[veld.id] = veld
        cyclus = _cyclus(velden)
        if cyclus:
            raise ValueError("vervolgvragen vormen een kring: " + " -> ".join(cyclus))
        volgorde = list(velden)
        for veld in velden.values():
            if veld.toon_als is None:
                continue
            bron = velden.get(veld.toon_als.veld)
            if bron is not None and volgorde.index(bron.id) > volgorde.index(veld.id):
                raise ValueError(f"veld '{veld.id}': toon_als verwijst naar '{bron.id}', dat pas later komt")
            if bron is None:
                raise ValueError(
                    f"veld '{veld.id}': toon_als verwijst naar onbekend veld '{veld.toon_als.veld}'"
                )
            if bron.soort not in VOORWAARDE_SOORTEN:
                raise ValueError(
                    f"veld '{veld.id}': toon_als kan alleen afhangen van ja/nee of een keuze, "
                    f"niet van '{bron.id}' ({bron.soort.label})"
                )
            w = veld.toon_als.waarde
            if bron.soort == VeldSoort.JA_NEE and not isinstance(w, bool):
                raise ValueError(
                    f"veld '{veld.id}': toon_als op ja/nee-vraag '{bron.id}' vraagt true of false"
                )
            if bron.soort != VeldSoort.JA_NEE and w not in {o.waarde for o in bron.opties}:
                raise ValueError(f"veld '{veld.id}': toon_als-waarde '{w}' is geen optie van '{bron.id}'")
        return self

    # -- convenience ----------------------------------------------------------------------------------
    def velden(self) -> tuple[Veld, ...]:
        return tuple(v for s in self.secties for v in s.velden)

    def veld(self, veld_id: str) -> Veld:
        return next(v for v in self.velden() if v.id == veld_id)

    def sectie_van(self, veld_id: str) -> Sectie:
        return next(s for s in self.secties if any(v.id == veld_id for v in s.velden))

    def schaalvelden(self) -> tuple[Veld, ...]:
        return tuple(v for v in self.velden() if v.soort == VeldSoort.SCHAAL)

    def als_json(self) -> dict[str, Any]:
        """The definition as stored beside the answers (so old answers always render with it)."""
        data: dict[str, Any] = self.model_dump(mode="json", by_alias=True, exclude_defaults=True)
        return data


def _cyclus(velden: dict[str, Veld]) -> list[str]:
    """The ids of a circle in the follow-up questions (a shows when b, b shows when a), or []."""
    for start, veld in velden.items():
        pad = [start]
        gezien = {start}
        huidig = veld
        while huidig.toon_als is not None:
            volgende = huidig.toon_als.veld
            if volgende in gezien:
                return [*pad[pad.index(volgende) :], volgende]
            if volgende not in velden:
                break
            pad.append(volgende)
            gezien.add(volgende)
            huidig = velden[volgende]
    return []
