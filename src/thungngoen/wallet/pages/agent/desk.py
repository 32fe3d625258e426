"""What the agent's counter reads: the member a phone number finds."""

from dataclasses import dataclass

from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.auth.users import find_by_phone
from thungngoen.wallet import errors
from thungngoen.wallet.people import member_for_user


@dataclass(frozen=True, slots=True)
class MemberCard:
    """What the agent sees of a member: enough to recognise them, not their balance."""

    phone: str
    """Normalised; only ever sent back in a POSTed hidden field."""
    masked_phone: str
    name: str
    community: str
    wallet_status: str

    @property
    def may_top_up(self) -> bool:
        return self.wallet_status == "active"


def mask_phone(phone: str) -> str:
    """``0812345678`` → ``08x-xxx-5678``."""
    return f"{phone[:2]}x-xxx-{phone[-4:]}"


def find_member(connection: Connection, phone: str) -> MemberCard:
    """The member with this phone (``ValueError`` if it is no Thai mobile number)."""
    user = find_by_phone(connection, phone)
    if user is None or user.role != "member":
        raise errors.UnknownMember("no member with this phone number")
    member = member_for_user(connection, user.id)
    status = ledger.get_account(connection, member.account_id).status
    return MemberCard(user.phone, mask_phone(user.phone), user.name, member.community, status)
