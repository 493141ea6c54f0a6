"""parse_datum and the ValidationError / Problem messages of domain/validation.py."""

from __future__ import annotations

from datetime import date

import pytest

from kso_desktop.domain.validation import Code, ValidationError, parse_datum


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("28-02-2026", date(2026, 2, 28)),
        ("1-3-2026", date(2026, 3, 1)),
        ("01/03/2026", date(2026, 3, 1)),
        ("01.03.2026", date(2026, 3, 1)),
        (" 29-02-2028 ", date(2028, 2, 29)),
        ("2026-02-28", date(2026, 2, 28)),
        ("2028-02-29", date(2028, 2, 29)),
    ],
)
def test_accepted_dates(text: str, expected: date) -> None:
    assert parse_datum("Geboortedatum", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31-02-2026",
        "29-02-2026",
        "2026-02-30",
        "32-01-2026",
        "15-13-2026",
        "00-01-2026",
        "",
        "morgen",
        "2026-2-3",
    ],
)
def test_refused_dates(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_datum("Geboortedatum", text)
    assert info.value.codes == {Code.DATUM_ONGELDIG}
    (p,) = info.value.problems
    assert p.veld == "Geboortedatum"


def test_impossible_date_message_is_dutch_and_quotes_the_input() -> None:
    with pytest.raises(ValidationError) as info:
        parse_datum("Kennismaking", " 31-02-2026 ")
    message = str(info.value)
    assert message == info.value.message
    assert "31-02-2026" in message
    assert message.startswith("Kennismaking")
    assert "geen bestaande datum" in message
    assert "dd-mm-jjjj" in message


def test_validation_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="31-02-2026"):
        parse_datum("Plaatsing", "31-02-2026")
