"""Repayment schedules, exact in satang. Pure functions: no database.

The rate is per month in basis points (100 = 1% a month). Every rounding is half up to
the satang, and the last instalment takes what rounding left over, so the principals add
up to the loan exactly.

- flat: each month's interest is the rate on the original principal; the total interest
  (principal × rate × months) is spread evenly. Principal and interest are both constant,
  so both repayment methods give the same table of equal instalments.
- declining balance: each month's interest is the rate on the principal still owed.
  *equal principal*: the principal is spread evenly, the instalments fall month by month;
  *equal instalments*: the annuity ``P·r / (1 − (1 + r)^−n)`` (computed exactly as a
  fraction, then rounded), of which interest comes first and the rest repays principal.
"""

import calendar
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from thungngoen.savings.errors import InvalidLoan
from thungngoen.savings.tables import INTEREST_METHODS, REPAYMENT_METHODS

BASIS = 10_000
MAX_MONTHS = 60


@dataclass(frozen=True, slots=True)
class LoanTerms:
    principal: int
    months: int
    interest_bp: int
    interest_method: str = "flat"
    repayment_method: str = "equal_instalments"


@dataclass(frozen=True, slots=True)
class Instalment:
    number: int
    due_on: date
    principal: int
    interest: int

    @property
    def amount(self) -> int:
        return self.principal + self.interest


def check_terms(terms: LoanTerms) -> None:
    if not isinstance(terms.months, int) or not 1 <= terms.months <= MAX_MONTHS:
        raise InvalidLoan(f"a loan runs 1 to {MAX_MONTHS} months")
    if not isinstance(terms.principal, int) or terms.principal < 100 * terms.months:
        raise InvalidLoan("a loan repays at least 1 baht of principal a month")
    if not isinstance(terms.interest_bp, int) or not 0 <= terms.interest_bp <= 1_000:
        raise InvalidLoan("the monthly interest rate is between 0% and 10%")
    if terms.interest_method not in INTEREST_METHODS:
        raise InvalidLoan(f"interest method is one of {', '.join(INTEREST_METHODS)}")
    if terms.repayment_method not in REPAYMENT_METHODS:
        raise InvalidLoan(f"repayment method is one of {', '.join(REPAYMENT_METHODS)}")


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day if it is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def half_up(value: Fraction) -> int:
    """Round a non-negative amount to the nearest satang, halves up."""
    return int(value + Fraction(1, 2))


def compute_schedule(terms: LoanTerms, start: date) -> list[Instalment]:
    """The instalments of a loan paid out on ``start``; the first falls due a month later."""
    check_terms(terms)
    rate = Fraction(terms.interest_bp, BASIS)
    if terms.interest_method == "flat":
        parts = _flat(terms.principal, terms.months, rate)
    elif terms.repayment_method == "equal_principal" or rate == 0:
        parts = _declining_equal_principal(terms.principal, terms.months, rate)
    else:
        parts = _annuity(terms.principal, terms.months, rate)
    return [
        Instalment(number, add_months(start, number), principal, interest)
        for number, (principal, interest) in enumerate(parts, start=1)
    ]


def _even(total: int, months: int) -> list[int]:
    share = total // months
    return [share] * (months - 1) + [total - share * (months - 1)]


def _flat(principal: int, months: int, rate: Fraction) -> list[tuple[int, int]]:
    interest = half_up(principal * rate * months)
    return list(zip(_even(principal, months), _even(interest, months), strict=True))


def _declining_equal_principal(
    principal: int, months: int, rate: Fraction
) -> list[tuple[int, int]]:
    parts = []
    owed = principal
    for repaid in _even(principal, months):
        parts.append((repaid, half_up(owed * rate)))
        owed -= repaid
    return parts


def _annuity(principal: int, months: int, rate: Fraction) -> list[tuple[int, int]]:
    payment = half_up(principal * rate / (1 - (1 + rate) ** -months))
    parts = []
    owed = principal
    for number in range(1, months + 1):
        interest = half_up(owed * rate)
        repaid = owed if number == months else min(payment - interest, owed)
        parts.append((repaid, interest))
        owed -= repaid
    return parts
