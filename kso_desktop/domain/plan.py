"""The begeleidingsplan opvang: template, content, goals and their rules (Norm 1.1-1.10, 3.1-3.2).

The template (leefgebieden, prompts, the self-reliance scale) is data from ``resources/plan/``; it is stored
with every plan version so an old version always reads as it was written.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from kso_desktop.domain.enums import Leefgebied, Niveau
from kso_desktop.domain.validation import (
    MAX_TEKST,
    Code,
    Problem,
    ValidationError,
    check_text,
    clean_text,
    problem,
)

#: Research on goal setting advises a handful of goals at a time; above this the editor warns, gently.
ADVIES_MAX_OPEN_DOELEN = 5
MAX_DOELTEKST = 1000


class PlanStatus(StrEnum):
    CONCEPT = "concept"
    VASTGESTELD = "vastgesteld"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class DoelStatus(StrEnum):
    OPEN = "open"
    LOOPT = "loopt"
    BEHAALD = "behaald"
    GESTOPT = "gestopt"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def actief(self) -> bool:
        return self in (DoelStatus.OPEN, DoelStatus.LOOPT)


class ActieWie(StrEnum):
    JONGERE = "jongere"
    WOONBEGELEIDER = "woonbegeleider"
    JEUGDBESCHERMER = "jeugdbeschermer"
    NETWERK = "netwerk"

    @property
    def label(self) -> str:
        return self.value.capitalize()


# -- template ---------------------------------------------------------------------------------------


class TemplateError(ValueError):
    """A plan template that cannot be used; the message says where and what."""


@dataclass(frozen=True, slots=True)
class SchaalNiveau:
    waarde: int
    label: str
    omschrijving: str


@dataclass(frozen=True, slots=True)
class Schaal:
    id: str
    versie: int
    titel: str
    niveaus: tuple[SchaalNiveau, ...]

    def label(self, waarde: int | None) -> str:
        if waarde is None:
            return "nog niet gescoord"
        return next((f"{n.waarde} – {n.label}" for n in self.niveaus if n.waarde == waarde), str(waarde))

    @property
    def waarden(self) -> tuple[int, ...]:
        return tuple(n.waarde for n in self.niveaus)


@dataclass(frozen=True, slots=True)
class LeefgebiedDefinitie:
    key: Leefgebied
    norm: str
    hulpvragen: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlandeelDefinitie:
    key: str
    titel: str
    norm: str
    vraag: str
    vanaf_leeftijd_maanden: int | None = None


@dataclass(frozen=True, slots=True)
class PlanTemplate:
    id: str
    versie: int
    titel: str
    schaal: Schaal
    niveaus: tuple[tuple[Niveau, str, str], ...]  # (niveau, titel, vraag)
    leefgebieden: tuple[LeefgebiedDefinitie, ...]
    delen: tuple[PlandeelDefinitie, ...]
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def niveau_vraag(self, niveau: Niveau) -> str:
        return next(v for n, _t, v in self.niveaus if n == niveau)

    def leefgebied(self, key: Leefgebied) -> LeefgebiedDefinitie:
        return next(d for d in self.leefgebieden if d.key == key)


def parse_template(data: Mapping[str, Any], source: str = "sjabloon") -> PlanTemplate:
    """Build a template from its JSON form; a missing or wrong part raises TemplateError naming it."""

    def need(obj: Mapping[str, Any], key: str, where: str) -> Any:
        if key not in obj:
            raise TemplateError(f"{source}: '{where}{key}' ontbreekt.")
        return obj[key]

    try:
        schaal_data = need(data, "schaal", "")
        niveaus = tuple(
            SchaalNiveau(
                int(need(n, "waarde", "schaal.niveaus[].")),
                str(need(n, "label", "schaal.niveaus[].")),
                str(n.get("omschrijving", "")),
            )
            for n in need(schaal_data, "niveaus", "schaal.")
        )
        if not niveaus or len({n.waarde for n in niveaus}) != len(niveaus):
            raise TemplateError(f"{source}: 'schaal.niveaus' moet verschillende waarden hebben.")
        schaal = Schaal(
            str(need(schaal_data, "id", "schaal.")),
            int(need(schaal_data, "versie", "schaal.")),
            str(schaal_data.get("titel", "")),
            niveaus,
        )
        niveau_data = need(data, "niveaus", "")
        plan_niveaus = tuple(
            (
                n,
                str(need(niveau_data[n.value], "titel", f"niveaus.{n.value}.")),
                str(need(niveau_data[n.value], "vraag", f"niveaus.{n.value}.")),
            )
            for n in Niveau
            if n.value in niveau_data or need(niveau_data, n.value, "niveaus.")
        )
        leefgebieden = tuple(
            LeefgebiedDefinitie(
                Leefgebied(need(lg, "key", "leefgebieden[].")),
                str(lg.get("norm", "")),
                tuple(str(v) for v in lg.get("hulpvragen", ())),
            )
            for lg in need(data, "leefgebieden", "")
        )
        if len(leefgebieden) != len(Leefgebied) or {d.key for d in leefgebieden} != set(Leefgebied):
            raise TemplateError(
                f"{source}: 'leefgebieden' moet alle zes leefgebieden bevatten, elk één keer."
            )
        delen = tuple(
            PlandeelDefinitie(
                str(need(d, "key", "delen[].")),
                str(need(d, "titel", "delen[].")),
                str(d.get("norm", "")),
                str(d.get("vraag", "")),
                d.get("vanaf_leeftijd_maanden"),
            )
            for d in need(data, "delen", "")
        )
        return PlanTemplate(
            id=str(need(data, "id", "")),
            versie=int(need(data, "versie", "")),
            titel=str(data.get("titel", "Begeleidingsplan")),
            schaal=schaal,
            niveaus=plan_niveaus,
            leefgebieden=leefgebieden,
            delen=delen,
            raw=dict(data),
        )
    except TemplateError:
        raise
    except (TypeError, ValueError, KeyError) as exc:
        raise TemplateError(f"{source}: ongeldige waarde ({exc}).") from exc


# -- content ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Actie:
    wie: ActieWie
    wat: str
    wanneer: date | None = None


@dataclass(frozen=True, slots=True)
class Evaluatie:
    datum: date
    tekst: str
    door: str = ""


@dataclass(frozen=True, slots=True)
class Doel:
    """A goal in the jongere's own words and in professional wording (Norm 1.1a, 3.3a)."""

    id: str
    leefgebied: Leefgebied
    eigen_woorden: str = ""
    professioneel: str = ""
    acties: tuple[Actie, ...] = ()
    streefdatum: date | None = None
    status: DoelStatus = DoelStatus.OPEN
    evaluaties: tuple[Evaluatie, ...] = ()
    #: Ids of people in the jongere's sociaal netwerk this goal is about or relies on (Norm 1.3a, 5.1d).
    personen: tuple[str, ...] = ()

    @classmethod
    def nieuw(cls, leefgebied: Leefgebied, **kwargs: Any) -> Doel:
        return cls(id=str(uuid.uuid4()), leefgebied=leefgebied, **kwargs)

    @property
    def titel(self) -> str:
        return self.eigen_woorden or self.professioneel


