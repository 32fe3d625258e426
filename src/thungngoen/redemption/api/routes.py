"""Redemption: a shop owner redeems coin and pays suppliers; the operator pays shops out and
sets tier rules; the operator and auditors watch the legal float guard and the funds. Who
may do what is ``redemption.access``: each route's role is a dependency, and a shop's own
routes check the owner in their transaction."""

from typing import Annotated

from fastapi import APIRouter, Depends, Response
from sqlalchemy import Connection

from thungngoen import redemption, wallet
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.exports import CSV_MEDIA_TYPE
from thungngoen.redemption import access
from thungngoen.redemption.api.schemas import (
    BankPaid,
    CoinRedemptionAsk,
    CoinRedemptionOut,
    FloatReportOut,
    FundOut,
    PayoutBatchOut,
    PayoutOut,
    Position,
    SupplierPaymentAsk,
    SupplierPaymentOut,
    TierRuleIn,
    TierRuleOut,
)
from thungngoen.web.api_fields import Id
from thungngoen.web.deps import EngineDep, IdempotencyKey, require_role

router = APIRouter(prefix="/api/v1", tags=["redemption"])
ShopOwner = Annotated[User, Depends(require_role(*access.SHOP_OWNERS))]
Operator = Annotated[User, Depends(require_role(*access.OPERATORS))]
Watcher = Annotated[User, Depends(require_role(*access.WATCHERS))]


@router.get("/shops/{merchant_id}/redeemable")
def redeemable_position(merchant_id: Id, user: ShopOwner, engine: EngineDep) -> Position:
    with read_transaction(engine) as connection:
        access.require_own_shop(connection, user, merchant_id)
        position = redemption.redeemable_position(connection, merchant_id)
    return Position.model_validate(position)


@router.post("/shops/{merchant_id}/redemptions", status_code=201)
def redeem(
    merchant_id: Id,
    body: CoinRedemptionAsk,
    user: ShopOwner,
    engine: EngineDep,
    key: IdempotencyKey,
) -> CoinRedemptionOut:
    def work(connection: Connection) -> redemption.Redemption:
        access.require_own_shop(connection, user, merchant_id)
        amount, fund, actor = body.amount_satang, body.fund_code, f"user:{user.id}"
        return redemption.redeem(connection, merchant_id, amount, fund, key, actor, utc_now())

    return CoinRedemptionOut.model_validate(write_transaction(engine, work))


@router.post("/shops/{merchant_id}/supplier-payments", status_code=201)
def pay_supplier(
    merchant_id: Id,
    body: SupplierPaymentAsk,
    user: ShopOwner,
    engine: EngineDep,
    key: IdempotencyKey,
) -> SupplierPaymentOut:
    """Pay another network shop in coin: the re-spend that a tier's rule may require."""

    def work(connection: Connection) -> redemption.MerchantPayment:
        access.require_own_shop(connection, user, merchant_id)
        supplier, amount = body.supplier_merchant_id, body.amount_satang
        return redemption.pay_supplier(
            connection, merchant_id, supplier, amount, key, f"user:{user.id}"
        )

    return SupplierPaymentOut.model_validate(write_transaction(engine, work))


@router.get("/shops/{merchant_id}/payouts")
def shop_payouts(merchant_id: Id, user: ShopOwner, engine: EngineDep) -> list[PayoutOut]:
    """The shop's payout instructions, newest first: queued, batched (sent to the bank), paid."""
    with read_transaction(engine) as connection:
        access.require_own_shop(connection, user, merchant_id)
        instructions = redemption.merchant_payouts(connection, merchant_id)
    return [PayoutOut.model_validate(instruction) for instruction in instructions]


@router.post("/operator/payout-batches", status_code=201)
def create_payout_batch(user: Operator, engine: EngineDep) -> PayoutBatchOut:
    """Gather every queued payout instruction into a batch for one bulk bank payment."""
    actor = f"user:{user.id}"
    batch = write_transaction(engine, lambda c: redemption.create_payout_batch(c, actor, utc_now()))
    return PayoutBatchOut.model_validate(batch)


@router.get(
    "/operator/payout-batches/{batch_id}/csv",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}, "description": "The bank's bulk file."}},
)
def payout_batch_csv(batch_id: Id, user: Operator, engine: EngineDep) -> Response:
    with read_transaction(engine) as connection:
        content = redemption.payout_batch_csv(connection, batch_id)
    disposition = f'attachment; filename="payout-batch-{batch_id}.csv"'
    return Response(
        content, media_type=CSV_MEDIA_TYPE, headers={"Content-Disposition": disposition}
    )


@router.post("/operator/payout-batches/{batch_id}/paid")
def mark_batch_paid(
    batch_id: Id, body: BankPaid, user: Operator, engine: EngineDep
) -> PayoutBatchOut:
    """The bank paid the batch; the same bank reference again changes nothing (idempotent)."""
    actor, reference = f"user:{user.id}", body.bank_reference
    batch = write_transaction(
        engine, lambda c: redemption.mark_batch_paid(c, batch_id, actor, utc_now(), reference)
    )
    return PayoutBatchOut.model_validate(batch)


@router.put("/operator/tier-rules/{tier}")
def set_tier_rule(tier: str, body: TierRuleIn, user: Operator, engine: EngineDep) -> TierRuleOut:
    rule = redemption.TierRule(tier, body.may_redeem, body.respend_share_bp, body.fee_bp)
    write_transaction(
        engine, lambda c: redemption.set_tier_rule(c, rule, f"user:{user.id}", utc_now())
    )
    return TierRuleOut(tier=tier, **body.model_dump())


@router.get("/operator/legal-guard")
def float_report(user: Watcher, engine: EngineDep) -> FloatReportOut:
    """The Payment Systems Act exemption: the 6-month average coin float against its limit."""
    with read_transaction(engine) as connection:
        report = redemption.float_report(connection, utc_now())
    return FloatReportOut.model_validate(report)


@router.get("/operator/community-funds")
def community_funds(user: Watcher, engine: EngineDep) -> list[FundOut]:
    """The funds the redemption fees go to, with their balances."""
    with read_transaction(engine) as connection:
        funds = wallet.community_funds(connection)
    return [FundOut.model_validate(fund) for fund in funds]
