"""Shared steps of the treasury page tests: posting a page's form, the demo's people and
shops, money set up through the operations, and a count of every row the pages write."""

import re
from datetime import timedelta
from typing import Any

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine, func, select

from tests.web.conftest import form_token
from thungngoen import ledger
from thungngoen.audit.tables import audit_log
from thungngoen.auth.users import find_by_phone
from thungngoen.db import read_transaction, write_transaction
from thungngoen.db.types import utc_now
from thungngoen.demo import Login
from thungngoen.ledger.tables import transfers
from thungngoen.wallet import book, people, redemption
from thungngoen.wallet import promptpay_topups as topups
from thungngoen.wallet.programs.tables import event_participants, programs
from thungngoen.wallet.promptpay_topups.tables import statement_lines
from thungngoen.wallet.redemption.tables import payout_batches
from thungngoen.wallet.tables import merchants
from thungngoen.wallet.vouchers.tables import voucher_batches

WRITTEN = (
    audit_log,
    transfers,
    programs,
    event_participants,
    voucher_batches,
    statement_lines,
    payout_batches,
)
STATEMENT_HEADER = "date,time,amount,description,reference,bank_ref"


def post(
    client: TestClient,
    page: str,
    action: str,
    data: dict[str, str] | None = None,
    files: dict[str, Any] | None = None,
) -> httpx.Response:
    """Post the form of ``page`` to ``action`` with the page's CSRF token (``files``:
    as a multipart form)."""
    fields = {**(data or {}), "csrf_token": form_token(client, page)}
    response: httpx.Response = client.post(action, data=fields, files=files, follow_redirects=False)
    return response


def rows_written(engine: Engine) -> dict[str, int]:
    """Rows in every table the treasury's operations write: equal before and after means
    nothing was written."""
    with read_transaction(engine) as connection:
        return {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in WRITTEN
        }


def member_of(engine: Engine, login: Login) -> people.Member:
    with read_transaction(engine) as connection:
        user = find_by_phone(connection, login.phone)
        assert user is not None
        return people.member_for_user(connection, user.id)


def shop_of(engine: Engine, login: Login) -> int:
    with read_transaction(engine) as connection:
        user = find_by_phone(connection, login.phone)
        assert user is not None
        query = select(merchants.c.id).where(merchants.c.owner_user_id == user.id)
        merchant_id: int = connection.execute(query).scalar_one()
    return merchant_id


def balance(engine: Engine, account: int | str) -> int:
    with read_transaction(engine) as connection:
        if isinstance(account, str):
            found = ledger.find_account(connection, account)
            return found.balance if found else 0
        return ledger.balance(connection, account)


def donate_to_fund(engine: Engine, fund: str, amount: int) -> None:
    """A sponsor's baht arrives in the operator's bank, held for a community fund."""

    def donate(connection: Connection) -> None:
        bank = book.system_account_id(connection, book.BANK)
        fund_account = book.system_account_id(connection, f"thb:fund:{fund}")
        request = ledger.TransferRequest(bank, fund_account, amount, "THB", "donation")
        ledger.post_transfer(connection, request)

    write_transaction(engine, donate)


def ask_for_topup(engine: Engine, member: people.Member, amount: int) -> topups.TopUpRequest:
    return write_transaction(
        engine, lambda c: topups.request_topup(c, member.id, amount, utc_now())
    )


def statement(*lines: tuple[str, str, str, str]) -> bytes:
    """A generic-layout bank statement of credit lines ``(amount, description, reference,
    bank_ref)`` booked today, Thai time."""
    today = (utc_now() + timedelta(hours=7)).strftime("%Y-%m-%d")
    rows = [
        f"{today},09:30,{amount},{text},{ref},{bank_ref}" for amount, text, ref, bank_ref in lines
    ]
    return "\n".join([STATEMENT_HEADER, *rows, ""]).encode()


def redeem_at_shop(
    engine: Engine, merchant_id: int, amount: int, key: str
) -> redemption.Redemption:
    return write_transaction(
        engine,
        lambda c: redemption.redeem(c, merchant_id, amount, "welfare", key, "test", utc_now()),
    )


def error_of(html: str, field: str) -> str:
    """The error shown under ``field`` (the ``e-<field>`` paragraph), or ``""``."""
    found = re.search(rf'<p class="error" id="e-{re.escape(field)}"[^>]*>([^<]*)</p>', html)
    return found.group(1).strip() if found else ""