@dataclass(frozen=True, slots=True)
class LeefgebiedInhoud:
    zijn: str = ""
    worden: str = ""
    presteren: str = ""
    score: int | None = None

    def tekst(self, niveau: Niveau) -> str:
        return str(getattr(self, niveau.value))


@dataclass(frozen=True, slots=True)
class Deelnemers:
    """Who drew the plan up together (Norm 1.1a: with the jongere and the jeugdbeschermer)."""

    jongere: bool = True
    woonbegeleider: str = ""
    jeugdbeschermer: str = ""
    anderen: str = ""


@dataclass(frozen=True, slots=True)
class PlanInhoud:
    leefgebieden: Mapping[Leefgebied, LeefgebiedInhoud] = field(default_factory=dict)
    delen: Mapping[str, str] = field(default_factory=dict)
    doelen: tuple[Doel, ...] = ()
    deelnemers: Deelnemers = field(default_factory=Deelnemers)

    def leefgebied(self, key: Leefgebied) -> LeefgebiedInhoud:
        return self.leefgebieden.get(key, LeefgebiedInhoud())

    def deel(self, key: str) -> str:
        return self.delen.get(key, "")

    def doelen_van(self, key: Leefgebied) -> tuple[Doel, ...]:
        return tuple(d for d in self.doelen if d.leefgebied == key)

    def doel(self, doel_id: str) -> Doel:
        return next(d for d in self.doelen if d.id == doel_id)

    @property
    def open_doelen(self) -> int:
        return sum(1 for d in self.doelen if d.status.actief)

    @property
    def te_veel_open_doelen(self) -> bool:
        return self.open_doelen > ADVIES_MAX_OPEN_DOELEN

    def met_leefgebied(self, key: Leefgebied, inhoud: LeefgebiedInhoud) -> PlanInhoud:
        return dataclasses.replace(self, leefgebieden={**self.leefgebieden, key: inhoud})

    def met_deel(self, key: str, tekst: str) -> PlanInhoud:
        return dataclasses.replace(self, delen={**self.delen, key: tekst})

    def met_doel(self, doel: Doel) -> PlanInhoud:
        """The content with ``doel`` added, or replacing the goal with the same id."""
        if any(d.id == doel.id for d in self.doelen):
            return dataclasses.replace(
                self, doelen=tuple(doel if d.id == doel.id else d for d in self.doelen)
            )
        return dataclasses.replace(self, doelen=(*self.doelen, doel))

    def zonder_doel(self, doel_id: str) -> PlanInhoud:
        return dataclasses.replace(self, doelen=tuple(d for d in self.doelen if d.id != doel_id))


