"""Calendar arithmetic of domain/dates.py: month steps, birthdays (29 February) and ages."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kso_desktop.domain.dates import ZES_WEKEN, add_months, birthday, leeftijd

DAG = timedelta(days=1)
dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2027, 11, 30), 3, date(2028, 2, 29)),
        (date(2026, 3, 31), 3, date(2026, 6, 30)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 5, 15), 12, date(2027, 5, 15)),
        (date(2026, 12, 10), 3, date(2027, 3, 10)),
        (date(2026, 5, 15), 0, date(2026, 5, 15)),
    ],
)
def test_add_months_clamps_to_the_end_of_a_shorter_month(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_six_weeks_is_42_days_across_a_month_end() -> None:
    assert date(2026, 1, 31) + ZES_WEKEN == date(2026, 3, 14)
    assert date(2028, 1, 31) + ZES_WEKEN == date(2028, 3, 13)


@pytest.mark.parametrize(
    ("geboren", "jaren", "maanden", "expected"),
    [
        (date(2009, 6, 15), 18, 0, date(2027, 6, 15)),
        (date(2008, 2, 29), 18, 0, date(2026, 3, 1)),  # non-leap year: on 1 March
        (date(2008, 2, 29), 20, 0, date(2028, 2, 29)),  # leap year: on the day itself
        (date(2008, 2, 29), 17, 0, date(2025, 3, 1)),
        (date(2008, 2, 29), 17, 6, date(2025, 8, 29)),  # 17,5 in one step from the birth date
        (date(2008, 8, 31), 17, 6, date(2026, 2, 28)),
        (date(2010, 8, 31), 17, 6, date(2028, 2, 29)),
        (date(2009, 1, 1), 17, 6, date(2026, 7, 1)),
    ],
)
def test_birthday(geboren: date, jaren: int, maanden: int, expected: date) -> None:
    assert birthday(geboren, jaren, maanden) == expected


def test_29_february_child_turns_18_on_1_march_in_a_non_leap_year() -> None:
    geboren = date(2008, 2, 29)
    assert leeftijd(geboren, date(2026, 2, 28)) == 17
    assert leeftijd(geboren, date(2026, 3, 1)) == 18
    assert leeftijd(geboren, date(2028, 2, 28)) == 19
    assert leeftijd(geboren, date(2028, 2, 29)) == 20


@pytest.mark.parametrize(
    ("op", "expected"),
    [
        (date(2010, 5, 20), 0),
        (date(2026, 5, 19), 15),
        (date(2026, 5, 20), 16),
        (date(2026, 12, 31), 16),
        (date(2031, 5, 20), 21),
    ],
)
def test_leeftijd(op: date, expected: int) -> None:
    assert leeftijd(date(2010, 5, 20), op) == expected


# -- properties ---------------------------------------------------------------------------------


@given(geboren=dates, n=st.integers(min_value=15, max_value=21))
def test_age_on_the_nth_birthday_is_n_and_the_day_before_n_minus_1(geboren: date, n: int) -> None:
    dag = birthday(geboren, n)
    assert leeftijd(geboren, dag) == n
    assert leeftijd(geboren, dag - DAG) == n - 1


@given(geboren=dates, n=st.integers(min_value=15, max_value=21))
def test_birthday_is_the_same_calendar_day_except_29_february(geboren: date, n: int) -> None:
    dag = birthday(geboren, n)
    assert dag.year == geboren.year + n
    if (geboren.month, geboren.day) != (2, 29):
        assert (dag.month, dag.day) == (geboren.month, geboren.day)
    else:
        assert (dag.month, dag.day) in {(2, 29), (3, 1)}


@given(geboren=dates, op1=dates, op2=dates)
def test_leeftijd_never_goes_down(geboren: date, op1: date, op2: date) -> None:
    op1, op2 = sorted((op1, op2))
    if op1 >= geboren:
        assert leeftijd(geboren, op1) <= leeftijd(geboren, op2)


@given(geboren=dates, n=st.integers(min_value=0, max_value=25))
def test_half_birthday_lies_between_the_whole_ones(geboren: date, n: int) -> None:
    assert birthday(geboren, n) < birthday(geboren, n, 6) < birthday(geboren, n + 1)


@given(day=dates, months=st.integers(min_value=-36, max_value=36))
def test_add_months_lands_in_the_right_month_and_never_overflows(day: date, months: int) -> None:
    result = add_months(day, months)
    index = day.year * 12 + day.month - 1 + months
    assert (result.year, result.month) == (index // 12, index % 12 + 1)
    assert result.day <= day.day
    if day.day <= 28:
        assert result.day == day.day


@given(d1=dates, d2=dates, months=st.integers(min_value=0, max_value=36))
def test_add_months_is_monotone_in_the_day(d1: date, d2: date, months: int) -> None:
    d1, d2 = sorted((d1, d2))
    assert add_months(d1, months) <= add_months(d2, months)


@given(day=dates, m1=st.integers(min_value=0, max_value=36), m2=st.integers(min_value=0, max_value=36))
def test_add_months_is_monotone_in_the_months(day: date, m1: int, m2: int) -> None:
    m1, m2 = sorted((m1, m2))
    assert add_months(day, m1) <= add_months(day, m2)
