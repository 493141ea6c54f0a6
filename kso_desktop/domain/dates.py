"""Calendar arithmetic for the kwaliteitskader: birthdays, ages and month steps.

Months are added with dateutil's relativedelta, which clamps to the last day of a shorter month
(31 January + 1 month = 28/29 February), the reading of "binnen drie maanden" that never gives a
deadline later than the calendar allows.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

ZES_WEKEN = timedelta(weeks=6)


def add_months(day: date, months: int) -> date:
    """Return ``day`` plus ``months`` calendar months, clamped to the end of the target month."""
    result: date = day + relativedelta(months=months)
    return result


def birthday(geboortedatum: date, jaren: int, maanden: int = 0) -> date:
    """The day a person born on ``geboortedatum`` reaches ``jaren`` years and ``maanden`` months.

    Someone born on 29 February reaches a whole age on 1 March in a non-leap year: the year is only
    complete once 28 February has passed (the usual Dutch legal reading). Half ages (17,5) step from
    the birth date in one go, so 29 February + 17 years 6 months is 29 August.
    """
    if maanden:
        stepped: date = geboortedatum + relativedelta(years=jaren, months=maanden)
        return stepped
    target_year = geboortedatum.year + jaren
    if geboortedatum.month == 2 and geboortedatum.day == 29 and not calendar.isleap(target_year):
        return date(target_year, 3, 1)
    return geboortedatum.replace(year=target_year)


def leeftijd(geboortedatum: date, op: date) -> int:
    """Age in whole years on ``op`` (consistent with :func:`birthday`)."""
    if op < geboortedatum:
        return -1
    jaren = op.year - geboortedatum.year
    if birthday(geboortedatum, jaren) > op:
        jaren -= 1
    return jaren
