"""What the merchants page lists: each shop with its owner, place and payout details."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, RowMapping, case, select

from thungngoen.auth.tables import users
from thungngoen.console.pages.display import mask_identifier, mask_phone
from thungngoen.registry.places import tambon
from thungngoen.wallet import bank_name, rejected_shops
from thungngoen.wallet.tables import merchants


@dataclass(frozen=True, slots=True)
class MerchantRow:
    id: int
    business_name: str
    owner_user_id: int
    owner_name: str
    owner_phone: str
    category: str
    tambon_name: str
    promptpay: str | None
    bank_account: str | None
    bank_name: str
    """The English name of the account's bank (a catalogue text), ``""`` if none."""
    applied_at: datetime
    account_id: int
    tier: str
    status: str
    """pending, approved, suspended, or rejected (``wallet.rejected_shops``)."""


_COLUMNS = (
    merchants.c.id,
    merchants.c.business_name,
    merchants.c.owner_user_id,
    users.c.name.label("owner_name"),
    users.c.phone.label("owner_phone"),
    merchants.c.category,
    merchants.c.tambon_code,
    merchants.c.payout_promptpay,
    merchants.c.payout_bank_account,
    merchants.c.payout_bank_code,
    merchants.c.created_at,
    merchants.c.account_id,
    merchants.c.tier,
    merchants.c.status,
)
_WITH_OWNER = select(*_COLUMNS).join(users, users.c.id == merchants.c.owner_user_id)


def merchant_rows(connection: Connection) -> list[MerchantRow]:
    """Applications waiting first (oldest first), then the shops already decided."""
    waiting_first = case((merchants.c.status == "pending", 0), else_=1)
    rows = list(connection.execute(_WITH_OWNER.order_by(waiting_first, merchants.c.id)).mappings())
    suspended = [row["id"] for row in rows if row["status"] == "suspended"]
    rejected = rejected_shops(connection, suspended)
    return [_merchant_row(row, rejected) for row in rows]


def merchant_row(connection: Connection, merchant_id: int) -> MerchantRow | None:
    row = connection.execute(_WITH_OWNER.where(merchants.c.id == merchant_id)).mappings().first()
    if row is None:
        return None
    return _merchant_row(row, rejected_shops(connection, [merchant_id]))


def _merchant_row(row: RowMapping, rejected: set[int]) -> MerchantRow:
    promptpay, bank_account = row["payout_promptpay"], row["payout_bank_account"]
    return MerchantRow(
        id=row["id"],
        business_name=row["business_name"],
        owner_user_id=row["owner_user_id"],
        owner_name=row["owner_name"],
        owner_phone=mask_phone(row["owner_phone"]),
        category=row["category"],
        tambon_name=tambon(row["tambon_code"]).name,
        promptpay=mask_identifier(promptpay) if promptpay else None,
        bank_account=mask_identifier(bank_account) if bank_account else None,
        bank_name=bank_name(row["payout_bank_code"]),
        applied_at=row["created_at"],
        account_id=row["account_id"],
        tier=row["tier"],
        status="rejected" if row["id"] in rejected else row["status"],
    )
