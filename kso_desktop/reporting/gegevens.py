"""What goes into and comes out of a document, without reportlab: importing this costs nothing at start-up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

Voortgang = Callable[[int, int], None]
Stop = Callable[[], bool]


class Geannuleerd(Exception):  # noqa: N818 - a user's choice, not an error
    """The user stopped the rendering; nothing was written."""


# -- input -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Persoon:
    naam: str
    telefoon: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class Kopgegevens:
    """Who a document is about and who helps them: printed on every document."""

    jongere_naam: str
    gemaakt_op: date
    gemaakt_door: str = ""
    geboortedatum: date | None = None
    locatie: str = ""
    locatie_telefoon: str = ""
    mentor: Persoon | None = None
    jeugdbeschermer: Persoon | None = None


@dataclass(frozen=True, slots=True)
class Pdf:
    """A rendered document: its bytes and its number of pages."""

    data: bytes
    paginas: int
