"""The savings area's audiences: the members of one savings group (those with a wallet
login; a member without one is told by the group's officers, as today)."""

from sqlalchemy import Select, select

from thungngoen.notify.audiences import Audience
from thungngoen.savings.tables import members
from thungngoen.wallet.tables import members as wallet_members


def _group(value: str) -> Select[tuple[int]]:
    group_id = int(value) if value.isdigit() else -1
    return (
        select(wallet_members.c.user_id)
        .join(members, members.c.wallet_member_id == wallet_members.c.id)
        .where(members.c.group_id == group_id)
    )


AUDIENCES = (Audience("savings.group", "Members of a savings group", _group, "Group number"),)
