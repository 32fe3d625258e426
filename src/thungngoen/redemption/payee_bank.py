"""Whether a payout instruction can go into a bank's bulk payment file: a PromptPay ID is
enough; a bank account needs its bank (the three-digit Bank of Thailand code the file
names the receiving bank by). Shops that signed up before the bank was asked (migration
0016) may have an account without a bank: their instructions wait, listed as needing the
bank, until the shop's record has it (decision 0035)."""

from sqlalchemy import ColumnElement, Connection, and_, select, update

from thungngoen.redemption.tables import payout_instructions
from thungngoen.wallet import THAI_BANKS
from thungngoen.wallet.tables import merchants

NEEDS_BANK: ColumnElement[bool] = and_(
    payout_instructions.c.payout_promptpay.is_(None),
    payout_instructions.c.payout_bank_code.is_(None),
)
"""An instruction to a bank account whose bank is not known: it cannot be paid in bulk."""


def complete_bank_codes(connection: Connection) -> None:
    """Give queued instructions without a bank the bank their shop has recorded since, for
    the same account number only: a later change of account never redirects money already
    promised, but naming the bank of the same account does not change who is paid."""
    shop_bank = (
        select(merchants.c.payout_bank_code)
        .where(
            merchants.c.id == payout_instructions.c.merchant_id,
            merchants.c.payout_bank_account == payout_instructions.c.payout_bank_account,
        )
        .scalar_subquery()
    )
    connection.execute(
        update(payout_instructions)
        .where(payout_instructions.c.status == "queued", NEEDS_BANK)
        .values(payout_bank_code=shop_bank)
    )


def shops_needing_bank(connection: Connection) -> list[str]:
    """The names of the shops whose queued payouts wait for their bank, by name."""
    rows = connection.execute(
        select(merchants.c.business_name)
        .distinct()
        .join(payout_instructions, payout_instructions.c.merchant_id == merchants.c.id)
        .where(payout_instructions.c.status == "queued", NEEDS_BANK)
        .order_by(merchants.c.business_name)
    )
    return list(rows.scalars())


def bank_columns(code: str | None) -> tuple[str, str]:
    """``(bank_code, Thai bank name)`` for the bank file; empty for a PromptPay payee."""
    if code is None or code not in THAI_BANKS:
        return "", ""
    return code, THAI_BANKS[code][1]
