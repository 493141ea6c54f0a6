"""The AVG inzage as a readable PDF: every stored record about one jongere, table by table (Norm 7.1c)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import yaml
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from kso_desktop.reporting.opmaak import Bouw, Pdf, Stijlen, Stop, Voortgang, bouw_pdf, breedte, scheidslijn
from kso_desktop.reporting.schrift import markup, tekst

#: What each table holds, in words a jongere or their guardian understands.
TITELS = {
    "jongere": "Persoonsgegevens",
    "mentor_toewijzing": "Mentoren",
    "gebeurtenis": "Gebeurtenissen (kennismaking, plaatsing, vertrek, ...)",
    "plan_versie": "Begeleidingsplan, alle versies",
    "plan_herstelpunt": "Automatisch bewaarde tekst van het begeleidingsplan",
    "netwerk_versie": "Sociaal netwerk, alle versies",
    "gesprek": "Gesprekken en verslagen",
    "gesprek_herstelpunt": "Automatisch bewaarde tekst van gesprekken",
    "overdracht": "Overdrachten tussen diensten",
    "overdracht_gelezen": "Wie een overdracht heeft gelezen",
    "formulier_invulling": "Formulieren (Quickscan, signaleringsplan)",
    "formulier_herstelpunt": "Automatisch bewaarde tekst van formulieren",
    "correctieverzoek": "Verzoeken om gegevens te corrigeren, en wat ermee gedaan is",
    "sync_conflict": "Twee versies van dezelfde tekst die nog (of al) naast elkaar bewaard zijn",
    "sync_buiten_bereik": "Bewaard omdat nog niet alles naar het portaal is",
    "audit_log": "Logboek: wie de gegevens inzag, wijzigde, afdrukte of exporteerde",
}
#: Columns that say nothing to a reader (sync bookkeeping) or copy the organisation's templates.
_WEGLATEN = {"server_version", "local_rev", "sync_state", "device_id", "definitie", "template"}


def _waarde(w: Any) -> str:
    if isinstance(w, bool):
        return "ja" if w else "nee"
    if isinstance(w, list) and all(isinstance(x, (str, int, float)) for x in w):
        return ", ".join(str(x) for x in w)
    if isinstance(w, (dict, list)):
        # Indented "veld: waarde" lines read far easier than JSON braces and quotes.
        regels = str(yaml.safe_dump(w, allow_unicode=True, sort_keys=False, width=1000)).rstrip().split("\n")
        # Leading spaces would collapse in a paragraph; no-break spaces keep the nesting visible.
        return "\n" + "\n".join("\u00a0" * 2 * (len(r) - len(r.lstrip(" "))) + r.lstrip(" ") for r in regels)
    return str(w)


def _toon(veld: str, w: Any) -> bool:
    """Empty fields and internal ids are left out of the PDF; the JSON file has every one of them."""
    if veld in _WEGLATEN or veld == "id" or veld.endswith("_id"):
        return False
    return w not in (None, "", [], {})


def inzage_pdf(
    naam: str,
    gemaakt_op: str,
    secties: Mapping[str, Sequence[Mapping[str, Any]]],
    *,
    voortgang: Voortgang | None = None,
    stop: Stop | None = None,
) -> Pdf:
    """One section per table, one block per record, every field as ``veld: waarde``."""
    st = Stijlen(9.5)
    bouw = Bouw(len(secties) + 1, voortgang, stop)
    story: list[Flowable] = [
        Paragraph("Inzage: alle gegevens", st.titel),
        Paragraph(markup(naam), st.subkop),
        Paragraph(
            markup(
                f"Gemaakt op {gemaakt_op}. Dit zijn alle gegevens die KSO Desktop op deze computer over "
                "deze jongere bewaart (AVG, recht op inzage). Zie je iets dat niet klopt, vraag dan om een "
                "correctie. Lege velden en interne nummers staan alleen in het JSON-bestand dat erbij hoort; "
                "daar staat alles."
            ),
            st.klein,
        ),
    ]
    for tabel, rijen in secties.items():
        story.append(Paragraph(markup(f"{TITELS.get(tabel, tabel)} ({len(rijen)})"), st.kop))
        if not rijen:
            story.append(Paragraph("Niets bewaard.", st.klein))
        for rij in rijen:
            for veld, w in rij.items():
                if not _toon(veld, w):
                    continue
                story.append(tekst(_waarde(w), st.tekst, voor=f"<b>{markup(veld)}</b>: "))
            story += [Spacer(1, 1.5 * mm), scheidslijn(breedte()), Spacer(1, 1.5 * mm)]
        bouw.stap()
    return bouw_pdf(story, titel=f"Inzage – {naam}", voettekst=f"Inzage · {naam} · {gemaakt_op}", bouw=bouw)
