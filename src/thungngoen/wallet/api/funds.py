"""The community funds: the staff read each fund's balance and statement and a gift's
receipt; the operator records a donation or a grant into a fund (``access.FUND_OPERATORS``)."""

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from thungngoen.auth.users import User
from thungngoen.db import read_transaction, write_transaction
from thungngoen.wallet import access, book
from thungngoen.wallet.api.schemas import FundGiftIn, FundGiftOut, FundStatementOut
from thungngoen.wallet.donations import record_gift
from thungngoen.wallet.fund_gifts import get_gift
from thungngoen.wallet.fund_statement import MAX_LINES, fund_statement
from thungngoen.web.api_fields import MAX_ID, Id
from thungngoen.web.deps import EngineDep, IdempotencyKey, StaffUser, require_role

router = APIRouter(prefix="/api/v1/funds", tags=["operator"])

FundOperator = Annotated[User, Depends(require_role(*access.FUND_OPERATORS))]
FundCode = Annotated[
    str, Path(max_length=40, pattern=r"^[a-z0-9-]+$", description="welfare, citizens-day, …")
]


@router.post("/{fund_code}/gifts", status_code=201)
def post_gift(
    fund_code: FundCode,
    body: FundGiftIn,
    user: FundOperator,
    engine: EngineDep,
    key: IdempotencyKey,
) -> FundGiftOut:
    """A donation or a grant of ``amount_satang`` baht, in the operator's bank, for the fund."""
    gift = write_transaction(
        engine,
        lambda c: record_gift(
            c,
            fund_code=fund_code,
            kind=body.kind,
            amount=body.amount_satang,
            donor=body.donor,
            reference=body.reference,
            idempotency_key=key,
            actor=f"user:{user.id}",
        ),
    )
    return FundGiftOut.of(gift)


@router.get("/{fund_code}/gifts/{gift_id}")
def get_fund_gift(
    fund_code: FundCode, gift_id: Id, user: StaffUser, engine: EngineDep
) -> FundGiftOut:
    """A gift's receipt: the amount in Thai words, the donor, the reference."""
    with read_transaction(engine) as connection:
        gift = get_gift(connection, gift_id)
    if gift.fund_code != fund_code:
        raise HTTPException(status_code=404)
    return FundGiftOut.of(gift)


@router.get("/{fund_code}/statement")
def get_fund_statement(
    fund_code: FundCode,
    user: StaffUser,
    engine: EngineDep,
    limit: int = Query(50, ge=1, le=MAX_LINES),
    before: int | None = Query(None, ge=1, le=MAX_ID),
) -> FundStatementOut:
    """The fund's movements, newest first: fees, donations, grants, spending."""
    if fund_code not in book.COMMUNITY_FUNDS:
        raise HTTPException(status_code=404)
    with read_transaction(engine) as connection:
        statement = fund_statement(connection, fund_code, limit, before)
    return FundStatementOut.of(statement)
