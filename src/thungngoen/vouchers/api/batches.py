"""Voucher batches: the operator generates and cancels them, the staff read them.

The plain codes leave the server once, in the answer to the generating request (with
``Cache-Control: no-store``): they are bearer value and are never stored.
"""

from typing import Annotated

from fastapi import APIRouter, Depends, Response

from thungngoen import vouchers
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.vouchers import access
from thungngoen.vouchers.api.schemas import (
    BatchAsk,
    BatchOut,
    Cancel,
    ClosureOut,
    GeneratedOut,
    SheetLineOut,
)
from thungngoen.web.api_fields import Id
from thungngoen.web.deps import EngineDep, IdempotencyKey, require_role

router = APIRouter(prefix="/api/v1", tags=["vouchers"])
Issuer = Annotated[User, Depends(require_role(*access.ISSUERS))]
Reader = Annotated[User, Depends(require_role(*access.READERS))]


@router.post("/operator/voucher-batches", status_code=201)
def generate_batch(
    body: BatchAsk, user: Issuer, engine: EngineDep, key: IdempotencyKey, response: Response
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
def list_batches(user: Reader, engine: EngineDep) -> list[BatchOut]:
    with read_transaction(engine) as connection:
        return [
            BatchOut.model_validate(s, from_attributes=True)
            for s in vouchers.voucher_batch_summaries(connection)
        ]


@router.get("/operator/voucher-batches/{batch_id}")
def show_batch(batch_id: Id, user: Reader, engine: EngineDep) -> BatchOut:
    with read_transaction(engine) as connection:
        summary = vouchers.voucher_batch_summary(connection, batch_id)
    return BatchOut.model_validate(summary, from_attributes=True)


@router.post("/operator/voucher-batches/{batch_id}/cancel")
def cancel_batch(batch_id: Id, body: Cancel, user: Issuer, engine: EngineDep) -> ClosureOut:
    """Withdraw a lost or stolen sheet: its unredeemed value goes back to the fund."""
    closure = write_transaction(
        engine,
        lambda c: vouchers.cancel_voucher_batch(
            c, batch_id, reason=body.reason, actor=f"user:{user.id}", now=utc_now()
        ),
    )
    return ClosureOut.model_validate(closure, from_attributes=True)
