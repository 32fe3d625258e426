"""The wallet's audiences: its members in one sub-district."""

from sqlalchemy import Select, select

from thungngoen.auth.tables import users
from thungngoen.notify.audiences import Audience
from thungngoen.wallet.tables import members


def _in_tambon(code: str) -> Select[tuple[int]]:
    return (
        select(members.c.user_id)
        .join(users, users.c.id == members.c.user_id)
        .where(members.c.tambon_code == code, users.c.status == "active")
    )


AUDIENCES = (
    Audience("wallet.tambon", "Members in a sub-district", _in_tambon, "Sub-district code"),
)