def add_evaluatie(inhoud: PlanInhoud, doel_id: str, evaluatie: Evaluatie) -> PlanInhoud:
    """Add an evaluation note; a stopped goal is closed and takes no more evaluations."""
    doel = inhoud.doel(doel_id)
    if doel.status == DoelStatus.GESTOPT:
        raise ValidationError([problem(Code.DOEL_GESTOPT, "Evaluatie")])
    tekst = clean_text(evaluatie.tekst)
    problems = check_text("Evaluatie", tekst, MAX_TEKST, required=True)
    if problems:
        raise ValidationError(problems)
    nieuw = dataclasses.replace(evaluatie, tekst=tekst)
    return inhoud.met_doel(dataclasses.replace(doel, evaluaties=(*doel.evaluaties, nieuw)))


# -- validation -------------------------------------------------------------------------------------


def clean_inhoud(inhoud: PlanInhoud) -> PlanInhoud:
    """Every text NFC-normalised and stripped, so pasted text stores and compares the same."""

    def lg(i: LeefgebiedInhoud) -> LeefgebiedInhoud:
        return dataclasses.replace(
            i, zijn=clean_text(i.zijn), worden=clean_text(i.worden), presteren=clean_text(i.presteren)
        )

    def doel(d: Doel) -> Doel:
        return dataclasses.replace(
            d,
            eigen_woorden=clean_text(d.eigen_woorden),
            professioneel=clean_text(d.professioneel),
            acties=tuple(dataclasses.replace(a, wat=clean_text(a.wat)) for a in d.acties),
            evaluaties=tuple(dataclasses.replace(e, tekst=clean_text(e.tekst)) for e in d.evaluaties),
        )

    return PlanInhoud(
        leefgebieden={k: lg(v) for k, v in inhoud.leefgebieden.items()},
        delen={k: clean_text(v) for k, v in inhoud.delen.items()},
        doelen=tuple(doel(d) for d in inhoud.doelen),
        deelnemers=dataclasses.replace(
            inhoud.deelnemers,
            woonbegeleider=clean_text(inhoud.deelnemers.woonbegeleider),
            jeugdbeschermer=clean_text(inhoud.deelnemers.jeugdbeschermer),
            anderen=clean_text(inhoud.deelnemers.anderen),
        ),
    )


def check_inhoud(
    inhoud: PlanInhoud, template: PlanTemplate, plan_datum: date, vorige: PlanInhoud | None = None
) -> list[Problem]:
    """Every problem in the (cleaned) content; the plan date is the day the concept was started.

    A target date before the plan date is refused for goals that are new or whose date changed since
    ``vorige``: goals carried over from an earlier version keep the dates they were agreed with.
    """
    eerder = {d.id: d.streefdatum for d in vorige.doelen} if vorige is not None else {}
    problems: list[Problem] = []
    for key, lg in inhoud.leefgebieden.items():
        for niveau in Niveau:
            problems += check_text(f"{key.label} – {niveau.label}", lg.tekst(niveau), MAX_TEKST)
        if lg.score is not None and lg.score not in template.schaal.waarden:
            problems.append(problem(Code.SCORE_ONGELDIG, f"{key.label} – score", waarde=lg.score))
    titels = {d.key: d.titel for d in template.delen}
    for deel, tekst in inhoud.delen.items():
        problems += check_text(titels.get(deel, deel), tekst, MAX_TEKST)
    for nummer, d in enumerate(inhoud.doelen, start=1):
        veld = f"Doel {nummer} ({d.leefgebied.label})"
        if not d.eigen_woorden and not d.professioneel:
            problems.append(problem(Code.VERPLICHT, f"{veld}: de tekst van het doel"))
        problems += check_text(f"{veld}: in eigen woorden", d.eigen_woorden, MAX_DOELTEKST)
        problems += check_text(f"{veld}: professioneel", d.professioneel, MAX_DOELTEKST)
        nieuwe_datum = d.id not in eerder or eerder[d.id] != d.streefdatum
        if d.streefdatum is not None and d.streefdatum < plan_datum and nieuwe_datum:
            problems.append(problem(Code.DOEL_DATUM, f"{veld}: streefdatum", datum=f"{plan_datum:%d-%m-%Y}"))
        for actie in d.acties:
            problems += check_text(f"{veld}: actie", actie.wat, MAX_DOELTEKST, required=True)
        for evaluatie in d.evaluaties:
            problems += check_text(f"{veld}: evaluatie", evaluatie.tekst, MAX_TEKST, required=True)
    for naam, waarde in (
        ("Woonbegeleider", inhoud.deelnemers.woonbegeleider),
        ("Jeugdbeschermer", inhoud.deelnemers.jeugdbeschermer),
        ("Anderen", inhoud.deelnemers.anderen),
    ):
        problems += check_text(f"Opgesteld door: {naam}", waarde, MAX_TEKST)
    return problems


