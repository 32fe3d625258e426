"""Paying with coin: member to member by phone (merchant payments in ``merchant_pay``)."""

from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.auth.users import find_by_phone, get_user
from thungngoen.wallet import errors
from thungngoen.wallet.notifications import tell_transfer
from thungngoen.wallet.people import Member, member_for_user
from thungngoen.wallet.topups import check_amount

MAX_PAYMENT = 2_000_000


def pay_member(
    connection: Connection,
    *,
    payer: Member,
    payee_phone: str,
    amount: int,
    memo: str,
    idempotency_key: str,
) -> ledger.Transfer:
    check_amount(amount, MAX_PAYMENT)
    payee_user = find_by_phone(connection, payee_phone)
    if payee_user is None:
        raise errors.UnknownMember("no member with this phone number")
    payee = member_for_user(connection, payee_user.id)
    if payee.id == payer.id:
        raise errors.WalletError("you cannot send coin to yourself")
    key = f"p2p:{payer.id}:{idempotency_key}"
    replay = ledger.transfer_by_key(connection, key) is not None
    request = ledger.TransferRequest(
        payer.account_id,
        payee.account_id,
        amount,
        "SKC",
        "p2p",
        memo,
        {"payer_member_id": payer.id, "payee_member_id": payee.id},
        idempotency_key=key,
    )
    transfer = ledger.post_transfer(connection, request)
    if not replay:
        payer_name = get_user(connection, payer.user_id).name
        tell_transfer(
            connection,
            payer=(payer.user_id, payer_name),
            payee=(payee_user.id, payee_user.name),
            amount=amount,
            transfer_id=transfer.id,
            now=transfer.created_at,
        )
    return transfer
