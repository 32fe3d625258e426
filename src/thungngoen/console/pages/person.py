"""One member, shop or agent as the console shows it: identity, wallet, PIN, movements."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select

from thungngoen import ledger
from thungngoen.auth.tables import payment_pins
from thungngoen.auth.users import User, get_user
from thungngoen.console.pages.display import mask_last4, mask_phone
from thungngoen.console.pages.merchant_rows import MerchantRow, merchant_row
from thungngoen.registry.places import tambon
from thungngoen.wallet.tables import agents, members

RECENT_MOVEMENTS = 10


@dataclass(frozen=True, slots=True)
class PinState:
    is_set: bool
    failed_attempts: int
    locked_at: datetime | None


@dataclass(frozen=True, slots=True)
class Movement:
    line: ledger.StatementLine
    counterparty: str


@dataclass(frozen=True, slots=True)
class Person:
    kind: str
    id: int
    user: User
    phone: str
    """Masked: ``081-xxx-5678``."""
    tambon_name: str
    registered_at: datetime
    account: ledger.Account
    pin: PinState
    movements: list[Movement]
    community: str = ""
    national_id: str | None = None
    """Masked, from the last four digits the member record keeps."""
    shop: MerchantRow | None = None


def find_person(connection: Connection, kind: str, person_id: int) -> Person | None:
    loader = _LOADERS.get(kind)
    return None if loader is None else loader(connection, person_id)


def _member(connection: Connection, member_id: int) -> Person | None:
    row = connection.execute(select(members).where(members.c.id == member_id)).first()
    if row is None:
        return None
    last4 = row.national_id_last4
    return _person(
        connection,
        "member",
        member_id,
        row.user_id,
        row.account_id,
        tambon(row.tambon_code).name,
        row.created_at,
        community=row.community,
        national_id=mask_last4(last4) if last4 else None,
    )


def _merchant(connection: Connection, merchant_id: int) -> Person | None:
    shop = merchant_row(connection, merchant_id)
    if shop is None:
        return None
    return _person(
        connection,
        "merchant",
        merchant_id,
        shop.owner_user_id,
        shop.account_id,
        shop.tambon_name,
        shop.applied_at,
        shop=shop,
    )


def _agent(connection: Connection, agent_id: int) -> Person | None:
    row = connection.execute(select(agents).where(agents.c.id == agent_id)).first()
    if row is None:
        return None
    return _person(
        connection,
        "agent",
        agent_id,
        row.user_id,
        row.float_account_id,
        tambon(row.tambon_code).name,
        row.created_at,
    )


_LOADERS: dict[str, Callable[[Connection, int], Person | None]] = {
    "member": _member,
    "merchant": _merchant,
    "agent": _agent,
}
KINDS = tuple(_LOADERS)


def _person(
    connection: Connection,
    kind: str,
    person_id: int,
    user_id: int,
    account_id: int,
    tambon_name: str,
    registered_at: datetime,
    *,
    community: str = "",
    national_id: str | None = None,
    shop: MerchantRow | None = None,
) -> Person:
    user = get_user(connection, user_id)
    return Person(
        kind=kind,
        id=person_id,
        user=user,
        phone=mask_phone(user.phone),
        tambon_name=tambon_name,
        registered_at=registered_at,
        account=ledger.get_account(connection, account_id),
        pin=pin_state(connection, user_id),
        movements=recent_movements(connection, account_id),
        community=community,
        national_id=national_id,
        shop=shop,
    )


def pin_state(connection: Connection, user_id: int) -> PinState:
    row = connection.execute(
        select(payment_pins.c.failed_attempts, payment_pins.c.locked_at).where(
            payment_pins.c.user_id == user_id
        )
    ).first()
    if row is None:
        return PinState(False, 0, None)
    return PinState(True, row.failed_attempts, row.locked_at)


def recent_movements(connection: Connection, account_id: int) -> list[Movement]:
    lines = ledger.statement(connection, account_id, limit=RECENT_MOVEMENTS)
    names = {
        other: ledger.get_account(connection, other).name
        for other in {line.counterparty_account_id for line in lines}
    }
    return [Movement(line, names[line.counterparty_account_id]) for line in lines]
