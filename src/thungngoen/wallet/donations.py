"""A donor gives baht to a community fund: a *donation* (a sponsor, a temple, a person)
or a *grant* (a public body's budget, say for Citizens' Day).

The baht arrives in the operator's bank account and is owed to the fund: one THB
transfer ``thb:bank`` → ``thb:fund:<code>`` (the bank, an asset, and the fund, a
liability, rise together). No coin moves and the bank's baht backing coin is unchanged
(the reserve report counts the funds as held for others), so the proof of reserve stays
balanced; an event or a voucher batch later spends the fund. The operator records it:
idempotent by the operator's key, audited, with a row naming the donor for the receipt
and the fund's statement (decision 0023).
"""

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from thungngoen import audit, ledger
from thungngoen.wallet import book, errors
from thungngoen.wallet.fund_gifts import FundGift, gift_from_row
from thungngoen.wallet.tables import FUND_GIFT_KINDS, fund_gifts
from thungngoen.wallet.topups import MAX_TOPUP, check_amount

MAX_DONATION = 100 * MAX_TOPUP
"""5 million baht in one gift: above this the operator books it by hand."""
MAX_DONOR = 200
MAX_REFERENCE = 60
KIND_IN_THAI = {"donation": "เงินบริจาค", "grant": "เงินอุดหนุน"}


def record_gift(
    connection: Connection,
    *,
    fund_code: str,
    kind: str,
    amount: int,
    donor: str,
    idempotency_key: str,
    actor: str,
    reference: str = "",
    now: datetime | None = None,
) -> FundGift:
    """Record ``amount`` satang given to fund ``fund_code``. The same key with the same
    request returns the first gift; with another request it is refused (409)."""
    donor, reference = donor.strip(), reference.strip()
    key = f"fund-gift:{idempotency_key}"
    earlier = connection.execute(select(fund_gifts).where(fund_gifts.c.idempotency_key == key))
    row = earlier.first()
    if row is not None:
        if (row.fund_code, row.kind, row.amount, row.donor, row.reference) != (
            fund_code,
            kind,
            amount,
            donor,
            reference,
        ):
            raise ledger.errors.IdempotencyConflict("this key was used for another gift")
        return gift_from_row(row)
    _check(fund_code, kind, amount, donor, reference)
    metadata: dict[str, Any] = {"actor": actor, "fund": fund_code, "kind": kind, "donor": donor}
    request = ledger.TransferRequest(
        book.system_account_id(connection, book.BANK),
        book.system_account_id(connection, f"thb:fund:{fund_code}"),
        amount,
        "THB",
        kind,
        f"{KIND_IN_THAI[kind]}เข้า{book.COMMUNITY_FUNDS[fund_code]}: {donor}",
        {**metadata, "reference": reference},
        idempotency_key=key,
    )
    transfer = ledger.post_transfer(connection, request)
    values = {
        "fund_code": fund_code,
        "kind": kind,
        "donor": donor,
        "reference": reference,
        "amount": amount,
        "transfer_id": transfer.id,
        "idempotency_key": key,
        "actor": actor,
        "created_at": now or transfer.created_at,
    }
    gift_id = connection.execute(insert(fund_gifts).returning(fund_gifts.c.id), values)
    gift = gift_from_row(
        connection.execute(select(fund_gifts).where(fund_gifts.c.id == gift_id.scalar_one())).one()
    )
    audit.record(
        connection,
        actor=actor,
        action=f"fund.{kind}",
        subject_type="fund",
        subject_id=fund_code,
        after={**metadata, "amount": amount, "gift_id": gift.id, "transfer_id": transfer.id},
    )
    return gift


def _check(fund_code: str, kind: str, amount: int, donor: str, reference: str) -> None:
    check_amount(amount, MAX_DONATION)
    if fund_code not in book.COMMUNITY_FUNDS:
        raise errors.UnknownFund(f"no community fund {fund_code!r}")
    if kind not in FUND_GIFT_KINDS:
        raise errors.InvalidGiftKind("a gift into a fund is a donation or a grant")
    if not 0 < len(donor) <= MAX_DONOR:
        raise errors.DonorRequired(f"a gift names its donor (up to {MAX_DONOR} characters)")
    if len(reference) > MAX_REFERENCE:
        raise errors.ReferenceTooLong(f"a reference has at most {MAX_REFERENCE} characters")


def donate_to_fund(
    connection: Connection,
    *,
    fund_code: str,
    amount: int,
    donor: str,
    idempotency_key: str,
    actor: str,
) -> ledger.Transfer:
    """A donation (the simulator's sponsors): ``record_gift`` of kind ``donation``."""
    gift = record_gift(
        connection,
        fund_code=fund_code,
        kind="donation",
        amount=amount,
        donor=donor,
        idempotency_key=idempotency_key,
        actor=actor,
    )
    return ledger.get_transfer(connection, gift.transfer_id)
