"""AVG inzage (Norm 7.1c): everything stored about one jongere, as a readable PDF and as JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kso_desktop.domain.entities import Wijziging
from kso_desktop.domain.rechten import Actie
from kso_desktop.domain.text import datum_lang
from kso_desktop.paths import write_new_private
from kso_desktop.services.context import Context
from kso_desktop.services.organisatie import get_or_raise
from kso_desktop.services.rechten import vereis
from kso_desktop.services.recording import audit
from kso_desktop.storage import models as m
from kso_desktop.storage.inzage import rijen_van_jongere

FORMAAT = "kso-desktop-inzage/1"


@dataclass(frozen=True, slots=True)
class Inzage:
    jongere_id: str
    naam: str
    secties: dict[str, list[dict[str, Any]]]

    @property
    def aantal(self) -> int:
        return sum(len(r) for r in self.secties.values())


@dataclass(frozen=True, slots=True)
class InzageBestanden:
    json: Path
    pdf: Path
    records: int
    paginas: int


class InzageService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def verzamel(self, jongere_id: str) -> Inzage:
        vereis(self.ctx, Actie.INZAGE_EXPORTEREN, jongere_id)
        with self.ctx.store.read() as s:
            jongere = get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            naam = f"{jongere.voornaam} {jongere.achternaam}"
            return Inzage(jongere_id, naam, rijen_van_jongere(s, jongere_id))

    def exporteer(self, jongere_id: str, map_: Path) -> InzageBestanden:
        """Write ``inzage-<id>.json`` and ``.pdf`` into ``map_`` and log the export in the audit trail.

        The export itself is logged after the data is gathered, so it is not in its own copy; it is in
        the next one. Existing files are never overwritten.
        """
        map_ = Path(map_)
        if not map_.is_dir():
            raise FileNotFoundError(map_)
        inzage = self.verzamel(jongere_id)
        stam = map_ / f"inzage-{jongere_id}"
        json_pad, pdf_pad = stam.with_suffix(".json"), stam.with_suffix(".pdf")
        for pad in (json_pad, pdf_pad):
            if pad.exists():
                raise FileExistsError(pad)
        gemaakt = self.ctx.now()
        inhoud = {
            "formaat": FORMAAT,
            "gemaakt_op": gemaakt.isoformat(),
            "gemaakt_door": self.ctx.actor.naam,
            "jongere_id": jongere_id,
            "tabellen": inzage.secties,
        }
        from kso_desktop.reporting.inzage import inzage_pdf  # reportlab only when exporting

        pdf = inzage_pdf(inzage.naam, datum_lang(self.ctx.today()), inzage.secties)
        # Readable by this user only: the files hold everything about a minor.
        write_new_private(json_pad, json.dumps(inhoud, ensure_ascii=False, indent=2).encode("utf-8"))
        write_new_private(pdf_pad, pdf.data)
        with self.ctx.store.write() as s:
            audit(
                s,
                self.ctx,
                actie="geëxporteerd",
                entiteit="inzage",
                entiteit_id=jongere_id,
                jongere_id=jongere_id,
                wijzigingen=(
                    Wijziging("document", None, "Inzage (AVG): alle gegevens"),
                    Wijziging("bestemming", None, f"{json_pad.name}, {pdf_pad.name}"),
                    Wijziging("records", None, str(inzage.aantal)),
                ),
            )
        return InzageBestanden(json_pad, pdf_pad, inzage.aantal, pdf.paginas)
