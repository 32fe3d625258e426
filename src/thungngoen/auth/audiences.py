"""The audiences every platform has: everyone with an active login, and each role."""

from sqlalchemy import Select, select

from thungngoen.auth.tables import users
from thungngoen.notify.audiences import Audience


def _everyone(_: str) -> Select[tuple[int]]:
    return select(users.c.id).where(users.c.status == "active")


def _role(role: str) -> Audience:
    def pick(_: str) -> Select[tuple[int]]:
        return select(users.c.id).where(users.c.status == "active", users.c.role == role)

    labels = {"member": "All members", "merchant": "All shops", "agent": "All agents"}
    return Audience(f"role.{role}", labels[role], pick)


AUDIENCES = (
    Audience("everyone", "Everyone", _everyone),
    _role("member"),
    _role("merchant"),
    _role("agent"),
)
