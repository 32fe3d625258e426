"""The operator (SK): approve shops, freeze accounts, reset PINs.

A shop's new status is reached by the decision the console page gives
(``console.merchant_decisions``): a change the page refuses is refused here too (422)."""

from fastapi import APIRouter

from thungngoen import wallet
from thungngoen.auth import pins
from thungngoen.console.api.schemas import AccountStatus, MerchantDecision
from thungngoen.console.merchant_decisions import move_merchant
from thungngoen.db import write_transaction
from thungngoen.web.api_fields import Id
from thungngoen.web.deps import EngineDep, OperatorUser

router = APIRouter(prefix="/api/v1", tags=["operator"])


@router.post("/operator/merchants/{merchant_id}/status", status_code=204)
def decide_merchant(
    merchant_id: Id, body: MerchantDecision, user: OperatorUser, engine: EngineDep
) -> None:
    write_transaction(
        engine,
        lambda c: move_merchant(
            c, merchant_id, body.status, actor=f"user:{user.id}", tier=body.tier
        ),
    )


@router.post("/operator/accounts/{account_id}/status", status_code=204)
def set_account_status(
    account_id: Id, body: AccountStatus, user: OperatorUser, engine: EngineDep
) -> None:
    write_transaction(
        engine,
        lambda c: wallet.change_account_status(c, account_id, body.status, f"user:{user.id}"),
    )


@router.post("/operator/users/{user_id}/pin-reset", status_code=204)
def reset_pin(user_id: Id, user: OperatorUser, engine: EngineDep) -> None:
    write_transaction(engine, lambda c: pins.reset_pin(c, user_id, actor=f"user:{user.id}"))
