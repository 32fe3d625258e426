"""Members: sign up, see the wallet and its statement."""

from fastapi import APIRouter, Query

from thungngoen import ledger
from thungngoen.db import read_transaction, write_transaction
from thungngoen.wallet.api.schemas import Line, SignedUp, SignUp, Wallet
from thungngoen.wallet.people import member_for_user, register_member
from thungngoen.web.deps import EngineDep, MemberUser

router = APIRouter(prefix="/api/v1", tags=["members"])


@router.post("/members", status_code=201)
def sign_up(body: SignUp, engine: EngineDep) -> SignedUp:
    member = write_transaction(engine, lambda c: register_member(c, **body.model_dump()))
    return SignedUp(member_id=member.id, user_id=member.user_id)


@router.get("/me/wallet")
def my_wallet(user: MemberUser, engine: EngineDep) -> Wallet:
    with read_transaction(engine) as connection:
        member = member_for_user(connection, user.id)
        account = ledger.get_account(connection, member.account_id)
    return Wallet(
        member_id=member.id,
        name=user.name,
        balance_satang=account.balance,
        available_satang=account.available,
    )


@router.get("/me/statement")
def my_statement(
    user: MemberUser,
    engine: EngineDep,
    limit: int = Query(50, ge=1, le=200),
    before: int | None = None,
) -> list[Line]:
    with read_transaction(engine) as connection:
        member = member_for_user(connection, user.id)
        lines = ledger.statement(connection, member.account_id, limit, before)
    return [
        Line(
            transfer_id=line.transfer_id,
            created_at=line.created_at,
            amount_satang=line.amount,
            balance_after_satang=line.balance_after,
            purpose=line.purpose,
            memo=line.memo,
        )
        for line in lines
    ]
