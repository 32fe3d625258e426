"""What a channel tells us after it took a message: an SMS gateway's delivery report says
the phone received it (``delivered``) or that it never will (``dead``, with the gateway's
reason, for an operator to retry). Channels that say nothing leave a delivery ``sent``.

A report names the delivery by the reference we sent with it (its idempotency key). A
gateway repeats a callback it is not sure arrived, so a second report of the same outcome
changes nothing, and a report about a message still in our hands is ignored."""

from datetime import datetime
from typing import Literal

from sqlalchemy import Connection, update

from thungngoen.communication.delivery import MAX_ERROR
from thungngoen.communication.tables import deliveries

REFERENCE_PREFIX = "thungngoen-delivery-"
Outcome = Literal["delivered", "failed"]


def delivery_id_of(reference: str) -> int | None:
    number = reference.removeprefix(REFERENCE_PREFIX)
    if number == reference or not number.isascii() or not number.isdigit():
        return None
    return int(number)


def record_report(
    connection: Connection,
    channel: str,
    reference: str,
    outcome: Outcome,
    reason: str,
    now: datetime,
) -> bool:
    """Apply one report to the ``sent`` delivery it names; answers whether it changed one."""
    delivery_id = delivery_id_of(reference)
    if delivery_id is None:
        return False
    named = (
        (deliveries.c.id == delivery_id)
        & (deliveries.c.channel == channel)
        & (deliveries.c.status == "sent")
    )
    if outcome == "delivered":
        values = {"status": "delivered", "delivered_at": now}
    else:
        values = {"status": "dead", "last_error": f"{channel}: {reason}"[:MAX_ERROR]}
    return connection.execute(update(deliveries).where(named).values(values)).rowcount == 1
