"""Answers to a form: which questions show, checking and cleaning, display text, comparing two fillings.

Answers are a JSON object keyed by field id: text fields a string, a choice the option's ``waarde``, a
multi-choice a list of them, a scale an int, a date ``jjjj-mm-dd``, a yes/no a bool. An unanswered question
has no key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from kso_desktop.domain.enums import Leefgebied
from kso_desktop.domain.validation import (
    MAX_KORT,
    MAX_TEKST,
    Code,
    Problem,
    ValidationError,
    check_text,
    clean_text,
    parse_datum,
    problem,
)
from kso_desktop.domain.weergave import FormulierWeergave, WeergaveSectie, WeergaveVeld
from kso_desktop.forms.schema import Definitie, Veld, VeldSoort

Antwoorden = Mapping[str, Any]

#: The id of the extra section that shows answers whose question is not in the definition.
OVERIG_SECTIE = "_overig"


def _max_lengte(veld: Veld) -> int:
    if veld.max_lengte is not None:
        return veld.max_lengte
    return MAX_KORT if veld.soort == VeldSoort.TEKST else MAX_TEKST


def voorwaarde_vervuld(veld: Veld, antwoorden: Antwoorden) -> bool:
    """Whether the answer ``veld.toon_als`` looks at is the one that shows ``veld`` (one step only)."""
    if veld.toon_als is None:
        return True
    antwoord = antwoorden.get(veld.toon_als.veld)
    verwacht = veld.toon_als.waarde
    if isinstance(antwoord, list):
        return verwacht in antwoord
    if isinstance(verwacht, bool) or isinstance(antwoord, bool):
        return antwoord is verwacht
    return antwoord == verwacht


def zichtbaar(definitie: Definitie, antwoorden: Antwoorden, veld_id: str) -> bool:
    """A follow-up question shows when its parent shows and has the answer it waits for."""
    veld = definitie.veld(veld_id)
    # The schema guarantees the chain ends (no circles), so this loop does too.
    while veld.toon_als is not None:
        if not voorwaarde_vervuld(veld, antwoorden):
            return False
        veld = definitie.veld(veld.toon_als.veld)
    return True


def veld_namen(definitie: Definitie) -> dict[str, str]:
    """How messages name each question: its label, with its section's title when the label repeats.

    A Stoplicht plan asks "Signalen" in every phase; "is verplicht" must say which one.
    """
    labels = [v.label for v in definitie.velden()]
    return {
        v.id: f"{s.titel} – {v.label}" if labels.count(v.label) > 1 else v.label
        for s in definitie.secties
        for v in s.velden
    }


def _schoon(veld: Veld, waarde: Any, label: str) -> tuple[Any, list[Problem]]:
    """One answer cleaned to its stored form (None: not answered), or the problems with it."""
    soort = veld.soort
    if waarde is None:
        return None, []
    if soort in (VeldSoort.TEKST, VeldSoort.LANGE_TEKST):
        if not isinstance(waarde, str):
            return None, [problem(Code.ANTWOORD_ONGELDIG, label, verwacht="tekst")]
        tekst = clean_text(waarde)
        problemen = check_text(label, tekst, _max_lengte(veld))
        return (tekst or None), problemen
    if soort == VeldSoort.KEUZE:
        if not isinstance(waarde, str):
            return None, [problem(Code.ANTWOORD_ONGELDIG, label, verwacht="één keuze")]
        if not waarde:
            return None, []
        if waarde not in {o.waarde for o in veld.opties}:
            return None, [problem(Code.KEUZE_ONGELDIG, label, waarde=waarde)]
        return waarde, []
    if soort == VeldSoort.MEERKEUZE:
        if not isinstance(waarde, (list, tuple)) or not all(isinstance(w, str) for w in waarde):
            return None, [problem(Code.ANTWOORD_ONGELDIG, label, verwacht="een lijst keuzes")]
        onbekend = [w for w in waarde if w not in {o.waarde for o in veld.opties}]
        if onbekend:
            return None, [problem(Code.KEUZE_ONGELDIG, label, waarde=onbekend[0])]
        gekozen = [o.waarde for o in veld.opties if o.waarde in waarde]  # definition order, no doubles
        return (gekozen or None), []
    if soort == VeldSoort.SCHAAL:
        assert veld.schaal is not None
        if isinstance(waarde, str) and waarde.strip().lstrip("-").isdigit():
            waarde = int(waarde.strip())
        if isinstance(waarde, bool) or not isinstance(waarde, int):
            return None, [problem(Code.ANTWOORD_ONGELDIG, label, verwacht="een getal op de schaal")]
        if not veld.schaal.min <= waarde <= veld.schaal.max:
            return None, [
                problem(
                    Code.SCHAAL_BUITEN_BEREIK, label, waarde=waarde, min=veld.schaal.min, max=veld.schaal.max
                )
            ]
        return waarde, []
    if soort == VeldSoort.DATUM:
        if isinstance(waarde, datetime):
            return waarde.date().isoformat(), []
        if isinstance(waarde, date):
            return waarde.isoformat(), []
        if not isinstance(waarde, str):
            return None, [problem(Code.ANTWOORD_ONGELDIG, label, verwacht="een datum")]
        if not waarde.strip():
            return None, []
        try:
            return parse_datum(label, waarde).isoformat(), []
        except ValidationError as exc:
            return None, list(exc.problems)
    # ja/nee
    if not isinstance(waarde, bool):
        return None, [problem(Code.ANTWOORD_ONGELDIG, label, verwacht="ja of nee")]
    return waarde, []


def controleer(
    definitie: Definitie, antwoorden: Antwoorden, *, definitief: bool
) -> tuple[dict[str, Any], list[Problem]]:
    """Clean every answer and list what is wrong.

    Every answer must fit its question (also in a concept: nothing unfit is ever stored). For a definitief
    form, every visible required question must be answered, and answers to questions that no longer show
    (a yes turned into a no) are dropped, so what is final is what was seen.
    """
    velden = {v.id: v for v in definitie.velden()}
    namen = veld_namen(definitie)
    schoon: dict[str, Any] = {}
    problemen: list[Problem] = [
        problem(Code.ANTWOORD_ONBEKEND, str(k)) for k in antwoorden if k not in velden
    ]
    for veld_id, veld in velden.items():
        waarde, fouten = _schoon(veld, antwoorden.get(veld_id), namen[veld_id])
        problemen += fouten
        if waarde is not None:
            schoon[veld_id] = waarde
    if definitief:
        schoon = {k: v for k, v in schoon.items() if zichtbaar(definitie, schoon, k)}
        problemen += [
            problem(Code.VERPLICHT, namen[v.id])
            for v in velden.values()
            if v.verplicht and v.id not in schoon and zichtbaar(definitie, schoon, v.id)
        ]
    return schoon, problemen


# -- display ------------------------------------------------------------------------------------------


def antwoord_tekst(veld: Veld | None, waarde: Any) -> str:
    """An answer as a reader sees it ("" when not answered). Without its question: the raw value."""
    if waarde is None:
        return ""
    if veld is None:
        if isinstance(waarde, bool):
            return "Ja" if waarde else "Nee"
        if isinstance(waarde, list):
            return ", ".join(str(w) for w in waarde)
        return str(waarde)
    opties = {o.waarde: o.label for o in veld.opties}
    if veld.soort == VeldSoort.JA_NEE:
        return "Ja" if waarde is True else "Nee" if waarde is False else str(waarde)
    if veld.soort == VeldSoort.KEUZE:
        return opties.get(str(waarde), str(waarde))
    if veld.soort == VeldSoort.MEERKEUZE:
        lijst = waarde if isinstance(waarde, list) else [waarde]
        return ", ".join(opties.get(str(w), str(w)) for w in lijst)
    if veld.soort == VeldSoort.SCHAAL and veld.schaal is not None:
        naam = veld.schaal.label(waarde) if isinstance(waarde, int) else ""
        bereik = f"{waarde} (schaal {veld.schaal.min}–{veld.schaal.max})"
        return f"{bereik}: {naam}" if naam else bereik
    if veld.soort == VeldSoort.DATUM and isinstance(waarde, str):
        try:
            return date.fromisoformat(waarde).strftime("%d-%m-%Y")
        except ValueError:
            return waarde
    return str(waarde)


def secties(definitie: Definitie, antwoorden: Antwoorden) -> tuple[WeergaveSectie, ...]:
    """The sections as shown: every question that shows or was answered, with its answer text.

    An answer never goes missing: one whose question is not in this definition lands in an extra section.
    """
    uit: list[WeergaveSectie] = []
    for sectie in definitie.secties:
        velden = tuple(
            WeergaveVeld(v.id, v.label, antwoord_tekst(v, antwoorden.get(v.id)))
            for v in sectie.velden
            if v.id in antwoorden or zichtbaar(definitie, antwoorden, v.id)
        )
        uit.append(WeergaveSectie(sectie.id, sectie.titel, velden, sectie.kleur))
    bekend = {v.id for v in definitie.velden()}
    over = tuple(
        WeergaveVeld(k, k, antwoord_tekst(None, w)) for k, w in antwoorden.items() if k not in bekend
    )
    if over:
        uit.append(WeergaveSectie(OVERIG_SECTIE, "Antwoorden zonder vraag in deze definitie", over))
    return tuple(uit)


def weergave(
    definitie: Definitie,
    antwoorden: Antwoorden,
    *,
    invulling_id: str,
    jongere_id: str,
    jongere_naam: str,
    definitief: bool,
    versie: int,
    ingevuld_op: datetime,
    vastgesteld_op: date | None,
    ingevuld_door: str,
) -> FormulierWeergave:
    """A filled-in form in the shared read-only shape (views, CLI, PDFs)."""
    return FormulierWeergave(
        invulling_id=invulling_id,
        definitie_id=definitie.id,
        definitie_versie=definitie.versie,
        titel=definitie.titel,
        soort=definitie.soort,
        jongere_id=jongere_id,
        jongere_naam=jongere_naam,
        definitief=definitief,
        versie=versie,
        ingevuld_op=ingevuld_op,
        vastgesteld_op=vastgesteld_op,
        ingevuld_door=ingevuld_door,
        secties=secties(definitie, antwoorden),
    )


# -- comparing and findings -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VeldVergelijking:
    """One question in two fillings: its answer before and after."""

    sectie: str
    veld_id: str
    label: str
    voor: str
    na: str

    @property
    def gewijzigd(self) -> bool:
        return self.voor != self.na


def vergelijk(
    oud: Definitie, oud_antwoorden: Antwoorden, nieuw: Definitie, nieuw_antwoorden: Antwoorden
) -> tuple[VeldVergelijking, ...]:
    """Per question before/after; the newer definition's order first, then questions only the old one had."""
    voor = {v.id: (s.titel, v.label, v.tekst) for s in secties(oud, oud_antwoorden) for v in s.velden}
    na = {v.id: (s.titel, v.label, v.tekst) for s in secties(nieuw, nieuw_antwoorden) for v in s.velden}
    uit = [
        VeldVergelijking(sectie, vid, label, voor.get(vid, ("", "", ""))[2], tekst)
        for vid, (sectie, label, tekst) in na.items()
    ]
    uit += [
        VeldVergelijking(sectie, vid, label, tekst, "")
        for vid, (sectie, label, tekst) in voor.items()
        if vid not in na
    ]
    return tuple(uit)


@dataclass(frozen=True, slots=True)
class Bevinding:
    """An answered question that can become a goal or action in the begeleidingsplan."""

    veld_id: str
    sectie: str
    label: str
    tekst: str
    leefgebied: Leefgebied | None


def bevindingen(definitie: Definitie, antwoorden: Antwoorden) -> tuple[Bevinding, ...]:
    """Every answered, visible question that can say something for the plan ("naar plan").

    Left out: a "Nee" (nothing found) and dates (when the talk was), which never become a goal.
    """
    uit: list[Bevinding] = []
    for sectie in definitie.secties:
        for v in sectie.velden:
            if v.soort == VeldSoort.DATUM or antwoorden.get(v.id) is False:
                continue
            if v.id in antwoorden and zichtbaar(definitie, antwoorden, v.id):
                tekst = antwoord_tekst(v, antwoorden[v.id])
                if tekst:
                    uit.append(Bevinding(v.id, sectie.titel, v.label, tekst, sectie.leefgebied))
    return tuple(uit)
