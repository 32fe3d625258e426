"""My browsers that get Web Push: turn one on (the browser's ``PushSubscription``), list
them, turn one off by its endpoint."""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from sqlalchemy import Connection, Row

from thungngoen.auth.notifications import device_name
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.communication import access
from thungngoen.communication.api.schemas import PushDeviceOut, PushSubscriptionBody
from thungngoen.communication.push_subscriptions import checked, devices, subscribe, unsubscribe
from thungngoen.db import read_transaction, write_transaction
from thungngoen.web.deps import EngineDep, require_role

router = APIRouter(prefix="/api/v1/me/push-subscriptions", tags=["communication"])
Reader = Annotated[User, Depends(require_role(*access.READERS))]
Endpoint = Annotated[str, Query(min_length=1, max_length=2000)]


def _out(row: Row[Any]) -> PushDeviceOut:
    return PushDeviceOut.model_validate(row, from_attributes=True)


@router.get("")
def my_devices(user: Reader, engine: EngineDep) -> list[PushDeviceOut]:
    with read_transaction(engine) as connection:
        return [_out(row) for row in devices(connection, user.id)]


@router.post("", status_code=201)
def turn_on(
    body: PushSubscriptionBody, request: Request, user: Reader, engine: EngineDep
) -> PushDeviceOut:
    """Web Push on this browser: every check passes or nothing is kept."""
    label = device_name(request.headers.get("User-Agent", ""))

    def keep(connection: Connection) -> PushDeviceOut:
        access.require_may_mark(user)
        found = checked(body.endpoint, body.keys.p256dh, body.keys.auth)
        number = subscribe(connection, user.id, found, label, utc_now())
        return next(_out(row) for row in devices(connection, user.id) if row.id == number)

    return write_transaction(engine, keep)


@router.delete("", status_code=204)
def turn_off(endpoint: Endpoint, user: Reader, engine: EngineDep) -> Response:
    def remove(connection: Connection) -> None:
        access.require_may_mark(user)
        unsubscribe(connection, user.id, endpoint=endpoint)

    write_transaction(engine, remove)
    return Response(status_code=204)
