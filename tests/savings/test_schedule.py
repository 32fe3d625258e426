"""Repayment schedules against tables worked out by hand, to the satang."""

from datetime import date

import pytest

from thungngoen.savings import LoanTerms, compute_schedule
from thungngoen.savings.errors import InvalidLoan
from thungngoen.savings.schedule import add_months

START = date(2024, 1, 31)
DUE = [date(2024, 2, 29), date(2024, 3, 31), date(2024, 4, 30)]


def table(terms: LoanTerms, start: date = START) -> list[tuple[int, int, int]]:
    return [(line.principal, line.interest, line.amount) for line in compute_schedule(terms, start)]


@pytest.mark.parametrize("repayment", ["equal_instalments", "equal_principal"])
def test_flat_interest(repayment: str) -> None:
    """1,000 baht for 3 months at 1% a month, flat:
    interest 1,000.00 × 1% × 3 = 30.00 baht, 10.00 a month; principal 333.33, 333.33 and
    the last 333.34 (it takes the rounding). Instalments 343.33, 343.33, 343.34, the same
    for both repayment methods (flat interest is constant)."""
    terms = LoanTerms(100_000, 3, 100, "flat", repayment)
    assert table(terms) == [
        (33_333, 1_000, 34_333),
        (33_333, 1_000, 34_333),
        (33_334, 1_000, 34_334),
    ]
    assert [line.due_on for line in compute_schedule(terms, START)] == DUE


def test_flat_interest_last_instalment_absorbs_the_rounding() -> None:
    """1,000 baht for 7 months at 1%: interest 70.00 (10.00 a month); principal 1,000/7 =
    142.857… → 142.85 for six months and 142.90 for the last."""
    terms = LoanTerms(100_000, 7, 100, "flat")
    assert table(terms) == [(14_285, 1_000, 15_285)] * 6 + [(14_290, 1_000, 15_290)]


def test_flat_interest_rounds_half_up() -> None:
    """3.00 baht for 3 months at 0.5%: interest 300 × 0.005 × 3 = 4.5 satang → 5 satang,
    1 + 1 and the last 3."""
    assert table(LoanTerms(300, 3, 50, "flat")) == [(100, 1, 101), (100, 1, 101), (100, 3, 103)]


def test_declining_balance_equal_principal() -> None:
    """1,000 baht for 3 months at 1% a month on the balance owed:
    month 1: owed 1,000.00 → interest 10.00; principal 333.33 → 343.33
    month 2: owed   666.67 → interest 6.6667 → 6.67; principal 333.33 → 340.00
    month 3: owed   333.34 → interest 3.3334 → 3.33; principal 333.34 → 336.67"""
    terms = LoanTerms(100_000, 3, 100, "declining", "equal_principal")
    assert table(terms) == [(33_333, 1_000, 34_333), (33_333, 667, 34_000), (33_334, 333, 33_667)]


def test_declining_balance_equal_instalments() -> None:
    """1,000 baht for 3 months at 1% a month, the annuity:
    A = 1,000 × 0.01 / (1 − 1.01⁻³) = 340.0221… → 340.02 a month.
    month 1: owed 1,000.00 → interest 10.00; principal 340.02 − 10.00 = 330.02
    month 2: owed   669.98 → interest 6.6998 → 6.70; principal 333.32
    month 3: owed   336.66 → interest 3.3666 → 3.37; principal 336.66 (all still owed),
    so the last instalment is 340.03: it absorbs the rounding."""
    terms = LoanTerms(100_000, 3, 100, "declining", "equal_instalments")
    assert table(terms) == [(33_002, 1_000, 34_002), (33_332, 670, 34_002), (33_666, 337, 34_003)]


def test_declining_balance_twelve_months_repays_the_principal_exactly() -> None:
    """10,000 baht for 12 months at 1%: A = 888.4879… → 888.49; total interest 661.86."""
    lines = compute_schedule(LoanTerms(1_000_000, 12, 100, "declining"), START)
    assert sum(line.principal for line in lines) == 1_000_000
    assert {line.amount for line in lines[:-1]} == {88_849}
    assert lines[-1].amount == 88_847
    assert sum(line.interest for line in lines) == 66_186


def test_zero_interest_spreads_the_principal() -> None:
    assert table(LoanTerms(1_000, 3, 0, "declining")) == [
        (333, 0, 333),
        (333, 0, 333),
        (334, 0, 334),
    ]


def test_due_dates_keep_the_day_or_take_the_month_end() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 1, 31), 13) == date(2025, 2, 28)
    assert add_months(date(2024, 12, 10), -12) == date(2023, 12, 10)


@pytest.mark.parametrize(
    "terms",
    [
        LoanTerms(100_000, 0, 100),
        LoanTerms(100_000, 61, 100),
        LoanTerms(299, 3, 100),
        LoanTerms(100_000, 3, 1_001),
        LoanTerms(100_000, 3, -1),
        LoanTerms(100_000, 3, 100, "compound"),
        LoanTerms(100_000, 3, 100, "flat", "balloon"),
    ],
)
def test_impossible_terms_are_refused(terms: LoanTerms) -> None:
    with pytest.raises(InvalidLoan):
        compute_schedule(terms, START)
