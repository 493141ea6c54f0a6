"""PIN and password rules and the lockout policy (domain/toegang.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kso_desktop.domain.toegang import (
    MAX_WACHTTIJD,
    check_geheim,
    check_vergrendelen,
    pogingen_over,
    wachttijd,
    wachttijd_tekst,
)
from kso_desktop.domain.validation import Code


@pytest.mark.parametrize("geheim", ["246810", "8305179", "zomer-in-Utrecht", "Lange zin met spaties"])
def test_good_pins_and_passwords_are_accepted(geheim: str) -> None:
    assert check_geheim(geheim) == []


@pytest.mark.parametrize("geheim", ["", "12345", "24681", "abc", "kort-ww!", "         "])
def test_too_short_is_refused_with_a_dutch_message(geheim: str) -> None:
    problems = check_geheim(geheim)
    assert [p.code for p in problems] == [Code.PINCODE_TE_KORT]
    assert "minstens 6 cijfers" in problems[0].message
    assert "minstens 10 tekens" in problems[0].message


@pytest.mark.parametrize(
    "geheim",
    ["000000", "111111111", "123456", "654321", "0123456789", "121212", "123123", "abcdefghij", "AAAAAAAAAA"],
)
def test_simple_pins_are_refused(geheim: str) -> None:
    problems = check_geheim(geheim)
    assert [p.code for p in problems] == [Code.PINCODE_EENVOUDIG]
    assert "te makkelijk te raden" in problems[0].message


def test_a_nine_character_password_is_too_short_but_nine_digits_is_a_pin() -> None:
    assert check_geheim("wachtwoor")[0].code == Code.PINCODE_TE_KORT
    assert check_geheim("837261945") == []


def test_control_characters_and_very_long_secrets_are_refused() -> None:
    assert check_geheim("geheim\x00wachtwoord")[0].code == Code.ONGELDIGE_TEKENS
    assert check_geheim("x" * 5 + "yz" * 100)[0].code == Code.TE_LANG


def test_lockout_starts_after_five_failures_and_doubles_up_to_fifteen_minutes() -> None:
    assert [wachttijd(n) for n in range(5)] == [timedelta(0)] * 5
    assert wachttijd(5) == timedelta(seconds=30)
    assert wachttijd(6) == timedelta(seconds=60)
    assert wachttijd(7) == timedelta(minutes=2)
    assert wachttijd(9) == timedelta(minutes=8)
    assert wachttijd(10) == timedelta(minutes=15)
    assert wachttijd(10_000) == timedelta(minutes=15)
    assert [pogingen_over(n) for n in (0, 4, 5, 9)] == [5, 1, 0, 0]


@given(st.integers(min_value=0, max_value=10**9))
def test_lockout_never_shrinks_and_stays_within_bounds(mislukt: int) -> None:
    nu, volgende = wachttijd(mislukt), wachttijd(mislukt + 1)
    assert timedelta(0) <= nu <= volgende <= MAX_WACHTTIJD
    if mislukt >= 5:
        assert volgende in (2 * nu, MAX_WACHTTIJD)


def test_wait_in_plain_dutch() -> None:
    assert wachttijd_tekst(timedelta(seconds=30)) == "30 seconden"
    assert wachttijd_tekst(timedelta(seconds=60)) == "1 minuut"
    assert wachttijd_tekst(timedelta(seconds=125)) == "2 minuten en 5 seconden"
    assert wachttijd_tekst(timedelta(seconds=0.2)) == "1 seconde"
    assert wachttijd_tekst(timedelta(minutes=15)) == "15 minuten"


def test_lock_minutes_between_one_and_sixty() -> None:
    assert check_vergrendelen(1) == [] and check_vergrendelen(60) == []
    assert check_vergrendelen(0)[0].message == "Vergrendelen na: kies een tijd van 1 tot en met 60 minuten."
    assert check_vergrendelen(61)[0].code == Code.VERGRENDELEN_MINUTEN
