"""Programs: where and how coin may be spent (the sandbox of the pilot, events)."""

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row

from thungngoen.wallet.people import Member


def check_payment(
    connection: Connection, member: Member, merchant: Row[Any], amount: int, now: datetime
) -> int | None:
    """Refuse a payment that breaks an active program's rule; return the program id."""
    return None
