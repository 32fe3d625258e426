"""A Citizens' Day open now on a database that holds the demo (the page and browser tests):
a grant into the Citizens' Day fund, the event, its shops and participants, all through
the real operations."""

import itertools
from datetime import timedelta

from sqlalchemy import Connection, Engine, select

from thungngoen.auth.users import find_by_phone
from thungngoen.clock import utc_now
from thungngoen.db import write_transaction
from thungngoen.wallet import programs
from thungngoen.wallet.donations import record_gift
from thungngoen.wallet.people import member_for_user
from thungngoen.wallet.tables import merchants

EVENT_NAME = "วันพลเมืองสงขลา"
ALLOWANCE = 30_000
_numbers = itertools.count(1)


def open_event(
    engine: Engine, phones: list[str], shop_names: list[str], allowance: int = ALLOWANCE
) -> programs.Program:
    """An event open for a day; each member with one of ``phones`` holds ``allowance``."""
    code = f"citizens-day-{next(_numbers)}-{utc_now():%H%M%S%f}"

    def create(connection: Connection) -> programs.Program:
        now = utc_now()
        record_gift(
            connection,
            fund_code="citizens-day",
            kind="grant",
            amount=allowance * len(phones),
            donor="เทศบาลนครสงขลา",
            idempotency_key=code,
            actor="test",
            now=now,
        )
        terms = programs.ProgramTerms(
            name=EVENT_NAME,
            valid_from=now - timedelta(hours=1),
            valid_until=now + timedelta(days=1),
            fund_code="citizens-day",
            allowance=allowance,
        )
        event = programs.create_program(
            connection, code=code, kind="event", terms=terms, actor="test"
        )
        for name in shop_names:
            shop = connection.execute(
                select(merchants.c.id).where(merchants.c.business_name == name)
            ).scalar_one()
            programs.add_event_merchant(connection, event.id, shop, actor="test")
        for phone in phones:
            user = find_by_phone(connection, phone)
            assert user is not None
            member = member_for_user(connection, user.id)
            programs.register_participant(connection, event.id, member.id, actor="test", now=now)
        return event

    return write_transaction(engine, create)
