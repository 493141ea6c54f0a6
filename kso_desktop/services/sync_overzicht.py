"""What the sync screens show: each record's sync state, refused ops, jongeren kept out of scope, the log."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kso_desktop.storage import models as m
from kso_desktop.storage.bewaren import nog_buiten_bereik
from kso_desktop.storage.meta import get_meta, set_meta
from kso_desktop.sync import engine

#: The sync log lives in app_meta as a bounded JSON list (newest last): no migration, never grows.
LOGBOEK = "sync.logboek"
LOGBOEK_MAX = 200
#: Payload keys that are ids or bookkeeping, not words a person wrote.
_GEEN_TEKST = frozenset({"id", "jongere_id", "locatie_id", "vervangt_id", "medewerker_id", "organisatie_id"})


class SyncStaat(StrEnum):
    """The sync state of one record as a list shows it (the label and icon belong to the GUI)."""

    GESYNCHRONISEERD = "gesynchroniseerd"
    WACHTEND = "wachtend"  # an op in the outbox
    CONFLICT = "conflict"  # an open conflict: a person has to choose
    FOUT = "fout"  # the portal refused an op (quarantined)
    LOKAAL = "lokaal"  # never sent and nothing queued (data made before sync was set up)


@dataclass(frozen=True, slots=True)
class WachtItem:
    """One thing that still has to reach the portal (or be resolved) for a record or a jongere."""

    entiteit: str
    entiteit_id: str
    omschrijving: str
    sinds: datetime | None


@dataclass(frozen=True, slots=True)
class BuitenBereik:
    """A jongere who left this laptop's locations but is kept because words here are not sent yet."""

    jongere_id: str
    naam: str
    wacht: tuple[WachtItem, ...]


@dataclass(frozen=True, slots=True)
class GeweigerdeOp:
    """An op the portal refused, with its Dutch reason and the words in it (so they can be copied)."""

    op_id: str
    entiteit: str
    entiteit_id: str
    omschrijving: str
    tijd: datetime
    code: str
    melding: str
    tekst: str


@dataclass(frozen=True, slots=True)
class LogRegel:
    tijd: datetime
    soort: str  # "ok" | "fout" | "gestopt" | "melding" | "actie"
    tekst: str


# -- per-record state ---------------------------------------------------------------------------------


