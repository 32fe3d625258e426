"""Shared steps of the treasury page tests: the demo's shops, money set up through the
operations, and a count of every row the pages write."""

from datetime import timedelta

from sqlalchemy import Connection, Engine

from tests.web.helpers import rows_in
from thungngoen import ledger, redemption, topups
from thungngoen.audit.tables import audit_log
from thungngoen.clock import utc_now
from thungngoen.db import write_transaction
from thungngoen.ledger.tables import transfers
from thungngoen.redemption.tables import payout_batches
from thungngoen.topups.tables import statement_lines
from thungngoen.vouchers.tables import voucher_batches
from thungngoen.wallet import book, people
from thungngoen.wallet.programs.tables import event_participants, programs

WRITTEN = (
    audit_log,
    transfers,
    programs,
    event_participants,
    voucher_batches,
    statement_lines,
    payout_batches,
)
STATEMENT_HEADER = "date,time,amount,description,reference,bank_ref"


def rows_written(engine: Engine) -> dict[str, int]:
    """Rows in every table the treasury's operations write."""
    return rows_in(engine, *WRITTEN)


def donate_to_fund(engine: Engine, fund: str, amount: int) -> None:
    """A sponsor's baht arrives in the operator's bank, held for a community fund."""

    def donate(connection: Connection) -> None:
        bank = book.system_account_id(connection, book.BANK)
        fund_account = book.system_account_id(connection, f"thb:fund:{fund}")
        request = ledger.TransferRequest(bank, fund_account, amount, "THB", "donation")
        ledger.post_transfer(connection, request)

    write_transaction(engine, donate)


def ask_for_topup(engine: Engine, member: people.Member, amount: int) -> topups.TopUpRequest:
    return write_transaction(
        engine, lambda c: topups.request_topup(c, member.id, amount, utc_now())
    )


def statement(*lines: tuple[str, str, str, str]) -> bytes:
    """A generic-layout bank statement of credit lines ``(amount, description, reference,
    bank_ref)`` booked today, Thai time."""
    today = (utc_now() + timedelta(hours=7)).strftime("%Y-%m-%d")
    rows = [
        f"{today},09:30,{amount},{text},{ref},{bank_ref}" for amount, text, ref, bank_ref in lines
    ]
    return "\n".join([STATEMENT_HEADER, *rows, ""]).encode()


def redeem_at_shop(
    engine: Engine, merchant_id: int, amount: int, key: str
) -> redemption.Redemption:
    return write_transaction(
        engine,
        lambda c: redemption.redeem(c, merchant_id, amount, "welfare", key, "test", utc_now()),
    )
