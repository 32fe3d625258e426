"""Opening accounts and changing their status."""

from typing import Any

from sqlalchemy import Connection, Row, insert, select, update

from thungngoen.clock import utc_now
from thungngoen.ledger import errors, store
from thungngoen.ledger.model import Account, AccountSpec
from thungngoen.ledger.tables import ACCOUNT_STATUSES, ACCOUNT_TYPES, CURRENCIES, accounts


def _validate(spec: AccountSpec) -> None:
    if spec.currency not in CURRENCIES:
        raise errors.UnknownCurrency(f"unknown currency {spec.currency!r}")
    if spec.type not in ACCOUNT_TYPES:
        raise errors.InvalidAccount(f"account type must be one of {', '.join(ACCOUNT_TYPES)}")
    if not spec.code or not spec.owner_type or not spec.purpose:
        raise errors.InvalidAccount("an account needs a code, an owner type and a purpose")
    if spec.credit_limit is not None and (spec.no_overdraft or spec.credit_limit < 0):
        raise errors.InvalidAccount("a credit limit is a non-negative amount without no_overdraft")


def open_account(connection: Connection, spec: AccountSpec) -> Account:
    _validate(spec)
    if find_account(connection, spec.code) is not None:
        raise errors.DuplicateAccountCode(f"an account with code {spec.code!r} exists")
    values: dict[str, Any] = {
        "code": spec.code,
        "currency": spec.currency,
        "type": spec.type,
        "owner_type": spec.owner_type,
        "owner_id": spec.owner_id,
        "purpose": spec.purpose,
        "name": spec.name,
        "status": "active",
        "overdraft_limit": spec.overdraft_limit,
        "debits_pending": 0,
        "debits_posted": 0,
        "credits_pending": 0,
        "credits_posted": 0,
        "last_transfer_id": None,
        "created_at": utc_now(),
    }
    new_id = connection.execute(insert(accounts).returning(accounts.c.id), values).scalar_one()
    return Account(id=new_id, **values)


def to_account(row: Row[object]) -> Account:
    return Account(**row._mapping)


def get_account(connection: Connection, account_id: int) -> Account:
    row = connection.execute(select(accounts).where(accounts.c.id == account_id)).first()
    if row is None:
        raise errors.UnknownAccount(f"account {account_id} does not exist")
    return to_account(row)


def find_account(connection: Connection, code: str) -> Account | None:
    row = connection.execute(select(accounts).where(accounts.c.code == code)).first()
    return None if row is None else to_account(row)


def set_account_status(connection: Connection, account_id: int, status: str) -> Account:
    """Freeze, unfreeze or close an account. Closing is final and needs a zero balance."""
    if status not in ACCOUNT_STATUSES:
        raise errors.InvalidAccount(f"status must be one of {', '.join(ACCOUNT_STATUSES)}")
    store.lock(connection, [account_id], count=0)
    account = get_account(connection, account_id)
    if account.status == "closed":
        raise errors.AccountClosed(f"account {account_id} is closed")
    if status == "closed" and (
        account.balance or account.debits_pending or account.credits_pending
    ):
        raise errors.InvalidAccount(
            f"account {account_id} must have a zero balance and nothing pending to close"
        )
    connection.execute(update(accounts).where(accounts.c.id == account_id).values(status=status))
    return get_account(connection, account_id)
