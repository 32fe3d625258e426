"""The request and response shapes of the community funds' routes (``api.funds``).
Amounts are integer satang (100 = 1 baht)."""

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from thungngoen.wallet.fund_gifts import FundGift
from thungngoen.wallet.fund_statement import FundMovement, FundStatement
from thungngoen.web.api_fields import ApiModel, Satang


class FundGiftIn(ApiModel):
    kind: Literal["donation", "grant"]
    amount_satang: int = Satang
    donor: str = Field(min_length=1, max_length=200, description="Who gave the baht.")
    reference: str = Field("", max_length=60, description="The bank's slip or the grant's letter.")


class FundGiftOut(BaseModel):
    id: int
    receipt_number: str
    fund_code: str
    fund_name: str
    kind: str
    donor: str
    reference: str
    amount_satang: int
    amount_in_words: str
    transfer_id: int
    created_at: datetime

    @classmethod
    def of(cls, gift: FundGift) -> "FundGiftOut":
        return cls(
            id=gift.id,
            receipt_number=gift.number,
            fund_code=gift.fund_code,
            fund_name=gift.fund_name,
            kind=gift.kind,
            donor=gift.donor,
            reference=gift.reference,
            amount_satang=gift.amount,
            amount_in_words=gift.amount_in_words,
            transfer_id=gift.transfer_id,
            created_at=gift.created_at,
        )


class FundMovementOut(BaseModel):
    transfer_id: int
    created_at: datetime
    purpose: str
    amount_satang: int
    """Signed: positive into the fund, negative out of it."""
    balance_after_satang: int
    memo: str
    gift: FundGiftOut | None

    @classmethod
    def of(cls, line: FundMovement) -> "FundMovementOut":
        return cls(
            transfer_id=line.transfer_id,
            created_at=line.created_at,
            purpose=line.purpose,
            amount_satang=line.amount,
            balance_after_satang=line.balance_after,
            memo=line.memo,
            gift=FundGiftOut.of(line.gift) if line.gift else None,
        )


class FundStatementOut(BaseModel):
    code: str
    name: str
    balance_satang: int
    movements: list[FundMovementOut]
    next_before: int | None

    @classmethod
    def of(cls, statement: FundStatement) -> "FundStatementOut":
        return cls(
            code=statement.code,
            name=statement.name,
            balance_satang=statement.balance,
            movements=[FundMovementOut.of(line) for line in statement.movements],
            next_before=statement.next_before,
        )
