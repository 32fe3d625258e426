"""The program (sandbox or event) each coin transfer of a chunk was made under, from the
wallet's own records: a payment's ``program_id``, and through it its refunds and its
cashback leg. Event allowances carry their program on their account (``classify``)."""

from sqlalchemy import Connection, select

from thungngoen.ledger.tables import transfers
from thungngoen.wallet.tables import payments, refunds


def programs_of(connection: Connection, first_id: int, last_id: int) -> dict[int, int]:
    """Transfer id → program id, for the transfers ``first_id``…``last_id`` that have one."""
    tagged = payments.c.program_id.is_not(None)
    paid = select(payments.c.transfer_id, payments.c.program_id).where(
        payments.c.transfer_id.between(first_id, last_id), tagged
    )
    refunded = (
        select(refunds.c.transfer_id, payments.c.program_id)
        .join(payments, payments.c.id == refunds.c.payment_id)
        .where(refunds.c.transfer_id.between(first_id, last_id), tagged)
    )
    payment_leg = transfers.alias("payment_leg")
    cashback = (
        select(transfers.c.id.label("transfer_id"), payments.c.program_id)
        .join(payment_leg, payment_leg.c.batch_id == transfers.c.batch_id)
        .join(payments, payments.c.transfer_id == payment_leg.c.id)
        .where(
            transfers.c.id.between(first_id, last_id),
            transfers.c.purpose == "cashback",
            tagged,
        )
    )
    found: dict[int, int] = {}
    for query in (paid, refunded, cashback):
        found.update({row.transfer_id: row.program_id for row in connection.execute(query)})
    return found
