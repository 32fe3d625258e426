"""Paying out an approved loan on a meeting sheet: in cash from the treasurer, or in coin
into the borrower's wallet. The loan's ledger account opens here."""

from datetime import date

from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.savings.book import open_loan_account
from thungngoen.savings.errors import LoanNotDisbursable
from thungngoen.savings.groups import Group
from thungngoen.savings.loan_values import group_loan
from thungngoen.savings.moves import Floors, Move, Plan
from thungngoen.savings.people import get_member
from thungngoen.savings.sheet import Disbursement
from thungngoen.wallet import book as wallet_book
from thungngoen.wallet import get_member as get_wallet_member
from thungngoen.wallet import mint_legs

COIN_MEMO = "เงินกู้กลุ่มออมทรัพย์"


def plan_disbursement(
    connection: Connection,
    plan: Plan,
    floors: Floors,
    group: Group,
    disbursement: Disbursement,
    held_on: date,
) -> None:
    where = f"loan{disbursement.loan_id}"
    loan = group_loan(connection, group.id, disbursement.loan_id)
    if loan.status != "approved":
        raise LoanNotDisbursable(f"loan {loan.id} is {loan.status}, not approved", where)
    if loan.decided_on is not None and held_on < loan.decided_on:
        raise LoanNotDisbursable("a loan is paid out after it was approved", where)
    member = get_member(connection, loan.member_id)
    extra: tuple[ledger.TransferRequest, ...] = ()
    if disbursement.channel == "coin":
        if member.wallet_member_id is None:
            raise LoanNotDisbursable(f"{member.name} has no wallet for coin", where)
        extra = tuple(
            _coin_legs(connection, group, member.wallet_member_id, loan.id, loan.principal)
        )
    account = open_loan_account(connection, group.code, loan.id, member.name)
    floors.loans.add(account)
    cash = group.cash_account_id
    plan.batch_out.append(
        Move("disbursement", account, cash, loan.principal, where, member.id, loan.id, extra=extra)
    )
    plan.disbursed.append((loan.id, disbursement.channel, account))


def _coin_legs(
    connection: Connection, group: Group, wallet_member_id: int, loan_id: int, amount: int
) -> list[ledger.TransferRequest]:
    """The principal leaves the group's cash for SK's bank (the treasurer pays it in, as
    for a top-up) and SK mints it into the borrower's wallet: the wallet's own booking."""
    wallet = get_wallet_member(connection, wallet_member_id)
    bank = wallet_book.system_account_id(connection, wallet_book.BANK)
    metadata: dict[str, object] = {"group_id": group.id, "loan_id": loan_id}
    return mint_legs(
        bank, wallet.account_id, amount, connection, "savings_loan_coin", COIN_MEMO, metadata
    )
