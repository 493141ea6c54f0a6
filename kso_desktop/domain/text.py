"""Dutch formatting of dates and names for messages, lists and reasons."""

from __future__ import annotations

from datetime import date

_MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


def datum_lang(day: date) -> str:
    """``3 maart 2026``."""
    return f"{day.day} {_MAANDEN[day.month - 1]} {day.year}"


def datum_kort(day: date) -> str:
    """``03-03-2026``: the form woonbegeleiders type and read in lists."""
    return day.strftime("%d-%m-%Y")
