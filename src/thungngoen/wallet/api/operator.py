"""The operator (SK): approve shops, freeze accounts, reset PINs; the public reserve.

A shop's new status is reached by the decision the console page gives
(``wallet.merchant_decisions``): a change the page refuses is refused here too (422)."""

from fastapi import APIRouter

from thungngoen.auth import pins
from thungngoen.db import read_transaction, write_transaction
from thungngoen.wallet import move_merchant
from thungngoen.wallet.api.schemas import AccountStatus, MerchantDecision, Reserve
from thungngoen.wallet.people import change_account_status
from thungngoen.wallet.reserve import reserve_report
from thungngoen.web.deps import EngineDep, OperatorUser

router = APIRouter(prefix="/api/v1", tags=["operator"])


@router.get("/reserve", tags=["public"])
def proof_of_reserve(engine: EngineDep) -> Reserve:
    """Every coin outstanding is backed by a baht: this is public, and checked by verify."""
    with read_transaction(engine) as connection:
        report = reserve_report(connection)
    return Reserve(
        coin_outstanding_satang=report.coin_outstanding,
        baht_backing_satang=report.baht_backing,
        balanced=report.balanced,
    )


@router.post("/operator/merchants/{merchant_id}/status", status_code=204)
def decide_merchant(
    merchant_id: int, body: MerchantDecision, user: OperatorUser, engine: EngineDep
) -> None:
    write_transaction(
        engine,
        lambda c: move_merchant(
            c, merchant_id, body.status, actor=f"user:{user.id}", tier=body.tier
        ),
    )


@router.post("/operator/accounts/{account_id}/status", status_code=204)
def set_account_status(
    account_id: int, body: AccountStatus, user: OperatorUser, engine: EngineDep
) -> None:
    write_transaction(
        engine, lambda c: change_account_status(c, account_id, body.status, f"user:{user.id}")
    )


@router.post("/operator/users/{user_id}/pin-reset", status_code=204)
def reset_pin(user_id: int, user: OperatorUser, engine: EngineDep) -> None:
    write_transaction(engine, lambda c: pins.reset_pin(c, user_id, actor=f"user:{user.id}"))
