"""Comparing two plan versions per leefgebied, and merging two concurrent edits without losing words."""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from kso_desktop.domain.enums import Leefgebied, Niveau
from kso_desktop.domain.plan import Deelnemers, Doel, LeefgebiedInhoud, PlanInhoud, PlanTemplate


class Op(StrEnum):
    GELIJK = "="
    WEG = "-"
    ERBIJ = "+"


Segment = tuple[Op, str]


def woord_diff(oud: str, nieuw: str) -> tuple[Segment, ...]:
    """Word-level differences, whitespace kept, so a reader sees exactly which words changed."""
    a = re.findall(r"\s+|[^\s]+", oud)
    b = re.findall(r"\s+|[^\s]+", nieuw)
    out: list[Segment] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append((Op.GELIJK, "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append((Op.WEG, "".join(a[i1:i2])))
        if j2 > j1:
            out.append((Op.ERBIJ, "".join(b[j1:j2])))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class VeldVerschil:
    label: str
    oud: str
    nieuw: str

    @property
    def segmenten(self) -> tuple[Segment, ...]:
        return woord_diff(self.oud, self.nieuw)


class DoelWijziging(StrEnum):
    NIEUW = "nieuw"
    VERVALLEN = "vervallen"
    GEWIJZIGD = "gewijzigd"


@dataclass(frozen=True, slots=True)
class DoelVerschil:
    soort: DoelWijziging
    oud: Doel | None
    nieuw: Doel | None
    velden: tuple[VeldVerschil, ...] = ()

    @property
    def titel(self) -> str:
        doel = self.nieuw or self.oud
        assert doel is not None
        return doel.titel


@dataclass(frozen=True, slots=True)
class Onderdeel:
    """One part of the plan (a leefgebied, or a plan-wide part) with what changed in it."""

    titel: str
    velden: tuple[VeldVerschil, ...] = ()
    doelen: tuple[DoelVerschil, ...] = ()

    @property
    def gewijzigd(self) -> bool:
        return bool(self.velden or self.doelen)


def _doel_velden(a: Doel, b: Doel) -> tuple[VeldVerschil, ...]:
    pairs = [
        ("In eigen woorden", a.eigen_woorden, b.eigen_woorden),
        ("Professioneel", a.professioneel, b.professioneel),
        ("Status", a.status.label, b.status.label),
        ("Streefdatum", _datum(a.streefdatum), _datum(b.streefdatum)),
        (
            "Acties",
            "; ".join(f"{x.wie.label}: {x.wat}" for x in a.acties),
            "; ".join(f"{x.wie.label}: {x.wat}" for x in b.acties),
        ),
        (
            "Evaluaties",
            "\n".join(f"{e.datum:%d-%m-%Y} {e.tekst}" for e in a.evaluaties),
            "\n".join(f"{e.datum:%d-%m-%Y} {e.tekst}" for e in b.evaluaties),
        ),
        ("Mensen uit het netwerk", _aantal(a.personen), _aantal(b.personen)),
    ]
    return tuple(VeldVerschil(label, x, y) for label, x, y in pairs if x != y)


def _aantal(personen: tuple[str, ...]) -> str:
    return "" if not personen else "1 persoon" if len(personen) == 1 else f"{len(personen)} personen"


def _datum(value: object) -> str:
    return "" if value is None else f"{value:%d-%m-%Y}"


def _doelen(a: tuple[Doel, ...], b: tuple[Doel, ...]) -> tuple[DoelVerschil, ...]:
    oud = {d.id: d for d in a}
    nieuw = {d.id: d for d in b}
    out = [DoelVerschil(DoelWijziging.VERVALLEN, d, None) for d in a if d.id not in nieuw]
    for d in b:
        if d.id not in oud:
            out.append(DoelVerschil(DoelWijziging.NIEUW, None, d))
        elif velden := _doel_velden(oud[d.id], d):
            out.append(DoelVerschil(DoelWijziging.GEWIJZIGD, oud[d.id], d, velden))
    return tuple(out)


def vergelijk(a: PlanInhoud, b: PlanInhoud, template: PlanTemplate) -> tuple[Onderdeel, ...]:
    """Every part of the plan, in template order, with what changed from ``a`` to ``b``."""
    onderdelen = []
    for key in Leefgebied:
        la, lb = a.leefgebied(key), b.leefgebied(key)
        velden = [
            VeldVerschil(n.label, la.tekst(n), lb.tekst(n)) for n in Niveau if la.tekst(n) != lb.tekst(n)
        ]
        if la.score != lb.score:
            velden.append(
                VeldVerschil(
                    "Zelfredzaamheid", template.schaal.label(la.score), template.schaal.label(lb.score)
                )
            )
        onderdelen.append(Onderdeel(key.label, tuple(velden), _doelen(a.doelen_van(key), b.doelen_van(key))))
    for deel in template.delen:
        x, y = a.deel(deel.key), b.deel(deel.key)
        onderdelen.append(Onderdeel(deel.titel, (VeldVerschil(deel.titel, x, y),) if x != y else ()))
    da, db = a.deelnemers, b.deelnemers
    velden = [
        VeldVerschil(label, x, y)
        for label, x, y in (
            ("Woonbegeleider", da.woonbegeleider, db.woonbegeleider),
            ("Jeugdbeschermer", da.jeugdbeschermer, db.jeugdbeschermer),
            ("Anderen", da.anderen, db.anderen),
            ("Jongere deed mee", _ja(da.jongere), _ja(db.jongere)),
        )
        if x != y
    ]
    onderdelen.append(Onderdeel("Opgesteld door", tuple(velden)))
    return tuple(onderdelen)


def _ja(value: bool) -> str:
    return "ja" if value else "nee"


# -- three-way merge -------------------------------------------------------------------------------

_T = TypeVar("_T")


class _Merger:
    """Merges field by field; remembers where both sides changed the same thing."""

    def __init__(self, wie: str) -> None:
        self.wie = wie
        self.conflicts: list[str] = []

    def items(self, base: tuple[_T, ...], mine: tuple[_T, ...], theirs: tuple[_T, ...]) -> tuple[_T, ...]:
        """Lists both sides may add to (actions, evaluations): every addition kept, removals honoured."""
        removed = {x for x in base if x not in mine or x not in theirs}
        return tuple(x for x in theirs if x not in removed) + tuple(
            x for x in mine if x not in theirs and x not in removed
        )

    def text(self, base: str, mine: str, theirs: str, label: str) -> str:
        if mine in (theirs, base):
            return theirs
        if theirs == base:
            return mine
        self.conflicts.append(label)
        # Both changed the same text: keep both, clearly marked, for a person to settle.
        marker = f"[Tegelijk bewerkt door {self.wie} — beide teksten staan hier; voeg ze samen:]"
        return f"{theirs}\n\n{marker}\n{mine}"

    def value(self, base: _T, mine: _T, theirs: _T, label: str) -> _T:
        if mine == base:
            return theirs
        if theirs not in (base, mine):
            self.conflicts.append(label)
        return mine

    def leefgebied(
        self, key: Leefgebied, b: LeefgebiedInhoud, m: LeefgebiedInhoud, t: LeefgebiedInhoud
    ) -> LeefgebiedInhoud:
        return LeefgebiedInhoud(
            zijn=self.text(b.zijn, m.zijn, t.zijn, f"{key.label} – Zijn"),
            worden=self.text(b.worden, m.worden, t.worden, f"{key.label} – Worden"),
            presteren=self.text(b.presteren, m.presteren, t.presteren, f"{key.label} – Presteren"),
            score=self.value(b.score, m.score, t.score, f"{key.label} – score"),
        )

    def doel(self, b: Doel, m: Doel, t: Doel) -> Doel:
        label = f"Doel '{m.titel or t.titel}'"
        return dataclasses.replace(
            m,
            leefgebied=self.value(b.leefgebied, m.leefgebied, t.leefgebied, f"{label}: leefgebied"),
            eigen_woorden=self.text(
                b.eigen_woorden, m.eigen_woorden, t.eigen_woorden, f"{label}: eigen woorden"
            ),
            professioneel=self.text(
                b.professioneel, m.professioneel, t.professioneel, f"{label}: professioneel"
            ),
            acties=self.items(b.acties, m.acties, t.acties),
            streefdatum=self.value(b.streefdatum, m.streefdatum, t.streefdatum, f"{label}: streefdatum"),
            status=self.value(b.status, m.status, t.status, f"{label}: status"),
            evaluaties=self.items(b.evaluaties, m.evaluaties, t.evaluaties),
            personen=self.value(b.personen, m.personen, t.personen, f"{label}: mensen uit het netwerk"),
        )

    def deelnemers(self, b: Deelnemers, m: Deelnemers, t: Deelnemers) -> Deelnemers:
        return Deelnemers(
            jongere=self.value(b.jongere, m.jongere, t.jongere, "Opgesteld door: jongere"),
            woonbegeleider=self.text(
                b.woonbegeleider, m.woonbegeleider, t.woonbegeleider, "Opgesteld door: woonbegeleider"
            ),
            jeugdbeschermer=self.text(
                b.jeugdbeschermer, m.jeugdbeschermer, t.jeugdbeschermer, "Opgesteld door: jeugdbeschermer"
            ),
            anderen=self.text(b.anderen, m.anderen, t.anderen, "Opgesteld door: anderen"),
        )


def merge(
    base: PlanInhoud,
    mine: PlanInhoud,
    theirs: PlanInhoud,
    wie: str,
    titels: Mapping[str, str] | None = None,
) -> tuple[PlanInhoud, tuple[str, ...]]:
    """Three-way merge of my edit with the one ``wie`` saved first, both made on ``base``.

    Changes to different parts combine; where both changed the same text, both texts are kept in it,
    marked; the labels of those places are returned so the editor can point a person at them.
    """
    mg = _Merger(wie)
    leefgebieden = {
        key: mg.leefgebied(key, base.leefgebied(key), mine.leefgebied(key), theirs.leefgebied(key))
        for key in Leefgebied
        if key in base.leefgebieden or key in mine.leefgebieden or key in theirs.leefgebieden
    }
    keys = sorted(set(base.delen) | set(mine.delen) | set(theirs.delen))
    titels = titels or {}
    delen = {k: mg.text(base.deel(k), mine.deel(k), theirs.deel(k), titels.get(k, k)) for k in keys}
    b_doelen = {d.id: d for d in base.doelen}
    m_doelen = {d.id: d for d in mine.doelen}
    t_doelen = {d.id: d for d in theirs.doelen}
    doelen: list[Doel] = []
    for doel_id in [*t_doelen, *(i for i in m_doelen if i not in t_doelen)]:
        b, m, t = b_doelen.get(doel_id), m_doelen.get(doel_id), t_doelen.get(doel_id)
        if m is not None and t is not None:
            doelen.append(mg.doel(b, m, t) if b is not None else m)
        elif m is not None:  # not in theirs: new in mine, or removed by them
            if b is None or m != b:
                doelen.append(m)  # new, or they removed what I changed: keep my words
        elif t is not None and (b is None or t != b):
            doelen.append(t)  # new in theirs, or I removed what they changed: keep their words
    deelnemers = mg.deelnemers(base.deelnemers, mine.deelnemers, theirs.deelnemers)
    return PlanInhoud(leefgebieden, delen, tuple(doelen), deelnemers), tuple(mg.conflicts)
