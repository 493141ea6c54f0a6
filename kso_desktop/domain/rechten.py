"""Who may do what: the permission table per role, the mentor relation, and the Dutch refusal texts.

Plain Python; ``services.rechten`` applies it at the start of every guarded use case, the GUI uses it to
hide or disable what the signed-in medewerker may not do, and the portal checks the same table on push.

Norms leaned on
    * Norm 6.1f: medewerkers act according to the AVG and keep confidentiality (geheimhouding).
    * AVG art. 5(1)(c) and (f), art. 9 and art. 25: health data are special category data; access follows
      need-to-know ("data protection by default"), the same principle as NEN 7510 (access by role and
      by care relation) that the portal already leans on for its logging (NEN 7513).
    * Norm 7.1c: a procedure for inzage and correction requests: every medewerker may *record* a
      request the jongere hands in on shift; *handling* it (deciding to correct or refuse) is for the
      mentor or someone who may decide about the dossier.

Sensitive parts (``gevoelig``)
    The leefgebied "Lichamelijke en psychische gezondheid" texts of the begeleidingsplan and the answers of
    the Quickscan veiligheid (which hold safety and incident details). Readable and writable only by the
    jongere's current mentor, the teamleider, the gedragswetenschapper and the admin (the admin manages the
    system and handles AVG requests and destruction, so needs to see what it exports or destroys).
    A woonbegeleider who is not the mentor sees "Afgeschermd voor jouw rol" instead.

    The plan's goals and actions, also those of the health leefgebied, stay visible: they are the daily work
    of whoever is on shift ("herinner aan de medicatie"); the assessment texts and the score are not.

    Deliberately NOT sensitive: the signaleringsplan (stoplicht, gevoelsthermometer) and the netwerk's
    contact people. Every woonbegeleider on shift must be able to read them in a crisis; locking them away
    would make the jongere less safe, which the need-to-know principle does not ask.

The system actor
    No medewerker signed in (``rol`` None) is the system itself: the CLI without ``--medewerker``, the demo
    import and data migrations. It may do everything; on the laptop that state only exists while no
    medewerker has a PIN (with PINs the app starts locked and a person must sign in).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

from kso_desktop.domain.enums import Leefgebied, Rol
from kso_desktop.domain.plan import LeefgebiedInhoud, PlanInhoud

#: What a sensitive text shows to a role that may not read it.
AFGESCHERMD = "Afgeschermd voor jouw rol"

#: The leefgebieden whose plan texts are sensitive (health notes).
GEVOELIGE_LEEFGEBIEDEN = frozenset({Leefgebied.GEZONDHEID})
#: The form kinds whose answers are sensitive (safety and incident details).
GEVOELIGE_FORMULIEREN = frozenset({"quickscan"})


class Actie(StrEnum):
    """Things a medewerker can do that are not for every role."""

    DOSSIER_LEZEN = "dossier_lezen"
    DOSSIER_SCHRIJVEN = "dossier_schrijven"
    PLAN_SCHRIJVEN = "plan_schrijven"
    PLAN_VASTSTELLEN = "plan_vaststellen"
    GESPREK_SCHRIJVEN = "gesprek_schrijven"
    GEVOELIG_LEZEN = "gevoelig_lezen"
    GEVOELIG_SCHRIJVEN = "gevoelig_schrijven"
    MENTOR_WIJZIGEN = "mentor_wijzigen"
    MEDEWERKERS_BEHEREN = "medewerkers_beheren"
    LOCATIES_BEHEREN = "locaties_beheren"
    INSTELLINGEN_BEHEREN = "instellingen_beheren"
    CORRECTIE_VASTLEGGEN = "correctie_vastleggen"
    CORRECTIE_AFHANDELEN = "correctie_afhandelen"
    INZAGE_EXPORTEREN = "inzage_exporteren"
    VERNIETIGEN = "vernietigen"
    VERNIETIGING_FORCEREN = "vernietiging_forceren"

    @property
    def omschrijving(self) -> str:
        """What is refused, to finish the sentence "Alleen ... mag ..."."""
        return _OMSCHRIJVINGEN[self]


_OMSCHRIJVINGEN = {
    Actie.DOSSIER_LEZEN: "dit dossier inzien",
    Actie.DOSSIER_SCHRIJVEN: "dit dossier wijzigen",
    Actie.PLAN_SCHRIJVEN: "het begeleidingsplan bewerken",
    Actie.PLAN_VASTSTELLEN: "het begeleidingsplan vaststellen",
    Actie.GESPREK_SCHRIJVEN: "gespreksverslagen schrijven",
    Actie.GEVOELIG_LEZEN: "de gezondheids- en veiligheidsgegevens van deze jongere zien",
    Actie.GEVOELIG_SCHRIJVEN: "de gezondheids- en veiligheidsgegevens van deze jongere wijzigen",
    Actie.MENTOR_WIJZIGEN: "de mentor van een jongere wijzigen",
    Actie.MEDEWERKERS_BEHEREN: "medewerkers toevoegen of wijzigen",
    Actie.LOCATIES_BEHEREN: "locaties toevoegen of wijzigen",
    Actie.INSTELLINGEN_BEHEREN: "instellingen wijzigen",
    Actie.CORRECTIE_VASTLEGGEN: "correctieverzoeken vastleggen",
    Actie.CORRECTIE_AFHANDELEN: "correctieverzoeken afhandelen",
    Actie.INZAGE_EXPORTEREN: "een inzage-export maken",
    Actie.VERNIETIGEN: "de gegevens van een jongere vernietigen",
    Actie.VERNIETIGING_FORCEREN: "vernietiging afdwingen terwijl er nog niet-gesynchroniseerde gegevens zijn",
}

#: "mentor" in the table: the medewerker is the jongere's current mentor (a relation, not a role).
MENTOR = "mentor"

_IEDEREEN = frozenset({Rol.WOONBEGELEIDER.value, Rol.TEAMLEIDER.value, Rol.GEDRAGSWETENSCHAPPER.value})
_ZORG = frozenset({MENTOR, Rol.TEAMLEIDER.value, Rol.GEDRAGSWETENSCHAPPER.value})

#: Action -> who may (role values, plus MENTOR). Admin may everything and is not listed.
TABEL: dict[Actie, frozenset[str]] = {
    Actie.DOSSIER_LEZEN: _IEDEREEN,
    Actie.DOSSIER_SCHRIJVEN: _IEDEREEN,
    Actie.PLAN_SCHRIJVEN: _IEDEREEN,
    Actie.PLAN_VASTSTELLEN: _ZORG,
    Actie.GESPREK_SCHRIJVEN: _IEDEREEN,
    Actie.GEVOELIG_LEZEN: _ZORG,
    Actie.GEVOELIG_SCHRIJVEN: _ZORG,
    Actie.MENTOR_WIJZIGEN: frozenset({Rol.TEAMLEIDER.value}),
    Actie.MEDEWERKERS_BEHEREN: frozenset({Rol.TEAMLEIDER.value}),
    Actie.LOCATIES_BEHEREN: frozenset(),
    Actie.INSTELLINGEN_BEHEREN: frozenset(),
    Actie.CORRECTIE_VASTLEGGEN: _IEDEREEN,
    Actie.CORRECTIE_AFHANDELEN: _ZORG,
    Actie.INZAGE_EXPORTEREN: _ZORG,
    Actie.VERNIETIGEN: frozenset({Rol.TEAMLEIDER.value}),
    Actie.VERNIETIGING_FORCEREN: frozenset(),
}

_WIE_TEKST = {
    MENTOR: "de mentor",
    Rol.WOONBEGELEIDER.value: "een woonbegeleider",
    Rol.TEAMLEIDER.value: "de teamleider",
    Rol.GEDRAGSWETENSCHAPPER.value: "de gedragswetenschapper",
}


@dataclass(frozen=True, slots=True)
class Wie:
    """Who is acting, as far as permissions go: their role (None: the system) and the mentor relation."""

    rol: Rol | None
    mentor: bool = False

    @property
    def systeem(self) -> bool:
        return self.rol is None


SYSTEEM = Wie(None)


def mag(wie: Wie, actie: Actie) -> bool:
    """True when ``wie`` may do ``actie`` (for the jongere ``wie.mentor`` was worked out for)."""
    if wie.rol is None or wie.rol is Rol.ADMIN:
        return True
    toegestaan = TABEL[actie]
    return wie.rol.value in toegestaan or (wie.mentor and MENTOR in toegestaan)


def wie_mag(actie: Actie) -> str:
    """The allowed roles in a Dutch sentence part: "de mentor, de teamleider of de gedragswetenschapper"."""
    volgorde = [MENTOR, *(r.value for r in Rol if r is not Rol.ADMIN)]
    delen = [_WIE_TEKST[w] for w in volgorde if w in TABEL[actie]] + ["een beheerder"]
    return delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + " of " + delen[-1]


def weigering(actie: Actie) -> str:
    """The Dutch refusal: "Alleen de mentor, de teamleider, ... of een beheerder mag ... ."."""
    return f"Alleen {wie_mag(actie)} mag {actie.omschrijving}."


def is_afgeschermd(leefgebied: LeefgebiedInhoud) -> bool:
    """Whether this leefgebied's texts were hidden for the reader's role (by :func:`scherm_plan_af`)."""
    return leefgebied.zijn == AFGESCHERMD


def scherm_plan_af(inhoud: PlanInhoud) -> PlanInhoud:
    """The plan content with the sensitive leefgebied texts (and their score) replaced by the marker."""
    afgeschermd = LeefgebiedInhoud(AFGESCHERMD, AFGESCHERMD, AFGESCHERMD, None)
    leefgebieden = dict(inhoud.leefgebieden)
    for key in GEVOELIGE_LEEFGEBIEDEN:
        leefgebieden[key] = afgeschermd
    return dataclasses.replace(inhoud, leefgebieden=leefgebieden)


def gevoelig_gewijzigd(inhoud: PlanInhoud, opgeslagen: PlanInhoud) -> bool:
    """True when ``inhoud`` changes a sensitive leefgebied: not the stored text and not the marker."""
    afgeschermd = LeefgebiedInhoud(AFGESCHERMD, AFGESCHERMD, AFGESCHERMD, None)
    return any(
        inhoud.leefgebied(k) not in (opgeslagen.leefgebied(k), afgeschermd) for k in GEVOELIGE_LEEFGEBIEDEN
    )


def herstel_gevoelig(inhoud: PlanInhoud, opgeslagen: PlanInhoud) -> PlanInhoud:
    """``inhoud`` with the sensitive leefgebieden taken from ``opgeslagen``.

    A role that saw the marker can never overwrite (or learn) the stored text: whatever it sends for those
    parts is replaced by what is stored.
    """
    leefgebieden = dict(inhoud.leefgebieden)
    for key in GEVOELIGE_LEEFGEBIEDEN:
        if key in opgeslagen.leefgebieden:
            leefgebieden[key] = opgeslagen.leefgebieden[key]
        else:
            leefgebieden.pop(key, None)
    return dataclasses.replace(inhoud, leefgebieden=leefgebieden)
