"""A member's request to top up by PromptPay: a unique amount, a reference, a QR payload.

The amount is unique to the satang among open requests because banks often drop the
reference from the statement, and then the amount alone says whose payment it is.
"""

import os
import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from thungngoen import audit
from thungngoen.auth.users import find_by_phone
from thungngoen.db.transactions import RetryTransaction
from thungngoen.topups.errors import (
    PromptPayNotConfigured,
    TooManyOpenTopUps,
    TopUpAmountBusy,
    UnknownTopUpRequest,
    retry_if_unique_race,
)
from thungngoen.wallet import (
    MAX_TOPUP,
    Member,
    check_amount,
    get_member,
    member_for_user,
    promptpay_payload,
)
from thungngoen.wallet.errors import UnknownMember
from thungngoen.wallet.tables import topup_requests

OPERATOR_PROMPTPAY_ENV: Final = "THUNGNGOEN_OPERATOR_PROMPTPAY_ID"
OPERATOR_PAYEE_ENV: Final = "THUNGNGOEN_OPERATOR_PROMPTPAY_NAME"
DEMO_OPERATOR_PROMPTPAY_ID: Final = "0800000000"  # set by the Makefile and the tests only
DEFAULT_PAYEE_NAME: Final = "Thung Ngoen Songkhla"
REQUEST_LIFETIME: Final = timedelta(hours=24)
MAX_AMOUNT_BUMP: Final = 99
MAX_OPEN_REQUESTS_PER_MEMBER: Final = 3
_REFERENCE_ALPHABET: Final = string.ascii_uppercase + string.digits


@dataclass(frozen=True)
class TopUpRequest:
    id: int
    member_id: int
    reference: str
    requested: int
    amount: int
    status: str  # open, matched, expired
    transfer_id: int | None  # the SKC mint into the wallet, once matched
    created_at: datetime
    expires_at: datetime

    @property
    def payload(self) -> str:
        """The PromptPay QR text (``PromptPayNotConfigured`` without the operator's ID)."""
        return promptpay_payload(operator_promptpay_id(), self.amount, self.reference)


def promptpay_configured() -> bool:
    return bool(os.environ.get(OPERATOR_PROMPTPAY_ENV, "").strip())


def operator_promptpay_id() -> str:
    """The operator's PromptPay ID from env ``THUNGNGOEN_OPERATOR_PROMPTPAY_ID``; without it
    top-ups are refused (never a made-up number a member would pay into)."""
    target = os.environ.get(OPERATOR_PROMPTPAY_ENV, "").strip()
    if not target:
        raise PromptPayNotConfigured(
            "PromptPay top-ups are off: the operator's PromptPay ID is not configured"
        )
    return target


def operator_payee_name() -> str:
    """The payee printed under the QR: env ``THUNGNGOEN_OPERATOR_PROMPTPAY_NAME``."""
    return os.environ.get(OPERATOR_PAYEE_ENV, "").strip() or DEFAULT_PAYEE_NAME


def new_reference() -> str:
    return "TN" + "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(8))


def member_by_phone(connection: Connection, phone: str) -> Member:
    """The member who logs in with ``phone``: how the operator and the CLI name them."""
    user = find_by_phone(connection, phone)
    if user is None:
        raise UnknownMember(f"no member with phone {phone}")
    return member_for_user(connection, user.id)


def request_topup(
    connection: Connection,
    member_id: int,
    amount_satang: int,
    now: datetime,
    *,
    actor: str | None = None,
) -> TopUpRequest:
    """An open request for at least ``amount_satang``: pay exactly ``.amount`` by ``.payload``."""
    check_amount(amount_satang)
    operator_promptpay_id()  # refuse before anything else when top-ups are off
    get_member(connection, member_id)
    open_count = connection.execute(
        select(func.count())
        .select_from(topup_requests)
        .where(topup_requests.c.member_id == member_id, topup_requests.c.status == "open")
    ).scalar_one()
    if open_count >= MAX_OPEN_REQUESTS_PER_MEMBER:
        raise TooManyOpenTopUps(
            f"you already have {open_count} top-ups waiting for payment; pay or let them expire"
        )
    amount = _free_amount(connection, amount_satang)
    reference = _unused_reference(connection)
    promptpay_payload(operator_promptpay_id(), amount, reference)  # a bad setting writes nothing
    values = {
        "member_id": member_id,
        "reference": reference,
        "requested": amount_satang,
        "amount": amount,
        "status": "open",
        "created_at": now,
        "expires_at": now + REQUEST_LIFETIME,
    }
    try:
        request_id = connection.execute(
            insert(topup_requests).returning(topup_requests.c.id), values
        ).scalar_one()
    except IntegrityError as error:
        retry_if_unique_race(error, "wallet_topup_requests")
        raise
    audit.record(
        connection,
        actor=actor or f"member:{member_id}",
        action="topup.request",
        subject_type="topup_request",
        subject_id=request_id,
        after={key: values[key] for key in ("member_id", "reference", "requested", "amount")},
    )
    return get_topup_request(connection, request_id)


def get_topup_request(connection: Connection, request_id: int) -> TopUpRequest:
    row = connection.execute(
        select(topup_requests).where(topup_requests.c.id == request_id)
    ).first()
    if row is None:
        raise UnknownTopUpRequest(f"top-up request {request_id} does not exist")
    return TopUpRequest(**row._mapping)


def open_topup_requests(connection: Connection, member_id: int) -> list[TopUpRequest]:
    """The member's requests still waiting for payment, oldest first."""
    query = select(topup_requests.c.id).where(
        topup_requests.c.member_id == member_id, topup_requests.c.status == "open"
    )
    ids = connection.execute(query.order_by(topup_requests.c.id)).scalars()
    return [get_topup_request(connection, request_id) for request_id in ids]


def expire_topup_requests(connection: Connection, now: datetime, actor: str = "system") -> int:
    """Close open requests past their expiry, freeing their amounts; returns how many."""
    overdue = connection.execute(
        select(topup_requests.c.id)
        .where(topup_requests.c.status == "open", topup_requests.c.expires_at <= now)
        .order_by(topup_requests.c.id)
        .with_for_update()
    ).scalars()
    expired = list(overdue)
    for request_id in expired:
        connection.execute(
            update(topup_requests).where(topup_requests.c.id == request_id).values(status="expired")
        )
        audit.record(
            connection,
            actor=actor,
            action="topup.expire",
            subject_type="topup_request",
            subject_id=request_id,
            before={"status": "open"},
            after={"status": "expired"},
        )
    return len(expired)


def _free_amount(connection: Connection, asked: int) -> int:
    """The lowest amount from ``asked`` up (by at most 99 satang) that no open request holds."""
    window = range(asked, min(asked + MAX_AMOUNT_BUMP, MAX_TOPUP) + 1)
    taken = set(
        connection.execute(
            select(topup_requests.c.amount).where(
                topup_requests.c.status == "open",
                topup_requests.c.amount.between(window.start, window.stop - 1),
            )
        ).scalars()
    )
    for amount in window:
        if amount not in taken:
            return amount
    raise TopUpAmountBusy("too many open requests for this amount, try another amount")


def _unused_reference(connection: Connection) -> str:
    for _ in range(10):
        reference = new_reference()
        used = select(topup_requests.c.id).where(topup_requests.c.reference == reference)
        if connection.execute(used).first() is None:
            return reference
    raise RetryTransaction("no unused top-up reference found")