def record_staten(s: Session, ids: Iterable[str]) -> dict[str, SyncStaat]:
    """The state of each record id (of any syncing type); ids that are no syncing record are left out."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    rows: dict[str, tuple[str, int | None]] = {}
    ops: set[str] = set()
    refused: set[str] = set()
    conflicts: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for model in engine.SYNC_TYPES.values():
            for rid, state, version in s.execute(
                select(model.id, model.sync_state, model.server_version).where(model.id.in_(chunk))
            ):
                rows[rid] = (state, version)
        for entity_id, quarantined in s.execute(
            select(m.OutboxOp.entiteit_id, m.SyncQuarantaine.op_id)
            .outerjoin(m.SyncQuarantaine, m.SyncQuarantaine.op_id == m.OutboxOp.op_id)
            .where(m.OutboxOp.entiteit_id.in_(chunk))
        ):
            ops.add(entity_id)
            if quarantined is not None:
                refused.add(entity_id)
        conflicts |= set(
            s.scalars(
                select(m.SyncConflict.entiteit_id).where(
                    m.SyncConflict.entiteit_id.in_(chunk), m.SyncConflict.opgelost_op.is_(None)
                )
            )
        )
    out: dict[str, SyncStaat] = {}
    for rid, (state, version) in rows.items():
        if rid in refused:
            out[rid] = SyncStaat.FOUT
        elif rid in conflicts or state == "conflict":
            out[rid] = SyncStaat.CONFLICT
        elif rid in ops:
            out[rid] = SyncStaat.WACHTEND
        elif version is not None:
            out[rid] = SyncStaat.GESYNCHRONISEERD
        else:
            out[rid] = SyncStaat.LOKAAL
    return out


# -- describing records -------------------------------------------------------------------------------


def _jongere_naam(s: Session, jongere_id: str | None) -> str:
    if not jongere_id:
        return ""
    row = s.get(m.Jongere, jongere_id)
    return f"{row.voornaam} {row.achternaam}".strip() if row is not None else ""


def omschrijving(s: Session, entiteit: str, entiteit_id: str, payload: dict[str, Any]) -> str:
    """A short Dutch description of a record: its kind, whose it is, and its title when it has one."""
    soort = engine_soort(entiteit)
    if entiteit == "jongere":
        naam = f"{payload.get('voornaam') or ''} {payload.get('achternaam') or ''}".strip()
        return f"{soort}: {naam or _jongere_naam(s, entiteit_id)}"
    naam = _jongere_naam(s, payload.get("jongere_id"))
    titel = payload.get("titel") or payload.get("soort") or ""
    delen = [soort] + [str(d) for d in (titel, naam) if d]
    return delen[0] + (": " + " — ".join(delen[1:]) if len(delen) > 1 else "")


_SOORTEN = {
    "jongere": "Gegevens van de jongere",
    "gebeurtenis": "Gebeurtenis",
    "mentor_toewijzing": "Mentor",
    "plan_versie": "Begeleidingsplan",
    "gesprek": "Gesprek",
    "overdracht": "Overdracht",
    "formulier_invulling": "Formulier",
    "netwerk_versie": "Netwerk",
    "correctieverzoek": "Correctieverzoek",
}


def engine_soort(entiteit: str) -> str:
    return _SOORTEN.get(entiteit, entiteit)


def leesbare_tekst(payload: dict[str, Any]) -> str:
    """The words in a payload, one field a paragraph, ids left out: what a person would want to copy."""
    delen: list[str] = []
    for key, value in payload.items():
        if key in _GEEN_TEKST or value in (None, "", [], {}):
            continue
        tekst = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, indent=2)
        delen.append(f"{key}:\n{tekst}")
    return "\n\n".join(delen)


# -- refused ops --------------------------------------------------------------------------------------


def geweigerde_ops(s: Session) -> list[GeweigerdeOp]:
    rows = s.execute(
        select(m.SyncQuarantaine, m.OutboxOp)
        .join(m.OutboxOp, m.OutboxOp.op_id == m.SyncQuarantaine.op_id)
        .order_by(m.SyncQuarantaine.tijd, m.OutboxOp.seq)
    ).all()
    return [
        GeweigerdeOp(
            op_id=q.op_id,
            entiteit=op.entiteit,
            entiteit_id=op.entiteit_id,
            omschrijving=omschrijving(s, op.entiteit, op.entiteit_id, dict(op.payload)),
            tijd=q.tijd,
            code=q.code,
            melding=q.melding,
            tekst=leesbare_tekst(dict(op.payload)),
        )
        for q, op in rows
    ]


def opnieuw_proberen(s: Session, op_id: str) -> GeweigerdeOp | None:
    """Send a refused op again with the record as it is now: a new op id (the portal never stored the
    refused one, but a fresh id can never be taken for a duplicate), unfrozen so later edits fold in."""
    found = [g for g in geweigerde_ops(s) if g.op_id == op_id]
    op = s.scalars(select(m.OutboxOp).where(m.OutboxOp.op_id == op_id)).first()
    if not found or op is None:
        return None
    s.execute(delete(m.SyncQuarantaine).where(m.SyncQuarantaine.op_id == op_id))
    s.execute(delete(m.SyncFrozen).where(m.SyncFrozen.op_id == op_id))
    op.op_id = m.new_id()
    op.frozen_at = None
    s.flush()
    return found[0]


# -- jongeren kept out of scope -----------------------------------------------------------------------


def buiten_bereik(s: Session) -> dict[str, BuitenBereik]:
    out: dict[str, BuitenBereik] = {}
    # Not the ones gone, nor those back in one of this laptop's locations (the portal sent them again since).
    for jid in sorted(nog_buiten_bereik(s)):
        ids = [jid]
        for child in engine.CHILD_TYPES:
            model = engine.SYNC_TYPES[child]
            ids += list(s.scalars(select(model.id).where(getattr(model, "jongere_id") == jid)))  # noqa: B009
        wacht: list[WachtItem] = []
        gezien: set[str] = set()
        for op in s.scalars(
            select(m.OutboxOp).where(m.OutboxOp.entiteit_id.in_(ids)).order_by(m.OutboxOp.seq)
        ):
            if op.entiteit_id in gezien:
                continue
            gezien.add(op.entiteit_id)
            wacht.append(
                WachtItem(
                    op.entiteit,
                    op.entiteit_id,
                    omschrijving(s, op.entiteit, op.entiteit_id, dict(op.payload)),
                    op.created_at,
                )
            )
        for c in s.scalars(
            select(m.SyncConflict).where(
                m.SyncConflict.entiteit_id.in_(ids), m.SyncConflict.opgelost_op.is_(None)
            )
        ):
            wacht.append(
                WachtItem(
                    c.entiteit,
                    c.entiteit_id,
                    "Conflict: " + omschrijving(s, c.entiteit, c.entiteit_id, dict(c.mijn)),
                    c.ontstaan_op,
                )
            )
        if s.scalars(select(m.GesprekHerstelpunt.id).where(m.GesprekHerstelpunt.jongere_id == jid)).first():
            wacht.append(WachtItem("gesprek", jid, "Niet-opgeslagen tekst van een gesprek", None))
        out[jid] = BuitenBereik(jid, _jongere_naam(s, jid), tuple(wacht))
    return out


# -- the sync log -------------------------------------------------------------------------------------


def log_schrijven(s: Session, tijd: datetime, soort: str, tekst: str) -> None:
    """Add a line to the sync log (ids, counts and the portal's Dutch messages; no personal data)."""
    regels = _log_lezen(s)
    regels.append({"tijd": tijd.isoformat(), "soort": soort, "tekst": tekst})
    set_meta(s, LOGBOEK, json.dumps(regels[-LOGBOEK_MAX:], ensure_ascii=False))


def _log_lezen(s: Session) -> list[dict[str, str]]:
    raw = get_meta(s, LOGBOEK)
    if not raw:
        return []
    try:
        data = json.loads(raw)
    except ValueError:
        return []
    return [r for r in data if isinstance(r, dict)] if isinstance(data, list) else []


def logboek(s: Session) -> list[LogRegel]:
    """The sync log, newest first."""
    out = []
    for r in reversed(_log_lezen(s)):
        try:
            tijd = datetime.fromisoformat(str(r["tijd"]))
        except (KeyError, ValueError):
            continue
        out.append(LogRegel(tijd, str(r.get("soort", "")), str(r.get("tekst", ""))))
    return out


def rapport_tekst(r: engine.SyncReport) -> str:
    """One line for the log: what went up, what came down, what needs a person."""
    delen = [f"{r.pushed} verstuurd", f"{r.pulled} opgehaald"]
    if r.duplicates:
        delen.append(f"{r.duplicates} al bekend bij het portaal")
    if r.merged:
        delen.append(f"{r.merged} samengevoegd")
    if r.conflicts:
        delen.append(f"{r.conflicts} conflict(en)")
    if r.rejected:
        delen.append(f"{r.rejected} geweigerd")
    if r.kept_out_of_scope:
        delen.append(f"{r.kept_out_of_scope} jongere(n) buiten je locaties bewaard")
    return "Gesynchroniseerd: " + ", ".join(delen)
