"""Printed vouchers: the operator generates, lists and cancels batches; a member redeems a
code into their own wallet; a shop owner redeems one at their shop.

The plain codes leave the server once, in the answer to the generating request (with
``Cache-Control: no-store``): they are bearer value and are never stored.
"""

from datetime import date, datetime

from fastapi import APIRouter, Response
from pydantic import BaseModel, Field
from sqlalchemy import Connection

from thungngoen import vouchers
from thungngoen.db import read_transaction, write_transaction
from thungngoen.db.types import utc_now
from thungngoen.wallet.api.schemas import Satang
from thungngoen.wallet.api.shops import owned_shop
from thungngoen.wallet.people import member_for_user
from thungngoen.web.deps import (
    EngineDep,
    IdempotencyKey,
    MemberUser,
    MerchantUser,
    OperatorUser,
    StaffUser,
)

router = APIRouter(prefix="/api/v1", tags=["vouchers"])


class BatchAsk(BaseModel):
    name: str
    value_satang: int = Satang
    count: int
    expires_on: date
    fund_code: str


class SheetLineOut(BaseModel):
    number: str
    code: str
    value: str
    name: str
    valid_until: str


class GeneratedOut(BaseModel):
    batch_id: int
    name: str
    value_satang: int
    count: int
    total_satang: int
    fund_code: str
    expires_on: date
    codes: list[str]
    sheet: list[SheetLineOut]


class BatchOut(BaseModel):
    """Read from a :class:`vouchers.BatchSummary` (the aliases name its attributes)."""

    batch_id: int
    name: str
    value_satang: int = Field(validation_alias="value")
    fund_code: str
    expires_at: datetime
    status: str
    issued: int
    redeemed: int
    expired: int
    cancelled: int
    outstanding: int
    outstanding_value_satang: int = Field(validation_alias="outstanding_value")


class Cancel(BaseModel):
    reason: str = Field(description="Why, for the audit log: a sheet lost or stolen, say.")


class ClosureOut(BaseModel):
    batch_id: int
    status: str
    vouchers: int
    returned_satang: int = Field(validation_alias="amount")


class RedeemAsk(BaseModel):
    code: str


class RedemptionOut(BaseModel):
    voucher_id: int
    batch_id: int
    transfer_id: int
    amount_satang: int = Field(validation_alias="amount")
    last4: str


@router.post("/operator/voucher-batches", status_code=201)
def generate_batch(
    body: BatchAsk, user: OperatorUser, engine: EngineDep, key: IdempotencyKey, response: Response
) -> GeneratedOut:
    """Issue a batch against a community fund; the codes are in this answer and nowhere else."""
    generated = write_transaction(
        engine,
        lambda c: vouchers.generate_voucher_batch(
            c,
            name=body.name,
            value=body.value_satang,
            count=body.count,
            expires_on=body.expires_on,
            fund_code=body.fund_code,
            idempotency_key=key,
            actor=f"user:{user.id}",
            now=utc_now(),
        ),
    )
    response.headers["Cache-Control"] = "no-store"
    sheet = [
        SheetLineOut.model_validate(line, from_attributes=True)
        for line in vouchers.printable_sheet(generated)
    ]
    return GeneratedOut(
        batch_id=generated.batch_id,
        name=generated.name,
        value_satang=generated.value,
        count=len(generated.codes),
        total_satang=generated.value * len(generated.codes),
        fund_code=generated.fund_code,
        expires_on=generated.expires_on,
        codes=list(generated.codes),
        sheet=sheet,
    )


@router.get("/operator/voucher-batches")
def list_batches(user: StaffUser, engine: EngineDep) -> list[BatchOut]:
    with read_transaction(engine) as connection:
        return [
            BatchOut.model_validate(s, from_attributes=True)
            for s in vouchers.voucher_batch_summaries(connection)
        ]


@router.get("/operator/voucher-batches/{batch_id}")
def show_batch(batch_id: int, user: StaffUser, engine: EngineDep) -> BatchOut:
    with read_transaction(engine) as connection:
        summary = vouchers.voucher_batch_summary(connection, batch_id)
    return BatchOut.model_validate(summary, from_attributes=True)


@router.post("/operator/voucher-batches/{batch_id}/cancel")
def cancel_batch(batch_id: int, body: Cancel, user: OperatorUser, engine: EngineDep) -> ClosureOut:
    """Withdraw a lost or stolen sheet: its unredeemed value goes back to the fund."""
    closure = write_transaction(
        engine,
        lambda c: vouchers.cancel_voucher_batch(
            c, batch_id, reason=body.reason, actor=f"user:{user.id}", now=utc_now()
        ),
    )
    return ClosureOut.model_validate(closure, from_attributes=True)


@router.post("/me/voucher-redemptions", status_code=201)
def redeem_into_my_wallet(
    body: RedeemAsk, user: MemberUser, engine: EngineDep, key: IdempotencyKey
) -> RedemptionOut:
    def redeem(connection: Connection) -> vouchers.Redemption:
        member = member_for_user(connection, user.id)
        return vouchers.redeem_to_member(
            connection,
            code=body.code,
            member_id=member.id,
            idempotency_key=key,
            actor=f"user:{user.id}",
            now=utc_now(),
        )

    return RedemptionOut.model_validate(write_transaction(engine, redeem), from_attributes=True)


@router.post("/shops/{merchant_id}/voucher-redemptions", status_code=201)
def redeem_at_my_shop(
    merchant_id: int, body: RedeemAsk, user: MerchantUser, engine: EngineDep, key: IdempotencyKey
) -> RedemptionOut:
    """A customer hands over a printed voucher for goods: its full value goes to the shop."""

    def redeem(connection: Connection) -> vouchers.Redemption:
        owned_shop(connection, user, merchant_id)
        return vouchers.redeem_at_merchant(
            connection,
            code=body.code,
            merchant_id=merchant_id,
            idempotency_key=key,
            actor=f"user:{user.id}",
            now=utc_now(),
        )

    return RedemptionOut.model_validate(write_transaction(engine, redeem), from_attributes=True)
