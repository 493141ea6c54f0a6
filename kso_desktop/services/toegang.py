"""Signing in per medewerker on a shared laptop: local PIN verifiers, failed-attempt limits, the lock setting.

The verifier is an argon2id hash in ``medewerker_toegang``, a local table that never syncs. Every sign-in,
failed attempt, block and PIN change is written to the audit trail, without the PIN or its hash.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from kso_desktop.domain.entities import Wijziging
from kso_desktop.domain.enums import Rol
from kso_desktop.domain.rechten import Actie
from kso_desktop.domain.toegang import (
    VERGRENDELEN_STANDAARD,
    check_geheim,
    check_vergrendelen,
    normaliseer,
    pogingen_over,
    wachttijd,
    wachttijd_tekst,
)
from kso_desktop.domain.validation import Code, Problem, ValidationError, problem
from kso_desktop.services.context import Context
from kso_desktop.services.rechten import vereis
from kso_desktop.services.recording import audit
from kso_desktop.storage import models as m
from kso_desktop.storage.meta import get_meta, set_meta

#: The demo organisation is fictional; all its medewerkers share this PIN (shown on the demo lock screen).
DEMO_PINCODE = "246810"

ENTITEIT = "medewerker_toegang"
META_VERGRENDELEN = "vergrendelen_minuten"

#: OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane): about 40 ms on a busy office laptop, so the UI
#: thread may verify directly. Offline guessing is held back by the database encryption (key in the OS
#: keyring), online guessing by the lockout.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


@lru_cache(maxsize=1)
def _dummy_verifier() -> str:
    """Verified against when there is nothing to verify, so a wrong name costs as long as a wrong PIN."""
    return _HASHER.hash("geen-medewerker-met-deze-naam")


@dataclass(frozen=True, slots=True)
class ToegangStatus:
    """What the unlock form needs to know about one medewerker."""

    heeft_pin: bool
    wacht: timedelta  # zero when sign-in is possible now


def _verify(verifier: str, geheim: str) -> bool:
    try:
        return _HASHER.verify(verifier, normaliseer(geheim))
    except (VerificationError, InvalidHashError):
        return False


class ToegangService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # -- what the lock screen needs ----------------------------------------
    def pincodes_in_gebruik(self) -> bool:
        """True when any active medewerker has a PIN: then the app starts locked and switching asks for it."""
        with self.ctx.store.read() as s:
            found = s.scalars(
                select(m.MedewerkerToegang.medewerker_id)
                .join(m.Medewerker, m.Medewerker.id == m.MedewerkerToegang.medewerker_id)
                .where(m.Medewerker.deleted_at.is_(None), m.Medewerker.actief.is_(True))
            ).first()
        return found is not None

    def heeft_pin(self, medewerker_id: str) -> bool:
        return self.status(medewerker_id).heeft_pin

    def status(self, medewerker_id: str) -> ToegangStatus:
        with self.ctx.store.read() as s:
            row = s.get(m.MedewerkerToegang, medewerker_id)
        if row is None:
            return ToegangStatus(False, timedelta(0))
        return ToegangStatus(True, self._wacht(row))

    def is_demo(self) -> bool:
        with self.ctx.store.read() as s:
            return get_meta(s, "demo") == "1"

    # -- signing in --------------------------------------------------------
    def aanmelden(self, medewerker_id: str, geheim: str) -> None:
        """Sign in: on the right PIN every following change is on this medewerker's name.

        A wrong PIN counts; after five in a row sign-in is blocked for a while (see ``domain.toegang``).
        Raises ValidationError with a Dutch message that says how long to wait.
        """
        fout: list[Problem] = []
        with self.ctx.store.write() as s:
            medewerker = self._actieve_medewerker(s, medewerker_id)
            row = s.get(m.MedewerkerToegang, medewerker_id) if medewerker else None
            if medewerker is None or row is None:
                _verify(_dummy_verifier(), geheim)
                if medewerker is not None:
                    fout = [problem(Code.PINCODE_GEEN, naam=medewerker.naam)]
                else:
                    fout = [problem(Code.PINCODE_ONJUIST, nog="")]
            else:
                fout = self._controleer(s, row, geheim)
            if not fout and medewerker is not None:
                self.ctx.actor = replace(self.ctx.actor, medewerker_id=medewerker.id, naam=medewerker.naam)
                set_meta(s, "medewerker_id", medewerker.id)
                audit(
                    s,
                    self.ctx,
                    actie="aangemeld",
                    entiteit=ENTITEIT,
                    entiteit_id=medewerker.id,
                    jongere_id=None,
                )
        if fout:
            raise ValidationError(fout)

    def _controleer(self, s: Session, row: m.MedewerkerToegang, geheim: str) -> list[Problem]:
        """Check a PIN against the verifier; count and block on failure. Writes the audit rows."""
        wacht = self._wacht(row)
        if wacht:
            # While blocked even the right PIN is refused (not verified, not counted): guessing waits.
            self._audit_toegang(s, row.medewerker_id, "aanmelden_mislukt", ("reden", "geblokkeerd"))
            return [problem(Code.PINCODE_GEBLOKKEERD, wacht=wachttijd_tekst(wacht))]
        if _verify(row.verifier, geheim):
            if row.mislukt or row.geblokkeerd_tot:
                row.mislukt, row.geblokkeerd_tot = 0, None
            if _HASHER.check_needs_rehash(row.verifier):
                row.verifier = _HASHER.hash(normaliseer(geheim))
            return []
        row.mislukt += 1
        self._audit_toegang(s, row.medewerker_id, "aanmelden_mislukt", ("mislukt", str(row.mislukt)))
        blok = wachttijd(row.mislukt)
        if blok:
            row.geblokkeerd_tot = self.ctx.now() + blok
            self._audit_toegang(s, row.medewerker_id, "geblokkeerd", ("wachttijd", wachttijd_tekst(blok)))
            return [problem(Code.PINCODE_GEBLOKKEERD, wacht=wachttijd_tekst(blok))]
        over = pogingen_over(row.mislukt)
        nog = f" Nog {over} poging{'en' if over != 1 else ''} voordat aanmelden even geblokkeerd wordt."
        return [problem(Code.PINCODE_ONJUIST, nog=nog if over <= 3 else "")]

    def _wacht(self, row: m.MedewerkerToegang) -> timedelta:
        if row.geblokkeerd_tot is None:
            return timedelta(0)
        return max(row.geblokkeerd_tot - self.ctx.now(), timedelta(0))

    # -- setting a PIN -------------------------------------------------------
    def stel_pin_in(self, medewerker_id: str, nieuw: str, *, huidige: str | None = None) -> None:
        """Choose a first PIN, change one's own (with the current one), or, as admin, reset another's."""
        with self.ctx.store.read() as s:
            medewerker = self._actieve_medewerker(s, medewerker_id)
        if medewerker is None:
            raise ValidationError([problem(Code.NIET_GEVONDEN, wat="Medewerker")])
        problems = check_geheim(nieuw, "De nieuwe pincode")
        if problems:
            raise ValidationError(problems)
        verifier = _HASHER.hash(normaliseer(nieuw))
        fout: list[Problem] = []
        with self.ctx.store.write() as s:
            row = s.get(m.MedewerkerToegang, medewerker_id)
            if row is None:
                s.add(
                    m.MedewerkerToegang(
                        medewerker_id=medewerker_id, verifier=verifier, mislukt=0, gewijzigd_op=self.ctx.now()
                    )
                )
                self._audit_toegang(s, medewerker_id, "pincode_ingesteld")
                return
            if huidige is not None:
                fout = self._controleer(s, row, huidige)
                actie = "pincode_gewijzigd"
            elif self._is_beheerder(s) and self.ctx.actor.medewerker_id != medewerker_id:
                actie = "pincode_hersteld"
            elif self._is_beheerder(s) or self.ctx.actor.medewerker_id == medewerker_id:
                fout = [problem(Code.PINCODE_HUIDIGE_NODIG)]
            else:
                fout = [problem(Code.PINCODE_ALLEEN_BEHEERDER)]
            if not fout:
                row.verifier, row.mislukt, row.geblokkeerd_tot = verifier, 0, None
                row.gewijzigd_op = self.ctx.now()
                self._audit_toegang(s, medewerker_id, actie)
        if fout:
            raise ValidationError(fout)

    def zet_demo_pincodes(self, medewerker_ids: list[str]) -> None:
        """Give every demo medewerker the demo PIN (one hash: the demo is fictional and loads fast)."""
        verifier = _HASHER.hash(DEMO_PINCODE)
        with self.ctx.store.write() as s:
            for medewerker_id in medewerker_ids:
                s.merge(
                    m.MedewerkerToegang(
                        medewerker_id=medewerker_id, verifier=verifier, mislukt=0, gewijzigd_op=self.ctx.now()
                    )
                )
                self._audit_toegang(s, medewerker_id, "pincode_ingesteld")

    # -- the lock setting ----------------------------------------------------
    def vergrendelen_na(self) -> int:
        """Idle minutes before the app locks itself on this database (default 5)."""
        with self.ctx.store.read() as s:
            value = get_meta(s, META_VERGRENDELEN)
        try:
            return int(value) if value is not None else VERGRENDELEN_STANDAARD
        except ValueError:
            return VERGRENDELEN_STANDAARD

    def stel_vergrendelen_in(self, minuten: int) -> None:
        vereis(self.ctx, Actie.INSTELLINGEN_BEHEREN)
        problems = check_vergrendelen(minuten)
        if problems:
            raise ValidationError(problems)
        oud = self.vergrendelen_na()
        with self.ctx.store.write() as s:
            set_meta(s, META_VERGRENDELEN, str(minuten))
            if oud != minuten:
                audit(
                    s,
                    self.ctx,
                    actie="gewijzigd",
                    entiteit="instelling",
                    entiteit_id=META_VERGRENDELEN,
                    jongere_id=None,
                    wijzigingen=(Wijziging("vergrendelen_na_minuten", str(oud), str(minuten)),),
                )

    def vergrendeld(self) -> None:
        """Record that the screen was locked (by hand or after idle time)."""
        medewerker_id = self.ctx.actor.medewerker_id
        with self.ctx.store.write() as s:
            self._audit_toegang(s, medewerker_id or "", "vergrendeld")

    # -- helpers ---------------------------------------------------------------
    def _actieve_medewerker(self, s: Session, medewerker_id: str) -> m.Medewerker | None:
        row = s.get(m.Medewerker, medewerker_id)
        if row is None or row.deleted_at is not None or not row.actief:
            return None
        return row

    def _is_beheerder(self, s: Session) -> bool:
        actor = self.ctx.actor.medewerker_id
        row = s.get(m.Medewerker, actor) if actor else None
        return row is not None and row.deleted_at is None and row.actief and row.rol == Rol.ADMIN.value

    def _audit_toegang(self, s: Session, medewerker_id: str, actie: str, *detail: tuple[str, str]) -> None:
        audit(
            s,
            self.ctx,
            actie=actie,
            entiteit=ENTITEIT,
            entiteit_id=medewerker_id,
            jongere_id=None,
            wijzigingen=tuple(Wijziging(veld, None, waarde) for veld, waarde in detail),
        )
