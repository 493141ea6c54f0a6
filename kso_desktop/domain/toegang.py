"""Sign-in rules on a shared laptop: what a PIN or password must be, how long to wait after failures.

Plain Python: the service applies these rules; the GUI shows their Dutch messages.
"""

from __future__ import annotations

import itertools
import unicodedata
from datetime import timedelta

from kso_desktop.domain.validation import Code, Problem, problem

#: A PIN is digits only; anything else is a password and must be longer.
MIN_PIN = 6
MIN_WACHTWOORD = 10
#: Longer input is refused as a typo or a paste accident (and keeps hashing time bounded).
MAX_WACHTWOORD = 128

#: Failed attempts that are free; every further one makes the wait longer.
VRIJE_POGINGEN = 5
EERSTE_WACHTTIJD = timedelta(seconds=30)
MAX_WACHTTIJD = timedelta(minutes=15)

#: Idle minutes before the app locks itself (a setting per database).
VERGRENDELEN_STANDAARD = 5
VERGRENDELEN_MIN = 1
VERGRENDELEN_MAX = 60

VELD = "Pincode"


def normaliseer(geheim: str) -> str:
    """The same text typed on any keyboard or pasted from anywhere gives the same secret (NFC)."""
    return unicodedata.normalize("NFC", geheim)


def is_pincode(geheim: str) -> bool:
    return geheim.isascii() and geheim.isdigit()


def _is_reeks(geheim: str) -> bool:
    """Each character one up or one down from the one before: 123456, 987654, abcdefghij."""
    stappen = {ord(b) - ord(a) for a, b in itertools.pairwise(geheim)}
    return stappen in ({1}, {-1})


def _is_herhaling(geheim: str) -> bool:
    """A short piece repeated: 111111, 121212, 123123, abcabcabca (period up to three)."""
    for periode in range(1, 4):
        if len(geheim) >= 2 * periode and all(geheim[i] == geheim[i % periode] for i in range(len(geheim))):
            return True
    return False


def check_geheim(geheim: str, veld: str = VELD) -> list[Problem]:
    """Problems with a new PIN (at least 6 digits) or password (at least 10 characters); empty when fine."""
    geheim = normaliseer(geheim)
    lang_genoeg = len(geheim) >= (MIN_PIN if is_pincode(geheim) else MIN_WACHTWOORD)
    if not geheim.strip() or not lang_genoeg:
        return [problem(Code.PINCODE_TE_KORT, veld, min_pin=MIN_PIN, min_wachtwoord=MIN_WACHTWOORD)]
    if len(geheim) > MAX_WACHTWOORD:
        return [problem(Code.TE_LANG, veld, max=MAX_WACHTWOORD, lengte=len(geheim))]
    if any(unicodedata.category(c) == "Cc" for c in geheim):
        return [problem(Code.ONGELDIGE_TEKENS, veld)]
    if _is_herhaling(geheim.lower()) or _is_reeks(geheim.lower()):
        return [problem(Code.PINCODE_EENVOUDIG, veld)]
    return []


def wachttijd(mislukt: int) -> timedelta:
    """How long sign-in is blocked after ``mislukt`` failed attempts in a row.

    Five attempts are free; the fifth failure blocks for 30 seconds, each further one doubles it, up to
    fifteen minutes. So a PIN can be guessed at most a few hundred times a day.
    """
    if mislukt < VRIJE_POGINGEN:
        return timedelta(0)
    # Capped before the power: 30 s * 2**5 already passes fifteen minutes, and counts can grow large.
    verdubbelingen = min(mislukt - VRIJE_POGINGEN, 10)
    wacht: timedelta = EERSTE_WACHTTIJD * (1 << verdubbelingen)
    return min(wacht, MAX_WACHTTIJD)


def pogingen_over(mislukt: int) -> int:
    """Failed attempts left before the next one blocks sign-in for a while."""
    return max(VRIJE_POGINGEN - mislukt, 0)


def wachttijd_tekst(wacht: timedelta) -> str:
    """A wait in plain Dutch: "30 seconden", "1 minuut", "2 minuten en 5 seconden" (rounded up to seconds)."""
    totaal = max(int(-(-wacht.total_seconds() // 1)), 1)
    minuten, seconden = divmod(totaal, 60)
    delen = []
    if minuten:
        delen.append("1 minuut" if minuten == 1 else f"{minuten} minuten")
    if seconden:
        delen.append("1 seconde" if seconden == 1 else f"{seconden} seconden")
    return " en ".join(delen)


def check_vergrendelen(minuten: int, veld: str = "Vergrendelen na") -> list[Problem]:
    if VERGRENDELEN_MIN <= minuten <= VERGRENDELEN_MAX:
        return []
    return [problem(Code.VERGRENDELEN_MINUTEN, veld, min=VERGRENDELEN_MIN, max=VERGRENDELEN_MAX)]
