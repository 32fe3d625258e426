"""Members, merchants and agents: registering them, approving shops, finding them."""

import hashlib
import hmac
import secrets
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Connection, Row, bindparam, insert, select, update

from thungngoen import audit, keys
from thungngoen.auth.hashing import HashedPassword
from thungngoen.auth.tables import users
from thungngoen.auth.users import User, create_user
from thungngoen.clock import utc_now
from thungngoen.db.prepared import Prepared
from thungngoen.registry.places import tambon
from thungngoen.thai import validate_national_id
from thungngoen.wallet import book, errors
from thungngoen.wallet.banks import THAI_BANKS
from thungngoen.wallet.tables import agents, members, merchants

MERCHANT_CATEGORIES = (
    "food",
    "grocery",
    "market",
    "service",
    "producer",
    "wholesale",
    "crafts",
    "alcohol",
    "tobacco",
    "lottery",
)


@dataclass(frozen=True, slots=True)
class Member:
    id: int
    user_id: int
    account_id: int
    community: str
    tambon_code: str
    national_id_last4: str | None
    customer_qr_limit: int


class Shop(NamedTuple):
    """What a payment needs to know about a merchant."""

    id: int
    owner_user_id: int
    account_id: int
    business_name: str
    category: str
    tambon_code: str
    tier: str
    status: str


_SHOP = Prepared(
    select(*(merchants.c[name] for name in Shop._fields)).where(
        merchants.c.id == bindparam("merchant_id")
    )
)


def find_shop(connection: Connection, merchant_id: int) -> Shop | None:
    found = _SHOP.run(connection, {"merchant_id": merchant_id})
    return Shop(*found[0]) if found else None


def national_id_digest(connection: Connection, digits: str) -> str:
    """Keyed hash: finds duplicates without storing the ID; useless without the secret.

    Keyed with the database's lookup key, which survives key rotation (decision 0019)."""
    key = keys.lookup_key(connection)
    return hmac.new(key, b"national-id:" + digits.encode(), hashlib.sha256).hexdigest()


def register_member(
    connection: Connection,
    *,
    phone: str,
    name: str,
    password: str | HashedPassword | None,
    tambon_code: str,
    community: str = "",
    national_id: str | None = None,
    actor: str = "self",
) -> Member:
    tambon(tambon_code)
    digest = last4 = None
    if national_id:
        digits = validate_national_id(national_id)
        digest, last4 = national_id_digest(connection, digits), digits[-4:]
        taken = select(members.c.id).where(members.c.national_id_digest == digest)
        if connection.execute(taken).first():
            raise errors.DuplicateNationalId("this national ID is already registered")
    user = create_user(
        connection, phone=phone, name=name, role="member", password=password, actor=actor
    )
    account_id = book.open_wallet(connection, "member", f"user-{user.id}", name)
    values = {
        "user_id": user.id,
        "account_id": account_id,
        "community": community.strip(),
        "tambon_code": tambon_code,
        "national_id_digest": digest,
        "national_id_last4": last4,
        "created_at": utc_now(),
    }
    member_id = connection.execute(insert(members).returning(members.c.id), values).scalar_one()
    audit.record(
        connection,
        actor=actor,
        action="member.register",
        subject_type="member",
        subject_id=member_id,
        after={
            "user_id": user.id,
            "tambon_code": tambon_code,
            "community": community,
            "national_id": f"***{last4}" if last4 else None,
        },
    )
    return get_member(connection, member_id)


def _member(row: Row[Any]) -> Member:
    return Member(**{key: row._mapping[key] for key in Member.__slots__})


def get_member(connection: Connection, member_id: int) -> Member:
    row = connection.execute(select(members).where(members.c.id == member_id)).first()
    if row is None:
        raise errors.UnknownMember(f"member {member_id} does not exist")
    return _member(row)


_MEMBER_OF_USER = Prepared(
    select(*(members.c[name] for name in Member.__slots__)).where(
        members.c.user_id == bindparam("user_id")
    )
)


