"""A group's regulation (ระเบียบกลุ่ม): versioned, each version effective from a date.

Amounts are satang, rates and shares basis points (10,000 = 100%). The loan interest
rate is per month, as the groups quote it ("1% a month" is 100).
"""

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, insert, select

from thungngoen import audit
from thungngoen.clock import utc_now
from thungngoen.savings.errors import InvalidRegulation, UnknownGroup
from thungngoen.savings.schedule import MAX_MONTHS
from thungngoen.savings.tables import (
    ENTERPRISE_BASES,
    INTEREST_METHODS,
    REPAYMENT_METHODS,
    groups,
    regulations,
)

BASIS = 10_000


@dataclass(frozen=True, slots=True)
class Regulation:
    commitment: int = 5_000
    """The monthly commitment saving (เงินสัจจะ) per member."""
    voluntary_allowed: bool = True
    interest_bp: int = 100
    interest_method: str = "flat"
    repayment_method: str = "equal_instalments"
    max_loan_percent: int = 300
    """All of a member's loans together: at most this percent of their savings."""
    max_loan_months: int = 24
    approvals_required: int = 2
    fine_missed_commitment: int = 1_000
    fine_late_repayment: int = 2_000
    welfare_monthly: int = 0
    """The welfare fund rule, part one: each member's monthly contribution."""
    enterprise_basis: str = "deposits"
    """The enterprise allocation is ``enterprise_bp`` of the year's deposits or profit."""
    enterprise_bp: int = 500
    dividend_bp: int = 6_000
    """The profit left after the enterprise allocation: dividend, welfare (the welfare
    fund rule, part two) and reserve shares, summing to 10,000."""
    welfare_bp: int = 2_000
    reserve_bp: int = 2_000


@dataclass(frozen=True, slots=True)
class RegulationVersion:
    group_id: int
    effective_from: date
    terms: Regulation


def validate(terms: Regulation) -> None:
    amounts = (
        terms.commitment,
        terms.fine_missed_commitment,
        terms.fine_late_repayment,
        terms.welfare_monthly,
    )
    if any(not _whole(amount) for amount in amounts):
        raise InvalidRegulation("amounts are whole, non-negative numbers of satang")
    if terms.interest_method not in INTEREST_METHODS:
        raise InvalidRegulation(f"interest method is one of {', '.join(INTEREST_METHODS)}")
    if terms.repayment_method not in REPAYMENT_METHODS:
        raise InvalidRegulation(f"repayment method is one of {', '.join(REPAYMENT_METHODS)}")
    if terms.enterprise_basis not in ENTERPRISE_BASES:
        raise InvalidRegulation(f"enterprise basis is one of {', '.join(ENTERPRISE_BASES)}")
    if not (_whole(terms.interest_bp) and terms.interest_bp <= 1_000):
        raise InvalidRegulation("the monthly interest rate is between 0% and 10%")
    if not _whole(terms.max_loan_percent):
        raise InvalidRegulation("the loan limit is a whole percent of the member's savings")
    if not (_whole(terms.max_loan_months) and 1 <= terms.max_loan_months <= MAX_MONTHS):
        raise InvalidRegulation(f"a loan runs 1 to {MAX_MONTHS} months at most")
    if not 1 <= terms.approvals_required <= 5:
        raise InvalidRegulation("a loan needs between 1 and 5 officers' approvals")
    shares = (terms.enterprise_bp, terms.dividend_bp, terms.welfare_bp, terms.reserve_bp)
    if any(not (_whole(share) and share <= BASIS) for share in shares):
        raise InvalidRegulation("shares are between 0 and 10,000 basis points")
    if terms.dividend_bp + terms.welfare_bp + terms.reserve_bp != BASIS:
        raise InvalidRegulation("dividend, welfare and reserve shares add up to 100%")


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def set_regulation(
    connection: Connection, group_id: int, terms: Regulation, *, effective_from: date, actor: str
) -> RegulationVersion:
    """A new version of the group's rules from ``effective_from`` (earlier meetings keep
    the rules they were held under)."""
    validate(terms)
    if connection.execute(select(groups.c.id).where(groups.c.id == group_id)).first() is None:
        raise UnknownGroup(f"no savings group {group_id}")
    taken = select(regulations.c.id).where(
        regulations.c.group_id == group_id, regulations.c.effective_from == effective_from
    )
    if connection.execute(taken).first():
        raise InvalidRegulation(f"a regulation already takes effect on {effective_from}")
    values: dict[str, Any] = dataclasses.asdict(terms)
    connection.execute(
        insert(regulations),
        {
            **values,
            "group_id": group_id,
            "effective_from": effective_from,
            "created_by": actor,
            "created_at": utc_now(),
        },
    )
    audit.record(
        connection,
        actor=actor,
        action="savings.regulation",
        subject_type="savings_group",
        subject_id=group_id,
        after={**values, "effective_from": effective_from},
    )
    return RegulationVersion(group_id, effective_from, terms)


def versions(connection: Connection, group_id: int) -> list[RegulationVersion]:
    """Every version of the group's regulation, oldest first."""
    query = (
        select(regulations)
        .where(regulations.c.group_id == group_id)
        .order_by(regulations.c.effective_from)
    )
    return [_version(row._mapping) for row in connection.execute(query)]


def regulation_on(connection: Connection, group_id: int, day: date) -> Regulation:
    """The version in effect on ``day`` (the first one for days before it)."""
    return terms_in_effect(versions(connection, group_id), day)


def _version(row: Any) -> RegulationVersion:
    terms = Regulation(**{field.name: row[field.name] for field in dataclasses.fields(Regulation)})
    return RegulationVersion(row["group_id"], row["effective_from"], terms)


def terms_in_effect(history: list[RegulationVersion], day: date) -> Regulation:
    """``regulation_on`` over versions already read (reports that walk many meetings)."""
    current = [version for version in history if version.effective_from <= day]
    return (current or history)[-1 if current else 0].terms
