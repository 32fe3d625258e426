"""The savings groups' invariants, for ``thungngoen verify``."""

from sqlalchemy import Connection, case, func, select

from thungngoen.ledger.tables import accounts
from thungngoen.ledger.verify import SAMPLE, CheckResult
from thungngoen.savings.books import books_by_group
from thungngoen.savings.tables import entries, members


def books_balance(connection: Connection) -> CheckResult:
    result = CheckResult(
        "savings_books_balance",
        "each savings group: cash = savings + welfare + reserve + profit − loans outstanding",
    )
    for code, books in sorted(books_by_group(connection).items()):
        if not books.balanced:
            result.violations.append(f"group {code}: {books}")
    result.violations = result.violations[:SAMPLE]
    return result


_EFFECT = case(
    (entries.c.kind == "withdrawal", -entries.c.amount),
    (entries.c.kind.in_(("commitment", "voluntary", "dividend")), entries.c.amount),
    else_=0,
)


def passbooks_match(connection: Connection) -> CheckResult:
    """Each member's savings on the ledger equals what their passbook entries add up to."""
    result = CheckResult(
        "savings_passbooks_match", "each member's savings account equals their passbook entries"
    )
    passbook = (
        select(entries.c.member_id, func.sum(_EFFECT).label("total"))
        .where(entries.c.member_id.is_not(None))
        .group_by(entries.c.member_id)
        .subquery()
    )
    query = (
        select(members.c.id, accounts.c.credits_posted - accounts.c.debits_posted, passbook.c.total)
        .join(accounts, accounts.c.id == members.c.savings_account_id)
        .outerjoin(passbook, passbook.c.member_id == members.c.id)
    )
    for member_id, ledger_balance, total in connection.execute(query):
        if ledger_balance != (total or 0):
            result.violations.append(
                f"member {member_id}: ledger {ledger_balance}, passbook {total or 0}"
            )
    result.violations = result.violations[:SAMPLE]
    return result


SAVINGS_CHECKS = [books_balance, passbooks_match]
