"""The communication area's part of the demo pilot: the first demo member has her digest
of this week so far in her inbox (after the wallet's demo, whose top-up and payments it
tells)."""

from sqlalchemy import Connection, Engine, select

from thungngoen.auth.users import find_by_phone
from thungngoen.clock import utc_now
from thungngoen.communication.digests import send_now
from thungngoen.communication.tables import digests
from thungngoen.db import write_transaction
from thungngoen.wallet import MEMBERS, load_demo


def load_digest_demo(engine: Engine) -> bool:
    """``False`` if the demo member had a digest already."""
    load_demo(engine)
    now = utc_now()

    def tell(connection: Connection) -> bool:
        user = find_by_phone(connection, MEMBERS[0].phone)
        assert user is not None
        had = connection.execute(select(digests.c.id).where(digests.c.user_id == user.id))
        return had.first() is None and send_now(connection, user.id, "weekly", now) == 1

    return write_transaction(engine, tell)
