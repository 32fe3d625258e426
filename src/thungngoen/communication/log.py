"""The delivery log: every delivery with its status, newest first, for the staff, with
when the person read the notification in the app."""

from typing import Any

from sqlalchemy import Connection, Row, select

from thungngoen.communication.tables import deliveries
from thungngoen.notify.tables import notifications

SHOWN = 100


def delivery_log(
    connection: Connection, *, status: str | None = None, before: int | None = None
) -> list[Row[Any]]:
    query = select(deliveries, notifications.c.read_at).join(
        notifications, notifications.c.id == deliveries.c.notification_id
    )
    if status is not None:
        query = query.where(deliveries.c.status == status)
    if before is not None:
        query = query.where(deliveries.c.id < before)
    return list(connection.execute(query.order_by(deliveries.c.id.desc()).limit(SHOWN)))
