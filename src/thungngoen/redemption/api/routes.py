"""Redemption: a shop owner redeems coin and pays suppliers; the operator pays shops out and
sets tier rules; the operator and auditors watch the legal float guard and the funds.

The answers are read from the operations' value objects (``from_attributes``); ``From("x")``
names the attribute a ``*_satang`` field comes from."""

from datetime import date, datetime
from typing import Any

from fastapi import APIRouter, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Connection

from thungngoen import redemption
from thungngoen.db import read_transaction, write_transaction
from thungngoen.db.types import utc_now
from thungngoen.redemption import legal_guard
from thungngoen.wallet import require_own_shop
from thungngoen.wallet.api.schemas import Satang
from thungngoen.web.deps import EngineDep, IdempotencyKey, MerchantUser, OperatorUser, StaffUser

router = APIRouter(prefix="/api/v1", tags=["redemption"])


def From(attribute: str) -> Any:  # noqa: N802 (reads as a field declaration)
    return Field(validation_alias=attribute)


class Answer(BaseModel):
    model_config = ConfigDict(from_attributes=True, populate_by_name=True)


class Position(Answer):
    balance_satang: int = From("balance")
    received_from_members_satang: int = From("received_from_members")
    required_respend_satang: int = From("required_respend")
    respent_satang: int = From("respent")
    respend_owed_satang: int = From("respend_owed")
    redeemable_satang: int = From("redeemable")


class CoinRedemptionAsk(BaseModel):
    amount_satang: int = Satang
    fund_code: str = Field(description="The community fund the fee goes to, e.g. welfare.")


class CoinRedemptionOut(Answer):
    redemption_id: int = From("id")
    amount_satang: int = From("amount")
    fee_satang: int = From("fee")
    net_satang: int = From("net")
    fund_code: str
    burn_transfer_id: int
    payout_instruction_id: int = From("instruction_id")


class SupplierPaymentAsk(BaseModel):
    supplier_merchant_id: int
    amount_satang: int = Satang


class SupplierPaymentOut(Answer):
    payment_id: int = From("id")
    transfer_id: int
    supplier_merchant_id: int
    amount_satang: int = From("amount")


class PayoutOut(Answer):
    instruction_id: int = From("id")
    redemption_id: int
    amount_satang: int = From("amount")
    payee_type: str
    payee: str
    status: str
    batch_id: int | None
    bank_reference: str | None
    created_at: datetime
    paid_at: datetime | None


class PayoutBatchOut(Answer):
    batch_id: int = From("id")
    status: str
    total_satang: int = From("total")
    instruction_count: int
    bank_reference: str | None
    transfer_id: int | None


class BankPaid(BaseModel):
    bank_reference: str


class TierRuleIn(BaseModel):
    may_redeem: bool
    respend_share_bp: int = Field(description="Member receipts to re-spend first (5000 = 50%).")
    fee_bp: int = Field(description="Redemption fee in basis points (500 = 5%).")


class TierRuleOut(TierRuleIn):
    tier: str


class FloatReportOut(Answer):
    as_of: datetime
    outstanding_satang: int = From("outstanding")
    average_outstanding_satang: int = From("average_outstanding")
    limit_satang: int = From("limit")
    share_used: float = Field(description="The 6-month average over the limit (0.8 = 80%).")
    warning: bool = Field(description=f"The average is {legal_guard.WARNING_PERCENT}% or more.")
    window_first_day: date = From("first_day")
    window_last_day: date = From("last_day")


class FundOut(Answer):
    code: str
    name: str
    balance_satang: int = From("balance")


@router.get("/shops/{merchant_id}/redeemable")
def redeemable_position(merchant_id: int, user: MerchantUser, engine: EngineDep) -> Position:
    with read_transaction(engine) as connection:
        require_own_shop(connection, user, merchant_id)
        position = redemption.redeemable_position(connection, merchant_id)
    return Position.model_validate(position)


