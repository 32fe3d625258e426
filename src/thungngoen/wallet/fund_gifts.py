"""The gifts recorded into the community funds (``donations``), read back for a receipt
and a fund's statement."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pythainlp.util import bahttext, thai_strftime
from sqlalchemy import Connection, Row, select

from thungngoen.thai import in_thai_time
from thungngoen.wallet import book, errors
from thungngoen.wallet.tables import fund_gifts


@dataclass(frozen=True, slots=True)
class FundGift:
    id: int
    fund_code: str
    kind: str
    """``donation`` or ``grant``."""
    donor: str
    reference: str
    amount: int
    transfer_id: int
    actor: str
    created_at: datetime

    @property
    def fund_name(self) -> str:
        return book.COMMUNITY_FUNDS[self.fund_code]

    @property
    def number(self) -> str:
        """The receipt's number: ``FG-000012``."""
        return f"FG-{self.id:06d}"

    @property
    def amount_in_words(self) -> str:
        """``50000`` → ``ห้าร้อยบาทถ้วน``."""
        return str(bahttext(self.amount / 100))

    @property
    def date_in_thai(self) -> str:
        """The receipt's date in the Buddhist Era, Thai time: ``5 ธันวาคม 2569``."""
        return str(thai_strftime(in_thai_time(self.created_at), "%-d %B %Y"))


def gift_from_row(row: Row[Any]) -> FundGift:
    return FundGift(
        id=row.id,
        fund_code=row.fund_code,
        kind=row.kind,
        donor=row.donor,
        reference=row.reference,
        amount=row.amount,
        transfer_id=row.transfer_id,
        actor=row.actor,
        created_at=row.created_at,
    )


def get_gift(connection: Connection, gift_id: int) -> FundGift:
    row = connection.execute(select(fund_gifts).where(fund_gifts.c.id == gift_id)).first()
    if row is None:
        raise errors.UnknownFundGift(f"no gift {gift_id} into a community fund")
    return gift_from_row(row)


def gifts_by_transfer(connection: Connection, transfer_ids: list[int]) -> dict[int, FundGift]:
    if not transfer_ids:
        return {}
    rows = connection.execute(select(fund_gifts).where(fund_gifts.c.transfer_id.in_(transfer_ids)))
    return {row.transfer_id: gift_from_row(row) for row in rows}