def check_no_evaluation_after_stop(old: PlanInhoud, new: PlanInhoud) -> list[Problem]:
    """A goal that was already stopped keeps the evaluations it had."""
    before = {d.id: d for d in old.doelen}
    return [
        problem(Code.DOEL_GESTOPT, "Evaluatie")
        for d in new.doelen
        if d.id in before
        and before[d.id].status == DoelStatus.GESTOPT
        and d.status == DoelStatus.GESTOPT  # set back in this same save: it may be evaluated again
        and len(d.evaluaties) > len(before[d.id].evaluaties)
    ]


# -- JSON form (storage and sync payloads) ----------------------------------------------------------


def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _p(value: str | None) -> date | None:
    return None if not value else date.fromisoformat(value)


def inhoud_to_json(inhoud: PlanInhoud) -> dict[str, Any]:
    return {
        "leefgebieden": {
            k.value: {"zijn": v.zijn, "worden": v.worden, "presteren": v.presteren, "score": v.score}
            for k, v in sorted(inhoud.leefgebieden.items())
        },
        "delen": dict(sorted(inhoud.delen.items())),
        "doelen": [
            {
                "id": d.id,
                "leefgebied": d.leefgebied.value,
                "eigen_woorden": d.eigen_woorden,
                "professioneel": d.professioneel,
                "acties": [{"wie": a.wie.value, "wat": a.wat, "wanneer": _d(a.wanneer)} for a in d.acties],
                "streefdatum": _d(d.streefdatum),
                "status": d.status.value,
                "evaluaties": [
                    {"datum": _d(e.datum), "tekst": e.tekst, "door": e.door} for e in d.evaluaties
                ],
                # Only when set: plans written before goals could point to people keep their exact form.
                **({"personen": list(d.personen)} if d.personen else {}),
            }
            for d in inhoud.doelen
        ],
        "deelnemers": dataclasses.asdict(inhoud.deelnemers),
    }


def inhoud_from_json(data: Mapping[str, Any]) -> PlanInhoud:
    return PlanInhoud(
        leefgebieden={
            Leefgebied(k): LeefgebiedInhoud(
                v.get("zijn", ""), v.get("worden", ""), v.get("presteren", ""), v.get("score")
            )
            for k, v in data.get("leefgebieden", {}).items()
        },
        delen=dict(data.get("delen", {})),
        doelen=tuple(
            Doel(
                id=d["id"],
                leefgebied=Leefgebied(d["leefgebied"]),
                eigen_woorden=d.get("eigen_woorden", ""),
                professioneel=d.get("professioneel", ""),
                acties=tuple(
                    Actie(ActieWie(a["wie"]), a["wat"], _p(a.get("wanneer"))) for a in d.get("acties", [])
                ),
                streefdatum=_p(d.get("streefdatum")),
                status=DoelStatus(d.get("status", "open")),
                evaluaties=tuple(
                    Evaluatie(_p(e["datum"]) or date.min, e["tekst"], e.get("door", ""))
                    for e in d.get("evaluaties", [])
                ),
                personen=tuple(str(p) for p in d.get("personen", ())),
            )
            for d in data.get("doelen", [])
        ),
        deelnemers=Deelnemers(**data.get("deelnemers", {})),
    )


# -- versions as seen by the app ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Akkoord:
    """Who agreed when the plan was vastgesteld; the jongere always takes part (Norm 1.1a, 3.3a)."""

    jongere: bool
    jeugdbeschermer: str = ""
    woonbegeleider: str = ""


@dataclass(frozen=True, slots=True)
class PlanVersie:
    id: str
    jongere_id: str
    nummer: int
    status: PlanStatus
    template: PlanTemplate
    inhoud: PlanInhoud
    gestart_op: date
    rev: int
    vastgesteld_op: date | None = None
    akkoord: Akkoord | None = None
    vorige_id: str | None = None

    @property
    def label(self) -> str:
        wanneer = f"vastgesteld {self.vastgesteld_op:%d-%m-%Y}" if self.vastgesteld_op else "concept"
        return f"Versie {self.nummer} ({wanneer})"

    @property
    def bewerkbaar(self) -> bool:
        return self.status == PlanStatus.CONCEPT


def iter_texts(inhoud: PlanInhoud) -> Iterable[tuple[str, str]]:
    """Every text of the content with a readable label, for comparing and auditing."""
    for key in Leefgebied:
        lg = inhoud.leefgebied(key)
        for niveau in Niveau:
            yield f"{key.label} – {niveau.label}", lg.tekst(niveau)
    yield from sorted(inhoud.delen.items())