@router.post("/shops/{merchant_id}/redemptions", status_code=201)
def redeem(
    merchant_id: int,
    body: CoinRedemptionAsk,
    user: MerchantUser,
    engine: EngineDep,
    key: IdempotencyKey,
) -> CoinRedemptionOut:
    def work(connection: Connection) -> redemption.Redemption:
        require_own_shop(connection, user, merchant_id)
        amount, fund, actor = body.amount_satang, body.fund_code, f"user:{user.id}"
        return redemption.redeem(connection, merchant_id, amount, fund, key, actor, utc_now())

    return CoinRedemptionOut.model_validate(write_transaction(engine, work))


@router.post("/shops/{merchant_id}/supplier-payments", status_code=201)
def pay_supplier(
    merchant_id: int,
    body: SupplierPaymentAsk,
    user: MerchantUser,
    engine: EngineDep,
    key: IdempotencyKey,
) -> SupplierPaymentOut:
    """Pay another network shop in coin: the re-spend that a tier's rule may require."""

    def work(connection: Connection) -> redemption.MerchantPayment:
        require_own_shop(connection, user, merchant_id)
        supplier, amount = body.supplier_merchant_id, body.amount_satang
        return redemption.pay_supplier(
            connection, merchant_id, supplier, amount, key, f"user:{user.id}"
        )

    return SupplierPaymentOut.model_validate(write_transaction(engine, work))


@router.get("/shops/{merchant_id}/payouts")
def shop_payouts(merchant_id: int, user: MerchantUser, engine: EngineDep) -> list[PayoutOut]:
    """The shop's payout instructions, newest first: queued, batched (sent to the bank), paid."""
    with read_transaction(engine) as connection:
        require_own_shop(connection, user, merchant_id)
        instructions = redemption.merchant_payouts(connection, merchant_id)
    return [PayoutOut.model_validate(instruction) for instruction in instructions]


@router.post("/operator/payout-batches", status_code=201)
def create_payout_batch(user: OperatorUser, engine: EngineDep) -> PayoutBatchOut:
    """Gather every queued payout instruction into a batch for one bulk bank payment."""
    actor = f"user:{user.id}"
    batch = write_transaction(engine, lambda c: redemption.create_payout_batch(c, actor, utc_now()))
    return PayoutBatchOut.model_validate(batch)


@router.get(
    "/operator/payout-batches/{batch_id}/csv",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}, "description": "The bank's bulk file."}},
)
def payout_batch_csv(batch_id: int, user: OperatorUser, engine: EngineDep) -> Response:
    with read_transaction(engine) as connection:
        content = redemption.payout_batch_csv(connection, batch_id)
    disposition = f'attachment; filename="payout-batch-{batch_id}.csv"'
    return Response(content, media_type="text/csv", headers={"Content-Disposition": disposition})


@router.post("/operator/payout-batches/{batch_id}/paid")
def mark_batch_paid(
    batch_id: int, body: BankPaid, user: OperatorUser, engine: EngineDep
) -> PayoutBatchOut:
    """The bank paid the batch; the same bank reference again changes nothing (idempotent)."""
    actor, reference = f"user:{user.id}", body.bank_reference
    batch = write_transaction(
        engine, lambda c: redemption.mark_batch_paid(c, batch_id, actor, utc_now(), reference)
    )
    return PayoutBatchOut.model_validate(batch)


@router.put("/operator/tier-rules/{tier}")
def set_tier_rule(
    tier: str, body: TierRuleIn, user: OperatorUser, engine: EngineDep
) -> TierRuleOut:
    rule = redemption.TierRule(tier, body.may_redeem, body.respend_share_bp, body.fee_bp)
    write_transaction(
        engine, lambda c: redemption.set_tier_rule(c, rule, f"user:{user.id}", utc_now())
    )
    return TierRuleOut(tier=tier, **body.model_dump())


@router.get("/operator/legal-guard")
def float_report(user: StaffUser, engine: EngineDep) -> FloatReportOut:
    """The Payment Systems Act exemption: the 6-month average coin float against its limit."""
    with read_transaction(engine) as connection:
        report = legal_guard.float_report(connection, utc_now())
    return FloatReportOut.model_validate(report)


@router.get("/operator/community-funds")
def community_funds(user: StaffUser, engine: EngineDep) -> list[FundOut]:
    """The funds the redemption fees go to, with their balances."""
    with read_transaction(engine) as connection:
        funds = redemption.community_funds(connection)
    return [FundOut.model_validate(fund) for fund in funds]
