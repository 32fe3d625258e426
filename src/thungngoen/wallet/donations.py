"""A sponsor gives baht to a community fund (a Citizens' Day budget, say): the baht
arrives in the operator's bank account and is owed to the fund (THB ``thb:bank`` →
``thb:fund:<code>``). No coin moves, so the reserve is untouched; an event later turns
the fund's baht into allowances (``programs.registration``)."""

from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.wallet import book, errors
from thungngoen.wallet.errors import UnknownFund
from thungngoen.wallet.topups import MAX_TOPUP, check_amount

MAX_DONATION = 100 * MAX_TOPUP
"""5 million baht in one gift: above this the operator books it by hand."""


def donate_to_fund(
    connection: Connection,
    *,
    fund_code: str,
    amount: int,
    donor: str,
    idempotency_key: str,
    actor: str,
) -> ledger.Transfer:
    check_amount(amount, MAX_DONATION)
    if fund_code not in book.COMMUNITY_FUNDS:
        raise UnknownFund(f"no community fund {fund_code!r}")
    if not 0 < len(donor.strip()) <= 200:
        raise errors.WalletError("a donation names its donor (up to 200 characters)")
    request = ledger.TransferRequest(
        book.system_account_id(connection, book.BANK),
        book.system_account_id(connection, f"thb:fund:{fund_code}"),
        amount,
        "THB",
        "donation",
        f"บริจาคเข้า{book.COMMUNITY_FUNDS[fund_code]}: {donor.strip()}",
        {"actor": actor, "fund": fund_code, "donor": donor.strip()},
        idempotency_key=f"donation:{idempotency_key}",
    )
    return ledger.post_transfer(connection, request)
