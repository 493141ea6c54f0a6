"""AVG requests for correction (Norm 7.1c): what was asked, by whom, and how it was handled in time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from kso_desktop.domain.validation import MAX_NAAM, MAX_TEKST, Code, Problem, check_text, problem


class Besluit(StrEnum):
    OPEN = "open"
    UITGEVOERD = "uitgevoerd"
    AFGEWEZEN = "afgewezen"

    @property
    def label(self) -> str:
        return {"open": "open", "uitgevoerd": "gecorrigeerd", "afgewezen": "afgewezen"}[self.value]


def antwoord_uiterlijk(ontvangen: date) -> date:
    """The AVG gives one month to answer (art. 12(3)); extending it is a decision, not a rule."""
    return ontvangen + relativedelta(months=1)


@dataclass(frozen=True, slots=True)
class Correctieverzoek:
    id: str
    jongere_id: str
    ontvangen_op: date
    van: str
    omschrijving: str
    besluit: Besluit
    toelichting: str
    afgehandeld_op: date | None
    vastgelegd_door: str

    @property
    def uiterlijk(self) -> date:
        return antwoord_uiterlijk(self.ontvangen_op)

    def te_laat(self, vandaag: date) -> bool:
        einde = self.afgehandeld_op or vandaag
        return einde > self.uiterlijk


def check_verzoek(ontvangen: date, van: str, omschrijving: str, *, vandaag: date) -> list[Problem]:
    problems = check_text("van", van, MAX_NAAM, required=True)
    problems += check_text("omschrijving", omschrijving, MAX_TEKST, required=True)
    if ontvangen > vandaag:
        problems.append(problem(Code.DATUM_IN_TOEKOMST, "ontvangen op"))
    return problems


def check_afhandeling(
    besluit: Besluit, toelichting: str, datum: date, *, ontvangen: date, vandaag: date
) -> list[Problem]:
    problems: list[Problem] = []
    if besluit is Besluit.OPEN:
        problems.append(problem(Code.VERPLICHT, "besluit"))
    # A refusal must say why (AVG art. 12(4)); a correction says what was changed.
    problems += check_text("toelichting", toelichting, MAX_TEKST, required=True)
    if datum > vandaag:
        problems.append(problem(Code.DATUM_IN_TOEKOMST, "afgehandeld op"))
    if datum < ontvangen:
        problems.append(problem(Code.DATUM_VOOR, "afgehandeld op", eerder="de ontvangst van het verzoek"))
    return problems