def member_for_user(connection: Connection, user_id: int) -> Member:
    """The wallet of a logged-in user (on every payment: a prepared statement)."""
    found = _MEMBER_OF_USER.run(connection, {"user_id": user_id})
    if not found:
        raise errors.UnknownMember("no wallet for this user")
    return Member(*found[0])


def member_names(connection: Connection, member_ids: Collection[int]) -> dict[int, str]:
    """Member id → the member's name, for lists that show many members."""
    if not member_ids:
        return {}
    rows = connection.execute(
        select(members.c.id, users.c.name)
        .join(users, users.c.id == members.c.user_id)
        .where(members.c.id.in_(member_ids))
    )
    return {row.id: row.name for row in rows}


def register_merchant(
    connection: Connection,
    *,
    owner: User,
    business_name: str,
    category: str,
    tambon_code: str,
    payout_promptpay: str | None = None,
    payout_bank_account: str | None = None,
    payout_bank_code: str | None = None,
    actor: str,
) -> int:
    tambon(tambon_code)
    if category not in MERCHANT_CATEGORIES:
        raise errors.WalletError(f"category must be one of {', '.join(MERCHANT_CATEGORIES)}")
    if not (payout_promptpay or payout_bank_account):
        raise errors.WalletError("a merchant needs a PromptPay ID or a bank account for payouts")
    if payout_bank_account and payout_bank_code not in THAI_BANKS:
        raise errors.WalletError("a payout bank account needs its bank (a Thai bank's code)")
    account_id = book.open_wallet(connection, "merchant", secrets.token_hex(6), business_name)
    values = {
        "owner_user_id": owner.id,
        "account_id": account_id,
        "business_name": business_name,
        "category": category,
        "tambon_code": tambon_code,
        "tier": "standard",
        "status": "pending",
        "payout_promptpay": payout_promptpay,
        "payout_bank_account": payout_bank_account,
        "payout_bank_code": payout_bank_code if payout_bank_account else None,
        "created_at": utc_now(),
    }
    merchant_id: int = connection.execute(
        insert(merchants).returning(merchants.c.id), values
    ).scalar_one()
    audit.record(
        connection,
        actor=actor,
        action="merchant.register",
        subject_type="merchant",
        subject_id=merchant_id,
        after={k: v for k, v in values.items() if k not in ("created_at", "account_id")},
    )
    return merchant_id


def set_merchant_status(
    connection: Connection, merchant_id: int, status: str, actor: str, tier: str | None = None
) -> None:
    """Set the shop's status (and tier), audited, without asking whether the status allows
    it: the doors decide through ``merchant_decisions``, which asks and then calls this;
    loaders that build shops (demo, simulation, tests) call it directly."""
    row = connection.execute(select(merchants).where(merchants.c.id == merchant_id)).first()
    if row is None:
        raise errors.UnknownMerchant(f"merchant {merchant_id} does not exist")
    changes = {"status": status, "tier": tier or row.tier}
    connection.execute(update(merchants).where(merchants.c.id == merchant_id).values(**changes))
    audit.record(
        connection,
        actor=actor,
        action=f"merchant.{status}",
        subject_type="merchant",
        subject_id=merchant_id,
        before={"status": row.status, "tier": row.tier},
        after=changes,
    )


def register_agent(
    connection: Connection, *, user: User, name: str, tambon_code: str, actor: str
) -> int:
    tambon(tambon_code)
    float_id = book.open_agent_float(connection, f"user-{user.id}", name)
    values = {
        "user_id": user.id,
        "float_account_id": float_id,
        "name": name,
        "tambon_code": tambon_code,
        "created_at": utc_now(),
    }
    agent_id: int = connection.execute(insert(agents).returning(agents.c.id), values).scalar_one()
    audit.record(
        connection,
        actor=actor,
        action="agent.register",
        subject_type="agent",
        subject_id=agent_id,
        after={"user_id": user.id, "name": name, "tambon_code": tambon_code},
    )
    return agent_id
