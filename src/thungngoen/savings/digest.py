"""What the savings area says in a person's digest: their savings in each group they
belong to (a member of a group who has a wallet login), as the group's books stand when
the digest is made — savings move at the monthly meetings, not during the week."""

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import Connection, select

from thungngoen.ledger.tables import accounts
from thungngoen.notify import DigestSection, Line, Said
from thungngoen.savings.tables import groups, members
from thungngoen.wallet.tables import members as wallet_members

LINES = (
    Line(
        "balance",
        {"group": "text", "balance": "baht"},
        "เงินออมใน{group} {balance}",
        "Savings in {group}: {balance}",
        "/savings",
    ),
)


def _savings(
    connection: Connection, user_ids: Sequence[int], since: datetime, until: datetime
) -> Mapping[int, Sequence[Said]]:
    query = (
        select(
            wallet_members.c.user_id,
            groups.c.name,
            accounts.c.credits_posted - accounts.c.debits_posted,
        )
        .join(members, members.c.wallet_member_id == wallet_members.c.id)
        .join(groups, groups.c.id == members.c.group_id)
        .join(accounts, accounts.c.id == members.c.savings_account_id)
        .where(wallet_members.c.user_id.in_(user_ids))
        .order_by(wallet_members.c.user_id, groups.c.id)
    )
    said: dict[int, list[Said]] = {}
    for user_id, group, balance in connection.execute(query):
        said.setdefault(user_id, []).append(
            Said("balance", {"group": group, "balance": int(balance)})
        )
    return said


SAVINGS = DigestSection("savings.balance", 20, "เงินออม", "My savings", LINES, _savings)
SECTIONS = (SAVINGS,)
